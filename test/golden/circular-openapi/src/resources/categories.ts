// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Categories {
  constructor(private readonly client: APIClient) {}

  /**
   * `GET /categories/{id}`
   *
   * Standalone: `getCategory(client, …)`; errors: `isAPIError(error, 'getCategory')`.
   *
   * @example
   * const result = await client.categories.retrieve("abc123");
   */
  retrieve(id: string, options?: RequestOptions): APIPromise<Category> {
    return getCategory(this.client, id, options);
  }

  /**
   * `POST /categories`
   *
   * Standalone: `createCategory(client, …)`; errors: `isAPIError(error, 'createCategory')`.
   *
   * @example
   * const result = await client.categories.create({
   *   id: "string",
   *   name: "string",
   * });
   */
  create(params: Category, options?: RequestOptions): APIPromise<Category> {
    return createCategory(this.client, params, options);
  }
}

/**
 * `GET /categories/{id}`
 *
 * @example
 * const result = await getCategory(client, "abc123");
 */
export function getCategory(client: APIClient, id: string, options?: RequestOptions): APIPromise<Category> {
  return client.request<Category>(
    {
      operation: 'getCategory',
      method: 'GET',
      path: '/categories/{id}',
      pathParams: { id: id },
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/**
 * `POST /categories`
 *
 * @example
 * const result = await createCategory(client, {
 *   id: "string",
 *   name: "string",
 * });
 */
export function createCategory(client: APIClient, params: Category, options?: RequestOptions): APIPromise<Category> {
  return client.request<Category>(
    {
      operation: 'createCategory',
      method: 'POST',
      path: '/categories',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export interface Category {
  id: string;
  name: string;
  parent?: Category;
  subcategories?: Category[];
}
