// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import { BaseClient } from './core/base-client.js';
import type { ClientOptions } from './core/base-client.js';
import { Payments } from './resources/payments.js';
import { Pets } from './resources/pets.js';
import { Shapes } from './resources/shapes.js';

/** Client for Discriminator API. Calls are grouped by resource, after the wire path (`client.pets`); every call is also a standalone function taking the client as its first argument. */
export class DiscriminatorAPIClient extends BaseClient {
  readonly pets: Pets;
  readonly shapes: Shapes;
  readonly payments: Payments;

  constructor(options: ClientOptions = {}) {
    super(options);
    this.pets = new Pets(this);
    this.shapes = new Shapes(this);
    this.payments = new Payments(this);
  }
}
