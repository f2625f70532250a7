// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface SummaryRequest {
  text: string;
  stream?: boolean | null;
}

export interface Completion {
  id: string;
  text: string;
}

export interface CompletionChunk {
  id: string;
  delta: string;
}

export interface CreateCompletionBody {
  prompt: string;
  /** @default false */
  stream?: boolean | null;
}

export interface CreateEditBody {
  input: string;
  stream?: boolean | null;
}
