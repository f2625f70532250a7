// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Tasks } from './resources/tasks.js';

/** Client for Numeric OpenAPI Tasks. Calls are grouped by resource, after the wire path (`client.tasks`); every call is also a standalone function taking the client as its first argument. */
export class NumericOpenAPITasksClient extends BaseClient {
  readonly tasks: Tasks;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.tasks = new Tasks(this);
  }
}
