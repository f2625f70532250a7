// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Settings2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /settings`
   *
   * Standalone: `getSettings(client, …)`; errors: `isAPIError(error, 'getSettings')`.
   *
   * @example
   * const result = await client.settings.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<Settings> {
    return getSettings(this.client, options);
  }

  /**
   * `POST /settings`
   *
   * Standalone: `updateSettings(client, …)`; errors: `isAPIError(error, 'updateSettings')`.
   *
   * @example
   * const result = await client.settings.update({});
   */
  update(params: Settings, options?: RequestOptions): APIPromise<Settings> {
    return updateSettings(this.client, params, options);
  }
}

/**
 * `GET /settings`
 *
 * @example
 * const result = await getSettings(client);
 */
export function getSettings(client: APIClient, options?: RequestOptions): APIPromise<Settings> {
  return client.request<Settings>(
    { operation: 'getSettings', method: 'GET', path: '/settings', responseType: 'json', security: [] },
    options,
  );
}

/**
 * `POST /settings`
 *
 * @example
 * const result = await updateSettings(client, {});
 */
export function updateSettings(client: APIClient, params: Settings, options?: RequestOptions): APIPromise<Settings> {
  return client.request<Settings>(
    {
      operation: 'updateSettings',
      method: 'POST',
      path: '/settings',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Settings {
  theme?: string;
  allowed_ips?: string[];
}
