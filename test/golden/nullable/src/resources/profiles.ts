// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Profile } from '../models.js';

export class Profiles {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /profiles/{id}`
   *
   * Standalone: `getProfile(client, …)`; errors: `isAPIError(error, 'getProfile')`.
   *
   * @example
   * const result = await client.profiles.retrieve("abc123");
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Profile> {
    return getProfile(this.client, id, options);
  }

  /**
   * `PUT /profiles/{id}`
   *
   * Standalone: `updateProfile(client, …)`; errors: `isAPIError(error, 'updateProfile')`.
   *
   * @example
   * const result = await client.profiles.update("abc123", {
   *   id: "string",
   *   nickname: "string",
   *   address: {
   *     city: "string",
   *   },
   * });
   */
  update(id: string, params: Profile, options?: RequestOptions): APIPromise<Profile> {
    return updateProfile(this.client, id, params, options);
  }
}

/**
 * `GET /profiles/{id}`
 *
 * @example
 * const result = await getProfile(client, "abc123");
 */
export function getProfile(client: APIClient, id: string, options?: RequestOptions): APIPromise<Profile> {
  return client.request<Profile>(
    {
      operation: 'getProfile',
      method: 'GET',
      path: '/profiles/{id}',
      pathParams: { id: id },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `PUT /profiles/{id}`
 *
 * @example
 * const result = await updateProfile(client, "abc123", {
 *   id: "string",
 *   nickname: "string",
 *   address: {
 *     city: "string",
 *   },
 * });
 */
export function updateProfile(
  client: APIClient,
  id: string,
  params: Profile,
  options?: RequestOptions,
): APIPromise<Profile> {
  return client.request<Profile>(
    {
      operation: 'updateProfile',
      method: 'PUT',
      path: '/profiles/{id}',
      pathParams: { id: id },
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}
