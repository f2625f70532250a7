// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { GenerateImageParams, GenerateImageResponse, ImageRequest } from '../models.js';

/** `POST /images` */
export function generateImage(
  client: APIClient,
  request: GenerateImageParams & { body: ImageRequest },
  options?: RequestOptions,
): APIPromise<GenerateImageResponse> {
  return client.request<GenerateImageResponse>(
    {
      operation: 'generateImage',
      method: 'POST',
      path: '/images',
      query: request.query,
      body: request.body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}
