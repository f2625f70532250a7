// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Profile } from '../models.js';

/** `GET /profiles/{id}` */
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

/** `PUT /profiles/{id}` */
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
