// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type {
  Asset,
  GetAssetsBody,
  ListAssets2Body,
  ListAssets2Response,
  ListAssetsResponse,
} from './resources/assets.js';
import type { KlingText2VideoRequest, KlingText2VideoResponse } from './resources/kling.js';
import type { GetUserByIdResponse } from './resources/users.js';

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

function entry(
  name: OperationName,
  method: string,
  path: string,
  pathKey: string,
  tags: readonly string[],
): OperationInfo {
  return { name, method, path, pathKey, tags };
}

/** Every operation of the API, in spec order: `{ name, method, path, pathKey, tags }`. */
export const operations: readonly OperationInfo[] = [
  entry('createKlingText2video', 'POST', '/v1/kling/text2video', '/v1/kling/text2video', []),
  entry('listAssets', 'GET', '/v1/assets', '/v1/assets', []),
  entry('createAssets', 'POST', '/v1/assets', '/v1/assets', []),
  entry('getAssets', 'POST', '/v1/assets/get', '/v1/assets/get', []),
  entry('listAssets2', 'POST', '/v1/assets/list', '/v1/assets/list', []),
  entry('getAssets2', 'GET', '/v1/assets/{id}', '/v1/assets/{id}', []),
  entry('delete_', 'DELETE', '/v1/assets/{id}', '/v1/assets/{id}', []),
  entry('getUserById', 'GET', '/v1/users/{user_id}', '/v1/users/{user_id}', []),
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
    params: {
      path: {
        id: string;
      };
    };
    response: Asset;
    error: unknown;
    responses: {
      '200': Asset;
    };
  };
  delete_: {
    body: never;
    params: {
      path: {
        id: string;
      };
    };
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
  getUserById: {
    body: never;
    params: {
      path: {
        user_id: string;
      };
    };
    response: GetUserByIdResponse;
    error: unknown;
    responses: {
      '200': GetUserByIdResponse;
    };
  };
}

export type OperationName = keyof Operations;
