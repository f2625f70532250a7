// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { requestPage } from '../core/pagination.js';
import type { PageOptions, PagePromise } from '../core/pagination.js';
import type {
  APIClient_,
  CreateJobsABody,
  CreateJobsBBody,
  ListPagesParams,
  PagePromise_,
  Page_,
  WithResponse_,
} from '../models.js';

/**
 * `POST /jobs` (variant `#a` of this endpoint)
 *
 * @example
 * const result = await createJobsA(client, {
 *   id: "string",
 *   model: "a",
 * });
 */
export function createJobsA(
  client: APIClient,
  params: CreateJobsABody,
  options?: RequestOptions,
): APIPromise<WithResponse_> {
  return client.request<WithResponse_>(
    {
      operation: 'createJobsA',
      method: 'POST',
      path: '/jobs',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /jobs` (variant `#b` of this endpoint)
 *
 * @example
 * const result = await createJobsB(client, {
 *   id: "string",
 *   model: "b",
 * });
 */
export function createJobsB(
  client: APIClient,
  params: CreateJobsBBody,
  options?: RequestOptions,
): APIPromise<WithResponse_> {
  return client.request<WithResponse_>(
    {
      operation: 'createJobsB',
      method: 'POST',
      path: '/jobs',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /jobs/{id}`
 *
 * @example
 * const result = await getJobs(client, "abc123");
 */
export function getJobs(client: APIClient, id: string, options?: RequestOptions): APIPromise<APIClient_> {
  return client.request<APIClient_>(
    {
      operation: 'getJobs',
      method: 'GET',
      path: '/jobs/{id}',
      pathParams: { id: id },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `GET /pages/{requestPage}`
 *
 * @example
 * const result = await listPages(client, "abc123");
 */
export function listPages(
  client: APIClient,
  requestPage2: string,
  params?: ListPagesParams,
  options?: PageOptions,
): PagePromise<PagePromise_, Page_> {
  const { starting_after: $0 } = (params ?? {}) as Partial<ListPagesParams>;
  return requestPage<PagePromise_, Page_>(
    client,
    {
      operation: 'listPages',
      method: 'GET',
      path: '/pages/{requestPage}',
      pathParams: { requestPage: requestPage2 },
      query: { starting_after: $0 },
      responseType: 'json',
      security: [],
    },
    options,
    {
      items: ['data'],
      hasMore: ['has_more'],
      next: { kind: 'afterLast', parameter: 'starting_after', idField: ['id'] },
    },
  );
}
