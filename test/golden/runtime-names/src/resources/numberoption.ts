// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class NumberOption2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /numberOption/{numberOption}`
   *
   * Standalone: `numberOption_(client, …)`; errors: `isAPIError(error, 'numberOption_')`.
   *
   * @example
   * const result = await client.numberOption.retrieve("abc123");
   */
  retrieve(numberOption2: string, options?: RequestOptions): APIPromise<NumberOption> {
    return numberOption_(this.client, numberOption2, options);
  }
}

/**
 * `GET /numberOption/{numberOption}`
 *
 * @example
 * const result = await numberOption_(client, "abc123");
 */
export function numberOption_(
  client: APIClient,
  numberOption2: string,
  options?: RequestOptions,
): APIPromise<NumberOption> {
  return client.request<NumberOption>(
    {
      operation: 'numberOption_',
      method: 'GET',
      path: '/numberOption/{numberOption}',
      pathParams: { numberOption: numberOption2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface NumberOption {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
