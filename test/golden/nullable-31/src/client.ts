// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Events } from './resources/events.js';

/** Client for Nullable 3.1 API. Calls are grouped by resource, after the wire path (`client.events`); every call is also a standalone function taking the client as its first argument. */
export class Nullable31APIClient extends BaseClient {
  readonly events: Events;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.events = new Events(this);
  }
}
