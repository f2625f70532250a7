// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Images } from './resources/images.js';

/** Client for Enum Edge Cases API. Calls are grouped by resource, after the wire path (`client.images`); every call is also a standalone function taking the client as its first argument. */
export class EnumEdgeCasesAPIClient extends BaseClient {
  readonly images: Images;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.images = new Images(this);
  }
}
