// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ListUsersResponse, User } from '../models.js';
import { listUsers, retrieveUser } from '../operations/default_.js';

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
