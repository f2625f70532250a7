// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class BetaAssistants {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /assistants`
   *
   * Credential: `apiKey`.
   *
   * Standalone: `listAssistants(client, …)`; errors: `isAPIError(error, 'listAssistants')`.
   *
   * @example
   * const result = await client.beta.assistants.list();
   */
  list(options?: RequestOptions): APIPromise<ListAssistantsResponse> {
    return listAssistants(this.client, options);
  }
}

export class BetaThreads {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /threads`
   *
   * Credential: `apiKey`.
   *
   * Standalone: `createThread(client, …)`; errors: `isAPIError(error, 'createThread')`.
   *
   * @example
   * const result = await client.beta.threads.create();
   */
  create(options?: RequestOptions): APIPromise<CreateThreadResponse> {
    return createThread(this.client, options);
  }
}

export class BetaResponses {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /responses`
   *
   * Credential: `apiKey`.
   *
   * Standalone: `createBetaResponse(client, …)`; errors: `isAPIError(error, 'createBetaResponse')`.
   *
   * @example
   * const result = await client.beta.responses.create({
   *   input: "string",
   * });
   */
  create(params: CreateBetaResponseBody, options?: RequestOptions): APIPromise<CreateBetaResponseResponse> {
    return createBetaResponse(this.client, params, options);
  }
}

export class Beta {
  readonly assistants: BetaAssistants;
  readonly threads: BetaThreads;
  readonly responses: BetaResponses;

  constructor(private readonly client: APIClient) {
    this.assistants = new BetaAssistants(client);
    this.threads = new BetaThreads(client);
    this.responses = new BetaResponses(client);
  }
}

/**
 * `GET /assistants`
 *
 * Credential: `apiKey`.
 *
 * @example
 * const result = await listAssistants(client);
 */
export function listAssistants(client: APIClient, options?: RequestOptions): APIPromise<ListAssistantsResponse> {
  return client.request<ListAssistantsResponse>(
    { operation: 'listAssistants', method: 'GET', path: '/assistants', responseType: 'json', security: [['ApiKey']] },
    options,
  );
}

/**
 * `POST /threads`
 *
 * Credential: `apiKey`.
 *
 * @example
 * const result = await createThread(client);
 */
export function createThread(client: APIClient, options?: RequestOptions): APIPromise<CreateThreadResponse> {
  return client.request<CreateThreadResponse>(
    { operation: 'createThread', method: 'POST', path: '/threads', responseType: 'json', security: [['ApiKey']] },
    options,
  );
}

/**
 * `POST /responses`
 *
 * Credential: `apiKey`.
 *
 * @example
 * const result = await createBetaResponse(client, {
 *   input: "string",
 * });
 */
export function createBetaResponse(
  client: APIClient,
  params: CreateBetaResponseBody,
  options?: RequestOptions,
): APIPromise<CreateBetaResponseResponse> {
  return client.request<CreateBetaResponseResponse>(
    {
      operation: 'createBetaResponse',
      method: 'POST',
      path: '/responses',
      query: { beta: 'true' },
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['ApiKey']],
    },
    options,
  );
}

export type ListAssistantsResponse = {
  id?: string;
}[];

export interface CreateThreadResponse {
  id?: string;
}

export interface CreateBetaResponseBody {
  input: string;
  preview?: boolean;
}

export interface CreateBetaResponseResponse {
  id?: string;
}
