// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Health } from './resources/health.js';
import { Models } from './resources/models.js';
import { Organization } from './resources/organization.js';
import { Usage } from './resources/usage.js';

/** Client for ModelHub API. Calls are grouped by resource, after the wire path (`client.models`); every call is also a standalone function taking the client as its first argument. */
export class ModelHubAPIClient extends BaseClient {
  readonly models: Models;
  readonly organization: Organization;
  readonly usage: Usage;
  readonly health: Health;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.models = new Models(this);
    this.organization = new Organization(this);
    this.usage = new Usage(this);
    this.health = new Health(this);
  }
}
