// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Unlisted } from '../core/unlisted.js';
import type { JSONValue } from '../models.js';

export class AssetsGroup {
  constructor(private readonly client: APIClient) {}

  /**
   * Create asset group
   *
   * Create material groups (no charge).
   * Authentication: The request header must contain `Authorization: Bearer sk-...`.
   *
   * Field description:
   * - `name`: Group name (required, <=64 characters)
   * - `description`: Group description (optional, <=300 characters)
   * - `group_type`: Grouping type (optional; default `AIGC`)
   * - `project_name`: project name (optional; default `default`)
   * - `model`: optional, asset model name (it is recommended to pass it explicitly to avoid mismatch between the default model and group permissions)
   *
   * `POST /v1/assets/group/create`
   *
   * Standalone: `createAssetGroup(client, …)`; errors: `isAPIError(error, 'createAssetGroup')`.
   *
   * @example
   * const result = await client.assets.group.create({
   *   name: "marketing-assets",
   * });
   */
  create(params: AssetGroupCreateRequest, options?: RequestOptions): APIPromise<AssetGroupResponse> {
    return createAssetGroup(this.client, params, options);
  }

  /**
   * List asset groups
   *
   * Query the group list (no deduction).
   * Strict verification of sorting parameters:
   * - `sort_by`: `CreateTime|UpdateTime`
   * - `sort_order`: `Asc|Desc`
   * - `model`: optional, it is recommended to pass it explicitly to filter by model permissions.
   *
   * `POST /v1/assets/group/list`
   *
   * Standalone: `listAssetGroups(client, …)`; errors: `isAPIError(error, 'listAssetGroups')`.
   *
   * @example
   * const result = await client.assets.group.list({
   *   page_number: 1,
   *   page_size: 20,
   *   model: "ima-pro-upload-cn",
   * });
   */
  list(params?: AssetGroupListRequest, options?: RequestOptions): APIPromise<AssetGroupListResponse> {
    return listAssetGroups(this.client, params, options);
  }

  /**
   * Get asset group
   *
   * `POST /v1/assets/group/get`
   *
   * Standalone: `getAssetGroup(client, …)`; errors: `isAPIError(error, 'getAssetGroup')`.
   *
   * @example
   * const result = await client.assets.group.get({
   *   id: "string",
   * });
   */
  get(params: GetAssetGroupBody, options?: RequestOptions): APIPromise<AssetGroupResponse> {
    return getAssetGroup(this.client, params, options);
  }

  /**
   * Update asset group
   *
   * `POST /v1/assets/group/update`
   *
   * Standalone: `updateAssetGroup(client, …)`; errors: `isAPIError(error, 'updateAssetGroup')`.
   *
   * @example
   * const result = await client.assets.group.update({
   *   id: "string",
   * });
   */
  update(params: UpdateAssetGroupBody, options?: RequestOptions): APIPromise<AssetIdResponse> {
    return updateAssetGroup(this.client, params, options);
  }
}

export class AssetsQuota {
  constructor(private readonly client: APIClient) {}

  /**
   * Query asset quota
   *
   * `POST /v1/assets/quota`
   *
   * Standalone: `getAssetQuota(client, …)`; errors: `isAPIError(error, 'getAssetQuota')`.
   *
   * @example
   * const result = await client.assets.quota.create();
   */
  create(params?: GetAssetQuotaBody, options?: RequestOptions): APIPromise<AssetQuotaResponse> {
    return getAssetQuota(this.client, params, options);
  }
}

export class Assets {
  readonly group: AssetsGroup;
  readonly quota: AssetsQuota;

  constructor(private readonly client: APIClient) {
    this.group = new AssetsGroup(client);
    this.quota = new AssetsQuota(client);
  }

