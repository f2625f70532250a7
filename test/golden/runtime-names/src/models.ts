// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface WithResponse_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface RequestOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface APIClient_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Page_ {
  data: PagePromise_[];
  has_more: boolean;
}

export interface PagePromise_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface WaitOptions_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
