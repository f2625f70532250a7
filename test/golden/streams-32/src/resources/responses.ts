// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Stream } from '../core/streaming.js';
import type { ChatCompletion } from '../models.js';

export class Responses {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /responses`
   *
   * Standalone: `createResponse(client, …)`; errors: `isAPIError(error, 'createResponse')`.
   *
   * @example
   * const result = await client.responses.create();
   */
  create(params?: CreateResponseBody, options?: RequestOptions): APIPromise<Stream<ResponseDelta | ChatCompletion>> {
    return createResponse(this.client, params, options);
  }
}

/**
 * `POST /responses`
 *
 * @example
 * const result = await createResponse(client);
 *
 * It resolves to a {@link Stream} of server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids.
 */
export function createResponse(
  client: APIClient,
  params?: CreateResponseBody,
  options?: RequestOptions,
): APIPromise<Stream<ResponseDelta | ChatCompletion>> {
  return client.request<Stream<ResponseDelta | ChatCompletion>>(
    {
      operation: 'createResponse',
      method: 'POST',
      path: '/responses',
      body: params,
      contentType: 'application/json',
      responseType: 'text',
      security: [],
      stream: true,
      streamData: 'json',
    },
    options,
  );
}

export interface ResponseDelta {
  text: string;
}

export interface CreateResponseBody {
  input?: string;
}

export type CreateResponseResponseItem =
  | {
      event: 'response.delta';
      data: string;
    }
  | {
      event: 'response.done';
      data: string;
    };
