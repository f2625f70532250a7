// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Responses } from './resources/responses.js';
import { Settings2 } from './resources/settings.js';
import { Threads } from './resources/threads.js';
import { Uploads } from './resources/uploads.js';

/** Client for Call Shapes. Calls are grouped by resource, after the wire path (`client.threads`); every call is also a standalone function taking the client as its first argument. */
export class CallShapesClient extends BaseClient {
  readonly threads: Threads;
  readonly uploads: Uploads;
  readonly settings: Settings2;
  readonly responses: Responses;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.threads = new Threads(this);
    this.uploads = new Uploads(this);
    this.settings = new Settings2(this);
    this.responses = new Responses(this);
  }
}
