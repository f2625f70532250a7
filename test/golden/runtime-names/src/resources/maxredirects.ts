// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class MAXREDIRECTS2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /MAX_REDIRECTS/{MAX_REDIRECTS}`
   *
   * Standalone: `mAXREDIRECTS(client, …)`; errors: `isAPIError(error, 'mAXREDIRECTS')`.
   *
   * @example
   * const result = await client.mAXREDIRECTS.retrieve("abc123");
   */
  retrieve(mAXREDIRECTS_: string, options?: RequestOptions): APIPromise<MAXREDIRECTS> {
    return mAXREDIRECTS(this.client, mAXREDIRECTS_, options);
  }
}

/**
 * `GET /MAX_REDIRECTS/{MAX_REDIRECTS}`
 *
 * @example
 * const result = await mAXREDIRECTS(client, "abc123");
 */
export function mAXREDIRECTS(
  client: APIClient,
  mAXREDIRECTS_: string,
  options?: RequestOptions,
): APIPromise<MAXREDIRECTS> {
  return client.request<MAXREDIRECTS>(
    {
      operation: 'mAXREDIRECTS',
      method: 'GET',
      path: '/MAX_REDIRECTS/{MAX_REDIRECTS}',
      pathParams: { MAX_REDIRECTS: mAXREDIRECTS_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface MAXREDIRECTS {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
