// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Assets } from './resources/assets.js';
import { Kling } from './resources/kling.js';
import { Users } from './resources/users.js';

/** Client for Missing Operation IDs API. Calls are grouped by resource, after the wire path (`client.kling`); every call is also a standalone function taking the client as its first argument. */
export class MissingOperationIDsAPIClient extends BaseClient {
  readonly kling: Kling;
  readonly assets: Assets;
  readonly users: Users;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.kling = new Kling(this);
    this.assets = new Assets(this);
    this.users = new Users(this);
  }
}
