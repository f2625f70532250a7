// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Files } from './resources/files.js';
import { Repos } from './resources/repos.js';

/** Client for Quirks API. Calls are grouped by resource, after the wire path (`client.repos`); every call is also a standalone function taking the client as its first argument. */
export class QuirksAPIClient extends BaseClient {
  readonly repos: Repos;
  readonly files: Files;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.repos = new Repos(this);
    this.files = new Files(this);
  }
}
