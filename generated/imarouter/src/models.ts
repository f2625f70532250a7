// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Unlisted } from './core/unlisted.js';

/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface AssetGroupCreateRequest {
  /**
   * Group name (user-side display name).
   * @example "marketing-assets"
   * @maxLength 64
   */
  name: string;
  /**
   * Group description (optional).
   * @example "Material grouping-marketing"
   * @maxLength 300
   */
  description?: string;
  /**
   * Grouping type. Currently `AIGC` is used by default.
   * @default "AIGC"
   * @example "AIGC"
   */
  group_type?: string;
  /**
   * Project namespace. Defaults to `default` when not passed.
   * @default "default"
   * @example "default"
   */
  project_name?: string;
  /**
   * Optional, asset model name. Serious reminder: Be sure to pass `model` explicitly to distinguish domestic and overseas portrait protocols to avoid mismatch between material protocols and video model channels.
   * - `ima-pro-upload`: domestic portrait (default, history compatible)
   * - `ima-pro-upload-cn`: domestic portrait, adapted to `seedance-2.0-cn`, `seedance-2.0-fast-cn`
   * - `seedance-upload`: overseas portraits, adapted to `seedance-2.0`, `seedance-2.0-fast`
   * - Do not mix domestic/overseas asset protocols; otherwise `asset://...` may fail to be called later when used for video tasks.
   * @example "ima-pro-upload-cn"
   */
  model?: 'ima-pro-upload' | 'ima-pro-upload-cn' | 'seedance-upload' | 'seedance-upload-cn' | Unlisted;
}

export interface AssetGroupListRequest {
  filters?: {
    name?: string;
    group_ids?: string[];
    /**
     * Group type filter, usually `AIGC`.
     * @default "AIGC"
     */
    group_type?: string;
  };
  /**
   * Page number (starting from 1).
   * @default 1
   * @minimum 1
   */
  page_number?: number;
  /**
   * Number per page (1-100).
   * @default 20
   * @minimum 1
   * @maximum 100
   */
  page_size?: number;
  /** Sorting field (strictly case sensitive). */
  sort_by?: 'CreateTime' | 'UpdateTime';
  /** Sort direction (strictly case sensitive). */
  sort_order?: 'Asc' | 'Desc';
  /**
   * Project namespace. Untransmitted items will be handled as default items.
   * @default "default"
   */
  project_name?: string;
  /**
   * Optional, asset model name. Serious reminder: Be sure to pass `model` explicitly to distinguish domestic and overseas portrait protocols to avoid mismatch between material protocols and video model channels.
   * - `ima-pro-upload`: domestic portrait (default, history compatible)
   * - `ima-pro-upload-cn`: domestic portrait, adapted to `seedance-2.0-cn`, `seedance-2.0-fast-cn`
   * - `seedance-upload`: overseas portraits, adapted to `seedance-2.0`, `seedance-2.0-fast`
   * - Do not mix domestic/overseas asset protocols; otherwise `asset://...` may fail to be called later when used for video tasks.
   * @example "ima-pro-upload-cn"
   */
  model?: 'ima-pro-upload' | 'ima-pro-upload-cn' | 'seedance-upload' | 'seedance-upload-cn' | Unlisted;
}

export interface AssetCreateRequest {
  /**
   * Group ID (available with `/v1/assets/group/list`).
   * @example "grp_123456"
   */
  group_id: string;
  /**
   * Publicly accessible asset URL. Please confirm that it is accessible before calling, and it is recommended to persist the original material by yourself; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * @example "https://example.com/image.png"
   * @format uri
   */
  url: string;
  /**
   * Material name (optional).
   * @example "cover-image"
   * @maxLength 64
   */
  name?: string;
  /**
   * Material type, default is `Image`.
   * When `asset_type=Audio`, the audio duration must be between `1.8s` and `15.2s` (closed interval), otherwise `InvalidParameter.DurationTooLong` is returned.
   * @default "Image"
   * @example "Image"
   */
  asset_type?: 'Image' | 'Video' | 'Audio';
  /**
   * Project namespace. Defaults to `default` when not passed.
   * @default "default"
   * @example "default"
   */
  project_name?: string;
  /**
   * Optional, specify the token id used for deduction for this upload.
   * When not passed: By default, the token corresponding to SK in the current request header `Authorization` is used.
   * Constraints: Must belong to the current user, status is enabled, and the balance is sufficient.
   * @example 3
   */
  billing_token_id?: number;
  /**
   * Optional, asset model name. This model price will be used first when billing; if not uploaded, it will default to `ima-pro-upload`.
   * **Serious reminder**: When creating portrait materials/material protocols, be sure to explicitly pass `model` to distinguish between domestic and overseas channels to avoid mismatch between material protocols and video model channels.
   * - `ima-pro-upload`: domestic portrait (default, history compatible)
   * - `ima-pro-upload-cn`: domestic portrait, adapted to `seedance-2.0-cn`, `seedance-2.0-fast-cn`
   * - `seedance-upload`: overseas portraits, adapted to `seedance-2.0`, `seedance-2.0-fast`
   * - Do not mix domestic/overseas asset protocols; otherwise `asset://...` may fail to be called later when used for video tasks.
   * @example "ima-pro-upload-cn"
   */
  model?: 'ima-pro-upload' | 'ima-pro-upload-cn' | 'seedance-upload' | 'seedance-upload-cn' | Unlisted;
}

export interface AssetListRequest {
  filters?: {
    group_ids?: string[];
    /**
     * Group type filter, usually `AIGC`.
     * @default "AIGC"
     */
    group_type?: string;
    statuses?: ('Active' | 'Failed' | 'Processing')[];
    name?: string;
  };
  /**
   * @default 1
   * @minimum 1
   */
  page_number?: number;
  /**
   * @default 20
   * @minimum 1
   * @maximum 100
   */
  page_size?: number;
  /** Sorting field (strictly case sensitive). */
  sort_by?: 'CreateTime' | 'UpdateTime' | 'GroupId';
  /**
   * Optional, asset model name. Serious reminder: Be sure to pass `model` explicitly to distinguish domestic and overseas portrait protocols to avoid mismatch between material protocols and video model channels.
   * - `ima-pro-upload`: domestic portrait (default, history compatible)
   * - `ima-pro-upload-cn`: domestic portrait, adapted to `seedance-2.0-cn`, `seedance-2.0-fast-cn`
   * - `seedance-upload`: overseas portraits, adapted to `seedance-2.0`, `seedance-2.0-fast`
   * - Do not mix domestic/overseas asset protocols; otherwise `asset://...` may fail to be called later when used for video tasks.
   * @example "ima-pro-upload-cn"
   */
  model?: 'ima-pro-upload' | 'ima-pro-upload-cn' | 'seedance-upload' | 'seedance-upload-cn' | Unlisted;
  /** Sort direction (strictly case sensitive). */
  sort_order?: 'Asc' | 'Desc';
  /**
   * Project namespace. Defaults to `default` when not passed.
   * @default "default"
   */
  project_name?: string;
}

export interface AssetItem {
  Id?: string;
  Name?: string;
  URL?: string;
  GroupId?: string;
  AssetType?: string;
  Status?: string;
  ProjectName?: string;
  CreateTime?: string;
  UpdateTime?: string;
}

export interface AssetGroupItem {
  Id?: string;
  Name?: string;
  Title?: string;
  Description?: string;
  GroupType?: string;
  ProjectName?: string;
  CreateTime?: string;
  UpdateTime?: string;
}

export interface AssetIdResponse {
  success?: boolean;
  message?: string;
  data?: {
    Id?: string;
  };
}

export interface AssetGroupResponse {
  success?: boolean;
  message?: string;
  data?: AssetGroupItem;
}

export interface AssetGetResponse {
  success?: boolean;
  message?: string;
  data?: AssetItem;
}

export interface AssetGroupListResponse {
  success?: boolean;
  message?: string;
  data?: {
    Items?: AssetGroupItem[];
    TotalCount?: number;
    PageNumber?: number;
    PageSize?: number;
  };
}

export interface AssetListResponse {
  success?: boolean;
  message?: string;
  data?: {
    Items?: AssetItem[];
    TotalCount?: number;
    PageNumber?: number;
    PageSize?: number;
  };
}

export interface AssetQuotaResponse {
  success?: boolean;
  message?: string;
  data?: {
    enabled?: boolean;
    max_count_per_user?: number;
    current_count?: number;
  };
}

/** Doubao video subtitle erase task request parameters. Use `doubao-video-subtitle-erase-cn` for the domestic model and `doubao-video-subtitle-erase` for the overseas model. */
export interface ImaProSubtitleEraseRequest {
  /**
   * Model name. `doubao-video-subtitle-erase-cn` is the domestic model, and `doubao-video-subtitle-erase` is the overseas model.
   * @example "doubao-video-subtitle-erase-cn"
   */
  model: 'doubao-video-subtitle-erase-cn' | Unlisted;
  /**
   * The video URL to be processed. The protocol must be `http` or `https`.
   * @example "https://example.com/input.mp4"
   * @format uri
   */
  video_url: string;
}

/**
 * Seedance contents video task request
 * Seedance 2.0 contents task request body. Use this schema only for `POST /api/v1/contents/generations/tasks`; do not mix it with the OpenAI-compatible `/v1/videos` request body.
 *
 * Image, video, and audio fields must use public `https://...` URLs.
 */
export interface SeedanceContentsGenerationTaskRequest {
  /** Target model. Only `seedance-2.0`, `seedance-2.0-fast`, `seedance-2.0-cn`, and `seedance-2.0-fast-cn` are supported. */
  model: 'seedance-2.0' | 'seedance-2.0-fast' | 'seedance-2.0-cn' | 'seedance-2.0-fast-cn' | Unlisted;
  /**
   * Input content array. Supports `text`, `image_url`, `video_url`, and `audio_url`. Text-to-video, first-frame, first/last-frame, and multimodal reference modes are mutually exclusive.
   * @minItems 1
   */
  content: SeedanceContentsGenerationContentItem[];
  /**
   * Whether to return the generated video's last PNG frame after success. Useful for chained generation.
   * @default false
   */
  return_last_frame?: boolean;
  /**
   * Whether to generate synchronized audio. `true` creates an audio video; `false` creates a silent video. Do not send `reference_audio` when `generate_audio=false`.
   * @default true
   */
  generate_audio?: boolean;
  /** Output resolution. Allowed values: `480p`, `720p`, `1080p`; Fast models do not support `1080p`. */
  resolution?: '480p' | '720p' | '1080p';
  /** Output aspect ratio. `adaptive` lets the model choose the best ratio based on input. */
  ratio?: '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive';
  /**
   * Output duration in seconds. Send an integer from `4` to `15` inclusive.
   * @default 5
   * @minimum 4
   * @maximum 15
   */
  duration?: number;
  /**
   * Random seed. `-1` or omission means random; the same seed only makes results similar, not identical.
   * @default -1
   * @format int64
   * @minimum -1
   * @maximum 4294967295
   */
  seed?: number;
}

/**
 * Seedance contents input item
 * One contents input item. `type` determines which one of `text`, `image_url`, `video_url`, or `audio_url` should be provided.
 */
export interface SeedanceContentsGenerationContentItem {
  /** Input type. `text` is a prompt, `image_url` is an image URL, `video_url` is a reference video URL, and `audio_url` is a reference audio URL. */
  type: 'text' | 'image_url' | 'video_url' | 'audio_url';
  /**
   * Text prompt. Provide only when `type=text`; keep it under about 1000 words.
   * @minLength 1
   */
  text?: string;
  image_url?: SeedanceContentsGenerationURLField;
  video_url?: SeedanceContentsGenerationURLField;
  audio_url?: SeedanceContentsGenerationURLField;
  /** Media role. Images support `first_frame`, `last_frame`, or `reference_image`; video must use `reference_video`; audio must use `reference_audio`. First/last-frame mode and multimodal reference mode cannot be mixed. */
  role?: 'first_frame' | 'last_frame' | 'reference_image' | 'reference_video' | 'reference_audio';
}

/** Seedance contents HTTPS URL */
export interface SeedanceContentsGenerationURLField {
  /**
   * Public HTTPS URL. Image, video, and audio media are submitted in this URL shape.
   * @format uri
   * @pattern ^https://.+
   */
  url: string;
}

/**
 * Seedance video (seedance-2.0 / fast / cn)
 * 7 input combinations (consistent with server behavior):
 * 1. Text (`prompt` required)
 * 2. Text + image (`images`, `prompt` optional)
 * 3. Text + video (`metadata.reference_video_urls`, `prompt` optional)
 * 4. Text + image + audio (`images` + `metadata.reference_audio_urls`, `prompt` optional)
 * 5. Text + image + video (`images` + `metadata.reference_video_urls`, `prompt` optional)
 * 6. Text + video + audio (`metadata.reference_video_urls` + `metadata.reference_audio_urls`, `prompt` optional)
 * 7. Text + image + video + audio (`images` + `metadata.reference_video_urls` + `metadata.reference_audio_urls`, `prompt` optional)
 * Image semantic supplement:
 * - Single images and multiple images are processed according to `reference_image` semantics, and `first_frame` / `last_frame` are not automatically inferred.
 */
