// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';
import { pollTask, taskIdOf } from '../core/polling.js';
import type { WaitOptions } from '../core/polling.js';
import type { Unlisted } from '../core/unlisted.js';

export class MjSubmitImagine {
  constructor(private readonly client: APIClient) {}

  /**
   * Submit Midjourney imagine / blend
   *
   * Midjourney async task entry (imagine + blend).
   *
   * **Models:**
   * - `mj_imagine`: text-to-image, requires `prompt`.
   * - `mj_blend`: multi-image blend, requires `base64Array` (2~5 images) + `dimensions`.
   *
   * **Prompt flags used in the examples:**
   * - `--ar`: aspect ratio.
   * - `--niji`: Niji profile, for example `--niji 7`.
   * - `--stylize`: stylization strength.
   * - `--sref`: style reference URL or style code.
   * - `--sw`: style-reference weight; use with `--sref`.
   * - `--p`: personalization/profile code. Keep the main prompt short when using it with a detailed character prompt.
   * - `--iw`: image weight; the prompt must start with an image URL.
   * - `--c`: chaos value.
   * - `--w`: weird value.
   *
   * **Stability notes:** long character prompts with `--p` and `--sref` can fail on the current channel with a prompt-format error. For detailed character prompts, prefer the `--sref` example without `--p`; if `--p` is required, use a shorter main prompt.
   *
   * **Polling:** `GET /mj/task/{task_id}/fetch`.
   *
   *
   * `POST /mj/submit/imagine`
   *
   * Standalone: `mjSubmitImagine(client, …)`; errors: `isAPIError(error, 'mjSubmitImagine')`.
   *
   * @example
   * const result = await client.mj.submit.imagine.create({
   *   model: "mj_imagine",
   *   prompt: "A cinematic portrait of a fox in autumn forest --ar 16:9 --v 6",
   *   botType: "MID_JOURNEY",
   *   state: "openapi-mj-basic",
   * });
   */
  create(params: MidjourneyImagineRequest, options?: RequestOptions): APIPromise<MidjourneySubmitResponse> {
    return mjSubmitImagine(this.client, params, options);
  }

  /** Creates the task and waits until it ends. Standalone: `mjSubmitImagineAndWait(client, …)`. */
  createAndWait(
    params: MidjourneyImagineRequest,
    options?: WaitOptions<MidjourneyTaskResponse>,
  ): Promise<MidjourneyTaskResponse> {
    return mjSubmitImagineAndWait(this.client, params, options);
  }
}

export class MjSubmitBlend {
  constructor(private readonly client: APIClient) {}

  /**
   * Submit Midjourney blend task
   *
   * Upload 2-5 images for fusion generation and return the task ID (asynchronous).
   * Authentication: The request header must contain `Authorization: Bearer sk-...`.
   * **IMPORTANT NOTICE (MUST READ)**
   * - `base64Array` is currently processed according to the image URL input. Please confirm that the URL is accessible before calling, and it is recommended to persist the original image by yourself.
   * - The generated result URL is a short-term link hosted by the platform, which will expire after about 30 days by default; please be sure to complete the download and archive within 30 days.
   *
   * `POST /mj/submit/blend`
   *
   * Standalone: `submitMidjourneyBlend(client, …)`; errors: `isAPIError(error, 'submitMidjourneyBlend')`.
   *
   * @example
   * const result = await client.mj.submit.blend.create({
   *   base64Array: [
   *     "https://example.com/a.png",
   *     "https://example.com/b.png",
   *   ],
   * });
   */
  create(params: SubmitMidjourneyBlendBody, options?: RequestOptions): APIPromise<MjSubmitResponse> {
    return submitMidjourneyBlend(this.client, params, options);
  }

  /** Creates the task and waits until it ends. Standalone: `submitMidjourneyBlendAndWait(client, …)`. */
  createAndWait(
    params: SubmitMidjourneyBlendBody,
    options?: WaitOptions<MidjourneyTaskResponse>,
  ): Promise<MidjourneyTaskResponse> {
    return submitMidjourneyBlendAndWait(this.client, params, options);
  }
}

