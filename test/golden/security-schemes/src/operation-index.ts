// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { ListModelsResponse } from './resources/models.js';
import type {
  AdminKeyRecord,
  CreateAdminKeyBody,
  ExportOrganizationResponse,
  ListAdminKeysResponse,
} from './resources/organization.js';
import type { GetUsageResponse } from './resources/usage.js';

/** One entry of {@link operations}: what a tool needs to find and describe an operation. */
export interface OperationInfo {
  /** The operation function exported by this package. */
  readonly name: OperationName;
  /** HTTP method, upper case. */
  readonly method: string;
  /** The wire path template, without any `#fragment`. */
  readonly path: string;
  /** The spec's path key, `#fragment` included. */
  readonly pathKey: string;
  readonly tags: readonly string[];
}

function entry(
  name: OperationName,
  method: string,
  path: string,
  pathKey: string,
  tags: readonly string[],
): OperationInfo {
  return { name, method, path, pathKey, tags };
}

/** Every operation of the API, in spec order: `{ name, method, path, pathKey, tags }`. */
export const operations: readonly OperationInfo[] = [
  entry('listModels', 'GET', '/v1/models', '/v1/models', []),
  entry('listAdminKeys', 'GET', '/v1/organization/keys', '/v1/organization/keys', []),
  entry('createAdminKey', 'POST', '/v1/organization/keys', '/v1/organization/keys', []),
  entry('exportOrganization', 'GET', '/v1/organization/export', '/v1/organization/export', []),
  entry('getUsage', 'GET', '/v1/usage', '/v1/usage', []),
  entry('getHealth', 'GET', '/health', '/health', []),
];

/** Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status). */
export interface Operations {
  listModels: {
    body: never;
    params: Record<string, never>;
    response: ListModelsResponse;
    error: unknown;
    responses: {
      '200': ListModelsResponse;
    };
  };
  listAdminKeys: {
    body: never;
    params: Record<string, never>;
    response: ListAdminKeysResponse;
    error: unknown;
    responses: {
      '200': ListAdminKeysResponse;
    };
  };
  createAdminKey: {
    body: CreateAdminKeyBody;
    params: Record<string, never>;
    response: AdminKeyRecord;
    error: unknown;
    responses: {
      '201': AdminKeyRecord;
    };
  };
  exportOrganization: {
    body: never;
    params: Record<string, never>;
    response: ExportOrganizationResponse;
    error: unknown;
    responses: {
      '200': ExportOrganizationResponse;
    };
  };
  getUsage: {
    body: never;
    params: Record<string, never>;
    response: GetUsageResponse;
    error: unknown;
    responses: {
      '200': GetUsageResponse;
    };
  };
  getHealth: {
    body: never;
    params: Record<string, never>;
    response: void;
    error: unknown;
    responses: {
      '204': void;
    };
  };
}

export type OperationName = keyof Operations;
