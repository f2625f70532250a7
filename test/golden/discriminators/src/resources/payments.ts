// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `POST /payments`
 *
 * @example
 * const result = await createPayment(client, {
 *   kind: "card",
 *   last4: "string",
 * });
 */
export function createPayment(client: APIClient, params: Payment, options?: RequestOptions): APIPromise<Payment> {
  return client.request<Payment>(
    {
      operation: 'createPayment',
      method: 'POST',
      path: '/payments',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export type Payment = CardPayment | BankTransfer;

export interface CardPayment {
  kind: 'card';
  /** @pattern ^[0-9]{4}$ */
  last4: string;
}

export interface BankTransfer {
  kind: 'bank_transfer';
  iban: string;
}
