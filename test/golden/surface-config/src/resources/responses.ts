// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Responses {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /responses`
   *
   * Credential: `apiKey`.
   *
   * Standalone: `createResponse(client, …)`; errors: `isAPIError(error, 'createResponse')`.
   *
   * @example
   * const result = await client.responses.create({
   *   input: "string",
   * });
   */
  create(params: CreateResponseBody, options?: RequestOptions): APIPromise<CreateResponseResponse> {
    return createResponse(this.client, params, options);
  }
}

/**
 * `POST /responses`
 *
 * Credential: `apiKey`.
 *
 * @example
 * const result = await createResponse(client, {
 *   input: "string",
 * });
 */
export function createResponse(
  client: APIClient,
  params: CreateResponseBody,
  options?: RequestOptions,
): APIPromise<CreateResponseResponse> {
  return client.request<CreateResponseResponse>(
    {
      operation: 'createResponse',
      method: 'POST',
      path: '/responses',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['ApiKey']],
    },
    options,
  );
}

export interface CreateResponseBody {
  input: string;
}

export interface CreateResponseResponse {
  id?: string;
}
