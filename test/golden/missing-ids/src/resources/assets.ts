// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  Asset,
  DeleteParams,
  GetAssets2Params,
  GetAssetsBody,
  ListAssets2Body,
  ListAssets2Response,
  ListAssetsResponse,
} from '../models.js';
import { createAssets, delete_, getAssets, getAssets2, listAssets, listAssets2 } from '../operations/default_.js';

export class Assets {
  constructor(private readonly client: APIClient) {}

  /**
   * List assets (GET form)
   *
   * `GET /v1/assets`
   */
  list(request: Record<string, never> = {}, options?: RequestOptions): APIPromise<ListAssetsResponse> {
    return listAssets(this.client, request, options);
  }

  /**
   * Upload an asset record
   *
   * `POST /v1/assets`
   */
  create(request: { body?: Asset } = {}, options?: RequestOptions): APIPromise<Asset> {
    return createAssets(this.client, request, options);
  }

  /**
   * Fetch one asset by id (read via POST)
   *
   * `POST /v1/assets/get`
   */
  get(request: { body: GetAssetsBody }, options?: RequestOptions): APIPromise<Asset> {
    return getAssets(this.client, request, options);
  }

  /**
   * List assets with a filter body (read via POST)
   *
   * `POST /v1/assets/list`
   */
  list2(request: { body?: ListAssets2Body } = {}, options?: RequestOptions): APIPromise<ListAssets2Response> {
    return listAssets2(this.client, request, options);
  }

  /**
   * Fetch one asset by path id
   *
   * `GET /v1/assets/{id}`
   */
  retrieve(request: GetAssets2Params, options?: RequestOptions): APIPromise<Asset> {
    return getAssets2(this.client, request, options);
  }

  /**
   * Remove an asset
   *
   * `DELETE /v1/assets/{id}`
   */
  delete(request: DeleteParams, options?: RequestOptions): APIPromise<void> {
    return delete_(this.client, request, options);
  }
}
