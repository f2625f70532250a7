/**
 * The generated SDK's runtime against a faulty server: the gateway SDK is built, packed and installed like a
 * published package, then driven against a `node:http` server on 127.0.0.1 that injects faults — rate limits,
 * 5xx, resets mid-response, slow answers, refused connections, SSE written in tiny chunks, binary bodies and
 * error bodies that echo the API key. No fetch is mocked: every request crosses a real socket.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect, promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sharedInstall } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';

const PACKAGE_DIR = fileURLToPath(new URL('../../generated/imarouter/', import.meta.url));
const TSC = fileURLToPath(new URL('../../node_modules/.bin/tsc', import.meta.url));
const API_KEY = 'sk-runtime-SECRET-9f8e7d6c5b4a';
const ENV_KEY = 'IMAROUTER_API_KEY';

// ---------------------------------------------------------------------------------------------------------------
// A scriptable server: each test sets `handle`; every request is recorded.
// ---------------------------------------------------------------------------------------------------------------

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
type Handler = (req: http.IncomingMessage, res: http.ServerResponse, received: Received, index: number) => void;

let handle: Handler = (_req, res) => {
  res.writeHead(500, { 'content-type': 'text/plain' });
  res.end('no handler set');
};
const received: Received[] = [];

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const entry: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks).toString('utf8') };
    received.push(entry);
    handle(req, res, entry, received.length - 1);
  });
});
server.on('connection', (socket) => socket.setNoDelay(true));

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Answers the requests in turn with the given handlers; the last one answers every request after that. */
function sequence(...handlers: Handler[]): Handler {
  return (req, res, entry, index) => handlers[Math.min(index, handlers.length - 1)]!(req, res, entry, index);
}

const ok: Handler = (_req, res) => json(res, 200, { ok: true });

/** Starts a 200 response with a long declared body, sends a little of it, then kills the socket. */
const resetMidResponse: Handler = (req, res) => {
  res.writeHead(200, { 'content-type': 'application/json', 'content-length': '1000' });
  res.write('{"partial":', () => setTimeout(() => req.socket.destroy(), 20));
};

/** Never answers within any timeout used here; lets go when the client does. */
const stall: Handler = (_req, res) => {
  const timer = setTimeout(() => json(res, 200, { late: true }), 20_000);
  res.on('close', () => clearTimeout(timer));
};

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// ---------------------------------------------------------------------------------------------------------------

let sdk: any;
let baseURL: string;
let consumerDir: string;
let cleanupInstall: (() => Promise<void>) | undefined;
/** Every error any test caught: the final test searches them all for the API key. */
const caughtErrors: unknown[] = [];

function client(options: Record<string, unknown> = {}): any {
  return new sdk.ImaRouter({ apiKey: API_KEY, baseURL, timeout: 5_000, initialRetryDelay: 5, maxRetryDelay: 20, ...options });
}

/** The rejection of a call that must fail (recorded for the key search). */
async function failure(promise: Promise<unknown>): Promise<any> {
  const outcome = await promise.then(
    (value) => ({ value }),
    (error: unknown) => ({ error }),
  );
  if (!('error' in outcome)) throw new Error(`expected a rejection, got ${inspect(outcome.value)}`);
  caughtErrors.push(outcome.error);
  return outcome.error;
}

/** Where in a value (its message, String(), JSON, inspection, own properties, causes, headers) a text appears. */
function findText(value: unknown, text: string): string[] {
  const found: string[] = [];
  const seen = new Set<unknown>();
  const visit = (item: unknown, where: string, depth: number): void => {
    if (depth > 8 || item === null || item === undefined) return;
    if (typeof item === 'string') {
      if (item.includes(text)) found.push(where);
      return;
    }
    if (typeof item !== 'object' && typeof item !== 'function') {
      if (String(item).includes(text)) found.push(where);
      return;
    }
    if (seen.has(item)) return;
    seen.add(item);
    if (item instanceof Headers) {
      item.forEach((headerValue, name) => visit(`${name}: ${headerValue}`, `${where}.headers[${name}]`, depth + 1));
      return;
    }
    for (const key of Reflect.ownKeys(item)) {
      let property: unknown;
      try {
        property = (item as Record<PropertyKey, unknown>)[key as string];
      } catch {
        continue;
      }
      visit(property, `${where}.${String(key)}`, depth + 1);
    }
  };
  const describe = (item: unknown, where: string) => {
    visit(item, where, 0);
    try {
      visit(String(item), `String(${where})`, 0);
    } catch {
      // Some values have no string form.
    }
    try {
      visit(JSON.stringify(item), `JSON(${where})`, 0);
    } catch {
      // Cycles.
    }
    visit(inspect(item, { depth: 10, showHidden: true }), `inspect(${where})`, 0);
  };
  describe(value, 'error');
  return found;
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  const reader = stream.getReader();
  for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) parts.push(chunk.value);
  return new Uint8Array(Buffer.concat(parts));
}

const CHAT_BODY = { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'Hello' }] };
const MUSIC_BODY = { model: 'sonic', prompt: 'Bright synth-pop' };

