// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type {
  DoubaoSeedream45ImageGenerationRequest,
  DoubaoSeedream50LiteImageGenerationRequest,
  GptImage2ImageGenerationRequest,
  ImaImageGenerationRequestGemini25Flash,
  ImaImageGenerationRequestGemini31Flash,
  ImaImageGenerationRequestGemini3Pro,
  PrunaPImageEditGenerationRequest,
  PrunaPImageGenerationRequest,
  Wan26I2IImageGenerationRequest,
  Wan26T2IImageGenerationRequest,
  Wan27ImageGenerationRequest,
} from './resources/images.js';

/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

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
