// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Renders {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /renders`
   *
   * Standalone: `createRender(client, …)`; errors: `isAPIError(error, 'createRender')`.
   *
   * @example
   * const result = await client.renders.create({
   *   engine: "fast",
   * });
   */
  create(params: RenderRequest, options?: RequestOptions): APIPromise<void> {
    return createRender(this.client, params, options);
  }
}

/**
 * `POST /renders`
 *
 * @example
 * const result = await createRender(client, {
 *   engine: "fast",
 * });
 */
export function createRender(client: APIClient, params: RenderRequest, options?: RequestOptions): APIPromise<void> {
  return client.request<void>(
    {
      operation: 'createRender',
      method: 'POST',
      path: '/renders',
      body: params,
      contentType: 'application/json',
      responseType: 'void',
      security: [],
    },
    options,
  );
}

export type RenderRequest =
  | (RenderRequestBase & {
      engine: 'fast';
      resolution?: 'sd' | 'hd';
      frames?: 24 | 30;
    })
  | (RenderRequestBase & {
      engine: 'quality' | 'legacy';
      resolution?: 'sd' | 'hd';
      frames?: 24 | 30;
    })
  | (RenderRequestBase & {
      engine: 'quality' | 'legacy';
      resolution: 'uhd';
      frames?: 24;
      mask: {
        url: string;
      };
    });

export interface RenderRequestBase {
  engine: 'fast' | 'quality' | 'legacy';
  resolution?: 'sd' | 'hd' | 'uhd';
  frames?: 24 | 30 | 60;
  mask?: {
    url?: string;
  };
}