export class MjSubmitChange {
  constructor(private readonly client: APIClient) {}

  /**
   * Submit Midjourney variation / upscale / zoom etc.
   *
   * Run a follow-up operation on an existing task (U/V/zoom/pan etc.). **Required:** `taskId` (parent) + `customId` (button customId).
   *
   * **Models:**
   * - `mj_upscale`, `mj_variation`, `mj_low_variation`, `mj_high_variation`, `mj_reroll`
   * - `mj_zoom`, `mj_custom_zoom`, `mj_pan`
   *
   * `customId` must come from the previous task's `buttons[].customId`; otherwise upstream rejects.
   *
   *
   * `POST /mj/submit/change`
   *
   * Standalone: `mjSubmitChange(client, …)`; errors: `isAPIError(error, 'mjSubmitChange')`.
   *
   * @example
   * const result = await client.mj.submit.change.create({
   *   model: "mj_upscale",
   *   taskId: "1751234567890",
   *   customId: "MJ::JOB::upsample::1::abc123",
   * });
   */
  create(params: MidjourneyChangeRequest, options?: RequestOptions): APIPromise<MidjourneySubmitResponse> {
    return mjSubmitChange(this.client, params, options);
  }

  /** Creates the task and waits until it ends. Standalone: `mjSubmitChangeAndWait(client, …)`. */
  createAndWait(
    params: MidjourneyChangeRequest,
    options?: WaitOptions<MidjourneyTaskResponse>,
  ): Promise<MidjourneyTaskResponse> {
    return mjSubmitChangeAndWait(this.client, params, options);
  }
}

export class MjSubmitModal {
  constructor(private readonly client: APIClient) {}

  /**
   * Submit Midjourney remix / regional edit
   *
   * Midjourney remix / inpaint operation. Requires parent `taskId` + RemixModal `customId` + new `prompt`. Optional `maskBase64` for regional edit.
   *
   *
   * `POST /mj/submit/modal`
   *
   * Standalone: `mjSubmitModal(client, …)`; errors: `isAPIError(error, 'mjSubmitModal')`.
   *
   * @example
   * const result = await client.mj.submit.modal.create({
   *   model: "mj_remix",
   *   taskId: "1751234567890",
   *   customId: "MJ::RemixModal::abc123",
   *   prompt: "a fox wearing a wizard hat, mystic forest backdrop",
   * });
   */
  create(params: MidjourneyModalRequest, options?: RequestOptions): APIPromise<MidjourneySubmitResponse> {
    return mjSubmitModal(this.client, params, options);
  }

  /** Creates the task and waits until it ends. Standalone: `mjSubmitModalAndWait(client, …)`. */
  createAndWait(
    params: MidjourneyModalRequest,
    options?: WaitOptions<MidjourneyTaskResponse>,
  ): Promise<MidjourneyTaskResponse> {
    return mjSubmitModalAndWait(this.client, params, options);
  }
}

export class MjSubmit {
  readonly imagine: MjSubmitImagine;
  readonly blend: MjSubmitBlend;
  readonly change: MjSubmitChange;
  readonly modal: MjSubmitModal;

  constructor(private readonly client: APIClient) {
    this.imagine = new MjSubmitImagine(client);
    this.blend = new MjSubmitBlend(client);
    this.change = new MjSubmitChange(client);
    this.modal = new MjSubmitModal(client);
  }
}

export class MjTask {
  constructor(private readonly client: APIClient) {}

  /**
   * Get Midjourney task status
   *
   * Poll the status, progress, result image URL, and available buttons for a Midjourney task (imagine/change/modal) by `task_id`.
   *
   * **Terminal states:** `SUCCESS` / `FAILURE` / `CANCEL`. Non-terminal: `NOT_START` / `SUBMITTED` / `MODAL` / `IN_PROGRESS`.
   *
   *
   * `GET /mj/task/{task_id}/fetch`
   *
   * Standalone: `mjFetchTask(client, …)`; errors: `isAPIError(error, 'mjFetchTask')`.
   *
   * @example
   * const result = await client.mj.task.fetch("abc123");
   */
  fetch(taskId: string, options?: RequestOptions): APIPromise<MidjourneyTaskResponse> {
    return mjFetchTask(this.client, taskId, options);
  }

