// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Users {
  constructor(private readonly client: APIClient) {}

  /**
   * Fetch a user
   *
   * `GET /v1/users/{user_id}`
   *
   * Standalone: `getUserById(client, …)`; errors: `isAPIError(error, 'getUserById')`.
   *
   * @example
   * const result = await client.users.retrieve("abc123");
   */
  retrieve(userId: string, options?: RequestOptions): APIPromise<GetUserByIdResponse> {
    return getUserById(this.client, userId, options);
  }
}

/**
 * Fetch a user
 *
 * `GET /v1/users/{user_id}`
 *
 * @example
 * const result = await getUserById(client, "abc123");
 */
export function getUserById(
  client: APIClient,
  userId: string,
  options?: RequestOptions,
): APIPromise<GetUserByIdResponse> {
  return client.request<GetUserByIdResponse>(
    {
      operation: 'getUserById',
      method: 'GET',
      path: '/v1/users/{user_id}',
      pathParams: { user_id: userId },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface GetUserByIdResponse {
  id?: string;
  name?: string;
}
