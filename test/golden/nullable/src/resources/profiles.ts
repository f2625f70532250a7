// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { GetProfileParams, Profile, UpdateProfileParams } from '../models.js';
import { getProfile, updateProfile } from '../operations/default_.js';

export class Profiles {
  constructor(private readonly client: APIClient) {}

  /** `GET /profiles/{id}` */
  retrieve(request: GetProfileParams, options?: RequestOptions): APIPromise<Profile> {
    return getProfile(this.client, request, options);
  }

  /** `PUT /profiles/{id}` */
  update(request: UpdateProfileParams & { body: Profile }, options?: RequestOptions): APIPromise<Profile> {
    return updateProfile(this.client, request, options);
  }
}
