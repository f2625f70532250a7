// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { KlingText2VideoRequest, KlingText2VideoResponse } from '../models.js';
import { createKlingText2video } from '../operations/default_.js';

export class KlingText2video {
  constructor(private readonly client: APIClient) {}

  /**
   * Start a Kling text-to-video job
   *
   * `POST /v1/kling/text2video`
   *
   * Standalone: `createKlingText2video(client, …)`; errors: `isAPIError(error, 'createKlingText2video')`.
   *
   * @example
   * const result = await client.kling.text2video.create({
   *   prompt: "string",
   * });
   */
  create(params: KlingText2VideoRequest, options?: RequestOptions): APIPromise<KlingText2VideoResponse> {
    return createKlingText2video(this.client, params, options);
  }
}

export class Kling {
  readonly text2video: KlingText2video;

  constructor(private readonly client: APIClient) {
    this.text2video = new KlingText2video(client);
  }
}
