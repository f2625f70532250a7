/**
 * Waiting for a task: poll its fetch operation with growing intervals until the status is terminal, the
 * overall timeout passes or the caller aborts. A failed task ends as a `TaskFailedError` carrying the task.
 */
import { APIUserAbortError, SDKError } from './errors.js';
import type { RequestOptions } from './http.js';
import { sleep } from './retries.js';

/** Where a task's status is and which values end the wait (derived from the spec; overridable per call). */
export interface TaskStatusSpec {
  /** Property path of the status in the fetch response, e.g. `['status']` or `['data', 'status']`. */
  statusField: readonly string[];
  success: readonly string[];
  failure: readonly string[];
  /** Compare case-insensitively (when the values come from conventions rather than the spec's enum). */
  ignoreCase: boolean;
}

export interface WaitOptions<TTask = unknown> extends RequestOptions {
  /** Give up after this many milliseconds in all (default 600000: ten minutes). */
  waitTimeout?: number;
  /** First pause between polls in milliseconds (default 1000). */
  pollInterval?: number;
  /** Longest pause between polls in milliseconds (default 30000). */
  maxPollInterval?: number;
  /** Each pause is the previous one times this factor (default 1.5). */
  backoffFactor?: number;
  /** Called with every fetched state of the task (progress bars, logs). */
  onProgress?: (task: TTask, poll: number) => void;
  /** Override the terminal status values derived from the spec. */
  terminal?: { success?: readonly string[]; failure?: readonly string[] };
}

/** The task reached a failure status; `task` is its last state as the server reported it. */
export class TaskFailedError<TTask = unknown> extends SDKError {
  override name = 'TaskFailedError';
  constructor(
    readonly taskId: string,
    readonly status: string,
    readonly task: TTask,
  ) {
    super(`Task ${taskId} ended with status "${status}"`);
  }
}

/** The task was still running when `waitTimeout` passed; `task` is its last state. */
export class TaskTimeoutError<TTask = unknown> extends SDKError {
  override name = 'TaskTimeoutError';
  constructor(
    readonly taskId: string,
    readonly waitedMs: number,
    readonly task: TTask | undefined,
  ) {
    super(`Task ${taskId} did not finish within ${waitedMs} ms`);
  }
}

/** Reads a nested property, e.g. `['data', 'status']`. */
export function readPath(value: unknown, path: readonly string[]): unknown {
  let current = value;
  for (const key of path) {
    if (current === null || typeof current !== 'object' || !Object.prototype.hasOwnProperty.call(current, key))
      return undefined;
    current = (current as Record<string, unknown>)[key];
  }
  return current;
}

function includes(values: readonly string[], status: string, ignoreCase: boolean): boolean {
  return ignoreCase ? values.some((value) => value.toLowerCase() === status.toLowerCase()) : values.includes(status);
}

/** Polls `fetch` until the task's status is terminal; resolves with the successful task's last state. */
export async function pollTask<TTask>(
  taskId: string,
  fetch: (options: RequestOptions) => Promise<TTask>,
  spec: TaskStatusSpec,
  options: WaitOptions<TTask> = {},
): Promise<TTask> {
  const {
    waitTimeout = 600_000,
    pollInterval = 1000,
    maxPollInterval = 30_000,
    backoffFactor = 1.5,
    onProgress,
    terminal,
    ...requestOptions
  } = options;
  const success = terminal?.success ?? spec.success;
  const failure = terminal?.failure ?? spec.failure;
  const started = Date.now();
  const deadline = started + waitTimeout;
  let interval = pollInterval;
  let task: TTask | undefined;
  for (let poll = 1; ; poll++) {
    if (options.signal?.aborted) throw new APIUserAbortError('Waiting for the task was aborted');
    // A pause that ran into the deadline ends the wait: a request now would have no time left to answer.
    if (poll > 1 && Date.now() >= deadline) throw new TaskTimeoutError(taskId, waitTimeout, task);
    // The overall deadline also bounds a status request that hangs, not only the pauses between them.
    const untilDeadline = AbortSignal.timeout(Math.max(1, deadline - Date.now()));
    const signal = options.signal ? AbortSignal.any([options.signal, untilDeadline]) : untilDeadline;
    try {
      task = await fetch({ ...requestOptions, signal });
    } catch (error) {
      if (options.signal?.aborted) throw new APIUserAbortError('Waiting for the task was aborted');
      if (untilDeadline.aborted) throw new TaskTimeoutError(taskId, waitTimeout, task);
      throw error;
    }
    onProgress?.(task, poll);
    const status = String(readPath(task, spec.statusField) ?? '');
    if (includes(success, status, spec.ignoreCase)) return task;
    if (includes(failure, status, spec.ignoreCase)) throw new TaskFailedError(taskId, status, task);
    const remaining = waitTimeout - (Date.now() - started);
    if (remaining <= 0) throw new TaskTimeoutError(taskId, waitTimeout, task);
    // A pause that reaches the deadline ends the wait when it ends, whatever the clock reads then (a timer may
    // fire a little before it): a poll sent then would have no time left to answer.
    const last = interval >= remaining;
    try {
      await sleep(Math.min(interval, remaining), options.signal);
    } catch {
      throw new APIUserAbortError('Waiting for the task was aborted');
    }
    if (last) throw new TaskTimeoutError(taskId, waitTimeout, task);
    interval = Math.min(interval * backoffFactor, maxPollInterval);
  }
}

/** The task id in a create response, or a clear error when the server sent none. */
export function taskIdOf(created: unknown, idField: readonly string[], operation: string): string | number {
  const id = readPath(created, idField);
  if (typeof id !== 'string' && typeof id !== 'number') {
    throw new SDKError(`${operation} returned no task id at "${idField.join('.')}", so there is nothing to wait for`);
  }
  return id;
}
