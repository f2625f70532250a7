// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type {
  Asset,
  DeleteParams,
  GetAssets2Params,
  GetAssetsBody,
  GetUserByIdParams,
  GetUserByIdResponse,
  KlingText2VideoRequest,
  KlingText2VideoResponse,
  ListAssets2Body,
  ListAssets2Response,
  ListAssetsResponse,
} from './models.js';

/** One entry of {@link operations}: what a tool needs to find and describe an operation. */
export interface OperationInfo {
  /** The operation function exported by this package. */
  readonly name: OperationName;
  /** HTTP method, upper case. */
  readonly method: string;
  /** The wire path template, without any `#fragment`. */
  readonly path: string;
  /** The spec's path key, `#fragment` included. */
  readonly pathKey: string;
  readonly tags: readonly string[];
}

/** Every operation of the API, in spec order. */
export const operations: readonly OperationInfo[] = [
  {
    name: 'createKlingText2video',
    method: 'POST',
    path: '/v1/kling/text2video',
    pathKey: '/v1/kling/text2video',
    tags: [],
  },
  { name: 'listAssets', method: 'GET', path: '/v1/assets', pathKey: '/v1/assets', tags: [] },
  { name: 'createAssets', method: 'POST', path: '/v1/assets', pathKey: '/v1/assets', tags: [] },
  { name: 'getAssets', method: 'POST', path: '/v1/assets/get', pathKey: '/v1/assets/get', tags: [] },
  { name: 'listAssets2', method: 'POST', path: '/v1/assets/list', pathKey: '/v1/assets/list', tags: [] },
  { name: 'getAssets2', method: 'GET', path: '/v1/assets/{id}', pathKey: '/v1/assets/{id}', tags: [] },
  { name: 'delete_', method: 'DELETE', path: '/v1/assets/{id}', pathKey: '/v1/assets/{id}', tags: [] },
  { name: 'getUserById', method: 'GET', path: '/v1/users/{user_id}', pathKey: '/v1/users/{user_id}', tags: [] },
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  createKlingText2video: {
    body: KlingText2VideoRequest;
    params: Record<string, never>;
    response: KlingText2VideoResponse;
    error: unknown;
    responses: {
      '200': KlingText2VideoResponse;
    };
  };
  listAssets: {
    body: never;
    params: Record<string, never>;
    response: ListAssetsResponse;
    error: unknown;
    responses: {
      '200': ListAssetsResponse;
    };
  };
  createAssets: {
    body: Asset;
    params: Record<string, never>;
    response: Asset;
    error: unknown;
    responses: {
      '201': Asset;
    };
  };
  getAssets: {
    body: GetAssetsBody;
    params: Record<string, never>;
    response: Asset;
    error: unknown;
    responses: {
      '200': Asset;
    };
  };
  listAssets2: {
    body: ListAssets2Body;
    params: Record<string, never>;
    response: ListAssets2Response;
    error: unknown;
    responses: {
      '200': ListAssets2Response;
    };
  };
  getAssets2: {
    body: never;
    params: GetAssets2Params;
    response: Asset;
    error: unknown;
    responses: {
      '200': Asset;
    };
  };
  delete_: {
    body: never;
    params: DeleteParams;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  getUserById: {
    body: never;
    params: GetUserByIdParams;
    response: GetUserByIdResponse;
    error: unknown;
    responses: {
      '200': GetUserByIdResponse;
    };
  };
}

export type OperationName = keyof Operations;