export interface ImaProVideoCreateRequest {
  /**
   * target model.
   * - `seedance-2.0`: Seedance standard version (overseas)
   * - `seedance-2.0-fast`: Seedance fast version (overseas)
   * - `seedance-2.0-cn`: Seedance standard version (domestic)
   * - `seedance-2.0-fast-cn`: Seedance fast version (domestic)
   * - ~~`ima-pro`~~ (overseas channel historical alias, expired; for backward compatibility, please use seedance-2.0 / seedance-2.0-cn instead)
   * - ~~`ima-pro-fast`~~ (Historical alias for overseas channels, expired; for backward compatibility, please use seedance-2.0-fast / seedance-2.0-fast-cn instead)
   */
  model: 'seedance-2.0' | 'seedance-2.0-fast' | 'seedance-2.0-cn' | 'seedance-2.0-fast-cn' | 'ima-pro' | 'ima-pro-fast';
  /**
   * Main prompt word. Only the "Text" combination is required; the remaining 6 combinations are optional.
   * Supports both Chinese and English; it is recommended that Chinese should not exceed 500 words and English should not exceed 1,000 words.
   * @minLength 1
   */
  prompt?: string;
  /**
   * Image URL array (supports multiple images).
   * **Important Tip**: Before uploading, please ensure that the URL is accessible when called; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * Two types of URLs are supported:
   * - Publicly accessible URL (`https://...`)
   * - Asset library protocol URL (`asset://asset-...`)
   * Requirements for passing in a single image:
   * - Format: `jpeg`, `png`, `webp`, `bmp`, `tiff`, `gif`
   * - Aspect ratio (width/height): `(0.4,2.5)`
   * - Width, height and length (px): `(300,6000)`
   * -Single image size: `<30MB`
   * - Total request body size: `<=64MB`
   * - Do not use Base64 encoding for large files. It is recommended to use accessible URLs.
   */
  images?: string[];
  /**
   * The URL of the hidden image (only takes effect when `images` is not passed).
   * **Important note**: This link is for task submission, please confirm that it is accessible before submitting; the 30-day expiration rule only applies to the result resource URL returned by the interface, and it is recommended that the output resource be persisted in time after being received.
   * Supports `https://...` and `asset://asset-...`.
   * Image input constraints are consistent with `images` single image requirements.
   * @format uri
   */
  input_reference?: string;
  /**
   * Desired duration (seconds).
   * Allowed range: `4-15` seconds (inclusive).
   * Recommended values: `5`, `10`, `15`.
   * @default 5
   * @minimum 4
   * @maximum 15
   */
  duration?: number;
  /**
   * Duration in string form (seconds), allowed range: `"4"` ~ `"15"`.
   * @pattern ^(?:[4-9]|1[0-5])$
   */
  seconds?: string;
  /**
   * Dimensions (e.g. `1280x720`), used to derive scale and resolution.
   * Constraint: `WxH` must be normalizable to the exact supported ratios (e.g. `16:9`, `9:16`, `1:1`, `4:3`, `3:4`, `21:9`).
   * Note: `854x480` will be normalized to `427:240`, not exactly `16:9`, and will be rejected as `ratio is invalid: 427:240`. 480p 16:9 It is recommended to use `848x480` or pass `metadata.resolution=480p` directly.
   */
  size?: string;
  /** Advanced parameters (optional). */
  metadata?: {
    /**
     * aspect ratio.
     * Support: `16:9`, `4:3`, `1:1`, `3:4`, `9:16`, `21:9`, `adaptive`.
     * - `adaptive`: Automatically select the most appropriate aspect ratio based on input.
     * @example "16:9"
     */
    aspect_ratio?: '16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive';
    /**
     * Resolution level (optional).
     * **Divided by model:**
     * - `ima-pro` / `seedance-2.0`: supports `480p`, `720p`, `1080p`; measured text-to-video 1080p requests can be submitted and processed.
     * - `ima-pro-fast` / `seedance-2.0-fast`: text-to-video recommends using `480p` or `720p`; explicitly passing `1080p` for text-to-video will be returned by the upstream with `Invalid parameters`.
     * - If in doubt, prefer not to pass this field or use `720p`.
     * @example "720p"
     */
    resolution?: '480p' | '720p' | '1080p';
    /**
     * Whether to generate audio.
     * Suggestions for avoiding copyright risks:
     * - If you are worried about background music copyright, set `audio=false` first (no background music)
     * - You can specify in the prompt words: no subtitles, no background music, only plot vocals/environmental sound effects/action sound effects
     */
    audio?: boolean | string;
    /**
     * Image role mode.
     * - `reference` (default): unified mapping of images `reference_image`
     * - `frame`: enable first/last-frame semantics (single image = first_frame; two images = first_frame + last_frame)
     * Constraints:
     * - `frame` mode only supports 1-2 images
     * - `frame` mode cannot be mixed with `reference_video_urls`/`reference_audio_urls`
     * @default "reference"
     */
    role_mode?: 'reference' | 'frame';
    /**
     * **Important: Array of reference video URLs (max 3). Please ensure that the input URL is accessible at the time of submission. **
     *
     * Pass in a single reference video requirement:
     * - Format: `mp4`, `mov`
     * - Resolution: `480p`, `720p`
     * - Single video duration: `[2,15]s`
     * - Total duration of all reference videos: `<=15s`
     * - Aspect ratio (width/height): `(0.4,2.5)`
     * - Width and height pixels (width, height): `(300,6000)`
     * - Screen pixels (width × height): `[409600,927408]`
     *   - For example: `640x640=409600` (minimum value)
     *   - For example: `834x1112=927408` (maximum value)
     * -Single video size: `<=50MB`
     * - Frame rate (FPS): `[24,60]`
     * @minItems 1
     * @maxItems 3
     */
    reference_video_urls?: string[];
    /**
     * **Important: Reference audio URL array (max 3). Please ensure that the input URL is accessible at the time of submission. **
     * Passing in a single reference audio requirement:
     * - Format: `wav`, `mp3`
     * - Single audio duration: `[2,15]s`
     * - Total duration of all reference audio: `<=15s`
     * -Single audio size: `<=15MB`
     * - Total request body size: `<=64MB`
     * - Do not use Base64 encoding for large files. It is recommended to use accessible URLs.
     * - The resources are short-term hosted content on the platform. It is recommended to complete the download and archive within 30 days.
     * @minItems 1
     * @maxItems 3
     */
    reference_audio_urls?: string[];
    /**
     * List of optional MCP tools.
     */
    mcp_list?: {
      /**
       * @example "web_search"
       */
      tool_name?: string;
    }[];
    [key: string]:
      | JSONValue
      | ('16:9' | '4:3' | '1:1' | '3:4' | '9:16' | '21:9' | 'adaptive')
      | ('480p' | '720p' | '1080p')
      | (boolean | string)
      | ('reference' | 'frame')
      | string[]
      | {
          /**
           * @example "web_search"
           */
          tool_name?: string;
        }[]
      | undefined;
  };
}

/**
 * Wan2.6 video (model-dispatched)
 * Wan2.6 video creation request. Dispatches to the concrete video request schema by `model`.
 */
export type Wan26VideoCreateRequest =
  | Wan26T2VVideoCreateRequest
  | Wan26I2VVideoCreateRequest
  | Wan26I2VFlashVideoCreateRequest
  | Wan26R2VVideoCreateRequest;

/**
 * wan2.6-t2v text-to-video
 * Wan2.6 text-to-video request body.
 */
export interface Wan26T2VVideoCreateRequest {
  model: 'wan2.6-t2v';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 800
   */
  prompt: string;
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
  size?: Wan26VideoResolution;
  aspect_ratio?: Wan26VideoAspectRatio;
  /** @maxLength 800 */
  negative_prompt?: string;
  /** @default false */
  prompt_extend?: boolean;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  shot_type?: 'single' | 'multi';
  metadata?: Wan26T2VVideoMetadata;
}

/**
 * Video duration in seconds. Supported values: `5`, `10`, `15`.
 * @default 5
 */
export type Wan26VideoDuration15 = 5 | 10 | 15;

/** Video duration as a string or integer. Supported values: `5`, `10`, `15`. */
export type Wan26VideoSeconds15 = (5 | 10 | 15) | ('5' | '10' | '15');

/**
 * Output resolution. Supported values: `720P`, `1080P`.
 * @default "1080P"
 */
export type Wan26VideoResolution = '720P' | '1080P';

/**
 * Output aspect ratio. Supported values: `16:9`, `9:16`, `4:3`, `3:4`, `1:1`.
 * @default "16:9"
 */
export type Wan26VideoAspectRatio = '16:9' | '9:16' | '4:3' | '3:4' | '1:1';

/** Wan2.6 text-to-video metadata. Supports resolution, duration, and aspect ratio under `metadata`. */
export interface Wan26T2VVideoMetadata {
  resolution?: Wan26VideoResolution;
  size?: Wan26VideoResolution;
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
  aspect_ratio?: Wan26VideoAspectRatio;
}

/**
 * wan2.6-i2v image-to-video
 * Wan2.6 image-to-video request body. At least one first-frame image source is required.
 */
export type Wan26I2VVideoCreateRequest = {
  model: 'wan2.6-i2v';
  /**
   * Prompt (optional).
   * @maxLength 800
   */
  prompt?: string;
  /**
   * Single first-frame image URL (optional, mutually exclusive with `images`).
   * @format uri
   */
  image?: string;
  /**
   * First-frame image array (optional, mutually exclusive with `image`; currently only 1 image is supported).
   * @minItems 1
   * @maxItems 1
   */
  images?: string[];
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
  size?: Wan26VideoResolution;
  /**
   * @maxLength 800
   */
  negative_prompt?: string;
  /**
   * @default false
   */
  prompt_extend?: boolean;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  shot_type?: 'single' | 'multi';
  /**
   * @maxLength 100
   */
  template?: string;
  metadata?: Wan26VideoMetadata;
} & (
  | {
      /**
       * Single first-frame image URL (optional, mutually exclusive with `images`).
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * First-frame image array (optional, mutually exclusive with `image`; currently only 1 image is supported).
       * @minItems 1
       * @maxItems 1
       */
      images: string[];
    }
);

/** Shared Wan2.6 image-to-video metadata. `resolution/size` and `duration/seconds` can also be repeated under `metadata`. */
export interface Wan26VideoMetadata {
  resolution?: Wan26VideoResolution;
  size?: Wan26VideoResolution;
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
}

/**
 * wan2.6-i2v-flash fast image-to-video
 * Wan2.6 fast image-to-video request body. Supports audio toggle and reference videos.
 */
export type Wan26I2VFlashVideoCreateRequest = {
  model: 'wan2.6-i2v-flash';
  /**
   * Prompt (optional).
   * @maxLength 800
   */
  prompt?: string;
  /**
   * Single first-frame image URL (optional, mutually exclusive with `images`).
   * @format uri
   */
  image?: string;
  /**
   * First-frame image array (optional, mutually exclusive with `image`; currently only 1 image is supported).
   * @minItems 1
   * @maxItems 1
   */
  images?: string[];
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
  size?: Wan26VideoResolution;
  /**
   * Whether to enable audio (optional).
   * @default false
   */
  audio?: boolean;
  /**
   * Reference video URL list (optional, up to 3 items).
   * @minItems 1
   * @maxItems 3
   */
  reference_video_urls?: string[];
  /**
   * @maxLength 800
   */
  negative_prompt?: string;
  /**
   * @default false
   */
  prompt_extend?: boolean;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  shot_type?: 'single' | 'multi';
  /**
   * @maxLength 100
   */
  template?: string;
  metadata?: Wan26I2VFlashVideoMetadata;
} & (
  | {
      /**
       * Single first-frame image URL (optional, mutually exclusive with `images`).
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * First-frame image array (optional, mutually exclusive with `image`; currently only 1 image is supported).
       * @minItems 1
       * @maxItems 1
       */
      images: string[];
    }
);

/** Wan2.6 fast image-to-video metadata. Supports resolution, duration, audio toggle, and reference videos under `metadata`. */
export interface Wan26I2VFlashVideoMetadata {
  resolution?: Wan26VideoResolution;
  size?: Wan26VideoResolution;
  duration?: Wan26VideoDuration15;
  seconds?: Wan26VideoSeconds15;
  audio?: boolean;
  /**
   * @minItems 1
   * @maxItems 3
   */
  reference_video_urls?: string[];
}

/**
 * wan2.6-r2v reference-to-video
 * Wan2.6 reference-to-video request body. Supports reference image or reference video input.
 */
export type Wan26R2VVideoCreateRequest = {
  model: 'wan2.6-r2v';
  /**
   * Prompt (optional).
   * @maxLength 800
   */
  prompt?: string;
  /**
   * Single reference image URL (optional; constrained with `images`, `reference_video_urls`, and `video_url`).
   * @format uri
   */
  image?: string;
  /**
   * Reference image array (optional; currently only 1 image is supported).
   * @minItems 1
   * @maxItems 1
   */
  images?: string[];
  /**
   * @minItems 1
   * @maxItems 3
   */
  reference_video_urls?: string[];
  /**
   * @format uri
   */
  video_url?: string;
  duration?: Wan26VideoDuration10;
  seconds?: Wan26VideoSeconds10;
  size?: Wan26VideoResolution;
  aspect_ratio?: Wan26VideoAspectRatio;
  /**
   * @maxLength 800
   */
  negative_prompt?: string;
  /**
   * @default false
   */
  prompt_extend?: boolean;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  shot_type?: 'single' | 'multi';
  metadata?: Wan26R2VVideoMetadata;
} & (
  | {
      /**
       * Single reference image URL (optional; constrained with `images`, `reference_video_urls`, and `video_url`).
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * Reference image array (optional; currently only 1 image is supported).
       * @minItems 1
       * @maxItems 1
       */
      images: string[];
    }
  | {
      /**
       * @minItems 1
       * @maxItems 3
       */
      reference_video_urls: string[];
    }
  | {
      /**
       * @format uri
       */
      video_url: string;
    }
);

/**
 * Video duration in seconds. Supported values: `5`, `10`.
 * @default 5
 */
export type Wan26VideoDuration10 = 5 | 10;

/** Video duration as a string or integer. Supported values: `5`, `10`. */
export type Wan26VideoSeconds10 = (5 | 10) | ('5' | '10');

/** Wan2.6 reference-to-video metadata. Supports resolution, duration, aspect ratio, and reference videos under `metadata`. */
export interface Wan26R2VVideoMetadata {
  resolution?: Wan26VideoResolution;
  size?: Wan26VideoResolution;
  duration?: Wan26VideoDuration10;
  seconds?: Wan26VideoSeconds10;
  aspect_ratio?: Wan26VideoAspectRatio;
  /**
   * @minItems 1
   * @maxItems 3
   */
  reference_video_urls?: string[];
  /** @format uri */
  video_url?: string;
}

/**
 * HappyHorse 1.0 video (model-dispatched)
 * HappyHorse 1.0 video request. The `model` field selects text-to-video, image-to-video, or reference-image-to-video.
 */
export type Happyhorse10VideoCreateRequest =
  | Happyhorse10T2VVideoCreateRequest
  | Happyhorse10I2VVideoCreateRequest
  | Happyhorse10R2VVideoCreateRequest
  | Happyhorse10VideoEditVideoCreateRequest;

/**
 * happyhorse-1.0-t2v text-to-video
 * HappyHorse 1.0 text-to-video request. Only `happyhorse-1.0-t2v` is supported. Image or reference video inputs are not accepted.
 */
