// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
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
} from '../models.js';

/**
 * Start a Kling text-to-video job
 *
 * `POST /v1/kling/text2video`
 */
export function createKlingText2video(
  client: APIClient,
  request: { body: KlingText2VideoRequest },
  options?: RequestOptions,
): APIPromise<KlingText2VideoResponse> {
  return client.request<KlingText2VideoResponse>(
    {
      operation: 'createKlingText2video',
      method: 'POST',
      path: '/v1/kling/text2video',
      body: request.body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * List assets (GET form)
 *
 * `GET /v1/assets`
 */
export function listAssets(
  client: APIClient,
  request: Record<string, never> = {},
  options?: RequestOptions,
): APIPromise<ListAssetsResponse> {
  return client.request<ListAssetsResponse>(
    { operation: 'listAssets', method: 'GET', path: '/v1/assets', responseType: 'json', security: [] },
    options,
  );
}

/**
 * Upload an asset record
 *
 * `POST /v1/assets`
 */
export function createAssets(
  client: APIClient,
  request: { body?: Asset } = {},
  options?: RequestOptions,
): APIPromise<Asset> {
  return client.request<Asset>(
    {
      operation: 'createAssets',
      method: 'POST',
      path: '/v1/assets',
      body: request.body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * Fetch one asset by id (read via POST)
 *
 * `POST /v1/assets/get`
 */
export function getAssets(
  client: APIClient,
  request: { body: GetAssetsBody },
  options?: RequestOptions,
): APIPromise<Asset> {
  return client.request<Asset>(
    {
      operation: 'getAssets',
      method: 'POST',
      path: '/v1/assets/get',
      body: request.body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * List assets with a filter body (read via POST)
 *
 * `POST /v1/assets/list`
 */
export function listAssets2(
  client: APIClient,
  request: { body?: ListAssets2Body } = {},
  options?: RequestOptions,
): APIPromise<ListAssets2Response> {
  return client.request<ListAssets2Response>(
    {
      operation: 'listAssets2',
      method: 'POST',
      path: '/v1/assets/list',
      body: request.body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * Fetch one asset by path id
 *
 * `GET /v1/assets/{id}`
 */
export function getAssets2(client: APIClient, request: GetAssets2Params, options?: RequestOptions): APIPromise<Asset> {
  return client.request<Asset>(
    {
      operation: 'getAssets2',
      method: 'GET',
      path: '/v1/assets/{id}',
      pathParams: request.path,
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * Remove an asset
 *
 * `DELETE /v1/assets/{id}`
 */
export function delete_(client: APIClient, request: DeleteParams, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'delete_',
      method: 'DELETE',
      path: '/v1/assets/{id}',
      pathParams: request.path,
      responseType: 'void',
      security: [],
    },
    options,
  );
}

/**
 * Fetch a user
 *
 * `GET /v1/users/{user_id}`
 */
export function getUserById(
  client: APIClient,
  request: GetUserByIdParams,
  options?: RequestOptions,
): APIPromise<GetUserByIdResponse> {
  return client.request<GetUserByIdResponse>(
    {
      operation: 'getUserById',
      method: 'GET',
      path: '/v1/users/{user_id}',
      pathParams: request.path,
      responseType: 'json',
      security: [],
    },
    options,
  );
}
