// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Account, AccountInput, Settings } from '../models.js';

/**
 * `POST /accounts`
 *
 * @example
 * const result = await createAccount(client, {
 *   name: "string",
 *   plan: "free",
 *   password: "string",
 * });
 */
export function createAccount(client: APIClient, params: AccountInput, options?: RequestOptions): APIPromise<Account> {
  return client.request<Account>(
    {
      operation: 'createAccount',
      method: 'POST',
      path: '/accounts',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `PUT /settings`
 *
 * @example
 * const result = await replaceSettings(client);
 */
export function replaceSettings(client: APIClient, params?: Settings, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'replaceSettings',
      method: 'PUT',
      path: '/settings',
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}
