// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Category, GetCategoryParams } from '../models.js';
import { createCategory, getCategory } from '../operations/default_.js';

export class Categories {
  constructor(private readonly client: APIClient) {}

  /** `GET /categories/{id}` */
  retrieve(request: GetCategoryParams, options?: RequestOptions): APIPromise<Category> {
    return getCategory(this.client, request, options);
  }

  /** `POST /categories` */
  create(request: { body: Category }, options?: RequestOptions): APIPromise<Category> {
    return createCategory(this.client, request, options);
  }
}
