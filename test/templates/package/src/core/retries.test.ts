/** Which failures are tried again, after how long, and the sleep between attempts. */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { readFileSync } from 'node:fs';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { APIConnectionError, APIConnectionTimeoutError, APIError, APIUserAbortError, SDKError } from '../../../../../generated/imarouter/src/core/errors.ts';
import { isConnectionRefused, isIdempotent, MAX_RETRY_AFTER_MS, retryDelay, shouldRetry, sleep } from '../../../../../generated/imarouter/src/core/retries.ts';

const status = (code: number, headers: Record<string, string> = {}) => APIError.of(code, undefined, new Headers(headers), 'POST', '/v1/x');
const refused = () => new APIConnectionError('fetch failed', { cause: Object.assign(new Error('connect'), { code: 'ECONNREFUSED' }) });

describe('isIdempotent', () => {
  it.each([
    ['GET', true],
    ['get', true],
    ['HEAD', true],
    ['PUT', true],
    ['DELETE', true],
    ['OPTIONS', true],
    ['TRACE', true],
    ['QUERY', true],
    ['query', true],
    ['POST', false],
    ['PATCH', false],
    ['LINK', false],
  ])('%s → %s', (method, want) => expect(isIdempotent(method)).toBe(want));

  it("is what the package README's retry table says", () => {
    const readme = readFileSync(new URL('../../../../../templates/package/README.md.hbs', import.meta.url), 'utf8');
    const header = /^\| failure \| ([^|]+) \| ([^|]+) \|$/m.exec(readme);
    expect(header, 'the retry table of README.md.hbs').not.toBeNull();
    const idempotent = header![1]!.split(', ');
    for (const method of idempotent) expect(isIdempotent(method), method).toBe(true);
    for (const method of ['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'QUERY']) expect(idempotent).toContain(method);
    for (const method of header![2]!.split(', ').filter((item) => /^[A-Z]+$/.test(item))) expect(isIdempotent(method), method).toBe(false);
  });
});

describe('shouldRetry', () => {
  const cases: { name: string; error: unknown; retryAll: boolean; want: boolean }[] = [
    { name: '429, idempotent', error: status(429), retryAll: true, want: true },
    { name: '429, not idempotent (the server did not act)', error: status(429), retryAll: false, want: true },
    { name: '408, idempotent', error: status(408), retryAll: true, want: true },
    { name: '408, not idempotent', error: status(408), retryAll: false, want: false },
    { name: '500, idempotent', error: status(500), retryAll: true, want: true },
    { name: '503, idempotent', error: status(503), retryAll: true, want: true },
    { name: '500, not idempotent (a paid task may have started)', error: status(500), retryAll: false, want: false },
    { name: '499, idempotent', error: status(499), retryAll: true, want: false },
    { name: '400', error: status(400), retryAll: true, want: false },
    { name: '404', error: status(404), retryAll: true, want: false },
    { name: 'timeout, idempotent', error: new APIConnectionTimeoutError('t'), retryAll: true, want: true },
    { name: 'timeout, not idempotent', error: new APIConnectionTimeoutError('t'), retryAll: false, want: false },
    { name: 'connection error, idempotent', error: new APIConnectionError('reset'), retryAll: true, want: true },
    { name: 'connection reset, not idempotent', error: new APIConnectionError('reset'), retryAll: false, want: false },
    { name: 'connection refused, not idempotent', error: refused(), retryAll: false, want: true },
    { name: 'user abort', error: new APIUserAbortError('stop'), retryAll: true, want: false },
    { name: 'other SDK error', error: new SDKError('bad'), retryAll: true, want: false },
    { name: 'not an error', error: 'boom', retryAll: true, want: false },
  ];
  it.each(cases)('$name → $want', ({ error, retryAll, want }) => expect(shouldRetry(error, retryAll)).toBe(want));
});

describe('isConnectionRefused', () => {
  const withCode = (code: string) => Object.assign(new Error('x'), { code });
  const cases: { name: string; given: unknown; want: boolean }[] = [
    { name: 'Node: code in the cause', given: new TypeError('fetch failed', { cause: withCode('ECONNREFUSED') }), want: true },
    { name: 'Bun: ConnectionRefused', given: withCode('ConnectionRefused'), want: true },
    { name: 'Deno: only the message', given: new Error('error sending request: Connection refused (os error 111)'), want: true },
    {
      name: 'every address of an AggregateError refused',
      given: new Error('x', { cause: new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNREFUSED')]) }),
      want: true,
    },
    {
      name: 'one address of an AggregateError reset',
      given: new AggregateError([withCode('ECONNREFUSED'), withCode('ECONNRESET')]),
      want: false,
    },
    { name: 'empty AggregateError', given: new AggregateError([]), want: false },
    { name: 'reset', given: new TypeError('fetch failed', { cause: withCode('ECONNRESET') }), want: false },
    { name: 'null', given: null, want: false },
    { name: 'a string', given: 'ECONNREFUSED', want: false },
  ];
  it.each(cases)('$name → $want', ({ given, want }) => expect(isConnectionRefused(given)).toBe(want));

  it('gives up on a cause chain deeper than 8', () => {
    let error: unknown = Object.assign(new Error('x'), { code: 'ECONNREFUSED' });
    for (let i = 0; i < 10; i++) error = new Error('wrap', { cause: error });
    expect(isConnectionRefused(error)).toBe(false);
  });
});

describe('retryDelay', () => {
  afterEach(() => vi.restoreAllMocks());
  const settings = { initialRetryDelay: 500, maxRetryDelay: 8000 };

  const backoff: { retry: number; random: number; want: number }[] = [
    { retry: 0, random: 0, want: 500 },
    { retry: 1, random: 0, want: 1000 },
    { retry: 3, random: 0, want: 4000 },
    { retry: 4, random: 0, want: 8000 },
    { retry: 10, random: 0, want: 8000 },
    { retry: 0, random: 1, want: 375 },
    { retry: 2, random: 0.5, want: 1750 },
  ];
  it.each(backoff)('backoff: retry $retry, jitter $random → $want ms', ({ retry, random, want }) => {
    vi.spyOn(Math, 'random').mockReturnValue(random);
    expect(retryDelay(retry, undefined, settings)).toBe(want);
  });

  const asked: { name: string; headers: Record<string, string>; want: number | undefined }[] = [
    { name: 'retry-after-ms', headers: { 'retry-after-ms': '250' }, want: 250 },
    { name: 'Retry-After seconds', headers: { 'retry-after': '3' }, want: 3000 },
    { name: 'Retry-After 0', headers: { 'retry-after': '0' }, want: 0 },
    { name: 'exactly the longest wait', headers: { 'retry-after': String(MAX_RETRY_AFTER_MS / 1000) }, want: MAX_RETRY_AFTER_MS },
    { name: 'longer than the longest wait: give up', headers: { 'retry-after': '61' }, want: undefined },
    { name: 'unreadable: backoff', headers: { 'retry-after': 'soon' }, want: 500 },
  ];
  it.each(asked)('server asks: $name → $want', ({ headers, want }) => {
    vi.spyOn(Math, 'random').mockReturnValue(0);
    expect(retryDelay(0, new Headers(headers), settings)).toBe(want);
  });
});

describe('sleep', () => {
  it('resolves after the time', async () => {
    const started = Date.now();
    await sleep(20);
    expect(Date.now() - started).toBeGreaterThanOrEqual(15);
  });

  it('rejects with the reason at once when the signal already aborted', async () => {
    const controller = new AbortController();
    const reason = new Error('stop');
    controller.abort(reason);
    await expect(sleep(10_000, controller.signal)).rejects.toBe(reason);
  });

  it('rejects as soon as the signal aborts, long before the time', async () => {
    const controller = new AbortController();
    const started = Date.now();
    setTimeout(() => controller.abort(new Error('stop')), 10);
    await expect(sleep(10_000, controller.signal)).rejects.toThrow('stop');
    expect(Date.now() - started).toBeLessThan(5000);
  });
});
