// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Unlisted3 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /Unlisted/{Unlisted}`
   *
   * Standalone: `unlisted_(client, …)`; errors: `isAPIError(error, 'unlisted_')`.
   *
   * @example
   * const result = await client.unlisted.retrieve("abc123");
   */
  retrieve(unlisted3: string, options?: RequestOptions): APIPromise<Unlisted_> {
    return unlisted_(this.client, unlisted3, options);
  }

  /**
   * `GET /unlisted/{unlisted}`
   *
   * Standalone: `unlisted2(client, …)`; errors: `isAPIError(error, 'unlisted2')`.
   *
   * @example
   * const result = await client.unlisted.unlisted2("abc123");
   */
  unlisted2(unlisted3: string, options?: RequestOptions): APIPromise<Unlisted2> {
    return unlisted2(this.client, unlisted3, options);
  }
}

/**
 * `GET /Unlisted/{Unlisted}`
 *
 * @example
 * const result = await unlisted_(client, "abc123");
 */
export function unlisted_(client: APIClient, unlisted3: string, options?: RequestOptions): APIPromise<Unlisted_> {
  return client.request<Unlisted_>(
    {
      operation: 'unlisted_',
      method: 'GET',
      path: '/Unlisted/{Unlisted}',
      pathParams: { Unlisted: unlisted3 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /unlisted/{unlisted}`
 *
 * @example
 * const result = await unlisted2(client, "abc123");
 */
export function unlisted2(client: APIClient, unlisted3: string, options?: RequestOptions): APIPromise<Unlisted2> {
  return client.request<Unlisted2>(
    {
      operation: 'unlisted2',
      method: 'GET',
      path: '/unlisted/{unlisted}',
      pathParams: { unlisted: unlisted3 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Unlisted_ {
  id: string;
  status?: 'done' | 'failed' | 'running';
}

export interface Unlisted2 {
  id: string;
  status?: 'done' | 'failed' | 'running';
}
