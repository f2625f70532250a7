// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface Model {
  id: string;
}

export interface AdminKeyRecord {
  id: string;
  name: string;
}

export type ListModelsResponse = Model[];

export type ListAdminKeysResponse = AdminKeyRecord[];

export interface CreateAdminKeyBody {
  name: string;
}

export interface ExportOrganizationResponse {
  url?: string;
}

export interface GetUsageResponse {
  tokens?: number;
}
