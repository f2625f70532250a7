// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { GenerateImageParams, GenerateImageResponse } from '../models.js';
import { generateImage } from '../operations/default_.js';

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
