// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Documents {
  constructor(private readonly client: APIClient) {}

  /**
   * `PUT /documents`
   *
   * Standalone: `putDocument(client, …)`; errors: `isAPIError(error, 'putDocument')`.
   *
   * @example
   * const result = await client.documents.update({});
   */
  update(params: JsonValue, options?: RequestOptions): APIPromise<JsonValue> {
    return putDocument(this.client, params, options);
  }
}

/**
 * `PUT /documents`
 *
 * @example
 * const result = await putDocument(client, {});
 */
export function putDocument(client: APIClient, params: JsonValue, options?: RequestOptions): APIPromise<JsonValue> {
  return client.request<JsonValue>(
    {
      operation: 'putDocument',
      method: 'PUT',
      path: '/documents',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** A JSON object whose values are strings, numbers, or nested objects of the same shape. */
export type JsonValue = {
  [key: string]: string | number | JsonValue;
};
