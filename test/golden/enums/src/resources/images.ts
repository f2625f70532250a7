// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import type { Unlisted } from '../core/unlisted.js';

export class Images {
  constructor(private readonly client: APIClient) {}

  /**
   * `POST /images`
   *
   * Standalone: `generateImage(client, …)`; errors: `isAPIError(error, 'generateImage')`.
   *
   * @example
   * const result = await client.images.create({
   *   model: "prunaai/p-image",
   *   aspect_ratio: "16:9",
   * });
   */
  create(params: GenerateImageParams, options?: RequestOptions): APIPromise<GenerateImageResponse> {
    return generateImage(this.client, params, options);
  }
}

/**
 * `POST /images`
 *
 * @example
 * const result = await generateImage(client, {
 *   model: "prunaai/p-image",
 *   aspect_ratio: "16:9",
 * });
 */
export function generateImage(
  client: APIClient,
  params: GenerateImageParams,
  options?: RequestOptions,
): APIPromise<GenerateImageResponse> {
  const { quality: $0, count: $1, ...body } = params;
  return client.request<GenerateImageResponse>(
    {
      operation: 'generateImage',
      method: 'POST',
      path: '/images',
      query: { quality: $0, count: $1 },
      body: body,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** @default "16:9" */
export type AspectRatio = '16:9' | '9:16' | '1:1' | '4:3';

/** Values with slashes, spaces, an empty string, and names that collide once sanitized. */
export type ModelName =
  'prunaai/p-image' | 'black-forest-labs/flux-1.1-pro' | 'a b' | '' | 'auto' | 'AUTO' | '16_9' | '123start';

export type Status = -1 | 0 | 1 | 200;

/**
 * Accepts 5 or 10 either as a number or as a numeric string.
 * @default 5
 */
export type Duration = (5 | 10) | ('5' | '10');

export type StringyBoolean = 'true' | 'false';

export type Flag = true;

/** @default 7.5 */
export type Guidance = 0.5 | 1.25 | 7.5 | 10;

/** Listed sizes or a custom `width*height` (digits and a separator, so a template literal type). */
export type Size = ('1K' | '2K' | '4K') | `${number}*${number}`;

/** An open enum (listed values or any string), typed so that completion still offers the values. */
export type Voice = ('alloy' | 'echo') | (string & {});

/** A referenced enum beside a custom `w:h` ratio (the literals are found through the reference). */
export type RatioOrCustom = AspectRatio | `${number}:${number}`;

/** Listed colours or a hex colour (a pattern no template literal expresses). */
export type Tint = ('none' | 'auto') | (string & {});

export interface ImageRequest {
  model: ModelName | Unlisted;
  aspect_ratio: AspectRatio;
  duration?: Duration;
  safe_mode?: StringyBoolean;
  watermark?: Flag;
  guidance?: Guidance;
  /**
   * Inline enum with a default.
   * @default "photo"
   */
  style?: 'photo' | 'anime' | '3d-render';
  /** @default 0 */
  seed_mode?: 0 | 1;
  size?: Size;
  voice?: Voice;
  tint?: Tint;
  crop_ratio?: RatioOrCustom;
  /**
   * A patterned string with no listed values beside it stays `string`.
   * @pattern ^[0-9]+$
   */
  seed_text?: string;
}

export interface GenerateImageResponse {
  status?: Status;
  size?: Size;
}

/** The params object of {@link generateImage}: body fields and parameters in one object. */
export type GenerateImageParams = ImageRequest & {
  /**
   * @default "medium"
   */
  quality?: 'low' | 'medium' | 'high';
  /**
   * @default 1
   */
  count?: 1 | 2 | 4;
};
