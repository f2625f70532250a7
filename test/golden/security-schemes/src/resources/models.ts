// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `GET /v1/models`
 *
 * Credential: `apiKey`.
 *
 * @example
 * const result = await listModels(client);
 */
export function listModels(client: APIClient, options?: RequestOptions): APIPromise<ListModelsResponse> {
  return client.request<ListModelsResponse>(
    { operation: 'listModels', method: 'GET', path: '/v1/models', responseType: 'json', security: [['BearerAuth']] },
    options,
  );
}

export interface Model {
  id: string;
}

export type ListModelsResponse = Model[];