export interface Happyhorse10T2VVideoCreateRequest {
  model: 'happyhorse-1.0-t2v';
  /**
   * Text prompt.
   * @minLength 1
   * @maxLength 800
   */
  prompt: string;
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  size?: Happyhorse10T2VVideoResolution;
  aspect_ratio?: Happyhorse10T2VVideoAspectRatio;
  /**
   * Random seed.
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  metadata?: Happyhorse10T2VVideoMetadata;
}

/**
 * Output video duration in seconds.
 * @default 5
 */
export type Happyhorse10T2VVideoDuration = 3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15;

/** OpenAI-compatible alias for `duration`. */
export type Happyhorse10T2VVideoSeconds =
  | (3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15)
  | ('3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | '11' | '12' | '13' | '14' | '15');

/**
 * Output video resolution. The exact SKU uses the normalized 720p/1080p value.
 * @default "1080P"
 */
export type Happyhorse10T2VVideoResolution = '720P' | '1080P';

/**
 * Output video aspect ratio. The field is exposed according to the current upstream official enum.
 * @default "16:9"
 */
export type Happyhorse10T2VVideoAspectRatio = '16:9' | '9:16' | '1:1' | '4:3' | '3:4';

/** Compatibility object. New clients should prefer top-level fields. */
export interface Happyhorse10T2VVideoMetadata {
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  resolution?: Happyhorse10T2VVideoResolution;
  size?: Happyhorse10T2VVideoResolution;
  aspect_ratio?: Happyhorse10T2VVideoAspectRatio;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
}

/**
 * happyhorse-1.0-i2v image-to-video
 * HappyHorse 1.0 image-to-video request. Only `happyhorse-1.0-i2v` is supported and exactly one first-frame image source is required.
 */
export type Happyhorse10I2VVideoCreateRequest = {
  model: 'happyhorse-1.0-i2v';
  /**
   * Text prompt (optional).
   * @minLength 1
   * @maxLength 800
   */
  prompt?: string;
  /**
   * Single image input used as the first frame.
   * @format uri
   */
  image?: string;
  /**
   * Image input array. Only one image is allowed and it is used as the first frame.
   * @minItems 1
   * @maxItems 1
   */
  images?: string[];
  /**
   * Official first-frame image field. Use one of `image`, `images`, `first_frame_url`, or `media`; the resolved image source must be unique.
   * @format uri
   */
  first_frame_url?: string;
  /**
   * Official media array. Only one item is allowed and `type` must be `first_frame`.
   * @minItems 1
   * @maxItems 1
   */
  media?: {
    /**
     * Media type. Currently only `first_frame` is supported.
     */
    type?: 'first_frame';
    /**
     * First-frame image URL.
     * @format uri
     */
    url: string;
  }[];
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  size?: Happyhorse10T2VVideoResolution;
  /**
   * Random seed.
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  metadata?: Happyhorse10I2VVideoMetadata;
} & (
  | {
      /**
       * Single image input used as the first frame.
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * Image input array. Only one image is allowed and it is used as the first frame.
       * @minItems 1
       * @maxItems 1
       */
      images: string[];
    }
  | {
      /**
       * Official first-frame image field. Use one of `image`, `images`, `first_frame_url`, or `media`; the resolved image source must be unique.
       * @format uri
       */
      first_frame_url: string;
    }
  | {
      /**
       * Official media array. Only one item is allowed and `type` must be `first_frame`.
       * @minItems 1
       * @maxItems 1
       */
      media: {
        /**
         * Media type. Currently only `first_frame` is supported.
         */
        type?: 'first_frame';
        /**
         * First-frame image URL.
         * @format uri
         */
        url: string;
      }[];
    }
  | {
      metadata: {
        /**
         * @format uri
         */
        first_frame_url: string;
      };
    }
  | {
      metadata: {
        /**
         * @minItems 1
         * @maxItems 1
         */
        media: {
          type?: 'first_frame';
          /**
           * @format uri
           */
          url: string;
        }[];
      };
    }
);

/** HappyHorse image-to-video compatibility object. New clients should prefer top-level fields. */
export interface Happyhorse10I2VVideoMetadata {
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  resolution?: Happyhorse10T2VVideoResolution;
  size?: Happyhorse10T2VVideoResolution;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  /** @format uri */
  first_frame_url?: string;
  /**
   * @minItems 1
   * @maxItems 1
   */
  media?: {
    type?: 'first_frame';
    /**
     * @format uri
     */
    url: string;
  }[];
}

/**
 * happyhorse-1.0-r2v reference-image-to-video
 * HappyHorse 1.0 reference-image-to-video request. Only `happyhorse-1.0-r2v` is supported and 1 to 9 reference images are required.
 */
export type Happyhorse10R2VVideoCreateRequest = {
  model: 'happyhorse-1.0-r2v';
  /**
   * Text prompt.
   * @minLength 1
   * @maxLength 2500
   */
  prompt: string;
  /**
   * Single image input used as a reference image.
   * @format uri
   */
  image?: string;
  /**
   * Image input array used as reference images. At most 9 images are allowed.
   * @minItems 1
   * @maxItems 9
   */
  images?: string[];
  /**
   * Official reference image URL array. Provide 1 to 9 images.
   * @minItems 1
   * @maxItems 9
   */
  reference_image_urls?: string[];
  /**
   * Official media array. Provide 1 to 9 items and `type` must be `reference_image`.
   * @minItems 1
   * @maxItems 9
   */
  media?: {
    /**
     * Media type. Currently only `reference_image` is supported.
     */
    type?: 'reference_image';
    /**
     * Reference image URL.
     * @format uri
     */
    url: string;
  }[];
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  size?: Happyhorse10T2VVideoResolution;
  aspect_ratio?: Happyhorse10T2VVideoAspectRatio;
  /**
   * Random seed.
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  metadata?: Happyhorse10R2VVideoMetadata;
} & (
  | {
      /**
       * Single image input used as a reference image.
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * Image input array used as reference images. At most 9 images are allowed.
       * @minItems 1
       * @maxItems 9
       */
      images: string[];
    }
  | {
      /**
       * Official reference image URL array. Provide 1 to 9 images.
       * @minItems 1
       * @maxItems 9
       */
      reference_image_urls: string[];
    }
  | {
      /**
       * Official media array. Provide 1 to 9 items and `type` must be `reference_image`.
       * @minItems 1
       * @maxItems 9
       */
      media: {
        /**
         * Media type. Currently only `reference_image` is supported.
         */
        type?: 'reference_image';
        /**
         * Reference image URL.
         * @format uri
         */
        url: string;
      }[];
    }
  | {
      metadata: {
        /**
         * @minItems 1
         * @maxItems 9
         */
        reference_image_urls: string[];
      };
    }
  | {
      metadata: {
        /**
         * @minItems 1
         * @maxItems 9
         */
        media: {
          type?: 'reference_image';
          /**
           * @format uri
           */
          url: string;
        }[];
      };
    }
);

/** HappyHorse reference-image-to-video compatibility object. New clients should prefer top-level fields. */
export interface Happyhorse10R2VVideoMetadata {
  duration?: Happyhorse10T2VVideoDuration;
  seconds?: Happyhorse10T2VVideoSeconds;
  resolution?: Happyhorse10T2VVideoResolution;
  size?: Happyhorse10T2VVideoResolution;
  aspect_ratio?: Happyhorse10T2VVideoAspectRatio;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  /** @format uri */
  reference_image_url?: string;
  /**
   * @minItems 1
   * @maxItems 9
   */
  reference_image_urls?: string[];
  /**
   * @minItems 1
   * @maxItems 9
   */
  media?: {
    type?: 'reference_image';
    /**
     * @format uri
     */
    url: string;
  }[];
}

/**
 * happyhorse-1.0-video-edit video edit
 * HappyHorse 1.0 video-edit request. Only `happyhorse-1.0-video-edit` is supported. Provide a text prompt, one source video, and optional reference images; duration is not exposed for this model.
 */
export type Happyhorse10VideoEditVideoCreateRequest = {
  model: 'happyhorse-1.0-video-edit';
  /**
   * Text prompt (required).
   * @minLength 1
   * @maxLength 2500
   */
  prompt: string;
  /**
   * Source video URL.
   * @format uri
   */
  video_url?: string;
  /**
   * Optional reference image URLs. At most 5 images are allowed.
   * @minItems 1
   * @maxItems 5
   */
  reference_image_urls?: string[];
  /**
   * Official media array. Provide one `video` item and optional `reference_image` items; at most 6 media items are allowed.
   * @minItems 1
   * @maxItems 6
   */
  media?: {
    /**
     * Media type. Supported values are `video` and `reference_image`.
     */
    type: 'video' | 'reference_image';
    /**
     * Media URL.
     * @format uri
     */
    url: string;
  }[];
  size?: Happyhorse10T2VVideoResolution;
  audio_setting?: Happyhorse10VideoEditAudioSetting;
  /**
   * Random seed.
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  metadata?: Happyhorse10VideoEditVideoMetadata;
} & (
  | {
      /**
       * Source video URL.
       * @format uri
       */
      video_url: string;
      media?: never;
      metadata?: {
        video_url?: never;
        media?: never;
      };
    }
  | {
      /**
       * Official media array. Provide one `video` item and optional `reference_image` items; at most 6 media items are allowed.
       * @minItems 1
       * @maxItems 6
       */
      media: {
        /**
         * Media type. Supported values are `video` and `reference_image`.
         */
        type: 'video' | 'reference_image';
        /**
         * Media URL.
         * @format uri
         */
        url: string;
      }[];
      video_url?: never;
      metadata?: {
        video_url?: never;
        media?: never;
      };
    }
  | {
      metadata: {
        /**
         * @format uri
         */
        video_url: string;
        media?: never;
      };
      video_url?: never;
      media?: never;
    }
  | {
      metadata: {
        /**
         * @minItems 1
         * @maxItems 6
         */
        media: {
          type: 'video' | 'reference_image';
          /**
           * @format uri
           */
          url: string;
        }[];
        video_url?: never;
      };
      video_url?: never;
      media?: never;
    }
);

/**
 * Audio handling mode for video edit.
 * @default "auto"
 */
export type Happyhorse10VideoEditAudioSetting = 'auto' | 'origin';

/** HappyHorse video-edit compatibility object. New clients should prefer top-level fields. */
export interface Happyhorse10VideoEditVideoMetadata {
  resolution?: Happyhorse10T2VVideoResolution;
  size?: Happyhorse10T2VVideoResolution;
  audio_setting?: Happyhorse10VideoEditAudioSetting;
  /**
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  /** @format uri */
  video_url?: string;
  /** @format uri */
  reference_image_url?: string;
  /**
   * @minItems 1
   * @maxItems 5
   */
  reference_image_urls?: string[];
  /**
   * @minItems 1
   * @maxItems 6
   */
  media?: {
    type: 'video' | 'reference_image';
    /**
     * @format uri
     */
    url: string;
  }[];
}

/**
 * kling-v3-video
 * Kling v3 Video request. The `model` field must be `kling-v3-video`.
 */
export interface KlingV3VideoCreateRequest {
  /** Model id. */
  model: 'kling-v3-video';
  /**
   * Text prompt. Required for text-to-video and recommended for image inputs.
   * @minLength 1
   */
  prompt?: string;
  /**
   * Single URL image input used for image-to-video or first-frame generation.
   * @format uri
   */
  image?: string;
  /**
   * URL image input array. Two images select first-last-frame mode unless a category is explicitly provided.
   * @minItems 1
   */
  images?: string[];
  /**
   * First-frame image URL.
   * @format uri
   */
  first_frame_url?: string;
  /**
   * Last-frame image URL.
   * @format uri
   */
  last_frame_url?: string;
  /** Official subject reference list. Each item only supports `element_id`; media URL elements are not supported for this Kling v3 schema. */
  element_list?: KlingV3ElementList;
  /** `kling-v3-video` camera-control object. */
  camera_control?: {
    [key: string]: JSONValue;
  };
  duration?: KlingV3VideoDuration;
  seconds?: KlingV3VideoSeconds;
  aspect_ratio?: KlingV3AspectRatio;
  mode?: KlingV3VideoMode;
  /** Sound generation switch. Use the string `on` or `off`; normal text/image/first-last-frame categories support `on/off`, while subject reference-image mode only supports `off`. */
  sound?: KlingV3Sound;
  /** Negative prompt. */
  negative_prompt?: string;
  /** Multi-shot prompt array. Up to 6 shots. */
  multi_prompt?: KlingV3MultiPrompt;
  /** Whether to enable multi-shot generation. */
  multi_shot?: boolean;
  /** Multi-shot mode type. */
  shot_type?: string;
  /** Static mask object. */
  static_mask?: string;
  /** Voice list. */
  voice_list?: {
    [key: string]: JSONValue;
  }[];
  metadata?: KlingV3VideoMetadata;
}

/**
 * Kling v3 official subject reference list.
 * @minItems 1
 */
export type KlingV3ElementList = {
  /**
   * Subject ID.
   * @example 12345
   * @minimum 1
   */
  element_id: number;
}[];

