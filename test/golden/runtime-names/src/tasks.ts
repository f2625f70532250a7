// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIClient } from './core/http.js';
import { pollTask, taskIdOf } from './core/polling.js';
import type { WaitOptions } from './core/polling.js';
import type { APIClient_, CreateJobsABody, CreateJobsBBody } from './models.js';
import { createJobsA, createJobsB, getJobs } from './operations/jobs.js';

/**
 * Calls {@link createJobsA}, then polls {@link getJobs} until the task's `status` is one of `done`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createJobsAAndWait(
  client: APIClient,
  params: CreateJobsABody,
  options: WaitOptions<APIClient_> = {},
): Promise<APIClient_> {
  const created = await createJobsA(client, params, options);
  return waitForGetJobs(client, taskIdOf(created, ['id'], 'createJobsA') as string, options);
}

/** Polls {@link getJobs} until the task ends: resolves with its final state, throws `TaskFailedError` on a failure status and `TaskTimeoutError` after `waitTimeout`. */
export function waitForGetJobs(
  client: APIClient,
  taskId: string,
  options?: WaitOptions<APIClient_>,
): Promise<APIClient_> {
  return pollTask(
    String(taskId),
    (requestOptions) => getJobs(client, taskId, requestOptions),
    { statusField: ['status'], success: ['done'], failure: ['failed'], ignoreCase: false },
    options,
  );
}

/**
 * Calls {@link createJobsB}, then polls {@link getJobs} until the task's `status` is one of `done`, `failed`.
 * Resolves with the final state; throws `TaskFailedError` on `failed` and `TaskTimeoutError` after `waitTimeout`.
 */
export async function createJobsBAndWait(
  client: APIClient,
  params: CreateJobsBBody,
  options: WaitOptions<APIClient_> = {},
): Promise<APIClient_> {
  const created = await createJobsB(client, params, options);
  return waitForGetJobs(client, taskIdOf(created, ['id'], 'createJobsB') as string, options);
}
