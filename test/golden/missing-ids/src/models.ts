// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface KlingText2VideoRequest {
  prompt: string;
  duration?: number;
}

export interface KlingText2VideoResponse {
  task_id?: string;
}

export interface Asset {
  id: string;
  tag?: string;
}

export type ListAssetsResponse = Asset[];

export interface GetAssetsBody {
  id: string;
}

export interface ListAssets2Body {
  tag?: string;
}

export type ListAssets2Response = Asset[];

export interface GetUserByIdResponse {
  id?: string;
  name?: string;
}
