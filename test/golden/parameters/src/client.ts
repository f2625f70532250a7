// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Projects } from './resources/projects.js';
import { Search } from './resources/search.js';

/** Client for Parameters API. Calls are grouped by resource, after the wire path (`client.search`); every call is also a standalone function taking the client as its first argument. */
export class ParametersAPIClient extends BaseClient {
  readonly search: Search;
  readonly projects: Projects;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.search = new Search(this);
    this.projects = new Projects(this);
  }
}
