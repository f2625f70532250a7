// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * Start a Kling text-to-video job
 *
 * `POST /v1/kling/text2video`
 *
 * @example
 * const result = await createKlingText2video(client, {
 *   prompt: "string",
 * });
 */
export function createKlingText2video(
  client: APIClient,
  params: KlingText2VideoRequest,
  options?: RequestOptions,
): APIPromise<KlingText2VideoResponse> {
  return client.request<KlingText2VideoResponse>(
    {
      operation: 'createKlingText2video',
      method: 'POST',
      path: '/v1/kling/text2video',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface KlingText2VideoRequest {
  prompt: string;
  duration?: number;
}

export interface KlingText2VideoResponse {
  task_id?: string;
}
