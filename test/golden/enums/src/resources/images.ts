// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { GenerateImageParams, GenerateImageResponse, ImageRequest } from '../models.js';
import { generateImage } from '../operations/default_.js';

export class Images {
  constructor(private readonly client: APIClient) {}

  /** `POST /images` */
  create(
    request: GenerateImageParams & { body: ImageRequest },
    options?: RequestOptions,
  ): APIPromise<GenerateImageResponse> {
    return generateImage(this.client, request, options);
  }
}
