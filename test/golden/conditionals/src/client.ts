// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Renders } from './resources/renders.js';
import { Shipments } from './resources/shipments.js';

/** Client for Conditionals API. Calls are grouped by resource, after the wire path (`client.renders`); every call is also a standalone function taking the client as its first argument. */
export class ConditionalsAPIClient extends BaseClient {
  readonly renders: Renders;
  readonly shipments: Shipments;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.renders = new Renders(this);
    this.shipments = new Shipments(this);
  }
}
