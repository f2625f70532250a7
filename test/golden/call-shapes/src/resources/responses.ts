// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Responses {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /responses/{response_id}`
   *
   * Standalone: `getResponse(client, …)`; errors: `isAPIError(error, 'getResponse')`.
   *
   * @example
   * const result = await client.responses.retrieve("abc123");
   */
  retrieve(responseId: string, params?: GetResponseParams, options?: RequestOptions): APIPromise<Response_> {
    return getResponse(this.client, responseId, params, options);
  }
}

/**
 * `GET /responses/{response_id}`
 *
 * @example
 * const result = await getResponse(client, "abc123");
 */
export function getResponse(
  client: APIClient,
  responseId: string,
  params?: GetResponseParams,
  options?: RequestOptions,
): APIPromise<Response_> {
  const { include: $0 } = (params ?? {}) as Partial<GetResponseParams>;
  return client.request<Response_>(
    {
      operation: 'getResponse',
      method: 'GET',
      path: '/responses/{response_id}',
      pathParams: { response_id: responseId },
      query: { include: $0 },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /responses/{response_id}`
 *
 * @example
 * const result = await getBetaResponse(client, "abc123");
 */
export function getBetaResponse(
  client: APIClient,
  responseId: string,
  params?: GetBetaResponseParams,
  options?: RequestOptions,
): APIPromise<Response_> {
  const { include: $0 } = (params ?? {}) as Partial<GetBetaResponseParams>;
  return client.request<Response_>(
    {
      operation: 'getBetaResponse',
      method: 'GET',
      path: '/responses/{response_id}',
      pathParams: { response_id: responseId },
      query: { include: $0, beta: 'true' },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Response_ {
  id: string;
  beta?: boolean;
}

/** The params object of {@link getResponse}: body fields and parameters in one object. */
export type GetResponseParams = {
  include?: string;
};

/** The params object of {@link getBetaResponse}: body fields and parameters in one object. */
export type GetBetaResponseParams = {
  include?: string;
};