/** Video duration in seconds. Supported range is 3 through 15 seconds for these models. */
export type KlingV3VideoDuration =
  | (3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15)
  | ('3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | '11' | '12' | '13' | '14' | '15');

/** OpenAI-compatible alias for `duration`. */
export type KlingV3VideoSeconds =
  | (3 | 4 | 5 | 6 | 7 | 8 | 9 | 10 | 11 | 12 | 13 | 14 | 15)
  | ('3' | '4' | '5' | '6' | '7' | '8' | '9' | '10' | '11' | '12' | '13' | '14' | '15');

/**
 * Supported output aspect ratios: `16:9`, `9:16`, `1:1`.
 * @default "16:9"
 */
export type KlingV3AspectRatio = '16:9' | '9:16' | '1:1';

/**
 * Quality mode for `kling-v3-video` and `kling-v3-omni-video`.
 * @default "std"
 */
export type KlingV3VideoMode = 'std' | 'pro';

/**
 * Sound generation switch. Normal categories support `on/off`; `kling-v3-video` reference-image video and `kling-v3-omni-video` `video_url` / `video_list` reference video input only support `off`.
 * @default "off"
 */
export type KlingV3Sound = 'on' | 'off';

/**
 * Multi-shot prompt array. Each item may include `index`, `prompt`, and `duration`.
 * @maxItems 6
 */
export type KlingV3MultiPrompt = {
  /**
   * @minimum 1
   */
  index?: number;
  /**
   * @maxLength 512
   */
  prompt?: string;
  /**
   * @minimum 1
   */
  duration?: number;
}[];

/** Kling v3 Video compatibility object. New clients should prefer top-level fields. `element_list` only supports `{ element_id }` items. */
export interface KlingV3VideoMetadata {
  aigc_category?: 'text_to_video' | 'image_to_video' | 'first_last_frame_to_video' | 'reference_image_to_video';
  duration?: KlingV3VideoDuration;
  seconds?: KlingV3VideoSeconds;
  aspect_ratio?: KlingV3AspectRatio;
  mode?: KlingV3VideoMode;
  /** Compatibility metadata sound switch. New clients should prefer top-level `sound`; value must be the string `on` or `off`. */
  sound?: KlingV3Sound;
  /** @format uri */
  first_frame_url?: string;
  /** @format uri */
  last_frame_url?: string;
  negative_prompt?: string;
  multi_prompt?: KlingV3MultiPrompt;
  multi_shot?: boolean;
  shot_type?: 'customize' | 'intelligence';
  static_mask?: string;
  voice_list?: {
    [key: string]: JSONValue;
  }[];
  element_list?: KlingV3ElementList;
}

/**
 * kling-v3-omni-video
 * Kling v3 Omni Video request. The `model` field must be `kling-v3-omni-video`.
 */
export interface KlingV3OmniVideoCreateRequest {
  /** Model id. */
  model: 'kling-v3-omni-video';
  /**
   * Text prompt.
   * @minLength 1
   */
  prompt?: string;
  /**
   * Single image input used as first frame or reference image.
   * @format uri
   */
  image?: string;
  /**
   * Image input array.
   * @minItems 1
   */
  images?: string[];
  /**
   * Video input URL. This input form supports only `3~10s` and cannot be combined with `sound=on`.
   * @format uri
   */
  video_url?: string;
  /**
   * Video input list. Items may be URL strings or objects with `video_url`; optional `refer_type` is `feature` or `base`, and `keep_original_sound` is `yes` or `no`. This input form supports only `3~10s` and cannot be combined with `sound=on`.
   * @minItems 1
   */
  video_list?: (
    | string
    | {
        /**
         * @format uri
         */
        url?: string;
        /**
         * @format uri
         */
        video_url?: string;
        refer_type?: 'feature' | 'base';
        keep_original_sound?: 'true' | 'false';
      }
  )[];
  /**
   * Official image input list. For Omni Video use `image_url`; optional `type` only supports `first_frame` and `end_frame`.
   * @minItems 1
   */
  image_list?: (
    | string
    | {
        /**
         * @format uri
         */
        url?: string;
        /**
         * @format uri
         */
        image_url?: string;
        type?: 'first_frame' | 'end_frame';
      }
  )[];
  /** Official subject reference list. Each item only supports `element_id`; media URLs must use `image_list` or `video_list`. */
  element_list?: KlingV3ElementList;
  /**
   * First-frame image URL.
   * @format uri
   */
  first_frame_url?: string;
  /**
   * Last-frame image URL.
   * @format uri
   */
  last_frame_url?: string;
  /**
   * Single reference image URL.
   * @format uri
   */
  reference_image_url?: string;
  /**
   * Reference image URL array.
   * @minItems 1
   */
  reference_image_urls?: string[];
  duration?: KlingV3VideoDuration;
  seconds?: KlingV3VideoSeconds;
  aspect_ratio?: KlingV3AspectRatio;
  mode?: KlingV3VideoMode;
  /** Sound generation switch. Use the string `on` or `off`; normal text/image/first-last-frame/reference-image categories support `on/off`, while `video_url` / `video_list` reference-video input only supports `off`. */
  sound?: KlingV3Sound;
  /** Multi-shot prompt array. Up to 6 shots. */
  multi_prompt?: KlingV3MultiPrompt;
  /** Whether to enable multi-shot generation. */
  multi_shot?: boolean;
  /** Multi-shot mode type. */
  shot_type?: string;
  metadata?: KlingV3OmniVideoMetadata;
}

/** Kling v3 Omni Video compatibility object. New clients should prefer top-level fields. `image_list.type` only supports `first_frame` and `end_frame`; `element_list` only supports `{ element_id }` items. */
export interface KlingV3OmniVideoMetadata {
  aigc_category?: 'text_to_video' | 'image_to_video' | 'first_last_frame_to_video' | 'reference_image_to_video';
  duration?: KlingV3VideoDuration;
  seconds?: KlingV3VideoSeconds;
  aspect_ratio?: KlingV3AspectRatio;
  mode?: KlingV3VideoMode;
  /** Compatibility metadata sound switch. New clients should prefer top-level `sound`; value must be the string `on` or `off`. */
  sound?: KlingV3Sound;
  /** @format uri */
  video_url?: string;
  /** @minItems 1 */
  video_list?: (
    | string
    | {
        /**
         * @format uri
         */
        url?: string;
        /**
         * @format uri
         */
        video_url?: string;
        refer_type?: 'feature' | 'base';
        keep_original_sound?: 'true' | 'false';
      }
  )[];
  /** @minItems 1 */
  image_list?: (
    | string
    | {
        /**
         * @format uri
         */
        url?: string;
        /**
         * @format uri
         */
        image_url?: string;
        type?: 'first_frame' | 'end_frame';
      }
  )[];
  element_list?: KlingV3ElementList;
  /** @format uri */
  first_frame_url?: string;
  /** @format uri */
  last_frame_url?: string;
  /** @format uri */
  reference_image_url?: string;
  /** @minItems 1 */
  reference_image_urls?: string[];
  multi_prompt?: KlingV3MultiPrompt;
  multi_shot?: boolean;
  shot_type?: 'customize';
}

/**
 * Gemini image generation request.
 * - `gemini-2.5-flash-image`, `gemini-3-pro-image-preview`, and `gemini-3.1-flash-image-preview` use the Gemini image parameter set
 * - This object is only used for Gemini docs on the main `/v1/images/generations` path
 */
export type GeminiImageGenerationRequest =
  ImaImageGenerationRequestGemini25Flash | ImaImageGenerationRequestGemini3Pro | ImaImageGenerationRequestGemini31Flash;

/** @example {"model":"gemini-2.5-flash-image","prompt":"compact watercolor postcard of a mountain village","aspect_ratio":"21:9","size":"4K"} */
export interface ImaImageGenerationRequestGemini25Flash {
  /** Image model name (Gemini 2.5 Flash Image). */
  model: 'gemini-2.5-flash-image';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 10000
   */
  prompt: string;
  /** Image aspect ratio (optional). */
  aspect_ratio?:
    '1:1' | '1:4' | '1:8' | '2:3' | '3:2' | '3:4' | '4:1' | '4:3' | '4:5' | '5:4' | '8:1' | '9:16' | '16:9' | '21:9';
  /**
   * Output size (optional, default `1K`).
   * @default "1K"
   */
  size?: '512px' | '1K' | '2K' | '4K';
  /**
   * Single image input (optional, image-to-image).
   * **IMPORTANT**: Confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the API.
   * File type requirement: `jpg/png` (upstream constraint).
   * @format uri
   */
  image?: string;
  /**
   * Multiple image input (optional, image-to-image).
   * **IMPORTANT**: Confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the API.
   * File type requirement: `jpg/png` (upstream constraint).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
}

/** @example {"model":"gemini-3-pro-image-preview","prompt":"a futuristic city at sunset","aspect_ratio":"16:9","size":"2K"} */
export interface ImaImageGenerationRequestGemini3Pro {
  /** Image model name (pro). */
  model: 'gemini-3-pro-image-preview';
  /**
   * Prompt word (required).
   * @minLength 1
   * @maxLength 10000
   */
  prompt: string;
  /** Image aspect ratio (optional). */
  aspect_ratio?: '1:1' | '3:2' | '2:3' | '3:4' | '4:3' | '4:5' | '5:4' | '9:16' | '16:9' | '21:9';
  /**
   * Output size (optional, default `1K`).
   * @default "1K"
   */
  size?: '1K' | '2K' | '4K';
  /**
   * Single image input (optional, image-to-image).
   * **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * File type requirement: `jpg/png` (upstream constraint).
   * @format uri
   */
  image?: string;
  /**
   * Multiple image input (optional, image-to-image).
   * **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * File type requirement: `jpg/png` (upstream constraint).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
}

/** @example {"model":"gemini-3.1-flash-image-preview","prompt":"minimalist icon set for weather app","aspect_ratio":"1:1","size":"512px"} */
export interface ImaImageGenerationRequestGemini31Flash {
  /** Image model name (flash). */
  model: 'gemini-3.1-flash-image-preview';
  /**
   * Prompt word (required).
   * @minLength 1
   * @maxLength 10000
   */
  prompt: string;
  /** Image aspect ratio (optional). */
  aspect_ratio?:
    '1:1' | '1:4' | '1:8' | '2:3' | '3:2' | '3:4' | '4:1' | '4:3' | '4:5' | '5:4' | '8:1' | '9:16' | '16:9' | '21:9';
  /**
   * Output size (optional, default `1K`).
   * @default "1K"
   */
  size?: '512px' | '1K' | '2K' | '4K';
  /**
   * Single image input (optional, image-to-image).
   * **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * File type requirement: `jpg/png` (upstream constraint).
   * @format uri
   */
  image?: string;
  /**
   * Multiple image input (optional, image-to-image).
   * **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * File type requirement: `jpg/png` (upstream constraint).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
}

/**
 * Image generation request, strictly constrained by model.
 * - Gemini: `gemini-2.5-flash-image`, `gemini-3-pro-image-preview`, `gemini-3.1-flash-image-preview`
 * - GPT Image: `gpt-image-2`
 * - Doubao Seedream: `doubao-seedream-4-5-251128`, `doubao-seedream-5-0-lite-260128`
 * - Wan Images: `wan2.6-t2i`, `wan2.6-image`, `wan2.7-image`, `wan2.7-image-pro`
 * - PrunaAI Images: `prunaai/p-image`, `prunaai/p-image-edit`
 * - Each model family uses its own schema, and fields only document parameters currently validated or forwarded by the implementation
 * (Defined by the spec; no operation uses it.)
 */
export type ImaImageGenerationRequest =
  | ImaImageGenerationRequestGemini25Flash
  | ImaImageGenerationRequestGemini3Pro
  | ImaImageGenerationRequestGemini31Flash
  | GptImage2ImageGenerationRequest
  | DoubaoSeedream45ImageGenerationRequest
  | DoubaoSeedream50LiteImageGenerationRequest
  | Wan26T2IImageGenerationRequest
  | Wan26I2IImageGenerationRequest
  | Wan27ImageGenerationRequest
  | PrunaPImageGenerationRequest
  | PrunaPImageEditGenerationRequest;

/** @example {"model":"gpt-image-2","prompt":"replace the background with a clean studio backdrop","images":["https://example.com/input.png"],"mask":"https://example.com/mask.png","size":"1536x1024","quality":"high","input_fidelity":"high","moderation":"low","output_format":"png"} */
export interface GptImage2ImageGenerationRequest {
  /** gpt-image-2 image model name. */
  model: 'gpt-image-2';
  /**
   * Prompt (required). The current implementation requires `prompt` to be present.
   * @minLength 1
   */
  prompt: string;
  /** Output size (optional). Passed through as-is without enum validation. */
  size?: string;
  /** Output quality (optional). Passed through as-is. */
  quality?: string;
  /** Single image input (optional). With image input and no `mask`, the request is treated as `image_to_image`. */
  image?: string;
  /** Multiple image input (optional). With image input and no `mask`, the request is treated as `image_to_image`. */
  images?: string[];
  /** Background control (optional). Passed through as-is by the current implementation. */
  background?: string;
  /** Input fidelity (optional). Passed through as-is by the current implementation. */
  input_fidelity?: string;
  /** Edit mask (optional). With image input and `mask`, the request is treated as `image_edit`. */
  mask?: string;
  /** Moderation level (optional). Passed through as-is by the current implementation. */
  moderation?: string;
  /**
   * Number of images to return (optional). Passed through as-is by the current implementation.
   * @minimum 0
   */
  n?: number;
  /**
   * Output compression ratio (optional, 0-100). **Only applies when `output_format=jpeg` or `webp`**; when `output_format=png` it must be 100 (default), otherwise upstream returns 400 `invalid_png_output_compression`.
   * @default 100
   * @minimum 0
   * @maximum 100
   */
  output_compression?: number;
  /**
   * Output format (optional). One of `png` (default) / `jpeg` / `webp`. Do NOT send `output_compression` (or set it to 100) when `png` is chosen — upstream will reject otherwise.
   * @default "png"
   */
  output_format?: 'png' | 'jpeg' | 'webp';
}

/**
 * doubao-seedream-4-5-251128 image generation request. Supports text-to-image and image-to-image; the current implementation forwards only `prompt`, `size`, and image input.
 * @example {"model":"doubao-seedream-4-5-251128","prompt":"turn this reference into a cinematic poster","images":["https://example.com/input.webp"],"size":"2K"}
 */
export interface DoubaoSeedream45ImageGenerationRequest {
  /** doubao-seedream-4-5-251128 image model name. */
  model: 'doubao-seedream-4-5-251128';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 600
   */
  prompt: string;
  /**
   * Output image size (optional). Supports `2K`, `4K`, and upstream-allowed custom pixel sizes.
   * @default "2K"
   */
  size?:
    | '2K'
    | '4K'
    | '2048x2048'
    | '2304x1728'
    | '1728x2304'
    | '2560x1440'
    | '1440x2560'
    | '2496x1664'
    | '1664x2496'
    | '3024x1296';
  /**
   * Single input image (optional, for image-to-image).
   * @format uri
   */
  image?: string;
  /**
   * Multiple input images (optional, for image-to-image, up to 14 images).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
}

/** @example {"model":"doubao-seedream-5-0-lite-260128","prompt":"turn this reference into a cinematic poster","images":["https://example.com/input.webp"],"size":"3K","output_format":"png","optimize_prompt_options":{"mode":"standard"}} */
export interface DoubaoSeedream50LiteImageGenerationRequest {
  /** Seedream 5.0 image model name. Supports `doubao-seedream-5-0-lite-260128` and `seedream-5-0-260128`. */
  model: 'doubao-seedream-5-0-lite-260128' | 'seedream-5-0-260128';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 600
   */
  prompt: string;
  /** Output image size (optional). Supported values are `2K`, `3K`, `2048x2048`, `2304x1728`, `1728x2304`, `2848x1600`, `1600x2848`, `2496x1664`, `1664x2496`, `3136x1344`, `3072x3072`, `3456x2592`, `2592x3456`, `4096x2304`, `2304x4096`, `2496x3744`, `3744x2496`, `4704x2016`. */
  size?:
    | '2K'
    | '3K'
    | '2048x2048'
    | '2304x1728'
    | '1728x2304'
    | '2848x1600'
    | '1600x2848'
    | '2496x1664'
    | '1664x2496'
    | '3136x1344'
    | '3072x3072'
    | '3456x2592'
    | '2592x3456'
    | '4096x2304'
    | '2304x4096'
    | '2496x3744'
    | '3744x2496'
    | '4704x2016';
  /**
   * Single input image (optional, for image-to-image).
   * @format uri
   */
  image?: string;
  /**
   * Multiple input images (optional, for image-to-image, up to 14 images).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
  /** Output format (optional). */
  output_format?: 'jpeg' | 'png';
  /** Prompt optimization options (optional). */
  optimize_prompt_options?: {
    /**
     * Only `standard` is supported for this model.
     */
    mode?: 'standard';
  };
}

/**
 * Wan2.6 text-to-image request body.
 * @example {"model":"wan2.6-t2i","prompt":"一个美丽的日落海景","size":"1280*1280","prompt_extend":false,"seed":12345}
 */
export interface Wan26T2IImageGenerationRequest {
  /** Wan2.6 text-to-image model name. */
  model: 'wan2.6-t2i';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 2000
   */
  prompt: string;
  size?: Wan26ImageSize;
  /**
   * Negative prompt (optional).
   * @maxLength 500
   */
  negative_prompt?: string;
  /**
   * Whether to enable prompt expansion (optional).
   * @default false
   */
  prompt_extend?: boolean;
  /**
   * Random seed (optional).
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
}

/**
 * Output image size. Supported values: `1280*1280`, `800*1200`, `1200*800`, `960*1280`, `1280*960`, `720*1280`, `1280*720`, `1344*576`.
 * @default "1280*1280"
 */
export type Wan26ImageSize =
  '1280*1280' | '800*1200' | '1200*800' | '960*1280' | '1280*960' | '720*1280' | '1280*720' | '1344*576';

/**
 * Wan2.6 image-to-image request body. Provide at least `image` or `images`.
 * @example {"model":"wan2.6-image","prompt":"将参考图改成电影海报风格","images":["https://example.com/reference.png"],"size":"1280*720"}
 */
export type Wan26I2IImageGenerationRequest = {
  /**
   * Wan2.6 image-to-image model name.
   */
  model: 'wan2.6-image';
  /**
   * Prompt (required).
   * @minLength 1
   * @maxLength 2000
   */
  prompt: string;
  /**
   * Single input image URL (optional, mutually exclusive with `images`).
   * @format uri
   */
  image?: string;
  /**
   * Input image array (optional; at least 1 image).
   * @minItems 1
   */
  images?: string[];
  size?: Wan26ImageSize;
  /**
   * Negative prompt (optional).
   * @maxLength 500
   */
  negative_prompt?: string;
  /**
   * Whether to enable prompt expansion (optional).
   * @default false
   */
  prompt_extend?: boolean;
  /**
   * Random seed (optional).
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
} & (
  | {
      /**
       * Single input image URL (optional, mutually exclusive with `images`).
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * Input image array (optional; at least 1 image).
       * @minItems 1
       */
      images: string[];
    }
);

/** @example {"model":"wan2.7-image-pro","prompt":"电影感插画","images":["https://cdn.example.com/reference.png"],"size":"1024*1024","bbox_list":[[[0,0,12,12]]],"color_palette":[{"hex":"#C2D1E6","ratio":"50.00%"},{"hex":"#F4D06F","ratio":"30.00%"},{"hex":"#7FA99B","ratio":"20.00%"}],"enable_sequential":false,"seed":12345} */
export interface Wan27ImageGenerationRequest {
  /** Wan image model name. */
  model: 'wan2.7-image' | 'wan2.7-image-pro';
  /**
   * Prompt (required).
   * @minLength 1
   */
  prompt: string;
  /**
   * Single input image (optional, for image-to-image).
   * @format uri
   */
  image?: string;
  /**
   * Multiple input images (optional, for image-to-image, up to 14 images).
   * @minItems 1
   * @maxItems 14
   */
  images?: string[];
  /** Output image size (optional). `wan2.7-image` supports `1K`, `2K`, or custom `width*height`; total pixels must stay between `768*768` and `2048*2048`, and aspect ratio must stay between `1:8` and `8:1`. `wan2.7-image-pro` supports `1K`, `2K`, `4K`, or custom `width*height`; only text-to-image without input images and without sequential mode supports `4K` and custom sizes up to `4096*4096`, while all other cases only support `2K` and `2048*2048`. */
  size?: ('1K' | '2K' | '4K') | `${number}*${number}`;
  /** Whether to enable sequential multi-image mode (optional). Do not send it together with `thinking_mode` or `color_palette`. */
  enable_sequential?: boolean;
  /**
   * Random seed (optional).
   * @minimum 0
   * @maximum 2147483647
   */
  seed?: number;
  /** Whether to enable thinking mode (optional). Mutually exclusive with `enable_sequential=true`; sending both returns a parameter error. */
  thinking_mode?: boolean;
  /** Bounding box list (optional). The list length must match the number of input images. Each image supports at most 2 boxes, and each box uses the `[x1, y1, x2, y2]` coordinate format. Only available for image-to-image requests with input images. */
  bbox_list?: Wan27BBoxList;
  /** Color palette list (optional). Each item must contain `hex` and `ratio`. The number of colors must be between 3 and 10, with 8 recommended. Only available when sequential mode is disabled; do not send it together with `enable_sequential=true`. */
  color_palette?: Wan27ColorPalette;
}

/**
 * Bounding box list. Its length must match the number of input images.
 * @maxItems 9
 */
export type Wan27BBoxList = Wan27BBoxPerImage[];

/**
 * Bounding box list for one input image, with at most 2 boxes.
 * @maxItems 2
 */
export type Wan27BBoxPerImage = Wan27BBoxCoords[];

/**
 * Coordinates for a single bounding box in the format `[x1, y1, x2, y2]`.
 * @minItems 4
 * @maxItems 4
 */
export type Wan27BBoxCoords = number[];

/**
 * Color palette list.
 * @minItems 3
 * @maxItems 10
 */
export type Wan27ColorPalette = Wan27ColorPaletteItem[];

export interface Wan27ColorPaletteItem {
  /**
   * HEX color value.
   * @pattern ^#[0-9A-Fa-f]{6}$
   */
  hex: string;
  /**
   * Color percentage. The sum of all `ratio` values must equal `100.00%`.
   * @pattern ^([0-9]|[1-9][0-9]|100)\.[0-9]{2}%$
   */
  ratio: string;
}

/** @example {"model":"prunaai/p-image","prompt":"a clean studio product photo of a ceramic cup","size":"1024x1024","aspect_ratio":"1:1","seed":0} */
export interface PrunaPImageGenerationRequest {
  /** PrunaAI text-to-image model name. */
  model: 'prunaai/p-image';
  /**
   * Prompt (required).
   * @minLength 1
   */
  prompt: string;
  /** OpenAI-compatible size string. Supports common sizes and custom dimensions; custom dimensions can be used with `width` / `height`. */
  size?: string;
  /** Output image aspect ratio. Use `custom` with `width` / `height` for custom dimensions. */
  aspect_ratio?: '1:1' | '16:9' | '9:16' | '3:2' | '2:3' | '3:4' | '4:3' | 'custom';
  /**
   * Custom width, used only with `aspect_ratio=custom`; constrained to 256-1440.
   * @minimum 256
   * @maximum 1440
   */
  width?: number;
  /**
   * Custom height, used only with `aspect_ratio=custom`; constrained to 256-1440.
   * @minimum 256
   * @maximum 1440
   */
  height?: number;
  /** Random seed (optional). */
  seed?: number;
  /** Whether to disable the safety checker (optional). */
  disable_safety_checker?: boolean;
}

/** @example {"model":"prunaai/p-image-edit","prompt":"edit this image into a clean product-style composition","image":"https://example.com/source.png","extra_fields":{"input":{"images":["https://example.com/source.png"],"aspect_ratio":"1:1","turbo":false,"seed":0}}} */
export type PrunaPImageEditGenerationRequest = {
  /**
   * PrunaAI image-edit model name.
   */
  model: 'prunaai/p-image-edit';
  /**
   * Prompt (required).
   */
  prompt: string;
  /**
   * Single input image URL.
   * @format uri
   */
  image?: string;
  /**
   * Input image URL array.
   * @minItems 1
   */
  images?: string[];
  /**
   * Extended parameter object. It may include `input.images`, `aspect_ratio`, `turbo`, `seed`, `disable_safety_checker`, and related options.
   */
  extra_fields?: {
    [key: string]: JSONValue;
  };
  /**
   * PrunaAI image-edit aspect ratio.
   */
  aspect_ratio?: '1:1' | '16:9' | '9:16' | '3:2' | '2:3' | '3:4' | '4:3';
  /**
   * Whether to enable turbo mode (optional).
   */
  turbo?: boolean;
  /**
   * Random seed (optional).
   */
  seed?: number;
  /**
   * Whether to disable the safety checker (optional).
   */
  disable_safety_checker?: boolean;
} & (
  | {
      /**
       * Single input image URL.
       * @format uri
       */
      image: string;
    }
  | {
      /**
       * Input image URL array.
       * @minItems 1
       */
      images: string[];
    }
  | {
      /**
       * Extended parameter object. It may include `input.images`, `aspect_ratio`, `turbo`, `seed`, `disable_safety_checker`, and related options.
       */
      extra_fields: {
        [key: string]: JSONValue;
      };
    }
);

/**
 * sonic music generation request.
 * @example {"model":"sonic","prompt":"Bright synth-pop with a catchy chorus","custom_mode":false,"model_version":"sonic-v5","tags":"electronic, cinematic","title":"Neon Skyline","vocal_gender":"f","style_weight":0,"weirdness_constraint":0}
 */
export interface ImaMusicCreateTaskRequest {
  /** Music model ID. Currently supports `sonic`. */
  model: 'sonic' | Unlisted;
  /**
   * Music prompt (required).
   * @minLength 1
   * @maxLength 5000
   */
  prompt: string;
  /**
   * Whether to auto-generate lyrics. Explicit `false` is preserved.
   * @default false
   */
  auto_lyrics?: boolean;
  /**
   * Whether to use custom mode. Defaults to `true`; explicit `false` is preserved.
   * @default true
   */
  custom_mode?: boolean;
  /**
   * Prompt used to generate the song description, up to 400 characters.
   * @maxLength 400
   */
  gpt_description_prompt?: string;
  /**
   * Whether to generate an instrumental track. Explicit `false` is preserved.
   * @default false
   */
  make_instrumental?: boolean;
  /**
   * Sonic model version. Defaults to `sonic-v4` when omitted.
   * @default "sonic-v4"
   */
  model_version?: 'sonic-v3-5' | 'sonic-v4' | 'sonic-v4-5' | 'sonic-v4-5-plus' | 'sonic-v5' | Unlisted;
  /** Negative tags. */
  negative_tags?: string;
  /**
   * Style weight from 0 to 1. Explicit `0` is preserved.
   * @minimum 0
   * @maximum 1
   */
  style_weight?: number;
  /**
   * Style or music tags, up to 1000 characters.
   * @maxLength 1000
   */
  tags?: string;
  /**
   * Song title, up to 120 characters.
   * @maxLength 120
   */
  title?: string;
  /** Vocal gender hint, usually `m` or `f`. */
  vocal_gender?: string;
  /**
   * Creativity/weirdness constraint from 0 to 1. Explicit `0` is preserved.
   * @minimum 0
   * @maximum 1
   */
  weirdness_constraint?: number;
}

/** Music task submission response. */
export type ImaMusicCreateTaskResponse = {
  /**
   * Public task ID.
   */
  id?: string;
  /**
   * Same as `id`.
   */
  task_id?: string;
  /**
   * @example "music"
   */
  object?: string;
  /**
   * @example "sonic"
   */
  model?: string;
  /**
   * Initial task status.
   */
  status?: string;
  /**
   * @minimum 0
   * @maximum 100
   */
  progress?: number;
  /**
   * @format int64
   */
  created_at?: number;
  [key: string]: unknown;
};

/** Music task fetch response. */
export type ImaMusicTaskFetchResponse = {
  /**
   * @example "success"
   */
  code?: string;
  data?: {
    /**
     * Public task ID.
     */
    task_id?: string;
    /**
     * Task status.
     */
    status?: 'queued' | 'processing' | 'succeeded' | 'failed';
    /**
     * Music result array. A successful terminal response usually returns two items; queued, processing, or failed states may return an empty array.
     */
    data?: ImaMusicResult[];
    /**
     * USD amount for the completed task, when returned.
     * @format double
     * @minimum 0
     */
    amount_usd?: number;
    error?:
      | (
          | {
              [key: string]: unknown;
            }
          | string
        )
      | null;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/** Single music result. Clients should prefer `url` or `audio_url` for the audio address. */
export type ImaMusicResult = {
  /**
   * Music result URL. Download and persist it promptly after receiving it.
   * @format uri
   */
  url?: string;
  /**
   * Music audio URL.
   * @format uri
   */
  audio_url?: string;
  /**
   * Song title.
   */
  title?: string;
  /**
   * Lyrics text.
   */
  lyrics?: string;
  /**
   * Audio duration in seconds.
   * @minimum 0
   */
  duration?: number;
  /**
   * Music result metadata.
   */
  metadata?: {
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/** Seed TTS 2.0 speech synthesis request body. */
export type SeedTtsSpeechCreateRequest = {
  /**
   * Speech model name. Currently only `seed-tts-2.0` is supported.
   */
  model: 'seed-tts-2.0' | Unlisted;
  /**
   * Text input. Provide at least one of `input`, `text`, `prompt`, or `ssml`.
   * @minLength 1
   * @maxLength 10000
   */
  input?: string;
  /**
   * Text input alias.
   * @minLength 1
   * @maxLength 10000
   */
  text?: string;
  /**
   * Text input alias.
   * @minLength 1
   * @maxLength 10000
   */
  prompt?: string;
  /**
   * SSML input.
   * @minLength 1
   * @maxLength 10000
   */
  ssml?: string;
  /**
   * OpenAI-compatible voice field.
   */
  voice?: string;
  /**
   * Speech speaker field.
   */
  speaker?: string;
  /**
   * Audio format, defaults to `mp3`.
   * @default "mp3"
   */
  response_format?: string;
  /**
   * Speech speed multiplier.
   * @format double
   */
  speed?: number;
  /**
   * Optional metadata.
   */
  metadata?: {
    [key: string]: JSONValue;
  };
} & (
  | {
      /**
       * Text input. Provide at least one of `input`, `text`, `prompt`, or `ssml`.
       * @minLength 1
       * @maxLength 10000
       */
      input: string;
    }
  | {
      /**
       * Text input alias.
       * @minLength 1
       * @maxLength 10000
       */
      text: string;
    }
  | {
      /**
       * Text input alias.
       * @minLength 1
       * @maxLength 10000
       */
      prompt: string;
    }
  | {
      /**
       * SSML input.
       * @minLength 1
       * @maxLength 10000
       */
      ssml: string;
    }
) &
  (
    | {
        /**
         * OpenAI-compatible voice field.
         */
        voice: string;
      }
    | {
        /**
         * Speech speaker field.
         */
        speaker: string;
      }
  );

/** Seed TTS task submission response. */
export type SeedTtsSpeechCreateResponse = {
  /**
   * Public task ID.
   */
  id?: string;
  /**
   * Public task ID.
   */
  task_id?: string;
  /**
   * @example "audio.speech"
   */
  object?: string;
  /**
   * @example "seed-tts-2.0"
   */
  model?: string;
  /**
   * @example "submitted"
   */
  status?: string;
  /**
   * @minimum 0
   * @maximum 100
   */
  progress?: number;
  /**
   * @format int64
   */
  created_at?: number;
  [key: string]: unknown;
};

/** Seed TTS task fetch response. */
export type SeedTtsSpeechFetchResponse = {
  /**
   * @example "success"
   */
  code?: string;
  data?: {
    /**
     * Public task ID.
     */
    task_id?: string;
    /**
     * Task status.
     */
    status?: 'queued' | 'processing' | 'succeeded' | 'failed';
    /**
     * Audio format.
     */
    format?: string;
    /**
     * Audio URL after terminal success.
     */
    url?: string;
    /**
     * USD amount for the completed task, when returned.
     * @format double
     * @minimum 0
     */
    amount_usd?: number;
    /**
     * Terminal usage.
     */
    usage?: {
      /**
       * Character usage count.
       * @minimum 0
       */
      count?: number;
      [key: string]: unknown;
    };
    error?:
      | (
          | {
              [key: string]: unknown;
            }
          | string
        )
      | null;
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

/**
 * Doubao Seedream image generation request. The real request path is `POST /v1/images/generations`; `model` dispatches to the 4.5 or 5.0 Lite request body.
 * (Defined by the spec; no operation uses it.)
 */
export type DoubaoSeedreamImageGenerationRequest =
  DoubaoSeedream45ImageGenerationRequest | DoubaoSeedream50LiteImageGenerationRequest;

/**
 * Wan image generation request. The real request path is `POST /v1/images/generations`; `model` dispatches to the Wan2.6 or Wan2.7 request body.
 * (Defined by the spec; no operation uses it.)
 */
export type WanImageGenerationRequest =
  Wan26T2IImageGenerationRequest | Wan26I2IImageGenerationRequest | Wan27ImageGenerationRequest;

/** PrunaAI image generation request. The real request path is `POST /v1/images/generations`; exact `model` dispatches to the concrete `prunaai/p-image` or `prunaai/p-image-edit` request body. */
export type PrunaImageGenerationRequest = PrunaPImageGenerationRequest | PrunaPImageEditGenerationRequest;

/**
 * OpenAI Images compatible response (different upstreams may return url or b64_json).
 * (Defined by the spec; no operation uses it.)
 */
export type ImaImageGenerationResponse = {
  /**
   * Response creation time (Unix seconds).
   * @format int64
   */
  created?: number;
  /**
   * Generate a list of results.
   */
  data?: {
    /**
     * Image URL (when the link is returned from the upstream). It is recommended to download and save it immediately after receiving it. The default validity period is about 30 days.
     * @format uri
     */
    url?: string;
    /**
     * Base64 encoded image (when upstream returns binary).
     */
    b64_json?: string;
    /**
     * Upstream revised prompt word (if any).
     */
    revised_prompt?: string;
    [key: string]: unknown;
  }[];
  [key: string]: unknown;
};

/** Image asynchronous task submission response. */
export type ImaImageCreateTaskResponse = {
  /**
   * Public task ID.
   */
  id?: string;
  /**
   * Same as `id`.
   */
  task_id?: string;
  /**
   * @example "image"
   */
  object?: string;
  model?: string;
  /**
   * Initial state (e.g. `queued` / `in_progress`).
   */
  status?: string;
  /**
   * @minimum 0
   * @maximum 100
   */
  progress?: number;
  /**
   * USD amount for the completed task, when returned.
   * @format double
   * @minimum 0
   */
  amount_usd?: number;
  /**
   * @format int64
   */
  created_at?: number;
  [key: string]: unknown;
};

/** PrunaAI image task submission response, including task ID, status, and creation time. */
export type PrunaImageCreateTaskResponse = {
  /**
   * Public task ID.
   */
  id?: string;
  /**
   * Same as `id`.
   */
  task_id?: string;
  /**
   * @example "image"
   */
  object?: string;
  model?: string;
  /**
   * Initial state (e.g. `queued` / `in_progress`).
   */
  status?: string;
  /**
   * @minimum 0
   * @maximum 100
   */
  progress?: number;
  /**
   * @format int64
   */
  created_at?: number;
  [key: string]: unknown;
};

export type ImaImageTaskFetchResponse = {
  /**
   * @example "success"
   */
  code?: string;
  data?: {
    task_id?: string;
    /**
     * Task status (such as queued/processing/succeeded/failed).
     */
    status?: string;
    /**
     * Output format (if recognized).
     */
    format?: string;
    /**
     * Returns the result link after success. This link is a resource hosted by the platform. It is recommended to download and save it immediately after receiving it. It will expire after about 30 days.
     */
    url?: string;
    error?:
      | (
          | {
              [key: string]: unknown;
            }
          | string
        )
      | null;
    metadata?:
      | (
          | {
              [key: string]: unknown;
            }
          | string
          | null
        )
      | null;
    /**
     * USD amount for the completed task, when returned.
     * @format double
     * @minimum 0
     */
    amount_usd?: number;
    /**
     * Usage information, when returned.
     */
    usage?: {
      /**
       * Enter token
       * @minimum 0
       */
      input_tokens?: number;
      /**
       * output token
       * @minimum 0
       */
      output_tokens?: number;
      /**
       * total tokens
       * @minimum 0
       */
      total_tokens?: number;
      [key: string]: unknown;
    };
    [key: string]: unknown;
  };
  [key: string]: unknown;
};

export type ImaProCreateResponse = {
  /**
   * Public task ID.
   */
  id?: string;
  /**
   * Same as `id`.
   */
  task_id?: string;
  /**
   * @example "video"
   */
  object?: string;
  model?: string;
  status?: string;
  /**
   * @minimum 0
   * @maximum 100
   */
  progress?: number;
  /**
   * @format int64
   */
  created_at?: number;
  [key: string]: unknown;
};

export type ImaProQueryResponse = {
  /**
   * Public task ID.
   */
  id?: string;
  /**
   * Same as `id`.
   */
  task_id?: string;
  /**
   * @example "video"
   */
  object?: string;
  /**
   * Model name.
   */
  model?: string;
  /**
   * OpenAI style status (e.g. `queued` / `in_progress` / `completed` / `failed`).
   */
  status?: string;
  /**
   * @minimum 0
   * @maximum 100
   */
  progress?: number;
  /**
   * @format int64
   */
  created_at?: number;
  /**
   * @format int64
   */
  completed_at?: number;
  /**
   * Actual dollar amount charged. It will only be returned after the task is successfully completed and the deduction is confirmed; it will not be returned when the task is queued, in processing, failed or the deduction confirmation has not been completed.
   * @format double
   * @minimum 0
   */
  amount_usd?: number;
  /**
   * Metadata (usually contains `url`). If `url` is included, it is recommended to perform persistent archiving with a 30-day TTL.
   */
  metadata?: {
    [key: string]: unknown;
  };
  /**
   * List of results (usually contains the video URL on success).
   */
  results?: {
    /**
     * Video result address. This address is a short-term link hosted by the platform. It is recommended to download and save it immediately after receiving it. It will expire after about 30 days by default.
     * @format uri
     */
    url?: string;
    size?: number;
    content_type?: string;
    [key: string]: unknown;
  }[];
  /**
   * Upstream usage information (transparent transmission).
   */
  usage?: {
    prompt_tokens?: number;
    completion_tokens?: number;
    total_tokens?: number;
    [key: string]: unknown;
  };
  /**
   * The error object when the task fails.
   */
  error?: {
    /**
     * @example "task_failed"
     */
    code?: string;
    /**
     * @example "video generation failed: internal error: 601300"
     */
    message?: string;
  } | null;
  [key: string]: unknown;
};

export type ErrorResponse = {
  error?:
    | string
    | {
        [key: string]: unknown;
      };
  [key: string]: unknown;
};

/**
 * Task interface (create/query) error return.
 * Common fields:
 * - `code`: error code (may be business code or HTTP string code)
 * - `message`: error description
 * - `data`: usually `null`
 * Examples of common errors:
 * - `text_to_video requires one text content item`
 * - `status_code=500, task_id is empty`
 * - `the parameter video pixel count specified in the request must be less than or equal to 927408`
 * - `Portraits are not supported yet`
 */
export type TaskErrorResponse = {
  /**
   * Error code (such as `invalid_request`, `missing_model`, `task_not_exist`, `500`).
   */
  code: string | number;
  /**
   * Error description.
   */
  message: string;
  /**
   * Extended data; currently implemented mostly as `null`.
   */
  data?: unknown;
  [key: string]: unknown;
};

export type MjSubmitResponse = {
  /**
   * 1=success, other=failure.
   */
  code?: number;
  /**
   * Task ID.
   */
  result?: string;
  /**
   * Descriptive information.
   */
  description?: string;
  [key: string]: unknown;
};

/** (Defined by the spec; no operation uses it.) */
export type MjTaskFetchResponse = {
  /**
   * MJ task ID.
   */
  mj_id?: string;
  /**
   * Task status.
   */
  status?: '' | 'SUCCESS' | 'FAILURE';
  /**
   * @example "100%"
   */
  progress?: string;
  /**
   * The address of the first image (compatibility field). The platform hosts short-term links. It is recommended to download and save them immediately after receiving them. By default, they will expire after about 30 days.
   * @format uri
   */
  imageUrl?: string;
  /**
   * Complete image list (recommended for priority use). The platform hosts short-term links. It is recommended to download and save them immediately after receiving them. By default, they will expire after about 30 days.
   */
  urls?: string[];
  /**
   * Task action type (such as `IMAGINE`, `UPSCALE`).
   */
  action?: string;
  /**
   * Reason for failure (may occur when failure occurs).
   */
  failReason?: string;
  buttons?: {
    [key: string]: unknown;
  }[];
  [key: string]: unknown;
};

/** (Defined by the spec; no operation uses it.) */
export interface ModelItem {
  /** model identification */
  id?: string;
  /** @example "model" */
  object?: string;
  /** Model creation time (Unix seconds, compatible field) */
  created?: number;
  /** Upstream supplier identification */
  owned_by?: string;
  /** Endpoint types supported by the model */
  supported_endpoint_types?: string[];
  /** Whether the model supports reasoning (only returned based on gateway configuration) */
  reasoning?: boolean;
}

/** (Defined by the spec; no operation uses it.) */
export interface ModelsListResponse {
  /** @example "list" */
  object?: string;
  /** @example true */
  success?: boolean;
  data?: ModelItem[];
}

export interface ChatCompletionRequest {
  /** Model name */
  model:
    | 'gpt-4.1'
    | 'gpt-4.1-mini'
    | 'gpt-4.1-nano'
    | 'gpt-4o'
    | 'gpt-4o-mini'
    | 'gpt-5'
    | 'gpt-5-mini'
    | 'gpt-5.1'
    | 'MiniMax-Text-01'
    | 'MiniMax-M1'
    | 'MiniMax-M2'
    | 'MiniMax-M2.1'
    | 'MiniMax-M2.1-highspeed'
    | 'MiniMax-M2.5'
    | 'MiniMax-M2.5-highspeed'
    | 'claude-sonnet-4-5-20250929'
    | 'claude-sonnet-4-6'
    | 'claude-haiku-4-5-20251001'
    | 'claude-opus-4-5-20251101'
    | 'claude-opus-4-6'
    | 'claude-opus-4-7'
    | 'kimi-for-coding'
    | 'deepseek-v4-pro'
    | 'deepseek-v4-flash'
    | 'gpt-5.4-mini'
    | 'seed-sc-260215'
    | Unlisted;
  messages: {
    role: 'system' | 'user' | 'assistant';
    content: string;
  }[];
  /**
   * Whether to enable streaming responses
   * @default false
   */
  stream?: boolean;
  /**
   * @default 1
   * @minimum 0
   * @maximum 2
   */
  temperature?: number;
  /** Maximum number of generated tokens */
  max_tokens?: number;
  /** Function tool definition (OpenAI compatible) */
  tools?: {
    type: 'function';
    function: {
      name: string;
      description?: string;
      parameters: { [key: string]: JSONValue };
    };
  }[];
  /** Tool selection strategy */
  tool_choice?:
    | ('none' | 'auto' | 'required')
    | {
        type?: 'function';
        function?: {
          name?: string;
        };
      };
}

export interface ChatCompletionResponse {
  id?: string;
  /** @example "chat.completion" */
  object?: string;
  model?: string;
  choices?: {
    index?: number;
    message?: {
      role?: string;
      content?: string;
      tool_calls?: {
        id?: string;
        type?: 'function';
        function?: {
          name?: string;
          arguments?: string;
        };
      }[];
    };
    finish_reason?: string;
  }[];
  usage?: {
    prompt_tokens?: number;
    completion_tokens?: number;
    total_tokens?: number;
  };
}

export interface ResponsesRequest {
  model: 'gpt-5.2' | 'gpt-5.3-codex' | 'gpt-5.4' | 'gpt-5.5' | Unlisted;
  /** Enter text */
  input: string;
  /** Maximum number of output tokens */
  max_output_tokens?: number;
  /**
   * @minimum 0
   * @maximum 2
   */
  temperature?: number;
  /** @default false */
  stream?: boolean;
}

export interface ResponsesResponse {
  id?: string;
  /** @example "response" */
  object?: string;
  model?: string;
  /** @example "completed" */
  status?: string;
  output?: {
    type?: string;
    role?: string;
    content?: {
      type?: string;
      text?: string;
    }[];
  }[];
  usage?: {
    input_tokens?: number;
    output_tokens?: number;
    total_tokens?: number;
  };
}

export interface AnthropicMessagesRequest {
  /** Anthropic Messages model name. */
  model:
    | 'claude-sonnet-4-5-20250929'
    | 'claude-sonnet-4-6'
    | 'claude-haiku-4-5-20251001'
    | 'claude-opus-4-5-20251101'
    | 'claude-opus-4-6'
    | 'claude-opus-4-7'
    | 'glm-5.1'
    | 'deepseek-v4-flash'
    | Unlisted;
  /**
   * Anthropic Bedrock API version. Must be `bedrock-2023-05-31`.
   * @default "bedrock-2023-05-31"
   */
  anthropic_version: 'bedrock-2023-05-31';
  /**
   * Maximum number of output tokens
   * @default 4096
   */
  max_tokens: number;
  messages: {
    role: 'user' | 'assistant';
    content: string;
  }[];
  /** System prompt word */
  system?: string;
  /**
   * @default 1
   * @minimum 0
   * @maximum 1
   */
  temperature?: number;
  /**
   * Whether to stream responses. Playground always sends non-streaming requests.
   * @default false
   */
  stream?: boolean;
}

export interface AnthropicMessagesResponse {
  id?: string;
  /** @example "message" */
  type?: string;
  /** @example "assistant" */
  role?: string;
  model?: string;
  content?: {
    type?: string;
    text?: string;
  }[];
  stop_reason?: string;
  usage?: {
    input_tokens?: number;
    output_tokens?: number;
  };
}

export interface EmbeddingRequest {
  /** Embedding model name. Currently supports `text-embedding-3-large` and `text-embedding-3-small`. */
  model: 'text-embedding-3-large' | 'text-embedding-3-small' | Unlisted;
  /** Text to encode; either a string or an array of strings. */
  input: string | string[];
  /**
   * Vector encoding: float (default) JSON numbers or base64 packed string.
   * @default "float"
   */
  encoding_format?: 'float' | 'base64';
  /**
   * Explicit output dimensionality; useful for storage compression or matching downstream index shape.
   * @minimum 1
   * @maximum 3072
   */
  dimensions?: number;
  /** End-user identifier forwarded upstream for abuse monitoring (optional). */
  user?: string;
}

export interface EmbeddingResponse {
  /** @example "list" */
  object?: string;
  data?: {
    /**
     * @example "embedding"
     */
    object?: string;
    index?: number;
    embedding?: number[];
  }[];
  /** @example "text-embedding-3-large" */
  model?: string;
  usage?: {
    prompt_tokens?: number;
    total_tokens?: number;
  };
}

export interface MidjourneyImagineRequest {
  /** Midjourney action type; imagine = text-to-image, blend = multi-image blend. */
  model: 'mj_imagine' | 'mj_blend' | Unlisted;
  /** Prompt text. It may include MJ flags such as `--ar`, `--niji`, `--stylize`, `--sref`, `--sw`, `--p`, `--iw`, `--c`, and `--w`. When using `--iw`, start the prompt with an image URL. */
  prompt?: string;
  /** blend only: 2~5 image data URLs (image/png|jpeg, base64). */
  base64Array?: string[];
  /** Blend output aspect ratio. */
  dimensions?: 'PORTRAIT' | 'SQUARE' | 'LANDSCAPE';
  /**
   * Rendering bot; default MID_JOURNEY, alternative NIJI_JOURNEY.
   * @default "MID_JOURNEY"
   */
  botType?: 'MID_JOURNEY' | 'NIJI_JOURNEY';
  /** Free-form business context for callback correlation. It does not affect image generation. */
  state?: string;
}

export interface MidjourneyChangeRequest {
  /** Follow-up operation; pair with the parent task's customId. */
  model:
    | 'mj_upscale'
    | 'mj_variation'
    | 'mj_low_variation'
    | 'mj_high_variation'
    | 'mj_reroll'
    | 'mj_zoom'
    | 'mj_custom_zoom'
    | 'mj_pan'
    | Unlisted;
  /** Parent task ID (result of the imagine call). */
  taskId: string;
  /** `buttons[].customId` from the parent task; must match exactly. */
  customId: string;
  /** Optional prompt (e.g. custom_zoom requires it; ignored for plain upscale). */
  prompt?: string;
  /** Business context, echoed in the callback. */
  state?: string;
}

export interface MidjourneyModalRequest {
  /** Remix / regional edit operation. */
  model: 'mj_remix' | Unlisted;
  /** Parent task ID. */
  taskId: string;
  /** RemixModal button customId. */
  customId: string;
  /** New remix prompt. */
  prompt?: string;
  /** Optional mask image (base64 PNG) for regional edit. */
  maskBase64?: string;
  /** Business context. */
  state?: string;
}

export interface MidjourneySubmitResponse {
  /**
   * 1 = accepted. Other codes are described by the `description` field.
   * @example 1
   */
  code?: number;
  /** @example "Submit success" */
  description?: string;
  /**
   * Task ID; use it to poll status.
   * @example "1751234567890"
   */
  result?: string;
  properties?: {
    [key: string]: unknown;
  };
}

export interface MidjourneyTaskResponse {
  /** @example "1751234567890" */
  id?: string;
  /** @example "IMAGINE" */
  action?: string;
  /** State machine: NOT_START → SUBMITTED → IN_PROGRESS → SUCCESS|FAILURE|CANCEL. */
  status?: 'NOT_START' | 'SUBMITTED' | 'MODAL' | 'IN_PROGRESS' | 'FAILURE' | 'SUCCESS' | 'CANCEL';
  /** @example "100%" */
  progress?: string;
  prompt?: string;
  promptEn?: string;
  /**
   * Result image URL (returned on success; short-lived, download promptly).
   * @format uri
   */
  imageUrl?: string;
  buttons?: {
    customId?: string;
    label?: string;
    emoji?: string;
    style?: number;
  }[];
  properties?: {
    [key: string]: unknown;
  };
}

/** (Defined by the spec; no operation uses it.) */
export interface ImageGenerationRequest {
  model: 'seedream-5-0-260128' | 'doubao-seedream-5-0-lite-260128';
  /** Image description */
  prompt: string;
  /**
   * Image size (seedream requires ≥ 3686400 pixels, such as 1920x1920)
   * @default "1920x1920"
   */
  size?: string;
}

/** (Defined by the spec; no operation uses it.) */
export interface ImageGenerationResponse {
  created?: number;
  data?: {
    url?: string;
    b64_json?: string;
  }[];
}

/** Vidu video (viduq1 / viduq2 / viduq3) */
export interface ViduVideoRequest {
  /**
   * Vidu video model.
   * - `viduq1`: fixed 1080P/5s
   * - `viduq2`: text-to-video
   * - `viduq2-pro`: image-to-video only
   * - `viduq2-turbo`: image-to-video only
   * - `viduq3-pro`: text-to-video / image-to-video, billed per second
   * - `viduq3-turbo`: text-to-video / image-to-video, billed per second
   */
  model: 'viduq1' | 'viduq2' | 'viduq2-pro' | 'viduq2-turbo' | 'viduq3-pro' | 'viduq3-turbo';
  /** Video prompt. Required for text-to-video; optional for image-to-video. */
  prompt?: string;
  /**
   * **Important: Reference image URL array for image-to-video. Please ensure that the input URL is accessible at the time of submission. **
   *
   * - Single image: reference image-to-video
   * - Two images: first and last frames (the first image = first frame, the second image = last frame)
   * - `viduq2-pro`, `viduq2-turbo` support image-to-video only (images are required)
   */
  images?: string[];
  /**
   * Video duration (seconds).
   * - `viduq1`: fixed 5s
   * - `viduq2` series: supports 4~8s
   * - `viduq3` series: supports 1~16s
   * @default 5
   */
  duration?: number;
  /**
   * Aspect ratio, such as `16:9` (default), `9:16`, `1:1`.
   * @default "16:9"
   */
  size?: string;
  /** Extended parameters. */
  metadata?: {
    /**
     * Resolution, default `1080p`.
     * @default "1080p"
     */
    resolution?: '540p' | '720p' | '1080p';
  };
}

/**
 * Pixverse video request
 * Pixverse video generation request body for `pixverse-c1` and `pixverse-v6`.
 */
export interface PixverseVideoCreateRequest {
  /** Pixverse video model name. */
  model: 'pixverse-c1' | 'pixverse-v6';
  /**
   * Video prompt (required).
   * @minLength 1
   */
  prompt: string;
  /**
   * Video duration in seconds, default 5.
   * @default 5
   */
  duration?: number;
  /**
   * Output aspect ratio, default `16:9`.
   * @default "16:9"
   */
  size?: '16:9' | '9:16' | '1:1';
  /**
   * Output resolution tier.
   * @default "720p"
   */
  quality?: '360p' | '540p' | '720p' | '1080p';
  /** Pixverse advanced parameters. */
  metadata?: {
    /**
     * Pixverse image ID; when present, submit as image-to-video.
     */
    img_id?: number;
    /**
     * Whether to generate audio.
     */
    audio?: boolean;
    /**
     * Alternate field for whether to generate audio.
     */
    generate_audio_switch?: boolean;
    /**
     * Negative prompt.
     */
    negative_prompt?: string;
    [key: string]: JSONValue | number | boolean | string | undefined;
  };
}

/**
 * Veo video request
 * Veo video generation request body for `veo-3.0-generate-001` and `veo-3.1-fast-generate-001`.
 */
export interface VeoVideoCreateRequest {
  /** Veo video model name. */
  model: 'veo-3.0-generate-001' | 'veo-3.1-fast-generate-001';
  /**
   * Video prompt (required).
   * @minLength 1
   */
  prompt: string;
  /** Optional first-frame image URL. */
  image?: string;
  /**
   * Image URL array. For `veo-3.1-fast-generate-001`, use this field for 1 to 3 reference images. Two images default to reference-image video unless `metadata.role_mode=frame` is set for first/last-frame video. Do not use `reference_image_urls` for Veo 3.1.
   * @minItems 1
   * @maxItems 3
   */
  images?: string[];
  /** Video duration in seconds. Only 4 or 8 is supported. */
  duration?: 4 | 8;
  /** String alias for video duration. Only `"4"` or `"8"` is supported. */
  seconds?: '4' | '8';
  /** Video duration field. Only 4 or 8 is supported. */
  durationSeconds?: 4 | 8;
  /** Output resolution. Veo 3.0 supports 720p/1080p; Veo 3.1 Fast also supports 4k. */
  resolution?: '720p' | '1080p' | '4k';
  /** Output aspect ratio. */
  aspect_ratio?: '16:9' | '9:16';
  /** Output aspect ratio field. */
  aspectRatio?: '16:9' | '9:16';
  /** Optional size string that may derive resolution or aspect ratio. */
  size?: string;
  /** Veo advanced parameters. */
  metadata?: {
    /**
     * Video duration field. Only 4 or 8 is supported.
     */
    durationSeconds?: 4 | 8;
    /**
     * Output resolution.
     */
    resolution?: '720p' | '1080p' | '4k';
    /**
     * Output aspect ratio.
     */
    aspectRatio?: '16:9' | '9:16';
    /**
     * Output aspect ratio alias.
     */
    aspect_ratio?: '16:9' | '9:16';
    /**
     * Negative prompt.
     */
    negativePrompt?: string;
    /**
     * Person generation policy. Allowed values: `allow_all`, `allow_adult`, `dont_allow`.
     */
    personGeneration?: 'allow_all' | 'allow_adult' | 'dont_allow';
    /**
     * Storage URI.
     */
    storageUri?: string;
    /**
     * Compression quality. Allowed values: `optimized`, `lossless`.
     */
    compressionQuality?: 'optimized' | 'lossless';
    /**
     * Resize mode.
     */
    resizeMode?: string;
    /**
     * Random seed.
     */
    seed?: number;
    /**
     * Veo 3.1 image role mode. `reference` keeps `images` as reference images; `frame` treats two images as first and last frames.
     */
    role_mode?: 'reference' | 'frame';
  };
}

/** Kling legacy video (v1 / v1.6 / v2.x / o1) */
export interface KlingVideoRequest {
  /** Kling video model name. */
  model:
    | 'kling-v1'
    | 'kling-v1-6'
    | 'kling-v2-master'
    | 'kling-v2-1-master'
    | 'kling-v2-5-turbo'
    | 'kling-v2-6'
    | 'kling-video-o1';
  /** Video description prompt words. Required when submitting a video. */
  prompt?: string;
  /** Reverse prompt word (optional) describing unwanted content. */
  negative_prompt?: string;
  /** Reference image URL (required for image-to-video). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  image?: string;
  /** Last-frame image URL (first/last frame mode, optional). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  image_tail?: string;
  /**
   * Quality mode. `std` (standard, default) or `pro` (high quality). Master Edition models do not have this distinction.
   * @default "std"
   */
  mode?: 'std' | 'pro';
  /**
   * Video duration (seconds), supports 5 or 10, default is 5.
   * @default 5
   */
  duration?: 5 | 10;
  /**
   * Aspect ratio, default `1:1`.
   * @default "1:1"
   */
  aspect_ratio?: '1:1' | '16:9' | '9:16';
  /**
   * Generate degrees of freedom, 0~1, default 0.5. The smaller the value, the more free it is, and the larger the value, the closer it is to the prompt word.
   * @default 0.5
   */
  cfg_scale?: number;
  /** Lens control parameters (optional). */
  camera_control?: {
    /**
     * Control type.
     */
    type?: string;
    /**
     * Lens parameters (horizontal, vertical, pan, tilt, roll, zoom).
     */
    config?: { [key: string]: JSONValue };
  };
}

/** Kling text-to-video request parameters. Use `model` to specify the Kling video model. */
export interface KlingText2VideoRequest {
  /** Kling video model name. */
  model:
    | 'kling-v1'
    | 'kling-v1-6'
    | 'kling-v2-master'
    | 'kling-v2-1-master'
    | 'kling-v2-5-turbo'
    | 'kling-v2-6'
    | 'kling-video-o1'
    | Unlisted;
  /** Video description prompt words. */
  prompt: string;
  /** Reverse prompt word (optional) describing unwanted content. */
  negative_prompt?: string;
  /**
   * Quality mode. `std` (standard, default) or `pro` (high quality). Master Edition models do not have this distinction.
   * @default "std"
   */
  mode?: 'std' | 'pro';
  /**
   * Video duration (seconds), supports 5 or 10, default is 5.
   * @default 5
   */
  duration?: 5 | 10;
  /**
   * Aspect ratio, default `1:1`.
   * @default "1:1"
   */
  aspect_ratio?: '1:1' | '16:9' | '9:16';
  /**
   * Generate degrees of freedom, 0~1, default 0.5. The smaller the value, the more free it is, and the larger the value, the closer it is to the prompt word.
   * @default 0.5
   */
  cfg_scale?: number;
  /** Lens control parameters (optional). */
  camera_control?: {
    /**
     * Control type.
     */
    type?: string;
    /**
     * Lens parameters (horizontal, vertical, pan, tilt, roll, zoom).
     */
    config?: { [key: string]: JSONValue };
  };
}

/** Kling image-to-video request parameters. Use `model` to specify the Kling video model. */
export interface KlingImage2VideoRequest {
  /** Kling video model name. */
  model:
    | 'kling-v1'
    | 'kling-v1-6'
    | 'kling-v2-master'
    | 'kling-v2-1-master'
    | 'kling-v2-5-turbo'
    | 'kling-v2-6'
    | 'kling-video-o1'
    | Unlisted;
  /** Reference image URL (required for image-to-video). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  image: string;
  /** Last-frame image URL (first/last frame mode, optional). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  image_tail?: string;
  /** Video description prompt words. Optional when creating a video. */
  prompt?: string;
  /** Reverse prompt word (optional) describing unwanted content. */
  negative_prompt?: string;
  /**
   * Quality mode. `std` (standard, default) or `pro` (high quality). Master Edition models do not have this distinction.
   * @default "std"
   */
  mode?: 'std' | 'pro';
  /**
   * Video duration (seconds), supports 5 or 10, default is 5.
   * @default 5
   */
  duration?: 5 | 10;
  /**
   * Aspect ratio, default `1:1`.
   * @default "1:1"
   */
  aspect_ratio?: '1:1' | '16:9' | '9:16';
  /**
   * Generate degrees of freedom, 0~1, default 0.5. The smaller the value, the more free it is, and the larger the value, the closer it is to the prompt word.
   * @default 0.5
   */
  cfg_scale?: number;
  /** Lens control parameters (optional). */
  camera_control?: {
    /**
     * Control type.
     */
    type?: string;
    /**
     * Lens parameters (horizontal, vertical, pan, tilt, roll, zoom).
     */
    config?: { [key: string]: JSONValue };
  };
}

/** Kling universal video endpoint request parameters, applicable to `POST /v1/video/generations`, the same JSON request body is also compatible with `POST /v1/videos`. */
export interface KlingUnifiedVideoRequest {
  /** Kling video model name. */
  model:
    | 'kling-v1'
    | 'kling-v1-6'
    | 'kling-v2-master'
    | 'kling-v2-1-master'
    | 'kling-v2-5-turbo'
    | 'kling-v2-6'
    | 'kling-video-o1';
  /** Video prompt. Required for text-to-video; optional for image-to-video. */
  prompt?: string;
  /** Image-to-video reference image URL. This field is recommended for single-image input. Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  image?: string;
  /** Image-to-video reference image URL array. Use this field when multiple images are required; for Kling first/last frame mode, prefer putting the last frame in `metadata.image_tail`. Ensure each input URL is accessible at submission time and each image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`. */
  images?: string[];
  /**
   * Video duration (seconds).
   * @default 5
   */
  duration?: 5 | 10;
  /**
   * aspect ratio. Common endpoints are mapped to Kling's `aspect_ratio`.
   * @default "1:1"
   */
  size?: '1:1' | '16:9' | '9:16';
  /** Kling vendor parameters. */
  metadata?: {
    /**
     * Quality mode. `std` (standard, default) or `pro` (high quality).
     * @default "std"
     */
    mode?: 'std' | 'pro';
    /**
     * Last-frame image URL (first/last frame mode). Ensure the input URL is accessible at submission time and the image has valid dimensions and pixels; otherwise the upstream service may return `Image pixel is invalid`.
     */
    image_tail?: string;
    /**
     * Reverse cue words.
     */
    negative_prompt?: string;
    /**
     * Generate degrees of freedom, 0~1, default 0.5.
     * @default 0.5
     */
    cfg_scale?: number;
    /**
     * Lens control parameters.
     */
    camera_control?: { [key: string]: JSONValue };
  };
}

export type MiniMaxVideoGenerationRequest =
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-02';
      size: '512p' | '768p';
    })
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-02';
      size?: '1080p';
      duration?: 6;
    })
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-2.3';
      size: '768p';
    })
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-2.3';
      size?: '1080p';
      duration?: 6;
    })
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-2.3-Fast';
      size: '768p';
      metadata: {
        /**
         * First-frame image URL for Hailuo image-to-video (`MiniMax-Hailuo-2.3-Fast` required). Please ensure that the input URL is accessible at the time of submission.
         */
        first_frame_image: string;
      };
    })
  | (MiniMaxVideoGenerationRequestBase & {
      model: 'MiniMax-Hailuo-2.3-Fast';
      size?: '1080p';
      metadata: {
        /**
         * First-frame image URL for Hailuo image-to-video (`MiniMax-Hailuo-2.3-Fast` required). Please ensure that the input URL is accessible at the time of submission.
         */
        first_frame_image: string;
      };
      duration?: 6;
    });

export interface MiniMaxVideoGenerationRequestBase {
  /** MiniMax video model (MiniMax only). */
  model: 'MiniMax-Hailuo-02' | 'MiniMax-Hailuo-2.3' | 'MiniMax-Hailuo-2.3-Fast';
  /** Video description */
  prompt?: string;
  /**
   * Video duration (seconds), currently only 6 or 10 are supported.
   * @default 6
   */
  duration?: 6 | 10;
  /**
   * Resolution (verified by model capability).
   * @default "768p"
   */
  size?: '512p' | '768p' | '1080p';
  /**
   * MiniMax vendor parameters.
   * - Image-to-video: `{"first_frame_image":"URL"}`
   */
  metadata?: {
    /**
     * First-frame image URL for Hailuo image-to-video (`MiniMax-Hailuo-2.3-Fast` required). Please ensure that the input URL is accessible at the time of submission.
     */
    first_frame_image?: string;
  };
}

export interface VideoTaskResponse {
  id?: string;
  task_id?: string;
  /** @example "video" */
  object?: string;
  model?: string;
  /** An empty string indicates that it has been submitted for processing */
  status?: '' | 'in_progress' | 'completed' | 'failed';
  /**
   * @minimum 0
   * @maximum 100
   */
  progress?: number;
  created_at?: number;
  completed_at?: number;
  metadata?: {
    /**
     * Video download link (value when completed). This link is a short-term resource hosted by the platform. It is recommended to download and save it immediately after receiving it. It will expire after about 30 days by default.
     */
    url?: string;
  };
}

/** (Defined by the spec; no operation uses it.) */
export interface ConsumeCallbackEvent {
  /**
   * Gateway request ID (can be used for reconciliation with usage logs).
   * This field is consistent with `X-Trace-Id` when the caller request header carries `X-Trace-Id`.
   */
  request_id: string;
  /**
   * User ID (compatible field, it is recommended to use username first)
   * @deprecated
   */
  user_id: number;
  /** Username (recommended) */
  username: string;
  /**
   * Token ID (compatible field, it is recommended to use sk first)
   * @deprecated
   */
  token_id: number;
  /** Token name */
  token_name: string;
  /** Call the SK of this request (with sk- prefix) */
  sk: string;
  /** Actual request model name */
  model_name: string;
  /** The actual hit channel ID */
  channel_id: number;
  /** Deduction source. */
  billing_source: 'wallet' | 'subscription';
  /** @minimum 0 */
  prompt_tokens: number;
  /** @minimum 0 */
  completion_tokens: number;
  /** @minimum 0 */
  total_tokens: number;
  /**
   * Quota value for this event.
   * @minimum 0
   */
  quota: number;
  /**
   * USD amount for this event.
   * @format double
   * @minimum 0
   */
  amount_usd: number;
  /**
   * Event generation time (Unix seconds)
   * @format int64
   */
  timestamp: number;
  /** Event phase, currently only `settle` is sent. */
  event_phase: 'settle';
}

/** (Defined by the spec; no operation uses it.) */
export interface ConsumeCallbackAck {
  /** @example true */
  success?: boolean;
  /** @example "accepted" */
  message?: string;
}

/** (Defined by the spec; no operation uses it.) */
export interface MjSubmitRequest {
  /** MJ prompt word (supports --ar, --v and other parameters) */
  prompt: string;
}

/** (Defined by the spec; no operation uses it.) */
export interface MjChangeRequest {
  action: 'UPSCALE' | 'VARIATION' | 'REROLL';
  /** Original task ID */
  taskId: string;
  /**
   * Image index (1-4)
   * @minimum 1
   * @maximum 4
   */
  index: number;
}

/** (Defined by the spec; no operation uses it.) */
export interface MjTaskResponse {
  mj_id?: string;
  status?: '' | 'SUCCESS' | 'FAILURE';
  /** @example "100%" */
  progress?: string;
  /** The address of the first image (compatibility field). The platform hosts short-term links. It is recommended to download and save them immediately after receiving them. By default, they will expire after about 30 days. */
  imageUrl?: string;
  /** Full list of images (recommended reading). The platform hosts short-term links. It is recommended to download and save them immediately after receiving them. By default, they will expire after about 30 days. */
  urls?: string[];
  action?: string;
  failReason?: string;
  buttons?: { [key: string]: unknown }[];
}

/** MiniMax Hailuo video (OpenAI Videos) */
export type MiniMaxVideosCreateRequest =
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-02';
      size: '512p' | '768p';
    })
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-02';
      size?: '1080p';
      duration?: 6;
    })
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-2.3';
      size: '768p';
    })
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-2.3';
      size?: '1080p';
      duration?: 6;
    })
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-2.3-Fast';
      size: '768p';
      metadata: {
        /**
         * First-frame image URL for image-to-video (required). Please ensure that the input URL is accessible at the time of submission.
         * @format uri
         */
        first_frame_image: string;
      };
    })
  | (MiniMaxVideosCreateRequestBase & {
      model: 'MiniMax-Hailuo-2.3-Fast';
      size?: '1080p';
      metadata: {
        /**
         * First-frame image URL for image-to-video (required). Please ensure that the input URL is accessible at the time of submission.
         * @format uri
         */
        first_frame_image: string;
      };
      duration?: 6;
    });

