// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class TypeOfName2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /typeOfName/{typeOfName}`
   *
   * Standalone: `typeOfName_(client, …)`; errors: `isAPIError(error, 'typeOfName_')`.
   *
   * @example
   * const result = await client.typeOfName.retrieve("abc123");
   */
  retrieve(typeOfName2: string, options?: RequestOptions): APIPromise<TypeOfName> {
    return typeOfName_(this.client, typeOfName2, options);
  }
}

/**
 * `GET /typeOfName/{typeOfName}`
 *
 * @example
 * const result = await typeOfName_(client, "abc123");
 */
export function typeOfName_(client: APIClient, typeOfName2: string, options?: RequestOptions): APIPromise<TypeOfName> {
  return client.request<TypeOfName>(
    {
      operation: 'typeOfName_',
      method: 'GET',
      path: '/typeOfName/{typeOfName}',
      pathParams: { typeOfName: typeOfName2 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface TypeOfName {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
