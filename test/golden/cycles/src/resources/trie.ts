// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Trie2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /trie`
   *
   * Standalone: `getTrie(client, …)`; errors: `isAPIError(error, 'getTrie')`.
   *
   * @example
   * const result = await client.trie.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<Trie> {
    return getTrie(this.client, options);
  }
}

/**
 * `GET /trie`
 *
 * @example
 * const result = await getTrie(client);
 */
export function getTrie(client: APIClient, options?: RequestOptions): APIPromise<Trie> {
  return client.request<Trie>(
    { operation: 'getTrie', method: 'GET', path: '/trie', responseType: 'json', security: [] },
    options,
  );
}

export type Trie = {
  [key: string]: Trie;
};
