/**
 * Long-running tasks end to end: the generated imarouter SDK is built, packed and installed like a published
 * package, then its create → wait helpers and merged (model-routed) endpoints are driven against a scripted
 * `node:http` server on 127.0.0.1 that records every request with its arrival time. No fetch is mocked.
 *
 * Covered: a task that completes (resource methods, per-variant methods and standalone functions; `/v1/videos`,
 * MiniMax `/v1/video/generations` and Midjourney), tasks that fail (TaskFailedError with the server's last
 * body), aborting while waiting (at once, nothing sent afterwards), the poll schedule (growing, capped, ending at
 * the wait timeout), unknown models (an SDKError naming the valid ones, nothing sent) and the merged creates
 * putting the right request on the wire.
 */
import http from 'node:http';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sharedInstall } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';

const PACKAGE_DIR = fileURLToPath(new URL('../../generated/imarouter/', import.meta.url));
const API_KEY = 'sk-tasks-test-0123456789';
const VEO_MODEL = 'veo-3.1-fast-generate-001';

// ---------------------------------------------------------------------------------------------------------------
// A scripted server: each test sets `handle`; every request is recorded with its arrival time.
// ---------------------------------------------------------------------------------------------------------------

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
  /** `performance.now()` when the whole request had arrived (same clock as the test's). */
  at: number;
}
type Handler = (received: Received, res: http.ServerResponse) => void;

const received: Received[] = [];
const unanswered = (_received: Received, res: http.ServerResponse): void => json(res, 500, { error: 'no handler set' });
let handle: Handler = unanswered;

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const entry: Received = {
      method: req.method ?? '',
      url: req.url ?? '',
      headers: req.headers,
      body: Buffer.concat(chunks).toString('utf8'),
      at: performance.now(),
    };
    received.push(entry);
    handle(entry, res);
  });
});
server.on('connection', (socket) => socket.setNoDelay(true));

function json(res: http.ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json' });
  res.end(JSON.stringify(body));
}

/** Hands out the given task states in turn; the last one is repeated for every later poll. */
function states<T>(...list: T[]): () => T {
  let next = 0;
  return () => list[Math.min(next++, list.length - 1)]!;
}

/**
 * A task API: `POST createPath` answers `created`; `GET` of `fetchPath(id)` answers the next of `polls` (the
 * states are deep-copied, so what the SDK returns can be compared with what was sent). Anything else is a 404.
 */
function taskServer(options: { createPath: string; created: unknown; fetchPath: (taskId: string) => string; taskId: string; polls: unknown[] }): Handler {
  const next = states(...options.polls);
  return (entry, res) => {
    if (entry.method === 'POST' && entry.url === options.createPath) return json(res, 200, options.created);
    if (entry.method === 'GET' && entry.url === options.fetchPath(options.taskId)) return json(res, 200, next());
    json(res, 404, { error: `unexpected ${entry.method} ${entry.url}` });
  };
}

const videosFetchPath = (taskId: string) => `/v1/videos/${encodeURIComponent(taskId)}`;
const generationsFetchPath = (taskId: string) => `/v1/video/generations/${encodeURIComponent(taskId)}`;
const mjFetchPath = (taskId: string) => `/mj/task/${encodeURIComponent(taskId)}/fetch`;

/** An OpenAI-style video task object as `GET /v1/videos/{task_id}` returns it. */
function videoTask(taskId: string, status: string, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return { id: taskId, task_id: taskId, object: 'video', model: VEO_MODEL, status, created_at: 1_760_000_000, ...extra };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

async function waitUntil(condition: () => boolean, what: string, timeoutMs = 5_000): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!condition()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(5);
  }
}