export interface MiniMaxVideosCreateRequestBase {
  /** MiniMax video model (openai-videos endpoint). */
  model: 'MiniMax-Hailuo-02' | 'MiniMax-Hailuo-2.3' | 'MiniMax-Hailuo-2.3-Fast';
  /**
   * Video prompt words.
   * @minLength 1
   */
  prompt?: string;
  /**
   * Video duration (seconds), currently only 6 or 10 are supported.
   * @default 6
   */
  duration?: 6 | 10;
  /** Resolution (verified by model capability). */
  size?: '512p' | '768p' | '1080p';
  metadata?: {
    /**
     * First-frame image URL for image-to-video (required). Please ensure that the input URL is accessible at the time of submission.
     * @format uri
     */
    first_frame_image?: string;
    [key: string]: JSONValue | string | undefined;
  };
}

/** One server-sent event of a chat completion stream; the stream ends with `data: [DONE]`. */
export interface ChatCompletionChunkSSE {
  event?: string;
  id?: string;
  data: string;
}

/** A piece of a streamed chat completion. Joined in order, the `delta`s of one choice make its message; the last chunk may carry `usage` and no choices. */
export interface ChatCompletionChunk {
  /** The completion's id, the same in every chunk. */
  id: string;
  object: 'chat.completion.chunk';
  /** When the completion was created (Unix time in seconds). */
  created: number;
  model: string;
  system_fingerprint?: string | null;
  choices: ChatCompletionChunkChoice[];
  /** Token counts, in the last chunk only (when the request asks for them). */
  usage?: {
    prompt_tokens?: number;
    completion_tokens?: number;
    total_tokens?: number;
  } | null;
}

