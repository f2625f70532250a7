// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient } from './core/http.js';
import { pollTask, taskIdOf } from './core/polling.js';
import type { WaitOptions } from './core/polling.js';
import type { DefaultVideoRequest, KlingVideoRequest, VeoVideoRequest, VideoTask } from './models.js';
import { createVideo, createVideosKling, createVideosVeo, getVideoTask, getVideosVeo } from './operations/default_.js';

/**
 * Calls {@link createVideo}, then polls {@link getVideoTask} until the task's `status` is one of `succeeded`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideoAndWait(
  client: APIClient,
  params: DefaultVideoRequest,
  options: WaitOptions<VideoTask> = {},
): Promise<VideoTask> {
  const created = await createVideo(client, params, options);
  return waitForGetVideoTask(client, taskIdOf(created, ['task_id'], 'createVideo') as string, options);
}

/** Polls {@link getVideoTask} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideoTask(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTask>,
): Promise<VideoTask> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideoTask(client, taskId, requestOptions),
    { statusField: ['status'], success: ['succeeded'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createVideosVeo}, then polls {@link getVideosVeo} until the task's `status` is one of `succeeded`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosVeoAndWait(
  client: APIClient,
  params: VeoVideoRequest,
  options: WaitOptions<VideoTask> = {},
): Promise<VideoTask> {
  const created = await createVideosVeo(client, params, options);
  return waitForGetVideosVeo(client, taskIdOf(created, ['task_id'], 'createVideosVeo') as string, options);
}

/** Polls {@link getVideosVeo} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetVideosVeo(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<VideoTask>,
): Promise<VideoTask> {
  return pollTask(
    String(taskId),
    (requestOptions) => getVideosVeo(client, taskId, requestOptions),
    { statusField: ['status'], success: ['succeeded'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createVideosKling}, then polls {@link getVideoTask} until the task's `status` is one of `succeeded`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createVideosKlingAndWait(
  client: APIClient,
  params: KlingVideoRequest,
  options: WaitOptions<VideoTask> = {},
): Promise<VideoTask> {
  const created = await createVideosKling(client, params, options);
  return waitForGetVideoTask(client, taskIdOf(created, ['task_id'], 'createVideosKling') as string, options);
}
