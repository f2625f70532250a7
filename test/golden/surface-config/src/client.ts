// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Admin } from './resources/admin.js';
import { Beta } from './resources/beta.js';
import { Images } from './resources/images.js';
import { Responses } from './resources/responses.js';
import { Videos } from './resources/videos.js';

/** Client for Surface Config. Calls are grouped by resource, after the wire path (`client.images`); every call is also a standalone function taking the client as its first argument. */
export class SurfaceConfigClient extends BaseClient {
  readonly images: Images;
  readonly videos: Videos;
  readonly admin: Admin;
  readonly beta: Beta;
  readonly responses: Responses;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.images = new Images(this);
    this.videos = new Videos(this);
    this.admin = new Admin(this);
    this.beta = new Beta(this);
    this.responses = new Responses(this);
  }
}