// Every scenario takes well under a second or two; a hang (a signal not honoured, a connection left open) fails fast.
describe('generated SDK runtime against a faulty server', { timeout: 10_000 }, () => {
  beforeAll(async () => {
    const installed = await sharedInstall(PACKAGE_DIR);
    cleanupInstall = installed.cleanup;
    consumerDir = installed.consumerDir;
    sdk = await installed.importPackage();
    baseURL = await listenOnLoopback(server);
  }, 180_000);

  afterAll(async () => {
    await closeServer(server);
    await cleanupInstall?.();
  });

  beforeEach(() => {
    received.length = 0;
    handle = ok;
  });

  describe('options', () => {
    it('a missing API key fails at construction, naming the option and the variable', () => {
      const saved = process.env[ENV_KEY];
      delete process.env[ENV_KEY];
      try {
        let error: any;
        try {
          new sdk.ImaRouter({ baseURL });
        } catch (caught) {
          error = caught;
        }
        expect(error).toBeInstanceOf(sdk.SDKError);
        expect(error.message).toContain('apiKey');
        expect(error.message).toContain(ENV_KEY);
      } finally {
        if (saved !== undefined) process.env[ENV_KEY] = saved;
      }
    });

    it('reads the API key and base URL from the environment', async () => {
      const saved = [process.env[ENV_KEY], process.env.IMAROUTER_BASE_URL];
      process.env[ENV_KEY] = `${API_KEY}-env`;
      process.env.IMAROUTER_BASE_URL = baseURL;
      try {
        await sdk.getUserBalanceByToken(new sdk.ImaRouter());
      } finally {
        if (saved[0] === undefined) delete process.env[ENV_KEY];
        else process.env[ENV_KEY] = saved[0];
        if (saved[1] === undefined) delete process.env.IMAROUTER_BASE_URL;
        else process.env.IMAROUTER_BASE_URL = saved[1];
      }
      expect(received).toHaveLength(1);
      expect(received[0]!.headers.authorization).toBe(`Bearer ${API_KEY}-env`);
    });

    it('sends default headers, per-call headers over them, and a custom fetch', async () => {
      const seen: string[] = [];
      const tracingFetch: typeof fetch = (input, init) => {
        seen.push(String(input));
        return fetch(input, init);
      };
      const c = client({ fetch: tracingFetch, defaultHeaders: { 'x-team': 'a', 'x-trace': 'default' } });
      await sdk.getUserBalanceByToken(c, { headers: { 'x-trace': 'call' } });
      expect(seen).toEqual([`${baseURL}/api/usage/token/user-balance`]);
      expect(received[0]!.headers['x-team']).toBe('a');
      expect(received[0]!.headers['x-trace']).toBe('call');
    });

    it('rejects header values with CR or LF before anything is sent', async () => {
      const error = await failure(sdk.getUserBalanceByToken(client(), { headers: { 'x-evil': 'a\r\nx-injected: 1' } }));
      expect(error).toBeInstanceOf(sdk.SDKError);
      expect(error.message).toContain('x-evil');
      expect(received).toHaveLength(0);
    });

    it('rejects invalid numeric options', () => {
      for (const options of [{ timeout: -1 }, { timeout: 0 }, { maxRetries: 1.5 }, { maxRetries: -1 }, { initialRetryDelay: Number.NaN }]) {
        expect(() => client(options), JSON.stringify(options)).toThrow(sdk.SDKError);
      }
    });

    it('never shows the API key when the client is printed or serialized', () => {
      const c = client();
      expect(JSON.stringify(c)).not.toContain(API_KEY);
      expect(inspect(c, { showHidden: true, depth: 10 })).not.toContain(API_KEY);
      expect(String(c)).not.toContain(API_KEY);
      expect(findText(c, API_KEY)).toEqual([]);
      expect(JSON.parse(JSON.stringify(c))).toEqual({ baseURL, timeout: 5_000, maxRetries: 2, streamIdleTimeout: 600_000, maxResponseBytes: 104_857_600 });
    });
  });

  describe('retries', () => {
    it('429 with Retry-After (seconds), then 200: waits as asked and succeeds', async () => {
      const times: number[] = [];
      handle = sequence(
        (_req, res) => {
          times.push(Date.now());
          json(res, 429, { error: 'slow down' }, { 'retry-after': '1' });
        },
        (_req, res) => {
          times.push(Date.now());
          json(res, 200, { ok: true });
        },
      );
      // Backoff alone would wait at most 20 ms: the second attempt a second later is the server's Retry-After.
      await expect(sdk.getUserBalanceByToken(client())).resolves.toEqual({ ok: true });
      expect(received).toHaveLength(2);
      expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(900);
    });

    it('429 with Retry-After as an HTTP date, then 200, also for a POST', async () => {
      const times: number[] = [];
      handle = sequence(
        (_req, res) => {
          times.push(Date.now());
          // Whole seconds only: the date is between 1 and 2 s ahead.
          json(res, 429, { code: 'rate_limited', message: 'wait' }, { 'retry-after': new Date(Date.now() + 2_000).toUTCString() });
        },
        (_req, res) => {
          times.push(Date.now());
          json(res, 200, { id: 'task_1' });
        },
      );
      await expect(sdk.createMusicGenerationTask(client(), MUSIC_BODY)).resolves.toEqual({ id: 'task_1' });
      expect(received.map((r) => r.method)).toEqual(['POST', 'POST']);
      expect(times[1]! - times[0]!).toBeGreaterThanOrEqual(900);
    });

    it('honours retry-after-ms', async () => {
      handle = sequence((_req, res) => json(res, 429, {}, { 'retry-after-ms': '30' }), ok);
      await expect(sdk.getUserBalanceByToken(client())).resolves.toEqual({ ok: true });
      expect(received).toHaveLength(2);
    });

    it('does not wait when the server asks for longer than a minute: the RateLimitError is thrown', async () => {
      handle = (_req, res) => json(res, 429, { error: 'come back tomorrow' }, { 'retry-after': '86400' });
      const error = await failure(sdk.getUserBalanceByToken(client()));
      expect(error).toBeInstanceOf(sdk.RateLimitError);
      expect(error.headers.get('retry-after')).toBe('86400');
      expect(error.rateLimit).toEqual({ retryAfterMs: 86_400_000, windows: {} });
      expect(received).toHaveLength(1);
    });

    it('a RateLimitError carries the rate-limit headers, parsed', async () => {
      handle = (_req, res) =>
        json(res, 429, {}, { 'retry-after': '120', 'x-ratelimit-limit-requests': '60', 'x-ratelimit-remaining-requests': '0', 'x-ratelimit-reset-requests': '2m0s' });
      const error = await failure(sdk.getUserBalanceByToken(client()));
      expect(error.rateLimit).toEqual({ limit: 60, remaining: 0, resetMs: 120_000, retryAfterMs: 120_000, windows: { requests: { limit: 60, remaining: 0, resetMs: 120_000 } } });
    });

    it('503, 503, 200: a GET is retried until it succeeds', async () => {
      handle = sequence(
        (_req, res) => json(res, 503, { error: 'busy' }),
        (_req, res) => json(res, 503, { error: 'busy' }),
        ok,
      );
      await expect(sdk.getUserBalanceByToken(client())).resolves.toEqual({ ok: true });
      expect(received).toHaveLength(3);
    });

    it('gives up after maxRetries (per call) with the last error', async () => {
      handle = sequence(
        (_req, res) => json(res, 502, { error: 'first' }),
        (_req, res) => json(res, 503, { error: 'second' }, { 'x-request-id': 'req_503' }),
        ok,
      );
      const error = await failure(sdk.getUserBalanceByToken(client(), { maxRetries: 1 }));
      expect(error).toBeInstanceOf(sdk.InternalServerError);
      expect(error.status).toBe(503);
      expect(error.body).toEqual({ error: 'second' });
      expect(error.requestId).toBe('req_503');
      expect(received).toHaveLength(2);
    });

    it('maxRetries: 0 on the client means one attempt', async () => {
      handle = (_req, res) => json(res, 500, { error: 'down' });
      await failure(sdk.getUserBalanceByToken(client({ maxRetries: 0 })));
      expect(received).toHaveLength(1);
    });

    it('a connection reset mid-response: a GET is retried and succeeds', async () => {
      handle = sequence(resetMidResponse, ok);
      await expect(sdk.getUserBalanceByToken(client())).resolves.toEqual({ ok: true });
      expect(received).toHaveLength(2);
    });

    it('a connection reset mid-response without retries is an APIConnectionError', async () => {
      handle = resetMidResponse;
      const error = await failure(sdk.getUserBalanceByToken(client({ maxRetries: 0 })));
      expect(error).toBeInstanceOf(sdk.APIConnectionError);
      expect(error).not.toBeInstanceOf(sdk.APIConnectionTimeoutError);
      expect(error.message).toContain('GET /api/usage/token/user-balance failed');
    });

    it('a POST reset mid-response is not retried: the server may have started the task', async () => {
      handle = sequence(resetMidResponse, ok);
      const error = await failure(sdk.createMusicGenerationTask(client(), MUSIC_BODY));
      expect(error).toBeInstanceOf(sdk.APIConnectionError);
      expect(received).toHaveLength(1);
    });

    it('a POST answered 500 is not retried by default', async () => {
      handle = sequence(
        (_req, res) => json(res, 500, { code: 500, message: 'task_id is empty' }),
        (_req, res) => json(res, 200, { id: 'second' }),
      );
      const error = await failure(sdk.createMusicGenerationTask(client(), MUSIC_BODY));
      expect(error).toBeInstanceOf(sdk.InternalServerError);
      expect(error.body).toEqual({ code: 500, message: 'task_id is empty' });
      expect(received).toHaveLength(1);
    });

    it('a POST answered 500 is retried when the caller opts in with retryNonIdempotent', async () => {
      handle = sequence(
        (_req, res) => json(res, 500, { code: 500, message: 'flaky' }),
        (_req, res) => json(res, 200, { id: 'second' }),
      );
      await expect(sdk.createMusicGenerationTask(client(), MUSIC_BODY, { retryNonIdempotent: true })).resolves.toEqual({ id: 'second' });
      expect(received).toHaveLength(2);
      expect(JSON.parse(received[1]!.body)).toEqual(MUSIC_BODY);
    });

    it('a POST whose connection was refused is retried (nothing reached a server)', async () => {
      // A port that was free a moment ago; the server only starts listening after the first attempt was refused.
      const probe = http.createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
      const port = (probe.address() as AddressInfo).port;
      await new Promise<void>((resolve) => probe.close(() => resolve()));

      const late = http.createServer((req, res) => {
        req.resume();
        req.on('end', () => json(res, 200, { id: 'after-refusal' }));
      });
      const attempts: string[] = [];
      const observingFetch: typeof fetch = async (input, init) => {
        try {
          const response = await fetch(input, init);
          attempts.push('answered');
          return response;
        } catch (error) {
          attempts.push('failed');
          if (!late.listening) await new Promise<void>((resolve) => late.listen(port, '127.0.0.1', () => resolve()));
          throw error;
        }
      };
      try {
        const c = client({ baseURL: `http://127.0.0.1:${port}`, fetch: observingFetch });
        await expect(sdk.createMusicGenerationTask(c, MUSIC_BODY)).resolves.toEqual({ id: 'after-refusal' });
        expect(attempts).toEqual(['failed', 'answered']);
      } finally {
        late.closeAllConnections();
        await new Promise<void>((resolve) => late.close(() => resolve()));
      }
    });

    it('a refused connection that stays refused ends in an APIConnectionError after the retries', async () => {
      const probe = http.createServer();
      await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', () => resolve()));
      const port = (probe.address() as AddressInfo).port;
      await new Promise<void>((resolve) => probe.close(() => resolve()));
      let attempts = 0;
      const countingFetch: typeof fetch = (input, init) => {
        attempts += 1;
        return fetch(input, init);
      };
      const error = await failure(sdk.createMusicGenerationTask(client({ baseURL: `http://127.0.0.1:${port}`, fetch: countingFetch }), MUSIC_BODY));
      expect(error).toBeInstanceOf(sdk.APIConnectionError);
      expect(error.message).toContain('ECONNREFUSED');
      expect(attempts).toBe(3);
    });
  });

  describe('timeouts and aborts', () => {
    it('a response slower than the timeout is an APIConnectionTimeoutError', async () => {
      handle = stall;
      const error = await failure(sdk.getUserBalanceByToken(client(), { timeout: 150, maxRetries: 0 }));
      expect(error).toBeInstanceOf(sdk.APIConnectionTimeoutError);
      expect(error).toBeInstanceOf(sdk.APIConnectionError);
      expect(error.message).toContain('timed out after 150 ms');
    });

    it('the timeout covers the body too: headers on time, body stalled', async () => {
      handle = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/json', 'content-length': '100' });
        res.write('{"a":');
      };
      const error = await failure(sdk.getUserBalanceByToken(client({ timeout: 150, maxRetries: 0 })));
      expect(error).toBeInstanceOf(sdk.APIConnectionTimeoutError);
    });

    it('a timed-out GET is retried, each attempt with the full timeout', async () => {
      handle = sequence(stall, ok);
      // A second per attempt: the retry must get its answer within it, even on a loaded machine.
      await expect(sdk.getUserBalanceByToken(client(), { timeout: 1_000 })).resolves.toEqual({ ok: true });
      expect(received).toHaveLength(2);
    });

    it('a timed-out POST is not retried', async () => {
      handle = sequence(stall, ok);
      const error = await failure(sdk.createMusicGenerationTask(client({ timeout: 150 }), MUSIC_BODY));
      expect(error).toBeInstanceOf(sdk.APIConnectionTimeoutError);
      expect(received).toHaveLength(1);
    });

    it('abort during a backoff sleep rejects at once with APIUserAbortError', async () => {
      // The server asks for 50 s; if the sleep ignored the signal this test would time out.
      const controller = new AbortController();
      handle = (_req, res) => {
        json(res, 503, { error: 'busy' }, { 'retry-after': '50' });
        setTimeout(() => controller.abort(), 50);
      };
      const error = await failure(sdk.getUserBalanceByToken(client(), { signal: controller.signal }));
      expect(error).toBeInstanceOf(sdk.APIUserAbortError);
      expect(error.message).toContain('while waiting to retry');
      expect(received).toHaveLength(1);
    });

    it('abort while the request is in flight rejects with APIUserAbortError and closes the connection', async () => {
      const controller = new AbortController();
      const closed = new Promise<void>((resolve) => {
        handle = (_req, res) => {
          res.on('close', () => resolve());
          setTimeout(() => controller.abort(), 20);
        };
      });
      const error = await failure(sdk.getUserBalanceByToken(client(), { signal: controller.signal }));
      expect(error).toBeInstanceOf(sdk.APIUserAbortError);
      await closed;
      expect(received).toHaveLength(1);
    });

    it('an already aborted signal sends nothing', async () => {
      const error = await failure(sdk.getUserBalanceByToken(client(), { signal: AbortSignal.abort() }));
      expect(error).toBeInstanceOf(sdk.APIUserAbortError);
      await sleep(20);
      expect(received).toHaveLength(0);
    });
  });

  describe('server-sent events', () => {
    // Comments, an `id`, named events, multi-line data, `data:` without a space, CRLF and lone CR line ends,
    // a field without a colon, unknown fields, non-ASCII text to split inside a character, then [DONE] and an
    // event after it that must never be seen.
    const SSE_PAYLOAD =
      ': keep-alive comment\n' +
      'retry: 1000\n' +
      '\n' +
      'id: 1\n' +
      'data: {"choices":[{"delta":{"content":"Héllo"}}]}\n' +
      '\n' +
      'event: ping\r\n' +
      'data:{"t":1}\r\n' +
      '\r\n' +
      'data: {"multi":\n' +
      ': a comment between data lines\n' +
      'data: "line"}\n' +
      'unknown: ignored\n' +
      'data\n' +
      '\n' +
      'id: 2\r' +
      'data: "text 🎵 ✓"\r' +
      '\r' +
      'data: [DONE]\n' +
      '\n' +
      'data: {"after":"done"}\n' +
      '\n';
    const EXPECTED_EVENTS = [
      { event: 'message', id: '1', data: { choices: [{ delta: { content: 'Héllo' } }] }, raw: '{"choices":[{"delta":{"content":"Héllo"}}]}' },
      { event: 'ping', id: '1', data: { t: 1 }, raw: '{"t":1}' },
      { event: 'message', id: '1', data: { multi: 'line' }, raw: '{"multi":\n"line"}\n' },
      { event: 'message', id: '2', data: 'text 🎵 ✓', raw: '"text 🎵 ✓"' },
    ];

    /** Writes the bytes in pieces of `size`, each a separate write with a pause, so reads split lines and characters. */
    function chunked(payload: string, size: number, onDone?: (res: http.ServerResponse) => void): Handler {
      return (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' });
        const bytes = Buffer.from(payload, 'utf8');
        let offset = 0;
        const next = () => {
          if (res.destroyed) return;
          if (offset >= bytes.length) return onDone ? onDone(res) : res.end();
          res.write(bytes.subarray(offset, offset + size));
          offset += size;
          setTimeout(next, 1);
        };
        next();
      };
    }

    async function collect(stream: { events(): AsyncIterable<any> }): Promise<any[]> {
      const events: any[] = [];
      for await (const event of stream.events()) events.push({ event: event.event, id: event.id, data: event.data, raw: event.raw });
      return events;
    }

    for (const size of [1, 2, 3, 5, 64]) {
      it(`a stream written in ${size}-byte chunks yields every event, stops at [DONE]`, async () => {
        handle = chunked(SSE_PAYLOAD, size);
        const stream = await sdk.createChatCompletions(client(), { ...CHAT_BODY, stream: true });
        expect(stream).toBeInstanceOf(sdk.Stream);
        expect(stream.response.status).toBe(200);
        expect(await collect(stream)).toStrictEqual(EXPECTED_EVENTS);
        expect(received).toHaveLength(1);
        expect(received[0]!.headers.accept).toBe('text/event-stream');
        expect(JSON.parse(received[0]!.body)).toEqual({ ...CHAT_BODY, stream: true });
      });
    }

    it('the same operation without stream: true resolves to the parsed JSON', async () => {
      handle = (_req, res) => json(res, 200, { id: 'chatcmpl-1', choices: [] });
      await expect(sdk.createChatCompletions(client(), CHAT_BODY)).resolves.toEqual({ id: 'chatcmpl-1', choices: [] });
      expect(received[0]!.headers.accept).toBe('application/json');
    });

    it('an event after the end of the stream without its blank line is incomplete and dropped', async () => {
      handle = chunked('data: {"n":1}\n\ndata: {"n":2}\n', 4);
      const stream = await sdk.createResponses(client(), { model: 'gpt-5.2', input: 'hi', stream: true });
      expect((await collect(stream)).map((event) => event.data)).toEqual([{ n: 1 }]);
    });

    it('an error event throws APIStreamError after the events before it', async () => {
      handle = chunked(
        'event: message_start\ndata: {"type":"message_start"}\n\nevent: error\ndata: {"type":"error","error":{"type":"overloaded_error","message":"Overloaded"}}\n\n',
        7,
      );
      const stream = await sdk.createMessages(client(), { model: 'claude-sonnet-4-6', max_tokens: 10, messages: [{ role: 'user', content: 'hi' }], stream: true });
      const seen: unknown[] = [];
      const error = await failure(
        (async () => {
          for await (const data of stream) seen.push(data);
        })(),
      );
      expect(seen).toEqual([{ type: 'message_start' }]);
      expect(error).toBeInstanceOf(sdk.APIStreamError);
      expect(error).toBeInstanceOf(sdk.SDKError);
      expect(error.event).toBe('error');
      expect(error.data).toEqual({ type: 'error', error: { type: 'overloaded_error', message: 'Overloaded' } });
    });

    it('an OpenAI-style error in the data (echoing the key) throws, redacted', async () => {
      handle = chunked(`data: {"choices":[]}\n\ndata: {"error":{"message":"key ${API_KEY} over quota"}}\n\n`, 16);
      const stream = await sdk.createChatCompletions(client(), { ...CHAT_BODY, stream: true });
      const error = await failure(collect(stream));
      expect(error).toBeInstanceOf(sdk.APIStreamError);
      expect(error.data).toEqual({ error: { message: 'key [REDACTED] over quota' } });
    });

    it('a broken connection mid-stream throws APIConnectionError', async () => {
      handle = chunked('data: {"n":1}\n\ndata: {"n":', 5, (res) => res.socket?.destroy());
      const stream = await sdk.createChatCompletions(client(), { ...CHAT_BODY, stream: true });
      const seen: unknown[] = [];
      const error = await failure(
        (async () => {
          for await (const data of stream) seen.push(data);
        })(),
      );
      expect(seen).toEqual([{ n: 1 }]);
      expect(error).toBeInstanceOf(sdk.APIConnectionError);
    });

    /** A server that sends an event every 10 ms until the client goes away; resolves `closed` when it does. */
    function endless(): { closed: Promise<{ endedByServer: boolean }> } {
      let resolveClosed!: (value: { endedByServer: boolean }) => void;
      const closed = new Promise<{ endedByServer: boolean }>((resolve) => (resolveClosed = resolve));
      handle = (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        let n = 0;
        const timer = setInterval(() => res.write(`data: {"n":${n++}}\n\n`), 10);
        res.on('close', () => {
          clearInterval(timer);
          resolveClosed({ endedByServer: res.writableEnded });
        });
      };
      return { closed };
    }

    it('breaking out of the loop closes the connection', async () => {
      const { closed } = endless();
      const stream = await sdk.createChatCompletions(client(), { ...CHAT_BODY, stream: true });
      const seen: unknown[] = [];
      for await (const data of stream) {
        seen.push(data);
        if (seen.length === 3) break;
      }
      expect(seen).toEqual([{ n: 0 }, { n: 1 }, { n: 2 }]);
      expect(await closed).toEqual({ endedByServer: false });
    });

    it('aborting the signal mid-stream throws APIUserAbortError and closes the connection', async () => {
      const { closed } = endless();
      const controller = new AbortController();
      const stream = await sdk.createChatCompletions(client(), { ...CHAT_BODY, stream: true }, { signal: controller.signal });
      const seen: unknown[] = [];
      const error = await failure(
        (async () => {
          for await (const data of stream) {
            seen.push(data);
            if (seen.length === 2) controller.abort();
          }
        })(),
      );
      expect(error).toBeInstanceOf(sdk.APIUserAbortError);
      expect(seen.length).toBeGreaterThanOrEqual(2);
      expect(await closed).toEqual({ endedByServer: false });
    });

    it('stream.abort() mid-loop ends the loop quietly and closes the connection', async () => {
      const { closed } = endless();
      const stream = await sdk.createChatCompletions(client(), { ...CHAT_BODY, stream: true });
      const seen: unknown[] = [];
      for await (const data of stream) {
        seen.push(data);
        if (seen.length === 2) stream.abort();
      }
      expect(seen).toEqual([{ n: 0 }, { n: 1 }]);
      expect(await closed).toEqual({ endedByServer: false });
    });

    it('the per-attempt timeout does not cut a stream that outlives it', async () => {
      handle = (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.write('data: {"n":1}\n\n');
        const timer = setTimeout(() => res.end('data: {"n":2}\n\n'), 900);
        res.on('close', () => clearTimeout(timer));
      };
      // The headers must come within the attempt's 500 ms (even on a loaded machine); the stream then lasts longer.
      const stream = await sdk.createChatCompletions(client({ timeout: 500 }), { ...CHAT_BODY, stream: true });
      expect((await collect(stream)).map((event) => event.data)).toEqual([{ n: 1 }, { n: 2 }]);
    });

    it('an HTTP error on a stream request rejects before any iteration, with the typed error', async () => {
      handle = (_req, res) => json(res, 401, { error: { message: 'bad key' } });
      const error = await failure(sdk.createChatCompletions(client(), { ...CHAT_BODY, stream: true }));
      expect(error).toBeInstanceOf(sdk.AuthenticationError);
      expect(error.body).toEqual({ error: { message: 'bad key' } });
    });

    it('a stream can be iterated only once', async () => {
      handle = chunked('data: 1\n\n', 64);
      const stream = await sdk.createChatCompletions(client(), { ...CHAT_BODY, stream: true });
      await collect(stream);
      expect(() => stream[Symbol.asyncIterator]()).toThrow(sdk.SDKError);
    });
  });

  describe('binary and raw access', () => {
    // Every byte value, then a deterministic pseudo-random tail: 64 KiB plus one, across many TCP chunks.
    const BYTES = new Uint8Array(65_537);
    let seed = 7;
    for (let i = 0; i < BYTES.length; i += 1) {
      seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31;
      BYTES[i] = i < 256 ? i : seed & 0xff;
    }
    const binary: Handler = (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/octet-stream', 'x-request-id': 'req_bin' });
      res.end(Buffer.from(BYTES));
    };

    it('a binary body comes back as a Blob, byte for byte', async () => {
      handle = binary;
      const blob = await sdk.fetchMidjourneyImage(client(), 'mj_1');
      expect(blob).toBeInstanceOf(Blob);
      expect(new Uint8Array(await blob.arrayBuffer())).toEqual(BYTES);
      expect(received[0]!.url).toBe('/mj/image/mj_1');
    });

    it('asResponse gives the unread Response: the body as a ReadableStream, byte for byte', async () => {
      handle = binary;
      const response = await client().asResponse(sdk.fetchMidjourneyImage, 'mj_2');
      expect(response).toBeInstanceOf(Response);
      expect(response.bodyUsed).toBe(false);
      expect(response.headers.get('content-type')).toBe('application/octet-stream');
      expect(await readAll(response.body)).toEqual(BYTES);
    });

    it('asResponse still throws typed errors and retries', async () => {
      handle = sequence(
        (_req, res) => json(res, 503, {}),
        (_req, res) => json(res, 404, { error: 'no such image' }),
      );
      const error = await failure(client().asResponse(sdk.fetchMidjourneyImage, 'gone'));
      expect(error).toBeInstanceOf(sdk.NotFoundError);
      expect(received).toHaveLength(2);
    });

    it('withResponse gives the parsed data with the response status and headers', async () => {
      handle = (_req, res) => json(res, 200, { success: true }, { 'x-request-id': 'req_42' });
      const { data, response } = await client().withResponse(sdk.getUserBalanceByToken);
      expect(data).toEqual({ success: true });
      expect(response.status).toBe(200);
      expect(response.headers.get('x-request-id')).toBe('req_42');
    });

    it('every call is a promise with .withResponse(): data, response, request id, rate limits', async () => {
      handle = (_req, res) => json(res, 200, { success: true }, { 'x-request-id': 'req_7', 'x-ratelimit-limit': '100', 'x-ratelimit-remaining': '99' });
      const call = sdk.getUserBalanceByToken(client());
      expect(call).toBeInstanceOf(Promise);
      expect(call).toBeInstanceOf(sdk.APIPromise);
      const { data, response, requestId, rateLimit } = await call.withResponse();
      expect(data).toEqual({ success: true });
      expect(response.status).toBe(200);
      expect(requestId).toBe('req_7');
      expect(rateLimit).toEqual({ limit: 100, remaining: 99, windows: { default: { limit: 100, remaining: 99 } } });
      expect(received).toHaveLength(1);
    });

    it('an awaited result has the request id, outside its data', async () => {
      handle = (_req, res) => json(res, 200, { success: true }, { 'x-request-id': 'req_8' });
      const data = await sdk.getUserBalanceByToken(client());
      expect(data._request_id).toBe('req_8');
      expect(JSON.stringify(data)).toBe('{"success":true}');
      expect({ ...data }).toStrictEqual({ success: true });
    });

    it('.asResponse() on a call streams the body unread; errors and retries as for any call', async () => {
      handle = binary;
      const response = await sdk.fetchMidjourneyImage(client(), 'mj_3').asResponse();
      expect(response.bodyUsed).toBe(false);
      expect(await readAll(response.body)).toEqual(BYTES);
      received.length = 0;
      handle = sequence(
        (_req, res) => json(res, 503, {}),
        (_req, res) => json(res, 404, { error: 'no such image' }),
      );
      const error = await failure(sdk.fetchMidjourneyImage(client(), 'gone').asResponse());
      expect(error).toBeInstanceOf(sdk.NotFoundError);
      expect(received).toHaveLength(2);
    });

    it('a merged call is an APIPromise too, also for a model the SDK does not list (sent as it is)', async () => {
      handle = (_req, res) => json(res, 200, { id: 'task_1', status: 'queued' }, { 'x-request-id': 'req_9' });
      const { data, requestId } = await client().videos.create({ model: 'veo-3.0-generate-001', prompt: 'a cat' }).withResponse();
      expect(data).toMatchObject({ id: 'task_1' });
      expect(requestId).toBe('req_9');
      const unknown = client().videos.create({ model: sdk.unlisted('no-such-model'), prompt: 'x' });
      expect(unknown).toBeInstanceOf(sdk.APIPromise);
      expect(await unknown).toMatchObject({ id: 'task_1' });
      expect(received).toHaveLength(2);
      expect(JSON.parse(received[1]!.body)).toStrictEqual({ model: 'no-such-model', prompt: 'x' });
    });

    it('withResponse of a stream gives the Stream and its response', async () => {
      handle = (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end('data: {"n":1}\n\n');
      };
      const { data, response } = await client().withResponse(sdk.createChatCompletions, { ...CHAT_BODY, stream: true });
      expect(data).toBeInstanceOf(sdk.Stream);
      expect(response.headers.get('content-type')).toBe('text/event-stream');
      const events: unknown[] = [];
      for await (const chunk of data) events.push(chunk);
      expect(events).toEqual([{ n: 1 }]);
    });
  });

  describe('typed errors', () => {
    it('a TaskErrorResponse body becomes a BadRequestError for that operation', async () => {
      const body = { code: 'invalid_request', message: 'text_to_video requires one text content item', data: null };
      handle = (_req, res) => json(res, 400, body, { 'x-request-id': 'req_400' });
      const error = await failure(sdk.createMusicGenerationTask(client(), MUSIC_BODY));
      expect(error).toBeInstanceOf(sdk.BadRequestError);
      expect(error).toBeInstanceOf(sdk.APIError);
      expect(error).toBeInstanceOf(sdk.SDKError);
      expect(error.name).toBe('BadRequestError');
      expect(error.status).toBe(400);
      expect(error.body).toStrictEqual(body);
      expect(error.requestId).toBe('req_400');
      expect(error.operation).toBe('createMusicGenerationTask');
      expect(sdk.isAPIError(error, 'createMusicGenerationTask')).toBe(true);
      expect(sdk.isAPIError(error, 'fetchMusicGenerationTask')).toBe(false);
      expect(error.message).toContain('POST /v1/music/generations failed with status 400');
      expect(received).toHaveLength(1);
    });

    it('an ErrorResponse body that echoes the API key becomes an AuthenticationError, the key redacted everywhere', async () => {
      handle = (req, res) =>
        json(
          res,
          401,
          { error: { message: `Invalid API key: ${API_KEY}`, type: 'invalid_request_error', received: req.headers.authorization } },
          { 'www-authenticate': `Bearer realm="api", error="invalid_token", token="${API_KEY}"` },
        );
      const error = await failure(sdk.fetchMusicGenerationTask(client(), 'task_1'));
      expect(error).toBeInstanceOf(sdk.AuthenticationError);
      expect(error.status).toBe(401);
      expect(error.body).toStrictEqual({ error: { message: 'Invalid API key: [REDACTED]', type: 'invalid_request_error', received: 'Bearer [REDACTED]' } });
      expect(error.headers.get('www-authenticate')).toBe('Bearer realm="api", error="invalid_token", token="[REDACTED]"');
      expect(sdk.isAPIError(error, 'fetchMusicGenerationTask')).toBe(true);
    });

    it('each status has its class', async () => {
      const classes: [number, string][] = [
        [400, 'BadRequestError'],
        [401, 'AuthenticationError'],
        [403, 'PermissionDeniedError'],
        [404, 'NotFoundError'],
        [409, 'ConflictError'],
        [422, 'UnprocessableEntityError'],
        [429, 'RateLimitError'],
        [500, 'InternalServerError'],
        [502, 'InternalServerError'],
        [599, 'InternalServerError'],
        [418, 'APIError'],
      ];
      for (const [status, className] of classes) {
        handle = (_req, res) => json(res, status, { error: `status ${status}` });
        const error = await failure(sdk.getUserBalanceByToken(client({ maxRetries: 0 })));
        expect(error.constructor, `status ${status}`).toBe(sdk[className]);
        expect(error.name).toBe(className);
        expect(error.status).toBe(status);
        expect(error.body).toEqual({ error: `status ${status}` });
      }
    });

    it('an error body that is not JSON is kept as text', async () => {
      handle = (_req, res) => {
        res.writeHead(502, { 'content-type': 'text/html' });
        res.end(`<html>Bad gateway for ${API_KEY}</html>`);
      };
      const error = await failure(sdk.getUserBalanceByToken(client({ maxRetries: 0 })));
      expect(error).toBeInstanceOf(sdk.InternalServerError);
      expect(error.body).toBe('<html>Bad gateway for [REDACTED]</html>');
    });

    it('the published types: error bodies by operation, stream overloads, raw access, options', { timeout: 90_000 }, async () => {
      const source = `
import {
  ImaRouter, isAPIError, createChatCompletions, createMusicGenerationTask, fetchMidjourneyImage, getUserBalanceByToken,
  APIError, APIPromise, NotFoundError, RateLimitError, Stream,
  type ErrorResponse, type TaskErrorResponse, type ServerSentEvent, type Operations, type WithResponse, type WithRequestID,
  type RateLimit, type ChatCompletionChunk,
} from '@imarouter/sdk';

type Equal<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;
const expectType = <T extends true>(): void => undefined;

export async function check(client: ImaRouter, caught: unknown): Promise<void> {
  if (isAPIError(caught, 'createMusicGenerationTask')) {
    expectType<Equal<typeof caught.body, TaskErrorResponse | ErrorResponse>>();
    expectType<Equal<typeof caught.status, number>>();
    // @ts-expect-error the declared error bodies are objects, not text
    const text: string = caught.body;
    void text;
  }
  if (isAPIError(caught, 'getUserBalanceByToken')) expectType<Equal<typeof caught.body, ErrorResponse>>();
  if (caught instanceof NotFoundError) expectType<Equal<typeof caught.status, number>>();
  if (caught instanceof APIError) expectType<Equal<typeof caught.requestId, string | undefined>>();
  // @ts-expect-error not an operation of this API
  isAPIError(caught, 'noSuchOperation');

  const body: Operations['createChatCompletions']['body'] = { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'hi' }] };
  const stream = await createChatCompletions(client, { ...body, stream: true });
  expectType<Equal<typeof stream, WithRequestID<Stream<ChatCompletionChunk>>>>();
  for await (const chunk of stream) expectType<Equal<typeof chunk, ChatCompletionChunk>>();
  for await (const event of stream.events()) expectType<Equal<typeof event, ServerSentEvent<ChatCompletionChunk>>>();
  const completion = await createChatCompletions(client, { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'hi' }] });
  expectType<Equal<typeof completion, WithRequestID<Operations['createChatCompletions']['response']>>>();
  expectType<Equal<typeof completion._request_id, string | undefined>>();
  const plain: Operations['createChatCompletions']['response'] = completion;
  void plain;
  // A body whose stream flag is only known to be a boolean may give either.
  const undecided = await createChatCompletions(client, body);
  expectType<Equal<typeof undecided, WithRequestID<Operations['createChatCompletions']['response'] | Stream<ChatCompletionChunk>>>>();
  const explicit = await createChatCompletions(client, { ...body, stream: false });
  expectType<Equal<typeof explicit, WithRequestID<Operations['createChatCompletions']['response']>>>();
  const either = await createChatCompletions(client, { ...body, stream: Math.random() > 0.5 });
  expectType<Equal<typeof either, WithRequestID<Operations['createChatCompletions']['response'] | Stream<ChatCompletionChunk>>>>();
  const call = client.chat.completions.create(body);
  expectType<Equal<typeof call, APIPromise<Operations['createChatCompletions']['response'] | Stream<ChatCompletionChunk>>>>();
  const withMeta = await createChatCompletions(client, { ...body, stream: false }).withResponse();
  expectType<Equal<typeof withMeta.data, WithRequestID<Operations['createChatCompletions']['response']>>>();
  expectType<Equal<typeof withMeta.requestId, string | undefined>>();
  expectType<Equal<typeof withMeta.rateLimit, RateLimit | undefined>>();
  const download = await fetchMidjourneyImage(client, 'x').asResponse();
  expectType<Equal<typeof download, Response>>();
  if (caught instanceof RateLimitError) expectType<Equal<typeof caught.rateLimit, RateLimit | undefined>>();

  const image = await fetchMidjourneyImage(client, 'x');
  expectType<Equal<typeof image, WithRequestID<Blob>>>();
  const raw = await client.asResponse(fetchMidjourneyImage, 'x');
  expectType<Equal<typeof raw, Response>>();
  const withResponse = await client.withResponse(getUserBalanceByToken);
  expectType<Equal<typeof withResponse, WithResponse<WithRequestID<Operations['getUserBalanceByToken']['response']>>>>();
  const task = await client.withResponse(createMusicGenerationTask, { model: 'sonic', prompt: 'x' }, { retryNonIdempotent: true });
  expectType<Equal<typeof task.data, WithRequestID<Operations['createMusicGenerationTask']['response']>>>();
  // @ts-expect-error the request is checked through withResponse
  await client.withResponse(createMusicGenerationTask, { model: 'not-a-model', prompt: 'x' });

  await getUserBalanceByToken(client, { signal: AbortSignal.timeout(5), timeout: 1000, maxRetries: 0, headers: { 'x-a': 'b' }, retryNonIdempotent: false });
  // @ts-expect-error unknown per-call option
  await getUserBalanceByToken(client, { retries: 3 });
  new ImaRouter({ apiKey: 'k', baseURL: 'http://localhost', timeout: 1, maxRetries: 0, initialRetryDelay: 1, maxRetryDelay: 2, fetch, defaultHeaders: { a: 'b' } });
}
`;
      await fs.writeFile(path.join(consumerDir, 'type-check.ts'), source);
      await fs.writeFile(
        path.join(consumerDir, 'tsconfig.json'),
        JSON.stringify({
          compilerOptions: {
            target: 'ES2022',
            lib: ['ES2022', 'DOM'],
            module: 'NodeNext',
            moduleResolution: 'NodeNext',
            strict: true,
            noEmit: true,
            types: [],
            skipLibCheck: false,
          },
          files: ['type-check.ts'],
        }),
      );
      const result = await promisify(execFile)(TSC, ['-p', 'tsconfig.json'], { cwd: consumerDir }).then(
        () => ({ ok: true, output: '' }),
        (error: { stdout?: string; stderr?: string }) => ({ ok: false, output: `${error.stdout ?? ''}${error.stderr ?? ''}` }),
      );
      expect(result.output).toBe('');
      expect(result.ok).toBe(true);
    });
  });

  describe('the API key', () => {
    it('the search finds the key where it is (so a clean result means something)', () => {
      const leaky = new Error('boom', { cause: { detail: `token ${API_KEY}` } });
      expect(findText(leaky, API_KEY).length).toBeGreaterThan(0);
      expect(findText({ headers: new Headers({ authorization: `Bearer ${API_KEY}` }) }, API_KEY).length).toBeGreaterThan(0);
    });

    it('appears in no message, String(), JSON, inspection or property of any error caught above', () => {
      const kinds = new Set(caughtErrors.map((error) => (error as Error).name));
      // Every kind of error the runtime throws went through the search.
      for (const name of [
        'SDKError',
        'BadRequestError',
        'AuthenticationError',
        'RateLimitError',
        'InternalServerError',
        'NotFoundError',
        'APIError',
        'APIConnectionError',
        'APIConnectionTimeoutError',
        'APIUserAbortError',
        'APIStreamError',
      ]) {
        expect(kinds, `caught a ${name}`).toContain(name);
      }
      const leaks = caughtErrors.flatMap((error) => findText(error, API_KEY).map((where) => `${(error as Error).name}: ${where}`));
      expect(leaks).toEqual([]);
    });
  });
});
