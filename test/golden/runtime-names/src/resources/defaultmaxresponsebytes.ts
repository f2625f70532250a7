// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class DEFAULTMAXRESPONSEBYTES2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /DEFAULT_MAX_RESPONSE_BYTES/{DEFAULT_MAX_RESPONSE_BYTES}`
   *
   * Standalone: `dEFAULTMAXRESPONSEBYTES(client, …)`; errors: `isAPIError(error, 'dEFAULTMAXRESPONSEBYTES')`.
   *
   * @example
   * const result = await client.dEFAULTMAXRESPONSEBYTES.retrieve("abc123");
   */
  retrieve(dEFAULTMAXRESPONSEBYTES_: string, options?: RequestOptions): APIPromise<DEFAULTMAXRESPONSEBYTES> {
    return dEFAULTMAXRESPONSEBYTES(this.client, dEFAULTMAXRESPONSEBYTES_, options);
  }
}

/**
 * `GET /DEFAULT_MAX_RESPONSE_BYTES/{DEFAULT_MAX_RESPONSE_BYTES}`
 *
 * @example
 * const result = await dEFAULTMAXRESPONSEBYTES(client, "abc123");
 */
export function dEFAULTMAXRESPONSEBYTES(
  client: APIClient,
  dEFAULTMAXRESPONSEBYTES_: string,
  options?: RequestOptions,
): APIPromise<DEFAULTMAXRESPONSEBYTES> {
  return client.request<DEFAULTMAXRESPONSEBYTES>(
    {
      operation: 'dEFAULTMAXRESPONSEBYTES',
      method: 'GET',
      path: '/DEFAULT_MAX_RESPONSE_BYTES/{DEFAULT_MAX_RESPONSE_BYTES}',
      pathParams: { DEFAULT_MAX_RESPONSE_BYTES: dEFAULTMAXRESPONSEBYTES_ },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface DEFAULTMAXRESPONSEBYTES {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