  /** Polls until the task ends. Standalone: `waitForMjFetchTask(client, taskId)`. */
  waitFor(taskId: string, options?: WaitOptions<MidjourneyTaskResponse>): Promise<MidjourneyTaskResponse> {
    return waitForMjFetchTask(this.client, taskId, options);
  }
}

export class MjImage {
  constructor(private readonly client: APIClient) {}

  /**
   * Midjourney image proxy (first image)
   *
   * The agent obtains the first image of the MJ task (corresponding to `imageUrl`).
   * If you need the complete gallery, please read the `urls` of `/mj/task/{task_id}/fetch` first.
   * **Serious Notice (Must Read)**
   * - The proxy image still comes from the query result resource, please download it immediately and save it persistently.
   * - The platform does not guarantee that the proxy image URL will be accessible for a long time and will expire after about 30 days by default; do not treat this URL as a permanent storage address.
   *
   * `GET /mj/image/{task_id}`
   *
   * Standalone: `fetchMidjourneyImage(client, …)`; errors: `isAPIError(error, 'fetchMidjourneyImage')`.
   *
   * @example
   * const result = await client.mj.image.retrieve("abc123");
   */
  retrieve(taskId: string, options?: RequestOptions): APIPromise<Blob> {
    return fetchMidjourneyImage(this.client, taskId, options);
  }
}

export class Mj {
  readonly submit: MjSubmit;
  readonly task: MjTask;
  readonly image: MjImage;

  constructor(private readonly client: APIClient) {
    this.submit = new MjSubmit(client);
    this.task = new MjTask(client);
    this.image = new MjImage(client);
  }
}

/**
 * Submit Midjourney imagine / blend
 *
 * Midjourney async task entry (imagine + blend).
 *
 * **Models:**
 * - `mj_imagine`: text-to-image, requires `prompt`.
 * - `mj_blend`: multi-image blend, requires `base64Array` (2~5 images) + `dimensions`.
 *
 * **Prompt flags used in the examples:**
 * - `--ar`: aspect ratio.
 * - `--niji`: Niji profile, for example `--niji 7`.
 * - `--stylize`: stylization strength.
 * - `--sref`: style reference URL or style code.
 * - `--sw`: style-reference weight; use with `--sref`.
 * - `--p`: personalization/profile code. Keep the main prompt short when using it with a detailed character prompt.
 * - `--iw`: image weight; the prompt must start with an image URL.
 * - `--c`: chaos value.
 * - `--w`: weird value.
 *
 * **Stability notes:** long character prompts with `--p` and `--sref` can fail on the current channel with a prompt-format error. For detailed character prompts, prefer the `--sref` example without `--p`; if `--p` is required, use a shorter main prompt.
 *
 * **Polling:** `GET /mj/task/{task_id}/fetch`.
 *
 *
 * `POST /mj/submit/imagine`
 *
 * @example
 * const result = await mjSubmitImagine(client, {
 *   model: "mj_imagine",
 *   prompt: "A cinematic portrait of a fox in autumn forest --ar 16:9 --v 6",
 *   botType: "MID_JOURNEY",
 *   state: "openapi-mj-basic",
 * });
 */
