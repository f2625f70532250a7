/** Waiting for a task: terminal statuses, growing pauses, the overall deadline, abort, the task id. */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { describe, expect, it, vi } from 'vitest';
import { APIUserAbortError, SDKError } from '../../../../../generated/imarouter/src/core/errors.ts';
import type { RequestOptions } from '../../../../../generated/imarouter/src/core/http.ts';
import { pollTask, readPath, TaskFailedError, TaskTimeoutError, taskIdOf, type TaskStatusSpec } from '../../../../../generated/imarouter/src/core/polling.ts';

const SPEC: TaskStatusSpec = { statusField: ['status'], success: ['done'], failure: ['failed'], ignoreCase: false };

/** A fetch that answers the statuses in turn (the last one forever), recording when each poll came. */
function server(statuses: string[]) {
  const times: number[] = [];
  const signals: (AbortSignal | undefined)[] = [];
  const started = Date.now();
  const fetch = async (options: RequestOptions) => {
    times.push(Date.now() - started);
    signals.push(options.signal);
    return { status: statuses[Math.min(times.length - 1, statuses.length - 1)], n: times.length };
  };
  return { fetch, times, signals };
}

describe('readPath', () => {
  const cases: { value: unknown; path: string[]; want: unknown }[] = [
    { value: { status: 'ok' }, path: ['status'], want: 'ok' },
    { value: { data: { status: 'ok' } }, path: ['data', 'status'], want: 'ok' },
    { value: { data: null }, path: ['data', 'status'], want: undefined },
    { value: { data: 'text' }, path: ['data', 'length'], want: undefined },
    { value: {}, path: ['toString'], want: undefined },
    { value: { a: 1 }, path: [], want: { a: 1 } },
  ];
  it.each(cases)('$path of $value → $want', ({ value, path, want }) => expect(readPath(value, path)).toEqual(want));
});

describe('taskIdOf', () => {
  const cases: { created: unknown; field: string[]; want: string | number }[] = [
    { created: { id: 'task_1' }, field: ['id'], want: 'task_1' },
    { created: { data: { task_id: 7 } }, field: ['data', 'task_id'], want: 7 },
  ];
  it.each(cases)('$field of $created → $want', ({ created, field, want }) => expect(taskIdOf(created, field, 'createVideo')).toBe(want));

  it.each([{}, { id: null }, { id: { nested: 1 } }])('refuses %j', (created) => {
    expect(() => taskIdOf(created, ['id'], 'createVideo')).toThrow(SDKError);
    expect(() => taskIdOf(created, ['id'], 'createVideo')).toThrow('createVideo returned no task id at "id", so there is nothing to wait for');
  });
});

