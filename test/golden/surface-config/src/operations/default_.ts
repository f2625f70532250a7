// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  CreateBetaResponseBody,
  CreateBetaResponseResponse,
  CreateImageBody,
  CreateResponseBody,
  CreateResponseResponse,
  CreateThreadResponse,
  Image,
  ListUsersResponse,
  User,
} from '../models.js';

/**
 * `POST /images/generations`
 *
 * Credential: `apiKey`.
 *
 * @example
 * const result = await createImage(client, {
 *   prompt: "string",
 * });
 */
export function createImage(client: APIClient, params: CreateImageBody, options?: RequestOptions): APIPromise<Image> {
  return client.request<Image>(
    {
      operation: 'createImage',
      method: 'POST',
      path: '/images/generations',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['ApiKey']],
    },
    options,
  );
}

/**
 * `GET /videos/{video_id}/content`
 *
 * Credential: `apiKey`.
 *
 * @example
 * const result = await downloadVideoContent(client, "abc123");
 */
export function downloadVideoContent(client: APIClient, videoId: string, options?: RequestOptions): APIPromise<Blob> {
  return client.request<Blob>(
    {
      operation: 'downloadVideoContent',
      method: 'GET',
      path: '/videos/{video_id}/content',
      pathParams: { video_id: videoId },
      responseType: 'blob',
      security: [['ApiKey']],
    },
    options,
  );
}

/**
 * `GET /organization/users`
 *
 * Credential: `adminKey`.
 *
 * @example
 * const result = await listUsers(client);
 */
export function listUsers(client: APIClient, options?: RequestOptions): APIPromise<ListUsersResponse> {
  return client.request<ListUsersResponse>(
    {
      operation: 'listUsers',
      method: 'GET',
      path: '/organization/users',
      responseType: 'json',
      security: [['AdminKey']],
    },
    options,
  );
}

/**
 * `GET /organization/users/{user_id}`
 *
 * Credential: `adminKey`.
 *
 * @example
 * const result = await retrieveUser(client, "abc123");
 */
export function retrieveUser(client: APIClient, userId: string, options?: RequestOptions): APIPromise<User> {
  return client.request<User>(
    {
      operation: 'retrieveUser',
      method: 'GET',
      path: '/organization/users/{user_id}',
      pathParams: { user_id: userId },
      responseType: 'json',
      security: [['AdminKey']],
    },
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
