// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Uploadable } from '../core/uploads.js';

export class ImagesEdit {
  constructor(private readonly client: APIClient) {}

  /**
   * Accepts either a JSON body with an image URL or a multipart upload.
   *
   * `POST /images/edit`
   *
   * Standalone: `editImage(client, …)`; errors: `isAPIError(error, 'editImage')`.
   *
   * @example
   * const result = await client.images.edit.create({
   *   image_url: "https://example.com/input.png",
   *   prompt: "string",
   * });
   */
  create(params: EditImageBody | EditImageBodyMultipartFormData, options?: RequestOptions): APIPromise<Blob> {
    return editImage(this.client, params, options);
  }
}

export class Images {
  readonly edit: ImagesEdit;

  constructor(private readonly client: APIClient) {
    this.edit = new ImagesEdit(client);
  }
}

/**
 * Accepts either a JSON body with an image URL or a multipart upload.
 *
 * `POST /images/edit`
 *
 * @example
 * const result = await editImage(client, {
 *   image_url: "https://example.com/input.png",
 *   prompt: "string",
 * });
 */
export function editImage(
  client: APIClient,
  params: EditImageBody | EditImageBodyMultipartFormData,
  options?: RequestOptions,
): APIPromise<Blob> {
  return client.request<Blob>(
    {
      operation: 'editImage',
      method: 'POST',
      path: '/images/edit',
      body: params,
      contentType: 'application/json',
      contentTypeWithFiles: 'multipart/form-data',
      responseType: 'blob',
      security: [],
    },
    options,
  );
}

export interface EditImageBody {
  /** @format uri */
  image_url: string;
  prompt: string;
}

export interface EditImageBodyMultipartFormData {
  /** @format binary */
  image: Uploadable;
  prompt: string;
}

/** @format binary */
export type EditImageResponse = Blob;
