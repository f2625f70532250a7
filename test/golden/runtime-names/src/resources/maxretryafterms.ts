// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class MAXRETRYAFTERMS2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /MAX_RETRY_AFTER_MS/{MAX_RETRY_AFTER_MS}`
   *
   * Standalone: `mAXRETRYAFTERMS(client, …)`; errors: `isAPIError(error, 'mAXRETRYAFTERMS')`.
   *
   * @example
   * const result = await client.mAXRETRYAFTERMS.retrieve("abc123");
   */
  retrieve(mAXRETRYAFTERMS_: string, options?: RequestOptions): APIPromise<MAXRETRYAFTERMS> {
    return mAXRETRYAFTERMS(this.client, mAXRETRYAFTERMS_, options);
  }
}

/**
 * `GET /MAX_RETRY_AFTER_MS/{MAX_RETRY_AFTER_MS}`
 *
 * @example
 * const result = await mAXRETRYAFTERMS(client, "abc123");
 */
export function mAXRETRYAFTERMS(
  client: APIClient,
  mAXRETRYAFTERMS_: string,
  options?: RequestOptions,
): APIPromise<MAXRETRYAFTERMS> {
  return client.request<MAXRETRYAFTERMS>(
    {
      operation: 'mAXRETRYAFTERMS',
      method: 'GET',
      path: '/MAX_RETRY_AFTER_MS/{MAX_RETRY_AFTER_MS}',
      pathParams: { MAX_RETRY_AFTER_MS: mAXRETRYAFTERMS_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface MAXRETRYAFTERMS {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
