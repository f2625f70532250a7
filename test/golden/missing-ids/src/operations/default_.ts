// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  Asset,
  GetAssetsBody,
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
 *
 * @example
 * const result = await createKlingText2video(client, {
 *   prompt: "string",
 * });
 */
export function createKlingText2video(
  client: APIClient,
  params: KlingText2VideoRequest,
  options?: RequestOptions,
): APIPromise<KlingText2VideoResponse> {
  return client.request<KlingText2VideoResponse>(
    {
      operation: 'createKlingText2video',
      method: 'POST',
      path: '/v1/kling/text2video',
      body: params,
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
 *
 * @example
 * const result = await listAssets(client);
 */
export function listAssets(client: APIClient, options?: RequestOptions): APIPromise<ListAssetsResponse> {
  return client.request<ListAssetsResponse>(
    { operation: 'listAssets', method: 'GET', path: '/v1/assets', responseType: 'json', security: [] },
    options,
  );
}

/**
 * Upload an asset record
 *
 * `POST /v1/assets`
 *
 * @example
 * const result = await createAssets(client);
 */
export function createAssets(client: APIClient, params?: Asset, options?: RequestOptions): APIPromise<Asset> {
  return client.request<Asset>(
    {
      operation: 'createAssets',
      method: 'POST',
      path: '/v1/assets',
      body: params,
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
 *
 * @example
 * const result = await getAssets(client, {
 *   id: "string",
 * });
 */
export function getAssets(client: APIClient, params: GetAssetsBody, options?: RequestOptions): APIPromise<Asset> {
  return client.request<Asset>(
    {
      operation: 'getAssets',
      method: 'POST',
      path: '/v1/assets/get',
      body: params,
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
 *
 * @example
 * const result = await listAssets2(client);
 */
export function listAssets2(
  client: APIClient,
  params?: ListAssets2Body,
  options?: RequestOptions,
): APIPromise<ListAssets2Response> {
  return client.request<ListAssets2Response>(
    {
      operation: 'listAssets2',
      method: 'POST',
      path: '/v1/assets/list',
      body: params,
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
 *
 * @example
 * const result = await getAssets2(client, "abc123");
 */
export function getAssets2(client: APIClient, id: string, options?: RequestOptions): APIPromise<Asset> {
  return client.request<Asset>(
    {
      operation: 'getAssets2',
      method: 'GET',
      path: '/v1/assets/{id}',
      pathParams: { id: id },
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
 *
 * @example
 * const result = await delete_(client, "abc123");
 */
export function delete_(client: APIClient, id: string, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'delete_',
      method: 'DELETE',
      path: '/v1/assets/{id}',
      pathParams: { id: id },
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
 *
 * @example
 * const result = await getUserById(client, "abc123");
 */
export function getUserById(
  client: APIClient,
  userId: string,
  options?: RequestOptions,
): APIPromise<GetUserByIdResponse> {
  return client.request<GetUserByIdResponse>(
    {
      operation: 'getUserById',
      method: 'GET',
      path: '/v1/users/{user_id}',
      pathParams: { user_id: userId },
      responseType: 'json',
      security: [],
    },
    options,
  );
}