describe('pollTask', () => {
  const outcomes: {
    name: string;
    statuses: string[];
    spec?: Partial<TaskStatusSpec>;
    terminal?: { success?: string[]; failure?: string[] };
    want: { polls: number; result?: string; failed?: string };
  }[] = [
    { name: 'done at once', statuses: ['done'], want: { polls: 1, result: 'done' } },
    { name: 'done after two pending', statuses: ['pending', 'running', 'done'], want: { polls: 3, result: 'done' } },
    { name: 'failure status', statuses: ['pending', 'failed'], want: { polls: 2, failed: 'failed' } },
    { name: 'case differs, exact', statuses: ['DONE', 'done'], want: { polls: 2, result: 'done' } },
    { name: 'case differs, ignoreCase', statuses: ['DONE'], spec: { ignoreCase: true }, want: { polls: 1, result: 'DONE' } },
    { name: 'override success', statuses: ['ready'], terminal: { success: ['ready'] }, want: { polls: 1, result: 'ready' } },
    { name: 'override failure', statuses: ['pending', 'cancelled'], terminal: { failure: ['cancelled'] }, want: { polls: 2, failed: 'cancelled' } },
  ];
  it.each(outcomes)('$name', async ({ statuses, spec, terminal, want }) => {
    const { fetch, times } = server(statuses);
    const wait = pollTask('t1', fetch, { ...SPEC, ...spec }, { pollInterval: 1, terminal });
    if (want.failed) {
      const error = await wait.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(TaskFailedError);
      expect((error as TaskFailedError).status).toBe(want.failed);
      expect((error as TaskFailedError).task).toEqual({ status: want.failed, n: want.polls });
      expect((error as Error).message).toBe(`Task t1 ended with status "${want.failed}"`);
    } else {
      expect(await wait).toEqual({ status: want.result, n: want.polls });
    }
    expect(times.length).toBe(want.polls);
  });

  /**
   * When each poll came, in ms after the call, and when the wait ended, on faked time (timers and Date, which
   * the schedule reads): exact, however busy the machine.
   */
  async function schedule(statuses: string[], options: Parameters<typeof pollTask>[3]): Promise<{ polls: number[]; endedAt: number; error?: unknown }> {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
    try {
      const { fetch, times } = server(statuses);
      let ended: { at: number; error?: unknown } | undefined;
      const started = Date.now();
      pollTask('t1', fetch, SPEC, options).then(
        () => (ended = { at: Date.now() - started }),
        (error: unknown) => (ended = { at: Date.now() - started, error }),
      );
      while (!ended) await vi.advanceTimersByTimeAsync(1);
      return { polls: times, endedAt: ended.at, ...(ended.error !== undefined && { error: ended.error }) };
    } finally {
      vi.useRealTimers();
    }
  }

  const schedules: { name: string; statuses: string[]; options: Parameters<typeof pollTask>[3]; want: { polls: number[]; endedAt: number; timedOut: boolean } }[] = [
    {
      name: 'pauses grow by the factor',
      statuses: ['a', 'a', 'a', 'done'],
      options: { pollInterval: 20, backoffFactor: 2, maxPollInterval: 10_000 },
      want: { polls: [0, 20, 60, 140], endedAt: 140, timedOut: false },
    },
    {
      // Uncapped, the second and third pauses would be 2 s and 200 s.
      name: 'pauses stop growing at the longest pause',
      statuses: ['a', 'a', 'a', 'done'],
      options: { pollInterval: 20, backoffFactor: 100, maxPollInterval: 60 },
      want: { polls: [0, 20, 80, 140], endedAt: 140, timedOut: false },
    },
    {
      // Uncapped: 30, 60, 120, 240, 480; capped at 200, and the last pause cut to the deadline, which ends the wait.
      name: 'start at pollInterval, grow by backoffFactor up to maxPollInterval, stop at waitTimeout',
      statuses: ['running'],
      options: { pollInterval: 30, backoffFactor: 2, maxPollInterval: 200, waitTimeout: 1_000 },
      want: { polls: [0, 30, 90, 210, 410, 610, 810], endedAt: 1_000, timedOut: true },
    },
  ];
  it.each(schedules)('$name', async ({ statuses, options, want }) => {
    const { polls, endedAt, error } = await schedule(statuses, options);
    expect({ polls, endedAt, timedOut: error instanceof TaskTimeoutError }).toEqual(want);
  });

  it('calls onProgress with every state and its poll number', async () => {
    const seen: [unknown, number][] = [];
    const { fetch } = server(['a', 'done']);
    await pollTask('t1', fetch, SPEC, { pollInterval: 1, onProgress: (task, poll) => seen.push([task, poll]) });
    expect(seen).toEqual([
      [{ status: 'a', n: 1 }, 1],
      [{ status: 'done', n: 2 }, 2],
    ]);
  });

  it('times out with the last state', async () => {
    const { fetch } = server(['running']);
    const error = await pollTask('t1', fetch, SPEC, { pollInterval: 10, waitTimeout: 40 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(TaskTimeoutError);
    expect((error as TaskTimeoutError).task).toMatchObject({ status: 'running' });
    expect((error as TaskTimeoutError).waitedMs).toBe(40);
  });

  it('the deadline also bounds a status request that hangs', async () => {
    const hanging = (options: RequestOptions) => new Promise<never>((_resolve, reject) => options.signal!.addEventListener('abort', () => reject(new Error('aborted'))));
    const started = Date.now();
    await expect(pollTask('t1', hanging, SPEC, { waitTimeout: 30 })).rejects.toBeInstanceOf(TaskTimeoutError);
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it("the caller's abort ends the wait during a pause", async () => {
    const controller = new AbortController();
    const { fetch } = server(['running']);
    setTimeout(() => controller.abort(), 20);
    await expect(pollTask('t1', fetch, SPEC, { pollInterval: 10_000, signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
  });

  it('an already aborted signal polls nothing', async () => {
    const controller = new AbortController();
    controller.abort();
    const { fetch, times } = server(['done']);
    await expect(pollTask('t1', fetch, SPEC, { signal: controller.signal })).rejects.toBeInstanceOf(APIUserAbortError);
    expect(times).toEqual([]);
  });

  it('another fetch error is passed on as it is', async () => {
    const failure = new SDKError('boom');
    await expect(pollTask('t1', () => Promise.reject(failure), SPEC)).rejects.toBe(failure);
  });

  it('request options other than the wait options reach the fetch', async () => {
    let seen: RequestOptions | undefined;
    await pollTask('t1', async (options) => ((seen = options), { status: 'done' }), SPEC, { headers: { 'x-a': '1' }, timeout: 5, pollInterval: 1, onProgress: () => undefined });
    expect(seen).toMatchObject({ headers: { 'x-a': '1' }, timeout: 5 });
    expect(seen).not.toHaveProperty('pollInterval');
    expect(seen).not.toHaveProperty('onProgress');
    expect(seen!.signal).toBeInstanceOf(AbortSignal);
  });
});
