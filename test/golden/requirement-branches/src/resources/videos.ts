// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { VideoRequest } from '../models.js';
import { createVideo } from '../operations/default_.js';

export class Videos {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /videos`
   *
   * Standalone: `createVideo(client, …)`; errors: `isAPIError(error, 'createVideo')`.
   *
   * @example
   * const result = await client.videos.create({
   *   image: "string",
   * });
   */
  create(params: VideoRequest, options?: RequestOptions): APIPromise<void> {
    return createVideo(this.client, params, options);
  }
}
