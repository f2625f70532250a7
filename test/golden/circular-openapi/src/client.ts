// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Categories } from './resources/categories.js';

/** Client for Circular JSON API. Calls are grouped by resource, after the wire path (`client.categories`); every call is also a standalone function taking the client as its first argument. */
export class CircularJSONAPIClient extends BaseClient {
  readonly categories: Categories;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.categories = new Categories(this);
  }
}
