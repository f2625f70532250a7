// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ListAssistantsResponse } from '../models.js';

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
