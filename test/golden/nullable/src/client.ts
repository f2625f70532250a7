// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Profiles } from './resources/profiles.js';

/** Client for Nullable API. Calls are grouped by resource, after the wire path (`client.profiles`); every call is also a standalone function taking the client as its first argument. */
export class NullableAPIClient extends BaseClient {
  readonly profiles: Profiles;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.profiles = new Profiles(this);
  }
}
