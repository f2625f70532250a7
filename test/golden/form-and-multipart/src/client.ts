// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Groups } from './resources/groups.js';
import { Images } from './resources/images.js';
import { Oauth } from './resources/oauth.js';
import { Uploads } from './resources/uploads.js';

/** Client for Forms and Files API. Calls are grouped by resource, after the wire path (`client.oauth`); every call is also a standalone function taking the client as its first argument. */
export class FormsAndFilesAPIClient extends BaseClient {
  readonly oauth: Oauth;
  readonly uploads: Uploads;
  readonly images: Images;
  readonly groups: Groups;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.oauth = new Oauth(this);
    this.uploads = new Uploads(this);
    this.images = new Images(this);
    this.groups = new Groups(this);
  }
}
