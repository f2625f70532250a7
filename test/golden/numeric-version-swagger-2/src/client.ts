// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Notes } from './resources/notes.js';

/** Client for Numeric Swagger Notes. Calls are grouped by resource, after the wire path (`client.notes`); every call is also a standalone function taking the client as its first argument. */
export class NumericSwaggerNotesClient extends BaseClient {
  readonly notes: Notes;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.notes = new Notes(this);
  }
}
