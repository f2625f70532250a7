// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { JSONValue } from '../models.js';

export class Accounts {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /accounts`
   *
   * Standalone: `createAccount(client, …)`; errors: `isAPIError(error, 'createAccount')`.
   *
   * @example
   * const result = await client.accounts.create({
   *   name: "string",
   *   plan: "free",
   *   password: "string",
   * });
   */
  create(params: AccountInput, options?: RequestOptions): APIPromise<Account> {
    return createAccount(this.client, params, options);
  }
}

/**
 * `POST /accounts`
 *
 * @example
 * const result = await createAccount(client, {
 *   name: "string",
 *   plan: "free",
 *   password: "string",
 * });
 */
export function createAccount(client: APIClient, params: AccountInput, options?: RequestOptions): APIPromise<Account> {
  return client.request<Account>(
    {
      operation: 'createAccount',
      method: 'POST',
      path: '/accounts',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Account {
  readonly id: string;
  name: string;
  /** @default "free" */
  plan: 'free' | 'pro';
  owner?: Owner;
  /** Anything JSON. */
  extra?: unknown;
}

/** The request form of {@link Account}. */
export interface AccountInput {
  name: string;
  /** @default "free" */
  plan: 'free' | 'pro';
  password: string;
  owner?: OwnerInput;
  /** Anything JSON. */
  extra?: JSONValue;
}

export interface Owner {
  email: string;
  /** @format date-time */
  readonly created_at: string;
}

/** The request form of {@link Owner}. */
export interface OwnerInput {
  email: string;
}
