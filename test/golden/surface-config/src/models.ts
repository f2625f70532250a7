// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface Image {
  url?: string;
}

export interface User {
  id: string;
}

export interface CreateImageBody {
  prompt: string;
}

/** @format binary */
export type DownloadVideoContentResponse = Blob;

export type ListUsersResponse = User[];

export type ListAssistantsResponse = {
  id?: string;
}[];

export interface CreateThreadResponse {
  id?: string;
}

export interface CreateResponseBody {
  input: string;
}

export interface CreateResponseResponse {
  id?: string;
}

export interface CreateBetaResponseBody {
  input: string;
  preview?: boolean;
}

export interface CreateBetaResponseResponse {
  id?: string;
}

export type DebugDumpResponse = { [key: string]: unknown };
