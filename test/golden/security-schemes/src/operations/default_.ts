// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type {
  AdminKeyRecord,
  CreateAdminKeyBody,
  ExportOrganizationResponse,
  GetUsageResponse,
  ListAdminKeysResponse,
  ListModelsResponse,
} from '../models.js';

/**
 * `GET /v1/models`
 *
 * Credential: `apiKey`.
 *
 * @example
 * const result = await listModels(client);
 */
export function listModels(client: APIClient, options?: RequestOptions): APIPromise<ListModelsResponse> {
  return client.request<ListModelsResponse>(
    { operation: 'listModels', method: 'GET', path: '/v1/models', responseType: 'json', security: [['BearerAuth']] },
    options,
  );
}

/**
 * `GET /v1/organization/keys`
 *
 * Credential: `adminKey`.
 *
 * @example
 * const result = await listAdminKeys(client);
 */
export function listAdminKeys(client: APIClient, options?: RequestOptions): APIPromise<ListAdminKeysResponse> {
  return client.request<ListAdminKeysResponse>(
    {
      operation: 'listAdminKeys',
      method: 'GET',
      path: '/v1/organization/keys',
      responseType: 'json',
      security: [['AdminKey']],
    },
    options,
  );
}

/**
 * `POST /v1/organization/keys`
 *
 * Credential: `adminKey`.
 *
 * @example
 * const result = await createAdminKey(client, {
 *   name: "string",
 * });
 */
export function createAdminKey(
  client: APIClient,
  params: CreateAdminKeyBody,
  options?: RequestOptions,
): APIPromise<AdminKeyRecord> {
  return client.request<AdminKeyRecord>(
    {
      operation: 'createAdminKey',
      method: 'POST',
      path: '/v1/organization/keys',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['AdminKey']],
    },
    options,
  );
}

/**
 * Redirects to where the export is stored.
 *
 * `GET /v1/organization/export`
 *
 * Credential: `adminKey`.
 *
 * @example
 * const result = await exportOrganization(client);
 */
export function exportOrganization(
  client: APIClient,
  options?: RequestOptions,
): APIPromise<ExportOrganizationResponse> {
  return client.request<ExportOrganizationResponse>(
    {
      operation: 'exportOrganization',
      method: 'GET',
      path: '/v1/organization/export',
      responseType: 'json',
      security: [['AdminKey']],
    },
    options,
  );
}

/**
 * Either key may read the usage; the admin key sees the whole organization.
 *
 * `GET /v1/usage`
 *
 * Credential: `adminKey`, else `apiKey`.
 *
 * @example
 * const result = await getUsage(client);
 */
export function getUsage(client: APIClient, options?: RequestOptions): APIPromise<GetUsageResponse> {
  return client.request<GetUsageResponse>(
    {
      operation: 'getUsage',
      method: 'GET',
      path: '/v1/usage',
      responseType: 'json',
      security: [['AdminKey'], ['BearerAuth']],
    },
    options,
  );
}

/**
 * `GET /health`
 *
 * @example
 * const result = await getHealth(client);
 */
export function getHealth(client: APIClient, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    { operation: 'getHealth', method: 'GET', path: '/health', responseType: 'void', security: [] },
    options,
  );
}
