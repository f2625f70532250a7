// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Assets {
  constructor(private readonly client: APIClient) {}

  /**
   * List assets (GET form)
   *
   * `GET /v1/assets`
   *
   * Standalone: `listAssets(client, …)`; errors: `isAPIError(error, 'listAssets')`.
   *
   * @example
   * const result = await client.assets.list();
   */
  list(options?: RequestOptions): APIPromise<ListAssetsResponse> {
    return listAssets(this.client, options);
  }

  /**
   * Upload an asset record
   *
   * `POST /v1/assets`
   *
   * Standalone: `createAssets(client, …)`; errors: `isAPIError(error, 'createAssets')`.
   *
   * @example
   * const result = await client.assets.create();
   */
  create(params?: Asset, options?: RequestOptions): APIPromise<Asset> {
    return createAssets(this.client, params, options);
  }

  /**
   * Fetch one asset by id (read via POST)
   *
   * `POST /v1/assets/get`
   *
   * Standalone: `getAssets(client, …)`; errors: `isAPIError(error, 'getAssets')`.
   *
   * @example
   * const result = await client.assets.get({
   *   id: "string",
   * });
   */
  get(params: GetAssetsBody, options?: RequestOptions): APIPromise<Asset> {
    return getAssets(this.client, params, options);
  }

  /**
   * List assets with a filter body (read via POST)
   *
   * `POST /v1/assets/list`
   *
   * Standalone: `listAssets2(client, …)`; errors: `isAPIError(error, 'listAssets2')`.
   *
   * @example
   * const result = await client.assets.list2();
   */
  list2(params?: ListAssets2Body, options?: RequestOptions): APIPromise<ListAssets2Response> {
    return listAssets2(this.client, params, options);
  }

  /**
   * Fetch one asset by path id
   *
   * `GET /v1/assets/{id}`
   *
   * Standalone: `getAssets2(client, …)`; errors: `isAPIError(error, 'getAssets2')`.
   *
   * @example
   * const result = await client.assets.retrieve("abc123");
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Asset> {
    return getAssets2(this.client, id, options);
  }

  /**
   * Remove an asset
   *
   * `DELETE /v1/assets/{id}`
   *
   * Standalone: `delete_(client, …)`; errors: `isAPIError(error, 'delete_')`.
   *
   * @example
   * const result = await client.assets.delete("abc123");
   */
  delete(id: string, options?: RequestOptions): APIPromise<void> {
    return delete_(this.client, id, options);
  }
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
