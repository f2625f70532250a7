// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { GenerateImageParams, GenerateImageResponse } from '../models.js';

export class Images {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /images`
   *
   * Standalone: `generateImage(client, …)`; errors: `isAPIError(error, 'generateImage')`.
   *
   * @example
   * const result = await client.images.create({
   *   model: "prunaai/p-image",
   *   aspect_ratio: "16:9",
   * });
   */
  create(params: GenerateImageParams, options?: RequestOptions): APIPromise<GenerateImageResponse> {
    return generateImage(this.client, params, options);
  }
}

/**
 * `POST /images`
 *
 * @example
 * const result = await generateImage(client, {
 *   model: "prunaai/p-image",
 *   aspect_ratio: "16:9",
 * });
 */
export function generateImage(
  client: APIClient,
  params: GenerateImageParams,
  options?: RequestOptions,
): APIPromise<GenerateImageResponse> {
  const { quality: $0, count: $1, ...body } = params;
  return client.request<GenerateImageResponse>(
    {
      operation: 'generateImage',
      method: 'POST',
      path: '/images',
      query: { quality: $0, count: $1 },
      body: body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}
