// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `POST /videos`
 *
 * @example
 * const result = await createVideo(client, {
 *   image: "string",
 * });
 */
export function createVideo(client: APIClient, params: VideoRequest, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'createVideo',
      method: 'POST',
      path: '/videos',
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}

/** At least one image source. */
export type VideoRequest = {
  image?: string;
  images?: string[];
} & (
  | {
      image: string;
    }
  | {
      images: string[];
    }
);
