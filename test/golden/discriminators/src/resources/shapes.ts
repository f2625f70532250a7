// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ComputeAreaResponse, Shape } from '../models.js';
import { computeArea } from '../operations/default_.js';

export class ShapesArea {
  constructor(private readonly client: APIClient) {}

  /** `POST /shapes/area` */
  create(request: { body: Shape }, options?: RequestOptions): APIPromise<ComputeAreaResponse> {
    return computeArea(this.client, request, options);
  }
}

export class Shapes {
  readonly area: ShapesArea;

  constructor(private readonly client: APIClient) {
    this.area = new ShapesArea(client);
  }
}
