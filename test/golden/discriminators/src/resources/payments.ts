// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Payment } from '../models.js';
import { createPayment } from '../operations/default_.js';

export class Payments {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /payments`
   *
   * Standalone: `createPayment(client, …)`; errors: `isAPIError(error, 'createPayment')`.
   *
   * @example
   * const result = await client.payments.create({
   *   kind: "card",
   *   last4: "string",
   * });
   */
  create(params: Payment, options?: RequestOptions): APIPromise<Payment> {
    return createPayment(this.client, params, options);
  }
}
