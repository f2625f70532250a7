// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Accounts } from './resources/accounts.js';
import { Settings2 } from './resources/settings.js';

/** Client for Sides API. Calls are grouped by resource, after the wire path (`client.accounts`); every call is also a standalone function taking the client as its first argument. */
export class SidesAPIClient extends BaseClient {
  readonly accounts: Accounts;
  readonly settings: Settings2;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.accounts = new Accounts(this);
    this.settings = new Settings2(this);
  }
}
