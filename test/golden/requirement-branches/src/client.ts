// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Edits } from './resources/edits.js';
import { Speech } from './resources/speech.js';
import { Videos } from './resources/videos.js';

/** Client for Requirement Branches API. Calls are grouped by resource, after the wire path (`client.videos`); every call is also a standalone function taking the client as its first argument. */
export class RequirementBranchesAPIClient extends BaseClient {
  readonly videos: Videos;
  readonly edits: Edits;
  readonly speech: Speech;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.videos = new Videos(this);
    this.edits = new Edits(this);
    this.speech = new Speech(this);
  }
}
