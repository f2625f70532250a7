// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class OauthToken {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /oauth/token`
   *
   * Standalone: `issueToken(client, …)`; errors: `isAPIError(error, 'issueToken')`.
   *
   * @example
   * const result = await client.oauth.token.create({
   *   grant_type: "client_credentials",
   *   client_id: "string",
   * });
   */
  create(params: IssueTokenBody, options?: RequestOptions): APIPromise<IssueTokenResponse> {
    return issueToken(this.client, params, options);
  }
}

export class Oauth {
  readonly token: OauthToken;

  constructor(private readonly client: APIClient) {
    this.token = new OauthToken(client);
  }
}

/**
 * `POST /oauth/token`
 *
 * @example
 * const result = await issueToken(client, {
 *   grant_type: "client_credentials",
 *   client_id: "string",
 * });
 */
export function issueToken(
  client: APIClient,
  params: IssueTokenBody,
  options?: RequestOptions,
): APIPromise<IssueTokenResponse> {
  return client.request<IssueTokenResponse>(
    {
      operation: 'issueToken',
      method: 'POST',
      path: '/oauth/token',
      body: params,
      contentType: 'application/x-www-form-urlencoded',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface IssueTokenBody {
  grant_type: 'client_credentials' | 'refresh_token';
  client_id: string;
  scope?: string[];
}

export interface IssueTokenResponse {
  access_token: string;
  expires_in?: number;
}
