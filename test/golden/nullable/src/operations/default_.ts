// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { GetProfileParams, Profile, UpdateProfileParams } from '../models.js';

/** `GET /profiles/{id}` */
export function getProfile(
  client: APIClient,
  request: GetProfileParams,
  options?: RequestOptions,
): APIPromise<Profile> {
  return client.request<Profile>(
    {
      operation: 'getProfile',
      method: 'GET',
      path: '/profiles/{id}',
      pathParams: request.path,
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** `PUT /profiles/{id}` */
export function updateProfile(
  client: APIClient,
  request: UpdateProfileParams & { body: Profile },
  options?: RequestOptions,
): APIPromise<Profile> {
  return client.request<Profile>(
    {
      operation: 'updateProfile',
      method: 'PUT',
      path: '/profiles/{id}',
      pathParams: request.path,
      body: request.body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}
