// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Videos {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /videos/{video_id}/content`
   *
   * Credential: `apiKey`.
   *
   * Standalone: `downloadVideoContent(client, …)`; errors: `isAPIError(error, 'downloadVideoContent')`.
   *
   * @example
   * const result = await client.videos.downloadContent("abc123");
   */
  downloadContent(videoId: string, options?: RequestOptions): APIPromise<Blob> {
    return downloadVideoContent(this.client, videoId, options);
  }
}

/**
 * `GET /videos/{video_id}/content`
 *
 * Credential: `apiKey`.
 *
 * @example
 * const result = await downloadVideoContent(client, "abc123");
 */
export function downloadVideoContent(client: APIClient, videoId: string, options?: RequestOptions): APIPromise<Blob> {
  return client.request<Blob>(
    {
      operation: 'downloadVideoContent',
      method: 'GET',
      path: '/videos/{video_id}/content',
      pathParams: { video_id: videoId },
      responseType: 'blob',
      security: [['ApiKey']],
    },
    options,
  );
}

/** @format binary */
export type DownloadVideoContentResponse = Blob;