export interface ChatCompletionChunkChoice {
  index: number;
  delta: ChatCompletionChunkDelta;
  /** Why the choice ended (`stop`, `length`, `tool_calls`, `content_filter`); null until it has. */
  finish_reason?: string | null;
  logprobs?: { [key: string]: unknown } | null;
}

/** What this chunk adds to the choice's message. */
export interface ChatCompletionChunkDelta {
  role?: 'system' | 'user' | 'assistant' | 'tool';
  /** The next piece of the answer's text. */
  content?: string | null;
  /** The next piece of the reasoning text, from reasoning models that send it. */
  reasoning_content?: string | null;
  refusal?: string | null;
  tool_calls?: {
    index: number;
    id?: string;
    type?: 'function';
    function?: {
      name?: string;
      /**
       * The next piece of the arguments' JSON text.
       */
      arguments?: string;
    };
  }[];
}

/** One server-sent event of a Responses stream; its `event` name is its data's `type`. */
export interface ResponseStreamEventSSE {
  event?: string;
  id?: string;
  data: string;
}

/** An event of a Responses stream, told apart by `type`. */
export type ResponseStreamEvent =
  | ResponseLifecycleEvent
  | ResponseOutputItemEvent
  | ResponseContentPartEvent
  | ResponseTextDeltaEvent
  | ResponseTextDoneEvent
  | ResponseRefusalDeltaEvent
  | ResponseFunctionCallArgumentsDeltaEvent
  | ResponseFunctionCallArgumentsDoneEvent
  | ResponseReasoningSummaryTextDeltaEvent;

