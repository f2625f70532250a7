// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Category, GetCategoryParams } from '../models.js';

/** `GET /categories/{id}` */
export function getCategory(
  client: APIClient,
  request: GetCategoryParams,
  options?: RequestOptions,
): APIPromise<Category> {
  return client.request<Category>(
    {
      operation: 'getCategory',
      method: 'GET',
      path: '/categories/{id}',
      pathParams: request.path,
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** `POST /categories` */
export function createCategory(
  client: APIClient,
  request: { body: Category },
  options?: RequestOptions,
): APIPromise<Category> {
  return client.request<Category>(
    {
      operation: 'createCategory',
      method: 'POST',
      path: '/categories',
      body: request.body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}
