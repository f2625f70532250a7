// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { JSONValue } from '../models.js';

export class Settings2 {
  constructor(private readonly client: APIClient) {}

  /**
   * `PUT /settings`
   *
   * Standalone: `replaceSettings(client, …)`; errors: `isAPIError(error, 'replaceSettings')`.
   *
   * @example
   * const result = await client.settings.update();
   */
  update(params?: Settings, options?: RequestOptions): APIPromise<void> {
    return replaceSettings(this.client, params, options);
  }
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

export type Settings = {
  theme: string;
  notify?: boolean;
  [key: string]: JSONValue | string | boolean | undefined;
};