/** The response was created, is in progress, or ended (completed, failed or incomplete); `response` is its state then. */
export interface ResponseLifecycleEvent {
  type: 'response.created' | 'response.in_progress' | 'response.completed' | 'response.failed' | 'response.incomplete';
  sequence_number?: number;
  response: ResponsesResponse;
}

/** An output item (a message, a function call, reasoning) was added, or is done. */
export interface ResponseOutputItemEvent {
  type: 'response.output_item.added' | 'response.output_item.done';
  sequence_number?: number;
  output_index: number;
  item: {
    id?: string;
    /**
     * `message`, `function_call`, `reasoning`, …
     */
    type: string;
    status?: string;
    role?: string;
    /**
     * The function's name, for a function call.
     */
    name?: string;
    call_id?: string;
    arguments?: string;
    content?: ResponseContentPart[];
  };
}

export interface ResponseContentPart {
  /** `output_text` or `refusal` */
  type: string;
  text?: string;
  refusal?: string;
}

/** A content part of an output message was added, or is done. */
export interface ResponseContentPartEvent {
  type: 'response.content_part.added' | 'response.content_part.done';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  content_index: number;
  part: ResponseContentPart;
}

/** The next piece of an output text. */
export interface ResponseTextDeltaEvent {
  type: 'response.output_text.delta';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  content_index: number;
  delta: string;
}

