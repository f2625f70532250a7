// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Images {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /images/generations`
   *
   * Credential: `apiKey`.
   *
   * Standalone: `createImage(client, …)`; errors: `isAPIError(error, 'createImage')`.
   *
   * @example
   * const result = await client.images.generate({
   *   prompt: "string",
   * });
   */
  generate(params: CreateImageBody, options?: RequestOptions): APIPromise<Image> {
    return createImage(this.client, params, options);
  }
}

/**
 * `POST /images/generations`
 *
 * Credential: `apiKey`.
 *
 * @example
 * const result = await createImage(client, {
 *   prompt: "string",
 * });
 */
export function createImage(client: APIClient, params: CreateImageBody, options?: RequestOptions): APIPromise<Image> {
  return client.request<Image>(
    {
      operation: 'createImage',
      method: 'POST',
      path: '/images/generations',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['ApiKey']],
    },
    options,
  );
}

export interface Image {
  url?: string;
}

export interface CreateImageBody {
  prompt: string;
}
