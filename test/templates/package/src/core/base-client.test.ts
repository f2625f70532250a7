/**
 * The client's transport (templates/package/src/core/base-client.ts.hbs): the template's variants, option checks,
 * the request it composes, and the retry loop — fast, against a node:http server on 127.0.0.1 (no fetch is mocked).
 */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { renderTemplate } from '../../../../../generator/emit/templates.ts';
import { BaseClient } from '../../../../../generated/imarouter/src/core/base-client.ts';
import { APIConnectionError, APIConnectionTimeoutError, AuthenticationError, InternalServerError, SDKError } from '../../../../../generated/imarouter/src/core/errors.ts';

const KEY = 'sk-base-SECRET-123';

interface Seen {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: string;
}
type Reply = (res: http.ServerResponse, index: number) => void;

let seen: Seen[] = [];
let reply: Reply = (res) => res.end();
let server: http.Server;
let baseURL = '';

beforeAll(async () => {
  server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (chunk) => (body += chunk));
    req.on('end', () => {
      seen.push({ method: req.method!, url: req.url!, headers: req.headers, body });
      reply(res, seen.length - 1);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseURL = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));
beforeEach(() => {
  seen = [];
  reply = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
});

const client = (options: ConstructorParameters<typeof BaseClient>[0] = {}) => new BaseClient({ apiKey: KEY, baseURL, initialRetryDelay: 1, maxRetryDelay: 2, ...options });

describe('the template', () => {
  const context = {
    clientName: 'Pets',
    envPrefix: 'PETS',
    packageName: 'pets-sdk',
    defaultBaseURL: 'https://pets.example',
    securitySchemes: { ApiKey: { kind: 'apiKey', in: 'header', name: 'x-api-key' } },
  };
  const cases: { name: string; hasSecurity: boolean; contains: string[]; lacks: string[] }[] = [
    {
      name: 'with security: an API key, read from the environment, required',
      hasSecurity: true,
      contains: ["readEnv('PETS_API_KEY')", 'readonly #apiKey: string;', 'new Redactor(apiKey)', '"name":"x-api-key"'],
      lacks: ['new Redactor(undefined)', 'void alternatives'],
    },
    {
      name: 'without security: no key at all',
      hasSecurity: false,
      contains: ['new Redactor(undefined)', 'void alternatives, headers, query, cookies, SECURITY_SCHEMES;'],
      lacks: ['options.apiKey', '#apiKey', 'PETS_API_KEY'],
    },
  ];
  it.each(cases)('$name', ({ hasSecurity, contains, lacks }) => {
    const text = renderTemplate('src/core/base-client.ts.hbs', { ...context, hasSecurity });
    for (const part of contains) expect(text).toContain(part);
    for (const part of lacks) expect(text).not.toContain(part);
    expect(text).toContain('const PACKAGE_NAME = "pets-sdk";');
    expect(text).toContain(`readEnv('PETS_BASE_URL') ?? "https://pets.example"`);
  });

  it('spec text cannot break out of the comment or the string it lands in', () => {
    const text = renderTemplate('src/core/base-client.ts.hbs', {
      ...context,
      hasSecurity: false,
      defaultBaseURL: "https://x/*/ */'; evil()",
    });
    expect(text).toContain("then https://x/\\*\\/ *\\/'; evil(). */");
    expect(text).toContain(`?? "https://x/*/ */'; evil()").replace(`);
  });
});

describe('options', () => {
  const invalid: { name: string; options: Record<string, unknown>; want: string }[] = [
    { name: 'negative timeout', options: { timeout: -1 }, want: 'Option `timeout` must be a positive number, got -1' },
    { name: 'zero timeout', options: { timeout: 0 }, want: 'Option `timeout` must be a positive number, got 0' },
    { name: 'NaN timeout', options: { timeout: NaN }, want: 'Option `timeout` must be a positive number, got NaN' },
    { name: 'fractional maxRetries', options: { maxRetries: 1.5 }, want: 'Option `maxRetries` must be a non-negative integer, got 1.5' },
    { name: 'negative maxRetries', options: { maxRetries: -1 }, want: 'Option `maxRetries` must be a non-negative integer, got -1' },
    { name: 'infinite retry delay', options: { maxRetryDelay: Infinity }, want: 'Option `maxRetryDelay` must be a non-negative finite number, got Infinity' },
    { name: 'zero stall timeout', options: { streamIdleTimeout: 0 }, want: 'Option `streamIdleTimeout` must be a positive number, got 0' },
  ];
  it.each(invalid)('refuses $name', ({ options, want }) => {
    expect(() => new BaseClient({ apiKey: KEY, ...options })).toThrow(want);
  });

  const valid: { name: string; options: Record<string, unknown>; want: Record<string, unknown> }[] = [
    { name: 'defaults', options: {}, want: { baseURL: 'https://api.imarouter.com', timeout: 600_000, maxRetries: 2, streamIdleTimeout: 600_000 } },
    { name: 'no retries, no timeout', options: { maxRetries: 0, timeout: Infinity }, want: { maxRetries: 0, timeout: Infinity } },
    { name: 'trailing slashes dropped', options: { baseURL: 'http://h/api//' }, want: { baseURL: 'http://h/api' } },
  ];
  it.each(valid)('accepts $name', ({ options, want }) => {
    expect(new BaseClient({ apiKey: KEY, ...options }).toJSON()).toMatchObject(want);
  });

  it('reads the key and base URL from the environment, trimmed, when not given', () => {
    const saved = { key: process.env.IMAROUTER_API_KEY, url: process.env.IMAROUTER_BASE_URL };
    const restore = (name: string, value: string | undefined) => (value === undefined ? delete process.env[name] : (process.env[name] = value));
    try {
      process.env.IMAROUTER_API_KEY = ' sk-env ';
      process.env.IMAROUTER_BASE_URL = 'http://env.example/';
      expect(new BaseClient().baseURL).toBe('http://env.example');
      delete process.env.IMAROUTER_API_KEY;
      expect(() => new BaseClient()).toThrow('Missing API key: pass `apiKey` to new ImaRouter({ apiKey })');
      process.env.IMAROUTER_API_KEY = '   ';
      expect(() => new BaseClient()).toThrow(SDKError);
    } finally {
      restore('IMAROUTER_API_KEY', saved.key);
      restore('IMAROUTER_BASE_URL', saved.url);
    }
  });

  it('never shows the key when printed or serialized', () => {
    const text = JSON.stringify(client()) + String(Object.keys(client()));
    expect(text).not.toContain(KEY);
  });
});

describe('the request', () => {
  it('carries credentials, accept, user-agent, path, query, cookies and body', async () => {
    await client({ defaultHeaders: { 'x-team': 'a' } }).request({
      method: 'post',
      path: '/v1/items/{id}',
      pathParams: { id: 'a/b' },
      query: { limit: 5, skip: undefined },
      cookies: { session: 's 1' },
      headers: { 'x-call': 1 },
      body: { name: 'n' },
    });
    const [request] = seen;
    expect(request).toMatchObject({ method: 'POST', url: '/v1/items/a%2Fb?limit=5', body: '{"name":"n"}' });
    expect(request!.headers).toMatchObject({
      authorization: `Bearer ${KEY}`,
      accept: 'application/json, */*;q=0.8',
      'content-type': 'application/json',
      cookie: 'session=s%201',
      'x-team': 'a',
      'x-call': '1',
    });
    expect(request!.headers['user-agent']).toMatch(/^@imarouter\/sdk\/\d+\.\d+\.\d+/);
  });

  const accepts: { name: string; request: Record<string, unknown>; want: string }[] = [
    { name: 'a stream', request: { stream: true }, want: 'text/event-stream' },
    { name: 'declared JSON', request: { responseType: 'json' }, want: 'application/json' },
    { name: 'a blob', request: { responseType: 'blob' }, want: '*/*' },
  ];
  it.each(accepts)('accept for $name: $want', async ({ request, want }) => {
    reply = (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('x');
    await client()
      .request({ method: 'GET', path: '/', ...request })
      .asResponse()
      .then((response) => response.body?.cancel());
    expect(seen[0]!.headers.accept).toBe(want);
  });

  it('per-call headers win over the call and the client, a User-Agent included', async () => {
    await client({ defaultHeaders: { 'x-a': 'client' } }).request(
      { method: 'GET', path: '/', headers: { 'x-a': 'call' } },
      { headers: { 'x-a': 'options', 'user-agent': 'mine/1' } },
    );
    expect(seen[0]!.headers).toMatchObject({ 'x-a': 'options', 'user-agent': 'mine/1' });
  });

  it('no security alternative: no credential', async () => {
    await client().request({ method: 'GET', path: '/', security: [] });
    expect(seen[0]!.headers.authorization).toBeUndefined();
  });

  it('extraQuery joins the query; extraBody merges into the body', async () => {
    await client().request({ method: 'POST', path: '/', query: { a: 1 }, body: { b: 1 } }, { extraQuery: { c: 2 }, extraBody: { d: 2 } });
    expect(seen[0]).toMatchObject({ url: '/?a=1&c=2', body: '{"b":1,"d":2}' });
  });

  it.each(['GET', 'HEAD'])('extraBody on %s is refused before anything is sent', async (method) => {
    await expect(client().request({ method, path: '/x' }, { extraBody: { a: 1 } })).rejects.toThrow(`${method} /x sends no body, so \`extraBody\` has nowhere to go`);
    expect(seen).toEqual([]);
  });
});

describe('retries', () => {
  const cases: { name: string; method: string; statuses: number[]; options?: Record<string, unknown>; wantAttempts: number; wantError?: Function }[] = [
    { name: 'GET 503 then 200', method: 'GET', statuses: [503, 200], wantAttempts: 2 },
    { name: 'GET 503 always: 1 + maxRetries', method: 'GET', statuses: [503], wantAttempts: 3, wantError: InternalServerError },
    { name: 'POST 503: once (a paid task may have started)', method: 'POST', statuses: [503], wantAttempts: 1, wantError: InternalServerError },
    { name: 'POST 503 with retryNonIdempotent', method: 'POST', statuses: [503, 200], options: { retryNonIdempotent: true }, wantAttempts: 2 },
    { name: 'POST 429 then 200', method: 'POST', statuses: [429, 200], wantAttempts: 2 },
    { name: 'GET 401: not retried', method: 'GET', statuses: [401], wantAttempts: 1, wantError: AuthenticationError },
    { name: 'maxRetries 0 per call', method: 'GET', statuses: [503], options: { maxRetries: 0 }, wantAttempts: 1, wantError: InternalServerError },
  ];
  it.each(cases)('$name', async ({ method, statuses, options, wantAttempts, wantError }) => {
    reply = (res, index) => {
      const status = statuses[Math.min(index, statuses.length - 1)]!;
      res.writeHead(status, { 'content-type': 'application/json' }).end(status === 200 ? '{"ok":true}' : `{"error":"${KEY}"}`);
    };
    const call = client().request({ method, path: '/r' }, options);
    if (wantError) {
      const error = await call.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(wantError);
      expect((error as Error).message).not.toContain(KEY);
      expect((error as Error).message).toContain('[REDACTED]');
    } else {
      expect(await call).toEqual({ ok: true });
    }
    expect(seen.length).toBe(wantAttempts);
  });

  it('a Retry-After longer than a minute is not waited for', async () => {
    reply = (res) => res.writeHead(429, { 'retry-after': '120' }).end();
    await expect(client().request({ method: 'GET', path: '/' })).rejects.toThrow('failed with status 429');
    expect(seen.length).toBe(1);
  });

  it('an attempt that takes too long is a timeout, retried for GET', async () => {
    // A second of time per attempt: the first never gets its answer in time, the second gets it at once (even on a loaded machine).
    reply = (res, index) => (index === 0 ? setTimeout(() => res.end('{}'), 5000) : res.writeHead(200).end('{"ok":1}'));
    expect(await client({ timeout: 1000 }).request({ method: 'GET', path: '/' })).toEqual({ ok: 1 });
    expect(seen.length).toBe(2);
  });

  it('a timeout of a POST is thrown as APIConnectionTimeoutError', async () => {
    reply = (res) => setTimeout(() => res.end('{}'), 500);
    const error = await client({ timeout: 50 })
      .request({ method: 'POST', path: '/' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toBe('POST / timed out after 50 ms');
  });

  it('a refused connection is an APIConnectionError saying why', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await client({ baseURL: `http://127.0.0.1:${port}`, maxRetries: 0 })
      .request({ method: 'GET', path: '/' })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/^GET \/ failed: .*ECONNREFUSED/);
  });
});
