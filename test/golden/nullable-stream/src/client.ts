// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Completions } from './resources/completions.js';
import { Edits } from './resources/edits.js';
import { Summaries } from './resources/summaries.js';

/** Client for Nullable Stream. Calls are grouped by resource, after the wire path (`client.completions`); every call is also a standalone function taking the client as its first argument. */
export class NullableStreamClient extends BaseClient {
  readonly completions: Completions;
  readonly edits: Edits;
  readonly summaries: Summaries;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.completions = new Completions(this);
    this.edits = new Edits(this);
    this.summaries = new Summaries(this);
  }
}
