// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class AdminUsers {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /organization/users`
   *
   * Credential: `adminKey`.
   *
   * Standalone: `listUsers(client, …)`; errors: `isAPIError(error, 'listUsers')`.
   *
   * @example
   * const result = await client.admin.users.list();
   */
  list(options?: RequestOptions): APIPromise<ListUsersResponse> {
    return listUsers(this.client, options);
  }

  /**
   * `GET /organization/users/{user_id}`
   *
   * Credential: `adminKey`.
   *
   * Standalone: `retrieveUser(client, …)`; errors: `isAPIError(error, 'retrieveUser')`.
   *
   * @example
   * const result = await client.admin.users.retrieve("abc123");
   */
  retrieve(userId: string, options?: RequestOptions): APIPromise<User> {
    return retrieveUser(this.client, userId, options);
  }
}

export class Admin {
  readonly users: AdminUsers;

  constructor(private readonly client: APIClient) {
    this.users = new AdminUsers(client);
  }
}

/**
 * `GET /organization/users`
 *
 * Credential: `adminKey`.
 *
 * @example
 * const result = await listUsers(client);
 */
export function listUsers(client: APIClient, options?: RequestOptions): APIPromise<ListUsersResponse> {
  return client.request<ListUsersResponse>(
    {
      operation: 'listUsers',
      method: 'GET',
      path: '/organization/users',
      responseType: 'json',
      security: [['AdminKey']],
    },
    options,
  );
}

/**
 * `GET /organization/users/{user_id}`
 *
 * Credential: `adminKey`.
 *
 * @example
 * const result = await retrieveUser(client, "abc123");
 */
export function retrieveUser(client: APIClient, userId: string, options?: RequestOptions): APIPromise<User> {
  return client.request<User>(
    {
      operation: 'retrieveUser',
      method: 'GET',
      path: '/organization/users/{user_id}',
      pathParams: { user_id: userId },
      responseType: 'json',
      security: [['AdminKey']],
    },
    options,
  );
}

export interface User {
  id: string;
}

export type ListUsersResponse = User[];
