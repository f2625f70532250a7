// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Pets } from './resources/pets.js';

/** Client for Pet Finder. Calls are grouped by resource, after the wire path (`client.pets`); every call is also a standalone function taking the client as its first argument. */
export class PetFinderClient extends BaseClient {
  readonly pets: Pets;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.pets = new Pets(this);
  }
}
