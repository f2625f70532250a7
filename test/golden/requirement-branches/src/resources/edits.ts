// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Edits {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /edits`
   *
   * Standalone: `createEdit(client, …)`; errors: `isAPIError(error, 'createEdit')`.
   *
   * @example
   * const result = await client.edits.create({
   *   video_url: "string",
   * });
   */
  create(params: EditRequest, options?: RequestOptions): APIPromise<void> {
    return createEdit(this.client, params, options);
  }
}

/**
 * `POST /edits`
 *
 * @example
 * const result = await createEdit(client, {
 *   video_url: "string",
 * });
 */
export function createEdit(client: APIClient, params: EditRequest, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'createEdit',
      method: 'POST',
      path: '/edits',
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}

/** Exactly one video source, possibly nested in metadata. */
export type EditRequest = {
  video_url?: string;
  metadata?: EditMetadata;
} & (
  | {
      video_url: string;
      metadata?: {
        video_url?: never;
      };
    }
  | {
      metadata: {
        video_url: string;
      };
      video_url?: never;
    }
);

export interface EditMetadata {
  video_url?: string;
  note?: string;
}
