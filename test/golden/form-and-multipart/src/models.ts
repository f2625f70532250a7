// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface Upload {
  id: string;
  bytes?: number;
}

export interface Error_ {
  code: string;
  message: string;
}

export interface IssueTokenBody {
  grant_type: 'client_credentials' | 'refresh_token';
  client_id: string;
  scope?: string[];
}

export interface IssueTokenResponse {
  access_token: string;
  expires_in?: number;
}

export interface UploadFilesBody {
  /** @format binary */
  file: Blob;
  attachments?: Blob[];
  title?: string;
  metadata?: {
    source?: string;
  };
}

export interface EditImageBody {
  /** @format uri */
  image_url: string;
  prompt: string;
}

export interface EditImageBodyMultipartFormData {
  /** @format binary */
  image: Blob;
  prompt: string;
}

/** @format binary */
export type EditImageResponse = Blob;

export type GetUploadTextResponse = string;
