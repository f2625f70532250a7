// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Objects {
  constructor(private readonly client: APIClient) {}

  /**
   * Single-quoted: C:\Program Files\new\u0000 and it's fine *\/
   *
   * `GET /v1/objects`
   *
   * Standalone: `listObjects(client, …)`; errors: `isAPIError(error, 'listObjects')`.
   *
   * @example
   * const result = await client.objects.list();
   */
  list(options?: RequestOptions): APIPromise<ListObjectsResponse> {
    return listObjects(this.client, options);
  }
}

/**
 * Single-quoted: C:\Program Files\new\u0000 and it's fine *\/
 *
 * `GET /v1/objects`
 *
 * @example
 * const result = await listObjects(client);
 */
export function listObjects(client: APIClient, options?: RequestOptions): APIPromise<ListObjectsResponse> {
  return client.request<ListObjectsResponse>(
    { operation: 'listObjects', method: 'GET', path: '/v1/objects', responseType: 'json', security: [] },
    options,
  );
}

export interface Object_ {
  hasOwnProperty?: string;
  toString?: number;
}

export interface Delete {
  /** Error text <script>alert('x')</script> *\/ */
  message: string;
}

export type ListObjectsResponse = Object_[];