/** An output text is complete. */
export interface ResponseTextDoneEvent {
  type: 'response.output_text.done';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  content_index: number;
  text: string;
}

/** The next piece of a refusal. */
export interface ResponseRefusalDeltaEvent {
  type: 'response.refusal.delta';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  content_index: number;
  delta: string;
}

/** The next piece of a function call's arguments (JSON text). */
export interface ResponseFunctionCallArgumentsDeltaEvent {
  type: 'response.function_call_arguments.delta';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  delta: string;
}

/** A function call's arguments are complete. */
export interface ResponseFunctionCallArgumentsDoneEvent {
  type: 'response.function_call_arguments.done';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  arguments: string;
}

/** The next piece of a reasoning summary. */
export interface ResponseReasoningSummaryTextDeltaEvent {
  type: 'response.reasoning_summary_text.delta';
  sequence_number?: number;
  item_id: string;
  output_index: number;
  summary_index: number;
  delta: string;
}

/** One server-sent event of a Messages stream; its `event` name is its data's `type`. */
export interface AnthropicMessageStreamEventSSE {
  event?: string;
  id?: string;
  data: string;
}

/** An event of a Messages stream, told apart by `type`: `message_start`, then for each content block `content_block_start`, its `content_block_delta`s and `content_block_stop`, then `message_delta` and `message_stop`; `ping`s may come at any time. */
export type AnthropicMessageStreamEvent =
  | AnthropicMessageStartEvent
  | AnthropicContentBlockStartEvent
  | AnthropicContentBlockDeltaEvent
  | AnthropicContentBlockStopEvent
  | AnthropicMessageDeltaEvent
  | AnthropicMessageStopEvent
  | AnthropicPingEvent;

/** The message begins; its `content` is still empty. */
export interface AnthropicMessageStartEvent {
  type: 'message_start';
  message: AnthropicMessagesResponse;
}

/** A content block begins at `index`. */
export interface AnthropicContentBlockStartEvent {
  type: 'content_block_start';
  index: number;
  content_block: AnthropicStreamContentBlock;
}

/** A content block as it starts (`text`, `tool_use`, `thinking`, …), empty or nearly so. */
export interface AnthropicStreamContentBlock {
  type: string;
  text?: string;
  /** The tool use's id. */
  id?: string;
  /** The tool's name. */
  name?: string;
  /** The tool's input (its JSON arrives in `input_json_delta`s). */
  input?: { [key: string]: unknown };
  thinking?: string;
}

/** The next piece of the content block at `index`. */
export interface AnthropicContentBlockDeltaEvent {
  type: 'content_block_delta';
  index: number;
  delta: AnthropicContentBlockDelta;
}

/** A piece of text, of a tool's input JSON, of thinking, or the thinking's signature. */
export type AnthropicContentBlockDelta =
  AnthropicTextDelta | AnthropicInputJsonDelta | AnthropicThinkingDelta | AnthropicSignatureDelta;

export interface AnthropicTextDelta {
  type: 'text_delta';
  text: string;
}

export interface AnthropicInputJsonDelta {
  type: 'input_json_delta';
  partial_json: string;
}

export interface AnthropicThinkingDelta {
  type: 'thinking_delta';
  thinking: string;
}

export interface AnthropicSignatureDelta {
  type: 'signature_delta';
  signature: string;
}

/** The content block at `index` is complete. */
export interface AnthropicContentBlockStopEvent {
  type: 'content_block_stop';
  index: number;
}

/** The message's final fields, and its output token count so far. */
export interface AnthropicMessageDeltaEvent {
  type: 'message_delta';
  delta: {
    /**
     * `end_turn`, `max_tokens`, `stop_sequence`, `tool_use`, …
     */
    stop_reason?: string | null;
    stop_sequence?: string | null;
  };
  usage?: {
    input_tokens?: number;
    output_tokens?: number;
  };
}

/** The message is complete. */
export interface AnthropicMessageStopEvent {
  type: 'message_stop';
}

/** Keeps the connection alive; carries nothing. */
export interface AnthropicPingEvent {
  type: 'ping';
}

export interface GetUserBalanceByTokenResponse {
  /** @example true */
  success?: boolean;
  /** @example "" */
  message?: string;
  data?: {
    /**
     * @example "user_balance"
     */
    object?: string;
    /**
     * @example 1001
     */
    user_id?: number;
    /**
     * @example "demo-user"
     */
    username?: string;
    /**
     * @example 1250000
     */
    quota?: number;
    /**
     * @example 250000
     */
    used_quota?: number;
    /**
     * @example 2.5
     * @format double
     */
    balance_usd?: number;
    /**
     * @example 0.5
     * @format double
     */
    used_amount_usd?: number;
    /**
     * @example 500000
     * @format double
     */
    quota_per_unit?: number;
    /**
     * @example "USD"
     */
    currency?: string;
  };
}

export type CreateImagesGenerationsWan26Body = Wan26T2IImageGenerationRequest | Wan26I2IImageGenerationRequest;

export interface GetAssetGroupBody {
  id: string;
}

export interface UpdateAssetGroupBody {
  id: string;
  name?: string;
  description?: string;
}

export type CreateAssetError_400 = {
  message?: string;
  success?: boolean;
  [key: string]: unknown;
};

export interface GetAssetBody {
  id: string;
}

export interface UpdateAssetBody {
  id: string;
  name: string;
}

export type GetAssetQuotaBody = { [key: string]: JSONValue };

export interface SubmitMidjourneyBlendBody {
  /**
   * 2-5 image URL array (currently implemented as URL input processing).
   * **IMPORTANT**: Please confirm that the input URL is accessible before calling; the 30-day expiration rule only applies to the result resource URL returned by the interface.
   * @minItems 2
   * @maxItems 5
   */
  base64Array: string[];
  /** Optionally, append a text description. */
  prompt?: string;
}

/**
 * Image binary stream (usually `image/png` or `image/jpeg`).
 * @format binary
 */
export type FetchMidjourneyImageResponse = Blob;

/** The params object of {@link createImaProVideoTask}: body fields and parameters in one object. */
export type CreateImaProVideoTaskParams = ImaProVideoCreateRequest & {
  /**
   * Optional moderation passthrough header. Default is treated as `false`. The server forwards this header upstream only when `x-moderation: enabled` is sent to the Seedance upstream.
   */
  'x-moderation'?: 'enabled';
};