export function mjSubmitImagine(
  client: APIClient,
  params: MidjourneyImagineRequest,
  options?: RequestOptions,
): APIPromise<MidjourneySubmitResponse> {
  return client.request<MidjourneySubmitResponse>(
    {
      operation: 'mjSubmitImagine',
      method: 'POST',
      path: '/mj/submit/imagine',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Submit Midjourney blend task
 *
 * Upload 2-5 images for fusion generation and return the task ID (asynchronous).
 * Authentication: The request header must contain `Authorization: Bearer sk-...`.
 * **IMPORTANT NOTICE (MUST READ)**
 * - `base64Array` is currently processed according to the image URL input. Please confirm that the URL is accessible before calling, and it is recommended to persist the original image by yourself.
 * - The generated result URL is a short-term link hosted by the platform, which will expire after about 30 days by default; please be sure to complete the download and archive within 30 days.
 *
 * `POST /mj/submit/blend`
 *
 * @example
 * const result = await submitMidjourneyBlend(client, {
 *   base64Array: [
 *     "https://example.com/a.png",
 *     "https://example.com/b.png",
 *   ],
 * });
 */
export function submitMidjourneyBlend(
  client: APIClient,
  params: SubmitMidjourneyBlendBody,
  options?: RequestOptions,
): APIPromise<MjSubmitResponse> {
  return client.request<MjSubmitResponse>(
    {
      operation: 'submitMidjourneyBlend',
      method: 'POST',
      path: '/mj/submit/blend',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Submit Midjourney variation / upscale / zoom etc.
 *
 * Run a follow-up operation on an existing task (U/V/zoom/pan etc.). **Required:** `taskId` (parent) + `customId` (button customId).
 *
 * **Models:**
 * - `mj_upscale`, `mj_variation`, `mj_low_variation`, `mj_high_variation`, `mj_reroll`
 * - `mj_zoom`, `mj_custom_zoom`, `mj_pan`
 *
 * `customId` must come from the previous task's `buttons[].customId`; otherwise upstream rejects.
 *
 *
 * `POST /mj/submit/change`
 *
 * @example
 * const result = await mjSubmitChange(client, {
 *   model: "mj_upscale",
 *   taskId: "1751234567890",
 *   customId: "MJ::JOB::upsample::1::abc123",
 * });
 */
export function mjSubmitChange(
  client: APIClient,
  params: MidjourneyChangeRequest,
  options?: RequestOptions,
): APIPromise<MidjourneySubmitResponse> {
  return client.request<MidjourneySubmitResponse>(
    {
      operation: 'mjSubmitChange',
      method: 'POST',
      path: '/mj/submit/change',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Get Midjourney task status
 *
 * Poll the status, progress, result image URL, and available buttons for a Midjourney task (imagine/change/modal) by `task_id`.
 *
 * **Terminal states:** `SUCCESS` / `FAILURE` / `CANCEL`. Non-terminal: `NOT_START` / `SUBMITTED` / `MODAL` / `IN_PROGRESS`.
 *
 *
 * `GET /mj/task/{task_id}/fetch`
 *
 * @example
 * const result = await mjFetchTask(client, "abc123");
 */
export function mjFetchTask(
  client: APIClient,
  taskId: string,
  options?: RequestOptions,
): APIPromise<MidjourneyTaskResponse> {
  return client.request<MidjourneyTaskResponse>(
    {
      operation: 'mjFetchTask',
      method: 'GET',
      path: '/mj/task/{task_id}/fetch',
      pathParams: { task_id: taskId },
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Midjourney image proxy (first image)
 *
 * The agent obtains the first image of the MJ task (corresponding to `imageUrl`).
 * If you need the complete gallery, please read the `urls` of `/mj/task/{task_id}/fetch` first.
 * **Serious Notice (Must Read)**
 * - The proxy image still comes from the query result resource, please download it immediately and save it persistently.
 * - The platform does not guarantee that the proxy image URL will be accessible for a long time and will expire after about 30 days by default; do not treat this URL as a permanent storage address.
 *
 * `GET /mj/image/{task_id}`
 *
 * @example
 * const result = await fetchMidjourneyImage(client, "abc123");
 */
export function fetchMidjourneyImage(client: APIClient, taskId: string, options?: RequestOptions): APIPromise<Blob> {
  return client.request<Blob>(
    {
      operation: 'fetchMidjourneyImage',
      method: 'GET',
      path: '/mj/image/{task_id}',
      pathParams: { task_id: taskId },
      responseType: 'blob',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Submit Midjourney remix / regional edit
 *
 * Midjourney remix / inpaint operation. Requires parent `taskId` + RemixModal `customId` + new `prompt`. Optional `maskBase64` for regional edit.
 *
 *
 * `POST /mj/submit/modal`
 *
 * @example
 * const result = await mjSubmitModal(client, {
 *   model: "mj_remix",
 *   taskId: "1751234567890",
 *   customId: "MJ::RemixModal::abc123",
 *   prompt: "a fox wearing a wizard hat, mystic forest backdrop",
 * });
 */
export function mjSubmitModal(
  client: APIClient,
  params: MidjourneyModalRequest,
  options?: RequestOptions,
): APIPromise<MidjourneySubmitResponse> {
  return client.request<MidjourneySubmitResponse>(
    {
      operation: 'mjSubmitModal',
      method: 'POST',
      path: '/mj/submit/modal',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [['BearerAuth']],
    },
    options,
  );
}

/**
 * Calls {@link mjSubmitImagine}, then polls {@link mjFetchTask} until the task's `status` is one of `SUCCESS`, `FAILURE`, `CANCEL`.
 * Resolves with the final state; throws `TaskFailedError` on `FAILURE`, `CANCEL` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function mjSubmitImagineAndWait(
  client: APIClient,
  params: MidjourneyImagineRequest,
  options: WaitOptions<MidjourneyTaskResponse> = {},
): Promise<MidjourneyTaskResponse> {
  const created = await mjSubmitImagine(client, params, options);
  return waitForMjFetchTask(client, taskIdOf(created, ['result'], 'mjSubmitImagine') as string, options);
}

/** Polls {@link mjFetchTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForMjFetchTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<MidjourneyTaskResponse>,
): Promise<MidjourneyTaskResponse> {
  return pollTask(
    String(taskId),
    (requestOptions) => mjFetchTask(client, taskId, requestOptions),
    { statusField: ['status'], success: ['SUCCESS'], failure: ['FAILURE', 'CANCEL'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link submitMidjourneyBlend}, then polls {@link mjFetchTask} until the task's `status` is one of `SUCCESS`, `FAILURE`, `CANCEL`.
 * Resolves with the final state; throws `TaskFailedError` on `FAILURE`, `CANCEL` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function submitMidjourneyBlendAndWait(
  client: APIClient,
  params: SubmitMidjourneyBlendBody,
  options: WaitOptions<MidjourneyTaskResponse> = {},
): Promise<MidjourneyTaskResponse> {
  const created = await submitMidjourneyBlend(client, params, options);
  return waitForMjFetchTask(client, taskIdOf(created, ['result'], 'submitMidjourneyBlend') as string, options);
}

/**
 * Calls {@link mjSubmitChange}, then polls {@link mjFetchTask} until the task's `status` is one of `SUCCESS`, `FAILURE`, `CANCEL`.
 * Resolves with the final state; throws `TaskFailedError` on `FAILURE`, `CANCEL` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function mjSubmitChangeAndWait(
  client: APIClient,
  params: MidjourneyChangeRequest,
  options: WaitOptions<MidjourneyTaskResponse> = {},
): Promise<MidjourneyTaskResponse> {
  const created = await mjSubmitChange(client, params, options);
  return waitForMjFetchTask(client, taskIdOf(created, ['result'], 'mjSubmitChange') as string, options);
}

/**
 * Calls {@link mjSubmitModal}, then polls {@link mjFetchTask} until the task's `status` is one of `SUCCESS`, `FAILURE`, `CANCEL`.
 * Resolves with the final state; throws `TaskFailedError` on `FAILURE`, `CANCEL` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function mjSubmitModalAndWait(
  client: APIClient,
  params: MidjourneyModalRequest,
  options: WaitOptions<MidjourneyTaskResponse> = {},
): Promise<MidjourneyTaskResponse> {
  const created = await mjSubmitModal(client, params, options);
  return waitForMjFetchTask(client, taskIdOf(created, ['result'], 'mjSubmitModal') as string, options);
}

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
