// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Videos } from './resources/videos.js';

/** Client for Fragment Variants API. Calls are grouped by resource, after the wire path (`client.videos`); every call is also a standalone function taking the client as its first argument. */
export class FragmentVariantsAPIClient extends BaseClient {
  readonly videos: Videos;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.videos = new Videos(this);
  }
}
