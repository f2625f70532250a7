// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ListModelsResponse } from '../models.js';
import { listModels } from '../operations/default_.js';

export class Models {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /v1/models`
   *
   * Credential: `apiKey`.
   *
   * Standalone: `listModels(client, …)`; errors: `isAPIError(error, 'listModels')`.
   *
   * @example
   * const result = await client.models.list();
   */
  list(options?: RequestOptions): APIPromise<ListModelsResponse> {
    return listModels(this.client, options);
  }
}
