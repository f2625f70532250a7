// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  CreateBetaResponseBody,
  CreateBetaResponseResponse,
  CreateThreadResponse,
  ListAssistantsResponse,
} from '../models.js';
import { listAssistants } from '../operations/assistants.js';
import { createBetaResponse, createThread } from '../operations/default_.js';

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
