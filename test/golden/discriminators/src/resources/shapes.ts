// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { ComputeAreaResponse, Shape } from '../models.js';
import { computeArea } from '../operations/default_.js';

export class ShapesArea {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /shapes/area`
   *
   * Standalone: `computeArea(client, …)`; errors: `isAPIError(error, 'computeArea')`.
   *
   * @example
   * const result = await client.shapes.area.create({
   *   shapeType: "string",
   *   radius: 1,
   * });
   */
  create(params: Shape, options?: RequestOptions): APIPromise<ComputeAreaResponse> {
    return computeArea(this.client, params, options);
  }
}

export class Shapes {
  readonly area: ShapesArea;

  constructor(private readonly client: APIClient) {
    this.area = new ShapesArea(client);
  }
}
