// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class UsageTokenUserBalance {
  constructor(private readonly client: APIClient) {}

  /**
   * Query the current user's consumable balance by SK (USD)
   *
   * Use `Authorization: Bearer sk-...` to query the consumable USD balance for the user that owns the current SK.
   *
   * **Returned values**
   * - `balance_usd`: current available USD-equivalent balance.
   * - `used_amount_usd`: cumulative USD-equivalent usage.
   *
   * **Typical use cases**
   * - Let API clients query how much USD-equivalent balance remains for the current account through SK.
   * - Keep the external display consistent with the site balance shown in USD.
   *
   *
   * `GET /api/usage/token/user-balance`
   *
   * Standalone: `getUserBalanceByToken(client, …)`; errors: `isAPIError(error, 'getUserBalanceByToken')`.
   *
   * @example
   * const result = await client.usage.token.userBalance.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<GetUserBalanceByTokenResponse> {
    return getUserBalanceByToken(this.client, options);
  }
}

export class UsageToken {
  readonly userBalance: UsageTokenUserBalance;

  constructor(private readonly client: APIClient) {
    this.userBalance = new UsageTokenUserBalance(client);
  }
}

export class Usage {
  readonly token: UsageToken;

  constructor(private readonly client: APIClient) {
    this.token = new UsageToken(client);
  }
}

/**
 * Query the current user's consumable balance by SK (USD)
 *
 * Use `Authorization: Bearer sk-...` to query the consumable USD balance for the user that owns the current SK.
 *
 * **Returned values**
 * - `balance_usd`: current available USD-equivalent balance.
 * - `used_amount_usd`: cumulative USD-equivalent usage.
 *
 * **Typical use cases**
 * - Let API clients query how much USD-equivalent balance remains for the current account through SK.
 * - Keep the external display consistent with the site balance shown in USD.
 *
 *
 * `GET /api/usage/token/user-balance`
 *
 * @example
 * const result = await getUserBalanceByToken(client);
 */
export function getUserBalanceByToken(
  client: APIClient,
  options?: RequestOptions,
): APIPromise<GetUserBalanceByTokenResponse> {
  return client.request<GetUserBalanceByTokenResponse>(
    {
      operation: 'getUserBalanceByToken',
      method: 'GET',
      path: '/api/usage/token/user-balance',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

export interface GetUserBalanceByTokenResponse {
  /** @example true */
  success?: boolean;
  /** @example "" */
  message?: string;
  data?: {
    /**
     * @example "user_balance"
     */
    object?: string;
    /**
     * @example 1001
     */
    user_id?: number;
    /**
     * @example "demo-user"
     */
    username?: string;
    /**
     * @example 1250000
     */
    quota?: number;
    /**
     * @example 250000
     */
    used_quota?: number;
    /**
     * @example 2.5
     * @format double
     */
    balance_usd?: number;
    /**
     * @example 0.5
     * @format double
     */
    used_amount_usd?: number;
    /**
     * @example 500000
     * @format double
     */
    quota_per_unit?: number;
    /**
     * @example "USD"
     */
    currency?: string;
  };
}
