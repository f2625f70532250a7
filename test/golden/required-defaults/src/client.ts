// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Messages } from './resources/messages.js';

/** Client for Required Defaults. Calls are grouped by resource, after the wire path (`client.messages`); every call is also a standalone function taking the client as its first argument. */
export class RequiredDefaultsClient extends BaseClient {
  readonly messages: Messages;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.messages = new Messages(this);
  }
}
