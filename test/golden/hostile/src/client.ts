// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Hostile } from './resources/hostile.js';
import { Objects } from './resources/objects.js';

/** Client for Hostile Input API. Calls are grouped by resource, after the wire path (`client.hostile`); every call is also a standalone function taking the client as its first argument. */
export class HostileInputAPIClient extends BaseClient {
  readonly hostile: Hostile;
  readonly objects: Objects;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.hostile = new Hostile(this);
    this.objects = new Objects(this);
  }
}