  /**
   * Upload asset (create asset)
   *
   * Upload the material URL to the material library.
   * Billing instructions: Only this endpoint is charged. The billing model takes the request body `model` (if not passed, the default is `ima-pro-upload`, pay-per-view).
   * Default deduction token: SK corresponding to the current request header `Authorization`.
   * The optional field `billing_token_id` is only used to override the default billing token (must be current user and enabled).
   * `asset_type` represents the asset type, the default value is `Image`, and supports `Image|Video|Audio` (if not passed, press `Image`).
   * When `asset_type=Audio`, the audio duration is verified by the upstream service and must be within the closed range from `1.8s` to `15.2s`. If it exceeds the limit, it will report: `InvalidParameter.DurationTooLong: Duration must be between 1.8s and 15.2s`.
   * **Serious reminder (must read)**
   * - When creating portrait material/material agreement, be sure to explicitly pass `model` to distinguish between domestic and overseas channels.
   * - Domestic video models (`seedance-2.0-cn`, `seedance-2.0-fast-cn`) should use `ima-pro-upload-cn` (or historically compatible `ima-pro-upload`) to create materials.
   * - Overseas video models (`seedance-2.0`, `seedance-2.0-fast`) should use `seedance-upload` to create materials.
   * - Do not mix domestic/overseas material protocols; otherwise, although `asset://...` is created successfully, subsequent video tasks may fail to be called due to protocol channel mismatch.
   * **IMPORTANT NOTICE (MUST READ)**
   * - `url` is the source address for material upload. Please confirm that it is accessible before calling. It is recommended to persist the original material by yourself.
   * - The 30-day expiration rule only applies to the result resource URL returned by the interface; please save the uploaded source materials for a long time.
   *
   * `POST /v1/assets/create`
   *
   * Standalone: `createAsset(client, …)`; errors: `isAPIError(error, 'createAsset')`.
   *
   * @example
   * const result = await client.assets.create({
   *   group_id: "group-20260403210537-6v56x",
   *   url: "https://ws.esxscloud.com/aiagent/src/d/20260407/in/1a2011e98a41847d70a49b570995d379.mp4",
   *   name: "verify-overseas-video-check",
   *   asset_type: "Video",
   *   model: "ima-pro-upload-cn",
   * });
   */
  create(params: AssetCreateRequest, options?: RequestOptions): APIPromise<AssetIdResponse> {
    return createAsset(this.client, params, options);
  }

  /**
   * List assets
   *
   * Check the material list (no deduction).
   * Strict verification of sorting parameters:
   * - `sort_by`: `CreateTime|UpdateTime|GroupId`
   * - `sort_order`: `Asc|Desc`
   * - `model`: optional, it is recommended to pass it explicitly to filter by model permissions.
   *
   * `POST /v1/assets/list`
   *
   * Standalone: `listAssets(client, …)`; errors: `isAPIError(error, 'listAssets')`.
   *
   * @example
   * const result = await client.assets.list({
   *   model: "ima-pro-upload",
   *   page_number: 1,
   *   page_size: 20,
   *   sort_by: "CreateTime",
   *   sort_order: "Desc",
   * });
   */
  list(params?: AssetListRequest, options?: RequestOptions): APIPromise<AssetListResponse> {
    return listAssets(this.client, params, options);
  }

  /**
   * Get asset
   *
   * `POST /v1/assets/get`
   *
   * Standalone: `getAsset(client, …)`; errors: `isAPIError(error, 'getAsset')`.
   *
   * @example
   * const result = await client.assets.get({
   *   id: "string",
   * });
   */
  get(params: GetAssetBody, options?: RequestOptions): APIPromise<AssetGetResponse> {
    return getAsset(this.client, params, options);
  }

  /**
   * Update asset name
   *
   * `POST /v1/assets/update`
   *
   * Standalone: `updateAsset(client, …)`; errors: `isAPIError(error, 'updateAsset')`.
   *
   * @example
   * const result = await client.assets.update({
   *   id: "string",
   *   name: "string",
   * });
   */
  update(params: UpdateAssetBody, options?: RequestOptions): APIPromise<AssetIdResponse> {
    return updateAsset(this.client, params, options);
  }
}

