// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Class, ListObjectsResponse, Promise_ } from '../models.js';

/**
 * Summary *\/ process.exit(1) /\* with `${x}` and <script>
 *
 * Line one
 * Line two
 * after LS
 * after PS
 * Windows path C:\users\x\new and \u0041 and a trailing backslash \
 *
 * `POST /v1/hostile`
 *
 * @example
 * const result = await xProcessExit1(client, {});
 */
export function xProcessExit1(client: APIClient, params: Class, options?: RequestOptions): APIPromise<Promise_> {
  return client.request<Promise_>(
    {
      operation: 'xProcessExit1',
      method: 'POST',
      path: '/v1/hostile',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
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
