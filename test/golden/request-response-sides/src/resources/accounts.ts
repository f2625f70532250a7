// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Account, AccountInput } from '../models.js';
import { createAccount } from '../operations/default_.js';

export class Accounts {
  constructor(private readonly client: APIClient) {}

  /** `POST /accounts` */
  create(request: { body: AccountInput }, options?: RequestOptions): APIPromise<Account> {
    return createAccount(this.client, request, options);
  }
}