/**
 * Create asset group
 *
 * Create material groups (no charge).
 * Authentication: The request header must contain `Authorization: Bearer sk-...`.
 *
 * Field description:
 * - `name`: Group name (required, <=64 characters)
 * - `description`: Group description (optional, <=300 characters)
 * - `group_type`: Grouping type (optional; default `AIGC`)
 * - `project_name`: project name (optional; default `default`)
 * - `model`: optional, asset model name (it is recommended to pass it explicitly to avoid mismatch between the default model and group permissions)
 *
 * `POST /v1/assets/group/create`
 *
 * @example
 * const result = await createAssetGroup(client, {
 *   name: "marketing-assets",
 * });
 */
export function createAssetGroup(
  client: APIClient,
  params: AssetGroupCreateRequest,
  options?: RequestOptions,
): APIPromise<AssetGroupResponse> {
  return client.request<AssetGroupResponse>(
    {
      operation: 'createAssetGroup',
      method: 'POST',
      path: '/v1/assets/group/create',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * List asset groups
 *
 * Query the group list (no deduction).
 * Strict verification of sorting parameters:
 * - `sort_by`: `CreateTime|UpdateTime`
 * - `sort_order`: `Asc|Desc`
 * - `model`: optional, it is recommended to pass it explicitly to filter by model permissions.
 *
 * `POST /v1/assets/group/list`
 *
 * @example
 * const result = await listAssetGroups(client, {
 *   page_number: 1,
 *   page_size: 20,
 *   model: "ima-pro-upload-cn",
 * });
 */
export function listAssetGroups(
  client: APIClient,
  params?: AssetGroupListRequest,
  options?: RequestOptions,
): APIPromise<AssetGroupListResponse> {
  return client.request<AssetGroupListResponse>(
    {
      operation: 'listAssetGroups',
      method: 'POST',
      path: '/v1/assets/group/list',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Get asset group
 *
 * `POST /v1/assets/group/get`
 *
 * @example
 * const result = await getAssetGroup(client, {
 *   id: "string",
 * });
 */
export function getAssetGroup(
  client: APIClient,
  params: GetAssetGroupBody,
  options?: RequestOptions,
): APIPromise<AssetGroupResponse> {
  return client.request<AssetGroupResponse>(
    {
      operation: 'getAssetGroup',
      method: 'POST',
      path: '/v1/assets/group/get',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Update asset group
 *
 * `POST /v1/assets/group/update`
 *
 * @example
 * const result = await updateAssetGroup(client, {
 *   id: "string",
 * });
 */
export function updateAssetGroup(
  client: APIClient,
  params: UpdateAssetGroupBody,
  options?: RequestOptions,
): APIPromise<AssetIdResponse> {
  return client.request<AssetIdResponse>(
    {
      operation: 'updateAssetGroup',
      method: 'POST',
      path: '/v1/assets/group/update',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Upload asset (create asset)
 *
 * Upload the material URL to the material library.
 * Billing instructions: Only this endpoint is charged. The billing model takes the request body `model` (if not passed, the default is `ima-pro-upload`, pay-per-view).
 * Default deduction token: SK corresponding to the current request header `Authorization`.
 * The optional field `billing_token_id` is only used to override the default billing token (must be current user and enabled).
 * `asset_type` represents the asset type, the default value is `Image`, and supports `Image|Video|Audio` (if not passed, press `Image`).
 * When `asset_type=Audio`, the audio duration is verified by the upstream service and must be within the closed range from `1.8s` to `15.2s`. If it exceeds the limit, it will report: `InvalidParameter.DurationTooLong: Duration must be between 1.8s and 15.2s`.
 * **Serious reminder (must read)**
 * - When creating portrait material/material agreement, be sure to explicitly pass `model` to distinguish between domestic and overseas channels.
 * - Domestic video models (`seedance-2.0-cn`, `seedance-2.0-fast-cn`) should use `ima-pro-upload-cn` (or historically compatible `ima-pro-upload`) to create materials.
 * - Overseas video models (`seedance-2.0`, `seedance-2.0-fast`) should use `seedance-upload` to create materials.
 * - Do not mix domestic/overseas material protocols; otherwise, although `asset://...` is created successfully, subsequent video tasks may fail to be called due to protocol channel mismatch.
 * **IMPORTANT NOTICE (MUST READ)**
 * - `url` is the source address for material upload. Please confirm that it is accessible before calling. It is recommended to persist the original material by yourself.
 * - The 30-day expiration rule only applies to the result resource URL returned by the interface; please save the uploaded source materials for a long time.
 *
 * `POST /v1/assets/create`
 *
 * @example
 * const result = await createAsset(client, {
 *   group_id: "group-20260403210537-6v56x",
 *   url: "https://ws.esxscloud.com/aiagent/src/d/20260407/in/1a2011e98a41847d70a49b570995d379.mp4",
 *   name: "verify-overseas-video-check",
 *   asset_type: "Video",
 *   model: "ima-pro-upload-cn",
 * });
 */
export function createAsset(
  client: APIClient,
  params: AssetCreateRequest,
  options?: RequestOptions,
): APIPromise<AssetIdResponse> {
  return client.request<AssetIdResponse>(
    {
      operation: 'createAsset',
      method: 'POST',
      path: '/v1/assets/create',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * List assets
 *
 * Check the material list (no deduction).
 * Strict verification of sorting parameters:
 * - `sort_by`: `CreateTime|UpdateTime|GroupId`
 * - `sort_order`: `Asc|Desc`
 * - `model`: optional, it is recommended to pass it explicitly to filter by model permissions.
 *
 * `POST /v1/assets/list`
 *
 * @example
 * const result = await listAssets(client, {
 *   model: "ima-pro-upload",
 *   page_number: 1,
 *   page_size: 20,
 *   sort_by: "CreateTime",
 *   sort_order: "Desc",
 * });
 */
export function listAssets(
  client: APIClient,
  params?: AssetListRequest,
  options?: RequestOptions,
): APIPromise<AssetListResponse> {
  return client.request<AssetListResponse>(
    {
      operation: 'listAssets',
      method: 'POST',
      path: '/v1/assets/list',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Get asset
 *
 * `POST /v1/assets/get`
 *
 * @example
 * const result = await getAsset(client, {
 *   id: "string",
 * });
 */
export function getAsset(
  client: APIClient,
  params: GetAssetBody,
  options?: RequestOptions,
): APIPromise<AssetGetResponse> {
  return client.request<AssetGetResponse>(
    {
      operation: 'getAsset',
      method: 'POST',
      path: '/v1/assets/get',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Update asset name
 *
 * `POST /v1/assets/update`
 *
 * @example
 * const result = await updateAsset(client, {
 *   id: "string",
 *   name: "string",
 * });
 */
export function updateAsset(
  client: APIClient,
  params: UpdateAssetBody,
  options?: RequestOptions,
): APIPromise<AssetIdResponse> {
  return client.request<AssetIdResponse>(
    {
      operation: 'updateAsset',
      method: 'POST',
      path: '/v1/assets/update',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Query asset quota
 *
 * `POST /v1/assets/quota`
 *
 * @example
 * const result = await getAssetQuota(client);
 */
export function getAssetQuota(
  client: APIClient,
  params?: GetAssetQuotaBody,
  options?: RequestOptions,
): APIPromise<AssetQuotaResponse> {
  return client.request<AssetQuotaResponse>(
    {
      operation: 'getAssetQuota',
      method: 'POST',
      path: '/v1/assets/quota',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

export interface AssetGroupCreateRequest {
  /**
   * Group name (user-side display name).
   * @example "marketing-assets"
   * @maxLength 64
   */
  name: string;
  /**
   * Group description (optional).
   * @example "Material grouping-marketing"
   * @maxLength 300
   */
  description?: string;
  /**
   * Grouping type. Currently `AIGC` is used by default.
   * @default "AIGC"
   * @example "AIGC"
   */
  group_type?: string;
  /**
   * Project namespace. Defaults to `default` when not passed.
   * @default "default"
   * @example "default"
   */
  project_name?: string;
  /**
   * Optional, asset model name. Serious reminder: Be sure to pass `model` explicitly to distinguish domestic and overseas portrait protocols to avoid mismatch between material protocols and video model channels.
   * - `ima-pro-upload`: domestic portrait (default, history compatible)
   * - `ima-pro-upload-cn`: domestic portrait, adapted to `seedance-2.0-cn`, `seedance-2.0-fast-cn`
   * - `seedance-upload`: overseas portraits, adapted to `seedance-2.0`, `seedance-2.0-fast`
   * - Do not mix domestic/overseas asset protocols; otherwise `asset://...` may fail to be called later when used for video tasks.
   * @example "ima-pro-upload-cn"
   */
  model?: 'ima-pro-upload' | 'ima-pro-upload-cn' | 'seedance-upload' | 'seedance-upload-cn' | Unlisted;
}

export interface AssetGroupListRequest {
  filters?: {
    name?: string;
    group_ids?: string[];
    /**
     * Group type filter, usually `AIGC`.
     * @default "AIGC"
     */
    group_type?: string;
  };
  /**
   * Page number (starting from 1).
   * @default 1
   * @minimum 1
   */
  page_number?: number;
  /**
   * Number per page (1-100).
   * @default 20
   * @minimum 1
   * @maximum 100
   */
  page_size?: number;
  /** Sorting field (strictly case sensitive). */
  sort_by?: 'CreateTime' | 'UpdateTime';
  /** Sort direction (strictly case sensitive). */
  sort_order?: 'Asc' | 'Desc';
  /**
   * Project namespace. Untransmitted items will be handled as default items.
   * @default "default"
   */
  project_name?: string;
  /**
   * Optional, asset model name. Serious reminder: Be sure to pass `model` explicitly to distinguish domestic and overseas portrait protocols to avoid mismatch between material protocols and video model channels.
   * - `ima-pro-upload`: domestic portrait (default, history compatible)
   * - `ima-pro-upload-cn`: domestic portrait, adapted to `seedance-2.0-cn`, `seedance-2.0-fast-cn`
   * - `seedance-upload`: overseas portraits, adapted to `seedance-2.0`, `seedance-2.0-fast`
   * - Do not mix domestic/overseas asset protocols; otherwise `asset://...` may fail to be called later when used for video tasks.
   * @example "ima-pro-upload-cn"
   */
  model?: 'ima-pro-upload' | 'ima-pro-upload-cn' | 'seedance-upload' | 'seedance-upload-cn' | Unlisted;
}

export interface AssetCreateRequest {
  /**
   * Group ID (available with `/v1/assets/group/list`).
   * @example "grp_123456"
   */
  group_id: string;
  /**
   * Publicly accessible asset URL. Please confirm that it is accessible before calling, and it is recommended to persist the original material by yourself; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * @example "https://example.com/image.png"
   * @format uri
   */
  url: string;
  /**
   * Material name (optional).
   * @example "cover-image"
   * @maxLength 64
   */
  name?: string;
  /**
   * Material type, default is `Image`.
   * When `asset_type=Audio`, the audio duration must be between `1.8s` and `15.2s` (closed interval), otherwise `InvalidParameter.DurationTooLong` is returned.
   * @default "Image"
   * @example "Image"
   */
  asset_type?: 'Image' | 'Video' | 'Audio';
  /**
   * Project namespace. Defaults to `default` when not passed.
   * @default "default"
   * @example "default"
   */
  project_name?: string;
  /**
   * Optional, specify the token id used for deduction for this upload.
   * When not passed: By default, the token corresponding to SK in the current request header `Authorization` is used.
   * Constraints: Must belong to the current user, status is enabled, and the balance is sufficient.
   * @example 3
   */
  billing_token_id?: number;
  /**
   * Optional, asset model name. This model price will be used first when billing; if not uploaded, it will default to `ima-pro-upload`.
   * **Serious reminder**: When creating portrait materials/material protocols, be sure to explicitly pass `model` to distinguish between domestic and overseas channels to avoid mismatch between material protocols and video model channels.
   * - `ima-pro-upload`: domestic portrait (default, history compatible)
   * - `ima-pro-upload-cn`: domestic portrait, adapted to `seedance-2.0-cn`, `seedance-2.0-fast-cn`
   * - `seedance-upload`: overseas portraits, adapted to `seedance-2.0`, `seedance-2.0-fast`
   * - Do not mix domestic/overseas asset protocols; otherwise `asset://...` may fail to be called later when used for video tasks.
   * @example "ima-pro-upload-cn"
   */
  model?: 'ima-pro-upload' | 'ima-pro-upload-cn' | 'seedance-upload' | 'seedance-upload-cn' | Unlisted;
}

export interface AssetListRequest {
  filters?: {
    group_ids?: string[];
    /**
     * Group type filter, usually `AIGC`.
     * @default "AIGC"
     */
    group_type?: string;
    statuses?: ('Active' | 'Failed' | 'Processing')[];
    name?: string;
  };
  /**
   * @default 1
   * @minimum 1
   */
  page_number?: number;
  /**
   * @default 20
   * @minimum 1
   * @maximum 100
   */
  page_size?: number;
  /** Sorting field (strictly case sensitive). */
  sort_by?: 'CreateTime' | 'UpdateTime' | 'GroupId';
  /**
   * Optional, asset model name. Serious reminder: Be sure to pass `model` explicitly to distinguish domestic and overseas portrait protocols to avoid mismatch between material protocols and video model channels.
   * - `ima-pro-upload`: domestic portrait (default, history compatible)
   * - `ima-pro-upload-cn`: domestic portrait, adapted to `seedance-2.0-cn`, `seedance-2.0-fast-cn`
   * - `seedance-upload`: overseas portraits, adapted to `seedance-2.0`, `seedance-2.0-fast`
   * - Do not mix domestic/overseas asset protocols; otherwise `asset://...` may fail to be called later when used for video tasks.
   * @example "ima-pro-upload-cn"
   */
  model?: 'ima-pro-upload' | 'ima-pro-upload-cn' | 'seedance-upload' | 'seedance-upload-cn' | Unlisted;
  /** Sort direction (strictly case sensitive). */
  sort_order?: 'Asc' | 'Desc';
  /**
   * Project namespace. Defaults to `default` when not passed.
   * @default "default"
   */
  project_name?: string;
}

export interface AssetItem {
  Id?: string;
  Name?: string;
  URL?: string;
  GroupId?: string;
  AssetType?: string;
  Status?: string;
  ProjectName?: string;
  CreateTime?: string;
  UpdateTime?: string;
}

export interface AssetGroupItem {
  Id?: string;
  Name?: string;
  Title?: string;
  Description?: string;
  GroupType?: string;
  ProjectName?: string;
  CreateTime?: string;
  UpdateTime?: string;
}

export interface AssetIdResponse {
  success?: boolean;
  message?: string;
  data?: {
    Id?: string;
  };
}

export interface AssetGroupResponse {
  success?: boolean;
  message?: string;
  data?: AssetGroupItem;
}

export interface AssetGetResponse {
  success?: boolean;
  message?: string;
  data?: AssetItem;
}

export interface AssetGroupListResponse {
  success?: boolean;
  message?: string;
  data?: {
    Items?: AssetGroupItem[];
    TotalCount?: number;
    PageNumber?: number;
    PageSize?: number;
  };
}

export interface AssetListResponse {
  success?: boolean;
  message?: string;
  data?: {
    Items?: AssetItem[];
    TotalCount?: number;
    PageNumber?: number;
    PageSize?: number;
  };
}

export interface AssetQuotaResponse {
  success?: boolean;
  message?: string;
  data?: {
    enabled?: boolean;
    max_count_per_user?: number;
    current_count?: number;
  };
}

export interface GetAssetGroupBody {
  id: string;
}

export interface UpdateAssetGroupBody {
  id: string;
  name?: string;
  description?: string;
}

export type CreateAssetError_400 = {
  message?: string;
  success?: boolean;
  [key: string]: unknown;
};

export interface GetAssetBody {
  id: string;
}

export interface UpdateAssetBody {
  id: string;
  name: string;
}

export type GetAssetQuotaBody = { [key: string]: JSONValue };