/** The rejection of a promise that must fail. */
async function rejectionOf(promise: Promise<unknown>): Promise<any> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a rejection, got ${JSON.stringify(outcome.value)}`);
  return outcome.error;
}

const requestLine = (entry: Received) => `${entry.method} ${entry.url}`;
const gets = () => received.filter((entry) => entry.method === 'GET');

// ---------------------------------------------------------------------------------------------------------------

let sdk: any;
let client: any;
let baseURL: string;
let cleanupInstall: (() => Promise<void>) | undefined;

describe('long-running tasks and merged endpoints of the generated SDK', { timeout: 15_000 }, () => {
  beforeAll(async () => {
    const installed = await sharedInstall(PACKAGE_DIR);
    cleanupInstall = installed.cleanup;
    sdk = await installed.importPackage();
    baseURL = await listenOnLoopback(server);
    client = new sdk.ImaRouter({ apiKey: API_KEY, baseURL, maxRetries: 0, timeout: 10_000 });
  }, 180_000);

  afterAll(async () => {
    await closeServer(server);
    await cleanupInstall?.();
  });

  beforeEach(() => {
    received.length = 0;
    handle = unanswered;
  });

  it('exports the task errors, the abort error and the model lists', () => {
    for (const name of ['TaskFailedError', 'TaskTimeoutError', 'APIUserAbortError', 'SDKError']) {
      expect(typeof sdk[name], name).toBe('function');
    }
    expect(new sdk.TaskFailedError('t', 'failed', {})).toBeInstanceOf(sdk.SDKError);
    expect(new sdk.TaskTimeoutError('t', 1, undefined)).toBeInstanceOf(sdk.SDKError);
    expect(sdk.createVideosModels).toEqual(expect.arrayContaining([VEO_MODEL, 'MiniMax-Hailuo-2.3', 'seedance-2.0']));
    expect(sdk.createVideoGenerationsModels).toEqual(expect.arrayContaining(['MiniMax-Hailuo-2.3', 'kling-v2-6']));
  });

  // -------------------------------------------------------------------------------------------------------------
  describe('create → wait → completed', () => {
    const TASK_ID = 'veo-task/42 α';
    const lifecycle = [
      videoTask(TASK_ID, 'queued', { progress: 0 }),
      videoTask(TASK_ID, 'in_progress', { progress: 50 }),
      videoTask(TASK_ID, 'completed', {
        progress: 100,
        completed_at: 1_760_000_100,
        amount_usd: 0.4,
        results: [{ url: 'https://cdn.example/v.mp4' }],
      }),
    ];
    const body = { model: VEO_MODEL, prompt: 'A paper boat drifting down a rainy street', duration: 4 };

    const creators: [string, (options: Record<string, unknown>) => Promise<unknown>][] = [
      ['client.videos.createAndWait (merged, routed by model)', (o) => client.videos.createAndWait(body, o)],
      ['createVideosByModelAndWait (standalone, merged)', (o) => sdk.createVideosByModelAndWait(client, body, o)],
      ['createVeoOpenAIVideoTaskAndWait (standalone, variant)', (o) => sdk.createVeoOpenAIVideoTaskAndWait(client, body, o)],
    ];

    for (const [label, createAndWait] of creators) {
      it(`${label}: POST /v1/videos, then GETs until completed; onProgress sees every state`, async () => {
        handle = taskServer({
          createPath: '/v1/videos',
          created: { id: TASK_ID, task_id: TASK_ID, object: 'video', model: VEO_MODEL, status: 'queued' },
          fetchPath: videosFetchPath,
          taskId: TASK_ID,
          polls: structuredClone(lifecycle),
        });
        const seen: [unknown, number][] = [];
        const result = await createAndWait({
          pollInterval: 20,
          waitTimeout: 5_000,
          onProgress: (task: unknown, poll: number) => seen.push([structuredClone(task), poll]),
        });

        expect(result).toStrictEqual(lifecycle[2]);
        expect(seen).toStrictEqual(lifecycle.map((task, index) => [task, index + 1]));
        expect(received.map(requestLine)).toEqual(['POST /v1/videos', `GET ${videosFetchPath(TASK_ID)}`, `GET ${videosFetchPath(TASK_ID)}`, `GET ${videosFetchPath(TASK_ID)}`]);
        expect(JSON.parse(received[0]!.body)).toStrictEqual(body);
        for (const entry of received) expect(entry.headers.authorization).toBe(`Bearer ${API_KEY}`);
        expect(received[1]!.body).toBe('');
      });
    }

    const waiters: [string, (taskId: string, options: Record<string, unknown>) => Promise<unknown>][] = [
      ['client.videos.waitFor (merged)', (id, o) => client.videos.waitFor(id, o)],
      ['waitForGetVideos (standalone, merged)', (id, o) => sdk.waitForGetVideos(client, id, o)],
      ['waitForGetVeoOpenAIVideoTaskStatus (standalone, variant)', (id, o) => sdk.waitForGetVeoOpenAIVideoTaskStatus(client, id, o)],
    ];

    for (const [label, waitFor] of waiters) {
      it(`${label}: only GETs, resolving with the completed task`, async () => {
        handle = taskServer({
          createPath: '/v1/videos',
          created: {},
          fetchPath: videosFetchPath,
          taskId: TASK_ID,
          polls: structuredClone(lifecycle),
        });
        const polls: number[] = [];
        const result = await waitFor(TASK_ID, { pollInterval: 20, onProgress: (_task: unknown, poll: number) => polls.push(poll) });
        expect(result).toStrictEqual(lifecycle[2]);
        expect(polls).toEqual([1, 2, 3]);
        expect(received.map(requestLine)).toEqual(Array(3).fill(`GET ${videosFetchPath(TASK_ID)}`));
      });
    }

    it('statuses without a spec enum compare case-insensitively (SUCCEEDED ends the wait)', async () => {
      handle = taskServer({
        createPath: '/v1/videos',
        created: {},
        fetchPath: videosFetchPath,
        taskId: 'task-upper',
        polls: [videoTask('task-upper', 'IN_PROGRESS'), videoTask('task-upper', 'SUCCEEDED')],
      });
      const result = await client.videos.waitFor('task-upper', { pollInterval: 20 });
      expect(result).toStrictEqual(videoTask('task-upper', 'SUCCEEDED'));
      expect(gets()).toHaveLength(2);
    });

    it('`terminal` overrides the statuses derived from the spec', async () => {
      handle = taskServer({
        createPath: '/v1/videos',
        created: {},
        fetchPath: videosFetchPath,
        taskId: 'task-custom',
        polls: [videoTask('task-custom', 'completed'), videoTask('task-custom', 'ready')],
      });
      const result = await client.videos.waitFor('task-custom', { pollInterval: 20, terminal: { success: ['ready'] } });
      expect(result).toStrictEqual(videoTask('task-custom', 'ready'));
      expect(gets()).toHaveLength(2);
    });

    it('MiniMax on POST /v1/video/generations: polls GET /v1/video/generations/{id} until `completed`', async () => {
      const id = 'mm-task-7';
      const polls = [
        { task_id: id, status: '' },
        { task_id: id, status: 'in_progress', progress: 30 },
        { task_id: id, status: 'completed', progress: 100, metadata: { url: 'https://cdn.example/mm.mp4' } },
      ];
      handle = taskServer({
        createPath: '/v1/video/generations',
        created: { id, task_id: id, object: 'video', model: 'MiniMax-Hailuo-2.3', status: '' },
        fetchPath: generationsFetchPath,
        taskId: id,
        polls: structuredClone(polls),
      });
      const body = { model: 'MiniMax-Hailuo-2.3', prompt: 'A lighthouse at dusk', size: '768p', duration: 6 };
      const result = await client.video.generations.createAndWait(body, { pollInterval: 20 });
      expect(result).toStrictEqual(polls[2]);
      expect(received.map(requestLine)).toEqual(['POST /v1/video/generations', ...Array(3).fill(`GET ${generationsFetchPath(id)}`)]);
      expect(JSON.parse(received[0]!.body)).toStrictEqual(body);
    });

    it('Midjourney: the task id is the submit response `result`; polls /mj/task/{id}/fetch until SUCCESS', async () => {
      const id = '1712345678901234';
      const polls = [
        { id, action: 'IMAGINE', status: 'SUBMITTED', progress: '0%' },
        { id, action: 'IMAGINE', status: 'IN_PROGRESS', progress: '40%' },
        { id, action: 'IMAGINE', status: 'SUCCESS', progress: '100%', imageUrl: 'https://cdn.example/mj.png' },
      ];
      handle = taskServer({
        createPath: '/mj/submit/imagine',
        created: { code: 1, description: 'Submit success', result: id },
        fetchPath: mjFetchPath,
        taskId: id,
        polls: structuredClone(polls),
      });
      const body = { model: 'mj_imagine', prompt: 'a red fox in snow --ar 16:9' };
      const seen: string[] = [];
      const result = await client.mj.submit.imagine.createAndWait(body, { pollInterval: 20, onProgress: (task: any) => seen.push(task.status) });
      expect(result).toStrictEqual(polls[2]);
      expect(seen).toEqual(['SUBMITTED', 'IN_PROGRESS', 'SUCCESS']);
      expect(received.map(requestLine)).toEqual(['POST /mj/submit/imagine', ...Array(3).fill(`GET ${mjFetchPath(id)}`)]);
      expect(JSON.parse(received[0]!.body)).toStrictEqual(body);
    });
  });

  // -------------------------------------------------------------------------------------------------------------
  describe('a failing task', () => {
    async function expectStopped(countAtFailure: number): Promise<void> {
      await sleep(100);
      expect(received, 'no request after the task failed').toHaveLength(countAtFailure);
    }

    it('POST /v1/videos task that fails: TaskFailedError with status, task id and the last body', async () => {
      const id = 'veo-fail-1';
      const failed = videoTask(id, 'failed', { error: { code: 'content_policy', message: 'prompt rejected' } });
      handle = taskServer({
        createPath: '/v1/videos',
        created: { task_id: id, status: 'queued' },
        fetchPath: videosFetchPath,
        taskId: id,
        polls: [videoTask(id, 'queued'), videoTask(id, 'in_progress'), structuredClone(failed)],
      });
      const error = await rejectionOf(client.videos.createAndWait({ model: VEO_MODEL, prompt: 'x' }, { pollInterval: 20 }));
      expect(error).toBeInstanceOf(sdk.TaskFailedError);
      expect(error).toBeInstanceOf(sdk.SDKError);
      expect(error.name).toBe('TaskFailedError');
      expect(error.status).toBe('failed');
      expect(error.taskId).toBe(id);
      expect(error.task).toStrictEqual(failed);
      expect(error.message).toContain(id);
      expect(error.message).toContain('failed');
      expect(received.map(requestLine)).toEqual(['POST /v1/videos', ...Array(3).fill(`GET ${videosFetchPath(id)}`)]);
      await expectStopped(4);
    });

    it('a failure status in another case (Cancelled) is still a failure where the spec has no enum', async () => {
      const id = 'veo-fail-upper';
      handle = taskServer({
        createPath: '/v1/videos',
        created: {},
        fetchPath: videosFetchPath,
        taskId: id,
        polls: [videoTask(id, 'Cancelled')],
      });
      const error = await rejectionOf(sdk.waitForGetVeoOpenAIVideoTaskStatus(client, id, { pollInterval: 20 }));
      expect(error).toBeInstanceOf(sdk.TaskFailedError);
      expect(error.status).toBe('Cancelled');
      expect(error.task).toStrictEqual(videoTask(id, 'Cancelled'));
    });

    it('Midjourney FAILURE: TaskFailedError with the fetch body', async () => {
      const id = '1719999999999999';
      const failure = { id, action: 'IMAGINE', status: 'FAILURE', progress: '0%', failReason: 'Banned prompt detected' };
      handle = taskServer({
        createPath: '/mj/submit/imagine',
        created: { code: 1, description: 'Submit success', result: id },
        fetchPath: mjFetchPath,
        taskId: id,
        polls: [{ id, status: 'SUBMITTED' }, structuredClone(failure)],
      });
      const error = await rejectionOf(client.mj.submit.imagine.createAndWait({ model: 'mj_imagine', prompt: 'x' }, { pollInterval: 20 }));
      expect(error).toBeInstanceOf(sdk.TaskFailedError);
      expect(error.status).toBe('FAILURE');
      expect(error.taskId).toBe(id);
      expect(error.task).toStrictEqual(failure);
      expect(received.map(requestLine)).toEqual(['POST /mj/submit/imagine', ...Array(2).fill(`GET ${mjFetchPath(id)}`)]);
      await expectStopped(3);
    });

    it('Midjourney CANCEL through client.mj.task.waitFor is a failure too', async () => {
      const id = 'mj-cancelled';
      handle = taskServer({ createPath: '/none', created: {}, fetchPath: mjFetchPath, taskId: id, polls: [{ id, status: 'CANCEL' }] });
      const error = await rejectionOf(client.mj.task.waitFor(id, { pollInterval: 20 }));
      expect(error).toBeInstanceOf(sdk.TaskFailedError);
      expect(error.status).toBe('CANCEL');
      expect(error.task).toStrictEqual({ id, status: 'CANCEL' });
    });

    it('MiniMax `failed` (spec enum) on /v1/video/generations: TaskFailedError', async () => {
      const id = 'mm-fail';
      handle = taskServer({
        createPath: '/v1/video/generations',
        created: { task_id: id, status: '' },
        fetchPath: generationsFetchPath,
        taskId: id,
        polls: [
          { task_id: id, status: 'in_progress' },
          { task_id: id, status: 'failed', progress: 0 },
        ],
      });
      const error = await rejectionOf(sdk.createVideoGenerationsAndWait(client, { model: 'MiniMax-Hailuo-02', prompt: 'x', size: '768p' }, { pollInterval: 20 }));
      expect(error).toBeInstanceOf(sdk.TaskFailedError);
      expect(error.status).toBe('failed');
      expect(error.taskId).toBe(id);
      expect(error.task).toStrictEqual({ task_id: id, status: 'failed', progress: 0 });
      await expectStopped(3);
    });
  });

  // -------------------------------------------------------------------------------------------------------------
  describe('aborting the wait', () => {
    it('abort during the sleep between polls: rejects at once with APIUserAbortError, no GET afterwards', async () => {
      const id = 'veo-abort';
      handle = taskServer({
        createPath: '/v1/videos',
        created: { task_id: id },
        fetchPath: videosFetchPath,
        taskId: id,
        polls: [videoTask(id, 'in_progress')],
      });
      const controller = new AbortController();
      const started = performance.now();
      const outcome = rejectionOf(client.videos.createAndWait({ model: VEO_MODEL, prompt: 'x' }, { pollInterval: 5_000, signal: controller.signal }));
      await waitUntil(() => gets().length >= 1, 'the first poll');
      await sleep(50);
      const abortedAt = performance.now();
      controller.abort();
      const error = await outcome;
      const settled = performance.now();

      expect(error).toBeInstanceOf(sdk.APIUserAbortError);
      expect(settled - abortedAt, 'ms from abort to rejection').toBeLessThan(1_000);
      // Well before the 5 s pause would have ended (the create and the first poll come first, on a busy machine slowly).
      expect(settled - started, 'ms from the call to rejection').toBeLessThan(4_000);
      const count = received.length;
      expect(received.map(requestLine)).toEqual(['POST /v1/videos', `GET ${videosFetchPath(id)}`]);
      await sleep(300);
      expect(received, 'requests after the abort').toHaveLength(count);
    });

    it('abort while a poll is in flight: rejects at once, nothing more is sent', async () => {
      const id = 'veo-abort-inflight';
      let stalled = 0;
      handle = (entry, res) => {
        if (entry.url === videosFetchPath(id) && gets().length >= 2) {
          stalled += 1;
          return; // never answered: the client has to give up
        }
        json(res, 200, videoTask(id, 'in_progress'));
      };
      const controller = new AbortController();
      const outcome = rejectionOf(client.videos.waitFor(id, { pollInterval: 20, signal: controller.signal }));
      await waitUntil(() => stalled === 1, 'the stalled poll');
      const abortedAt = performance.now();
      controller.abort();
      const error = await outcome;
      expect(error).toBeInstanceOf(sdk.APIUserAbortError);
      expect(performance.now() - abortedAt).toBeLessThan(1_000);
      await sleep(200);
      expect(gets()).toHaveLength(2);
    });

    it('an already aborted signal sends nothing at all', async () => {
      handle = (_entry, res) => json(res, 200, videoTask('x', 'in_progress'));
      const waitError = await rejectionOf(client.videos.waitFor('x', { signal: AbortSignal.abort() }));
      expect(waitError).toBeInstanceOf(sdk.APIUserAbortError);
      const createError = await rejectionOf(client.videos.createAndWait({ model: VEO_MODEL, prompt: 'x' }, { signal: AbortSignal.abort() }));
      expect(createError).toBeInstanceOf(sdk.APIUserAbortError);
      await sleep(50);
      expect(received).toHaveLength(0);
    });
  });

  // -------------------------------------------------------------------------------------------------------------
  describe('the poll schedule', () => {
    // On the wire, only what holds however busy the machine is: pauses never shorter than scheduled, the wait
    // ended at its deadline. The exact schedule (each pause, the cap, the cut last pause) is pinned on faked time
    // in test/templates/package/src/core/polling.test.ts.
    it('intervals start at pollInterval, grow by backoffFactor up to maxPollInterval, and stop at waitTimeout', async () => {
      // waitTimeout is 1000 ms (not less) so that the cap is visible: uncapped, the pauses would be
      // 30, 60, 120, 240, 480 ms; capped they are 30, 60, 120, 200, 200, 200 and a last one cut to the deadline.
      const id = 'veo-forever';
      const POLL = 30;
      const CAP = 200;
      const WAIT = 1_000;
      handle = taskServer({ createPath: '/none', created: {}, fetchPath: videosFetchPath, taskId: id, polls: [videoTask(id, 'in_progress')] });
      const progress: number[] = [];
      const started = performance.now();
      const error = await rejectionOf(
        client.videos.waitFor(id, {
          pollInterval: POLL,
          backoffFactor: 2,
          maxPollInterval: CAP,
          waitTimeout: WAIT,
          onProgress: (_task: unknown, poll: number) => progress.push(poll),
        }),
      );
      const settled = performance.now();
      const arrivals = gets().map((entry) => entry.at);
      const gaps = arrivals.slice(1).map((at, index) => at - arrivals[index]!);
      const where = `arrivals ${arrivals.map((at) => Math.round(at - started)).join(', ')} ms after the call; gaps ${gaps.map(Math.round).join(', ')}`;

      expect(error, where).toBeInstanceOf(sdk.TaskTimeoutError);
      expect(error).toBeInstanceOf(sdk.SDKError);
      expect(error.taskId).toBe(id);
      expect(error.waitedMs).toBe(WAIT);
      expect(error.task).toStrictEqual(videoTask(id, 'in_progress'));
      expect(progress).toEqual(arrivals.map((_at, index) => index + 1));

      // The schedule: polls at 0, 30, 90, 210, 410, 610, 810 ms; a starved run makes fewer, never more.
      expect(arrivals.length, where).toBeGreaterThanOrEqual(2);
      expect(arrivals.length, where).toBeLessThanOrEqual(7);

      // Each pause (but the last, which the deadline may cut) is at least what the schedule says: timers never fire
      // early, and the next GET can only arrive after the pause (2 ms slack for timer rounding).
      gaps.slice(0, -1).forEach((gap, index) => {
        expect(gap, `gap ${index + 1} ≥ its scheduled pause; ${where}`).toBeGreaterThanOrEqual(Math.min(POLL * 2 ** index, CAP) - 2);
      });
      expect(settled - started, 'rejected at the deadline').toBeGreaterThanOrEqual(WAIT - 5);
      // Polls go one at a time and the wait has ended: at most the one already on its way (sent before the deadline
      // and aborted by it) can still arrive, however late a busy machine delivers it; none is sent afterwards.
      const count = received.length;
      await sleep(300);
      expect(received.length - count, 'no poll after TaskTimeoutError').toBeLessThanOrEqual(1);
      const late = received.length;
      await sleep(300);
      expect(received, 'no poll after TaskTimeoutError (a poller still going would send one every 200 ms)').toHaveLength(late);
    });

    it('waitTimeout bounds the wait in all, also when a poll hangs past the deadline', async () => {
      // WaitOptions.waitTimeout: "Give up after this many milliseconds in all". A status request that hangs must
      // not keep the wait going long past the deadline (the client's own timeout is 10 s here).
      const id = 'veo-hang';
      handle = (entry, res) => {
        if (gets().length >= 2) {
          const timer = setTimeout(() => json(res, 200, videoTask(id, 'in_progress')), 3_000);
          res.on('close', () => clearTimeout(timer));
          return;
        }
        json(res, 200, videoTask(id, 'in_progress'));
      };
      const started = performance.now();
      const error = await rejectionOf(client.videos.waitFor(id, { pollInterval: 20, waitTimeout: 300 }));
      const elapsed = performance.now() - started;
      expect(error).toBeInstanceOf(sdk.TaskTimeoutError);
      expect(error.taskId).toBe(id);
      expect(elapsed, 'ms until the wait gave up').toBeLessThan(300 + 700);
    });
  });

  // -------------------------------------------------------------------------------------------------------------
  describe('models this SDK does not list', () => {
    const answer = { id: 'task-new', task_id: 'task-new', object: 'video', status: 'queued' };
    beforeEach(() => {
      handle = (_entry, res) => json(res, 200, answer);
    });

    const cases: [string, () => Promise<unknown>, string][] = [
      ['client.videos.create', () => client.videos.create({ model: sdk.unlisted('veo-9.0-preview'), prompt: 'x', seconds: 4 }), 'POST /v1/videos'],
      ['createVideosByModel (standalone)', () => sdk.createVideosByModel(client, { model: sdk.unlisted('veo-9.0-preview'), prompt: 'x', seconds: 4 }), 'POST /v1/videos'],
      ['client.video.generations.create', () => client.video.generations.create({ model: sdk.unlisted('hailuo-9'), prompt: 'x' }), 'POST /v1/video/generations'],
    ];

    for (const [label, call, endpoint] of cases) {
      it(`${label}: sent as it is, through the default variant; the server judges it`, async () => {
        expect(await call()).toStrictEqual(answer);
        expect(received.map(requestLine)).toEqual([endpoint]);
        const sent = JSON.parse(received[0]!.body);
        expect(sent.model).toMatch(/^(veo-9\.0-preview|hailuo-9)$/);
        expect(sent.prompt).toBe('x');
      });
    }

    it('inherited property names (toString, __proto__) and a missing model are not routes: sent as they are too', async () => {
      for (const body of [{ model: 'toString', prompt: 'x' }, { model: '__proto__', prompt: 'x' }, { prompt: 'x' }]) {
        received.length = 0;
        await sdk.createVideosByModel(client, body);
        expect(received.map(requestLine), JSON.stringify(body)).toEqual(['POST /v1/videos']);
        expect(JSON.parse(received[0]!.body), JSON.stringify(body)).toStrictEqual(body);
      }
    });

    it("a server's refusal of the model is an APIError named after the merged call (isAPIError)", async () => {
      handle = (_entry, res) => json(res, 400, { error: { message: 'unknown model' } });
      const error = await rejectionOf(client.videos.create({ model: sdk.unlisted('veo-9.0-preview'), prompt: 'x' }));
      expect(error).toBeInstanceOf(sdk.APIError);
      expect(error.operation).toBe('createVideosByModel');
      expect(sdk.isAPIError(error, 'createVideosByModel')).toBe(true);
    });
  });

  // -------------------------------------------------------------------------------------------------------------
  describe('merged creates put the right request on the wire', () => {
    const answer = { id: 'task-xyz', task_id: 'task-xyz', object: 'video', status: '', progress: 0, created_at: 1_760_000_000 };
    beforeEach(() => {
      handle = (_entry, res) => json(res, 200, answer);
    });

    it('a MiniMax model through client.videos.create: POST /v1/videos, body unchanged, resolves to the JSON', async () => {
      const body = {
        model: 'MiniMax-Hailuo-2.3',
        prompt: 'A hummingbird in slow motion',
        size: '1080p',
        duration: 6,
        metadata: { first_frame_image: 'https://example.com/f.png' },
      };
      const result = await client.videos.create(structuredClone(body));
      expect(result).toStrictEqual(answer);
      expect(received).toHaveLength(1);
      expect(requestLine(received[0]!)).toBe('POST /v1/videos');
      expect(received[0]!.headers['content-type']).toMatch(/^application\/json\b/);
      expect(received[0]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
      expect(JSON.parse(received[0]!.body)).toStrictEqual(body);
    });

    it('a MiniMax model through client.video.generations.create: POST /v1/video/generations', async () => {
      const body = { model: 'MiniMax-Hailuo-02', prompt: 'Waves on a pebble beach', size: '768p', duration: 10 };
      const result = await client.video.generations.create(structuredClone(body));
      expect(result).toStrictEqual(answer);
      expect(received.map(requestLine)).toEqual(['POST /v1/video/generations']);
      expect(JSON.parse(received[0]!.body)).toStrictEqual(body);
    });

    it('every model of POST /v1/videos is sent there with its body unchanged (client.videos.create)', async () => {
      const models = sdk.createVideosModels as string[];
      expect(models.length).toBeGreaterThan(10);
      for (const model of models) {
        received.length = 0;
        const body = { model, prompt: `prompt for ${model}` };
        expect(await client.videos.create(body), model).toStrictEqual(answer);
        expect(received.map(requestLine), model).toEqual(['POST /v1/videos']);
        expect(JSON.parse(received[0]!.body), model).toStrictEqual(body);
      }
    });

    it('every model of POST /v1/video/generations is sent there (createVideoGenerationsByModel)', async () => {
      const models = sdk.createVideoGenerationsModels as string[];
      for (const model of models) {
        received.length = 0;
        const body = { model, prompt: `prompt for ${model}` };
        expect(await sdk.createVideoGenerationsByModel(client, body), model).toStrictEqual(answer);
        expect(received.map(requestLine), model).toEqual(['POST /v1/video/generations']);
        expect(JSON.parse(received[0]!.body), model).toStrictEqual(body);
      }
    });
  });
});
