// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class OrganizationKeys {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /v1/organization/keys`
   *
   * Credential: `adminKey`.
   *
   * Standalone: `listAdminKeys(client, …)`; errors: `isAPIError(error, 'listAdminKeys')`.
   *
   * @example
   * const result = await client.organization.keys.list();
   */
  list(options?: RequestOptions): APIPromise<ListAdminKeysResponse> {
    return listAdminKeys(this.client, options);
  }

  /**
   * `POST /v1/organization/keys`
   *
   * Credential: `adminKey`.
   *
   * Standalone: `createAdminKey(client, …)`; errors: `isAPIError(error, 'createAdminKey')`.
   *
   * @example
   * const result = await client.organization.keys.create({
   *   name: "string",
   * });
   */
  create(params: CreateAdminKeyBody, options?: RequestOptions): APIPromise<AdminKeyRecord> {
    return createAdminKey(this.client, params, options);
  }
}

export class OrganizationExport {
  constructor(private readonly client: APIClient) {}

  /**
   * Redirects to where the export is stored.
   *
   * `GET /v1/organization/export`
   *
   * Credential: `adminKey`.
   *
   * Standalone: `exportOrganization(client, …)`; errors: `isAPIError(error, 'exportOrganization')`.
   *
   * @example
   * const result = await client.organization.export.retrieve();
   */
  retrieve(options?: RequestOptions): APIPromise<ExportOrganizationResponse> {
    return exportOrganization(this.client, options);
  }
}

export class Organization {
  readonly keys: OrganizationKeys;
  readonly export: OrganizationExport;

  constructor(private readonly client: APIClient) {
    this.keys = new OrganizationKeys(client);
    this.export = new OrganizationExport(client);
  }
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

export interface AdminKeyRecord {
  id: string;
  name: string;
}

export type ListAdminKeysResponse = AdminKeyRecord[];

export interface CreateAdminKeyBody {
  name: string;
}

export interface ExportOrganizationResponse {
  url?: string;
}
