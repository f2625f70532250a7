// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Asset, GetAssetsBody, ListAssets2Body, ListAssets2Response, ListAssetsResponse } from '../models.js';
import { createAssets, delete_, getAssets, getAssets2, listAssets, listAssets2 } from '../operations/default_.js';

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
