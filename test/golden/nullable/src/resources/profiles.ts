// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/** A typed string that may be null. */
export type Nickname = string | null;

export interface Address {
  street?: string;
  city: string;
}

/** A oneOf union that as a whole may be null. */
export type ContactMethod =
  | (
      | string
      | {
          phone: string;
        }
    )
  | null;

export interface Profile {
  id: string;
  nickname: Nickname;
  /** A $ref wrapped in allOf so that nullable can be attached. */
  address: Address | null;
  contact?: ContactMethod;
  /** Untyped value; anything goes, including null. */
  metadata?: unknown;
  /** @minimum 0 */
  age?: number | null;
  /** Inline object property that may be null. */
  settings?: {
    theme?: string;
  } | null;
  /** The array itself is required, but individual items may be null. */
  tags?: (string | null)[];
  /** The whole array may be null. */
  scores?: number[] | null;
  /** Enum whose allowed values include null. */
  visibility?: ('public' | 'private' | null) | null;
}
