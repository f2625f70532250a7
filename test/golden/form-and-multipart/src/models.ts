// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Uploadable } from './core/uploads.js';

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
  file: Uploadable;
  attachments?: Uploadable[];
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
  image: Uploadable;
  prompt: string;
}

/** @format binary */
export type EditImageResponse = Blob;

export interface CreateOneGroupBodyMultipartFormData {
  name: string;
  /** @format binary */
  icon?: Uploadable;
}

export interface CreateOneGroupBody {
  name: string;
  icon_url?: string;
}

export interface CreateOneGroupResponse {
  id?: string;
}

export type GetUploadTextResponse = string;

/** The params object of {@link createOneGroup}: body fields and parameters in one object. */
export type CreateOneGroupParams = (CreateOneGroupBody | CreateOneGroupBodyMultipartFormData) & {
  dry_run?: boolean;
};
