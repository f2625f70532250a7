// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Settings } from '../models.js';
import { getSettings, updateSettings } from '../operations/default_.js';

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
