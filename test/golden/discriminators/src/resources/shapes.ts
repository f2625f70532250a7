// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

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

/**
 * `POST /shapes/area`
 *
 * @example
 * const result = await computeArea(client, {
 *   shapeType: "string",
 *   radius: 1,
 * });
 */
export function computeArea(
  client: APIClient,
  params: Shape,
  options?: RequestOptions,
): APIPromise<ComputeAreaResponse> {
  return client.request<ComputeAreaResponse>(
    {
      operation: 'computeArea',
      method: 'POST',
      path: '/shapes/area',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

export type Shape = Circle | Rectangle;

export interface Circle {
  shapeType: string;
  radius: number;
}

export interface Rectangle {
  shapeType: string;
  width: number;
  height: number;
}

export type ComputeAreaResponse = number;
