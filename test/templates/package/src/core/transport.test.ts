/**
 * The transport (templates/package/src/core/transport.ts): the request it composes (headers in their order of
 * precedence, the credential by security scheme, query, cookies, body), and its attempts (retries, timeouts) —
 * against a node:http server on 127.0.0.1 (no fetch is mocked).
 */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { describe, expect, it } from 'vitest';
import { recordingServer } from '../../../../helpers/recording-server.ts';
import {
  APIConnectionError,
  APIConnectionTimeoutError,
  AuthenticationError,
  InternalServerError,
  ResponseTooLargeError,
  SDKError,
  UnexpectedContentTypeError,
} from '../../../../../generated/imarouter/src/core/errors.ts';
import type { OperationRequest, RequestOptions } from '../../../../../generated/imarouter/src/core/http.ts';
import { Redactor } from '../../../../../generated/imarouter/src/core/redact.ts';
import { headerName, numberOption, Transport, type TransportSettings } from '../../../../../generated/imarouter/src/core/transport.ts';

const KEY = 'sk-transport-SECRET-123';

const server = recordingServer();
/** Another origin (another port), where a redirect of the API's may point. */
const elsewhere = recordingServer();

/** One credential option sent as every scheme given (what a client of an API with one key has). */
const oneKey = (schemes: TransportSettings['securitySchemes'], value: string | undefined): TransportSettings['credentials'] => [
  { option: 'apiKey', env: 'TEST_API_KEY', schemes: Object.keys(schemes), value },
];

const transport = (settings: Partial<TransportSettings> = {}) => {
  const securitySchemes = settings.securitySchemes ?? { Bearer: { kind: 'bearer' } };
  const credentials = settings.credentials ?? oneKey(securitySchemes, KEY);
  return new Transport({
    baseURL: server.baseURL,
    timeout: 600_000,
    maxRetries: 2,
    streamIdleTimeout: 600_000,
    retry: { initialRetryDelay: 1, maxRetryDelay: 2 },
    fetch: (input, init) => fetch(input, init),
    redactor: new Redactor(credentials.map((credential) => credential.value)),
    defaultHeaders: {},
    maxResponseBytes: 1024,
    followRedirects: true,
    ...settings,
    credentials,
    securitySchemes,
  });
};

const send = (request: OperationRequest, options?: RequestOptions, settings?: Partial<TransportSettings>) => transport(settings).send(request, options);

describe('headerName', () => {
  const cases: { given: string; want: string }[] = [
    { given: 'X-Api-Key', want: 'x-api-key' },
    { given: 'accept', want: 'accept' },
    { given: "x_!#$%&'*+.^`|~9", want: "x_!#$%&'*+.^`|~9" },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(headerName(given)).toBe(want));
  it.each(['x y', 'x:y', '', 'x\r\ny', 'é'])('refuses %j', (given) => expect(() => headerName(given)).toThrow(SDKError));
});

describe('numberOption', () => {
  const cases: { given: number; rules: Parameters<typeof numberOption>[2]; want: string | number }[] = [
    { given: 0, rules: {}, want: 0 },
    { given: 0, rules: { positive: true }, want: 'must be a positive number, got 0' },
    { given: Infinity, rules: { positive: true }, want: Infinity },
    { given: Infinity, rules: { finite: true }, want: 'must be a non-negative finite number, got Infinity' },
    { given: 1.5, rules: { integer: true }, want: 'must be a non-negative integer, got 1.5' },
    { given: NaN, rules: {}, want: 'got NaN' },
  ];
  it.each(cases)('$given with $rules', ({ given, rules, want }) => {
    if (typeof want === 'number') expect(numberOption('x', given, rules)).toBe(want);
    else expect(() => numberOption('x', given, rules)).toThrow(want);
  });
});

describe('the credential', () => {
  const schemes: TransportSettings['securitySchemes'] = {
    Bearer: { kind: 'bearer' },
    Basic: { kind: 'basic' },
    HeaderKey: { kind: 'apiKey', in: 'header', name: 'X-Api-Key' },
    QueryKey: { kind: 'apiKey', in: 'query', name: 'key' },
    CookieKey: { kind: 'apiKey', in: 'cookie', name: 'sid' },
  };
  const cases: { name: string; security?: string[][]; credential?: string; want: { url?: string; headers?: Record<string, string | undefined> } }[] = [
    { name: 'none named: the first scheme', want: { url: '/p', headers: { authorization: `Bearer ${KEY}` } } },
    { name: 'bearer', security: [['Bearer']], want: { headers: { authorization: `Bearer ${KEY}` } } },
    { name: 'basic', security: [['Basic']], want: { headers: { authorization: `Basic ${btoa(KEY)}` } } },
    { name: 'an API key header', security: [['HeaderKey']], want: { headers: { 'x-api-key': KEY, authorization: undefined } } },
    { name: "an API key in the query, after the call's", security: [['QueryKey']], want: { url: `/p?a=1&key=${KEY}` } },
    { name: "an API key cookie, after the call's", security: [['CookieKey']], want: { headers: { cookie: `c=1; sid=${KEY}` } } },
    { name: 'the first alternative the client knows', security: [['Unknown'], ['HeaderKey']], want: { headers: { 'x-api-key': KEY } } },
    { name: 'every scheme of an alternative', security: [['HeaderKey', 'QueryKey']], want: { url: `/p?a=1&key=${KEY}`, headers: { 'x-api-key': KEY } } },
    { name: 'no security', security: [], want: { url: '/p?a=1', headers: { authorization: undefined, cookie: 'c=1' } } },
    { name: 'no known alternative', security: [['Unknown']], want: { headers: { authorization: undefined } } },
    { name: 'a name only Object.prototype has is not known', security: [['toString'], ['HeaderKey']], want: { headers: { 'x-api-key': KEY, authorization: undefined } } },
  ];
  it.each(cases)('$name', async ({ security, want }) => {
    await send({ method: 'GET', path: '/p', ...(security && { security }), ...(want.url !== '/p' && { query: { a: 1 } }), cookies: { c: 1 } }, {}, { securitySchemes: schemes });
    if (want.url) expect(server.seen[0]!.url).toBe(want.url);
    for (const [name, value] of Object.entries(want.headers ?? {})) expect(server.seen[0]!.headers[name]).toBe(value);
  });

  it('a request whose scheme has no credential fails before it is sent, naming the option', async () => {
    const seen = server.seen.length;
    const credentials = oneKey({ Bearer: { kind: 'bearer' } }, undefined);
    await expect(send({ method: 'GET', path: '/', security: [['Bearer']], operation: 'getThing' }, {}, { credentials })).rejects.toThrow(
      new SDKError('getThing needs the `apiKey` option (or the TEST_API_KEY environment variable): this client was made without it.'),
    );
    expect(server.seen.length).toBe(seen);
  });
});

describe('several credentials', () => {
  const ADMIN = 'sk-admin-SECRET-789';
  const securitySchemes: TransportSettings['securitySchemes'] = {
    Bearer: { kind: 'bearer' },
    AdminKey: { kind: 'apiKey', in: 'header', name: 'X-Admin-Key' },
  };
  const credentials = (user: string | undefined, admin: string | undefined): TransportSettings['credentials'] => [
    { option: 'apiKey', env: 'TEST_API_KEY', schemes: ['Bearer'], value: user },
    { option: 'adminKey', env: 'TEST_ADMIN_KEY', schemes: ['AdminKey'], value: admin },
  ];
  const cases: { name: string; security?: string[][]; user?: string; admin?: string; want: { authorization?: string; admin?: string } | string }[] = [
    { name: 'each scheme sends its own credential', security: [['Bearer']], user: KEY, admin: ADMIN, want: { authorization: `Bearer ${KEY}` } },
    { name: 'the admin scheme sends the admin key only', security: [['AdminKey']], user: KEY, admin: ADMIN, want: { admin: ADMIN } },
    { name: 'the first alternative with a credential', security: [['AdminKey'], ['Bearer']], user: KEY, want: { authorization: `Bearer ${KEY}` } },
    { name: 'none named: the first credential given', user: KEY, admin: ADMIN, want: { authorization: `Bearer ${KEY}` } },
    { name: 'none named, only the admin key: it', admin: ADMIN, want: { admin: ADMIN } },
    { name: 'optional security without the credential: none', security: [['AdminKey'], []], user: KEY, want: {} },
    {
      name: 'a required credential not given: refused',
      security: [['AdminKey']],
      user: KEY,
      want: 'listKeys needs the `adminKey` option (or the TEST_ADMIN_KEY environment variable): this client was made without it.',
    },
  ];
  it.each(cases)('$name', async ({ security, user, admin, want }) => {
    const settings = { securitySchemes, credentials: credentials(user, admin) };
    const request = { method: 'GET', path: '/keys', operation: 'listKeys', ...(security && { security }) };
    if (typeof want === 'string') return void (await expect(send(request, {}, settings)).rejects.toThrow(new SDKError(want)));
    await send(request, {}, settings);
    expect(server.seen[0]!.headers.authorization).toBe(want.authorization);
    expect(server.seen[0]!.headers['x-admin-key']).toBe(want.admin);
  });

  it('an error body echoing either key is redacted', async () => {
    server.reply = (res) => res.writeHead(401, { 'content-type': 'text/plain', 'x-echo': ADMIN }).end(`bad keys ${KEY} and ${ADMIN}`);
    const error = await send({ method: 'GET', path: '/keys', security: [['AdminKey']] }, {}, { securitySchemes, credentials: credentials(KEY, ADMIN) }).catch((caught) => caught);
    expect(error).toBeInstanceOf(AuthenticationError);
    const shown = `${error.message} ${JSON.stringify(error.body)} ${[...error.headers.values()].join(' ')}`;
    expect(shown).not.toContain(KEY);
    expect(shown).not.toContain(ADMIN);
    expect(shown).toContain('[REDACTED]');
  });
});

describe('a redirect to another origin carries no credential', () => {
  const schemes: TransportSettings['securitySchemes'] = {
    Bearer: { kind: 'bearer' },
    Basic: { kind: 'basic' },
    HeaderKey: { kind: 'apiKey', in: 'header', name: 'X-API-Key' },
    QueryKey: { kind: 'apiKey', in: 'query', name: 'api_key' },
    CookieKey: { kind: 'apiKey', in: 'cookie', name: 'sid' },
  };
  /** The API redirects with `status` to the other origin, keeping the query (as many servers do). */
  const redirectAway = (status: number) => {
    server.reply = (res) => res.writeHead(status, { location: `${elsewhere.baseURL}/landed${server.seen.at(-1)!.url.replace(/^[^?]*/, '')}` }).end();
  };
  const cases = [302, 307].flatMap((status) => [...Object.keys(schemes).map((name) => ({ status, security: [[name]] })), { status, security: [Object.keys(schemes)] }]);
  it.each(cases)('$status, security $security', async ({ status, security }) => {
    redirectAway(status);
    await send({ method: 'POST', path: '/p', security, query: { a: 1 }, cookies: { c: 1 }, body: { b: 1 } }, { headers: { 'x-echo': `key=${KEY}` } }, { securitySchemes: schemes });
    // The API got every credential it was to get; the other origin none, in any form.
    const sent = JSON.stringify(server.seen[0]);
    for (const name of security[0]!) expect(sent).toContain(name === 'Basic' ? btoa(KEY) : KEY);
    expect(elsewhere.seen.length).toBe(1);
    expect(elsewhere.seen[0]!.url).toBe('/landed?a=1');
    expect(elsewhere.seen[0]!.headers.cookie).toBeUndefined();
    for (const form of [KEY, btoa(KEY), encodeURIComponent(KEY)]) expect(JSON.stringify(elsewhere.seen[0])).not.toContain(form);
  });

  it('a redirect on the same origin keeps them', async () => {
    server.reply = (res, index) => (index === 0 ? res.writeHead(307, { location: '/moved' }).end() : res.writeHead(200).end('{}'));
    await send({ method: 'GET', path: '/p', security: [['HeaderKey', 'CookieKey']] }, {}, { securitySchemes: schemes });
    expect(server.seen[1]).toMatchObject({ url: '/moved', headers: { 'x-api-key': KEY, cookie: `sid=${KEY}` } });
  });

  it('without following redirects (browsers) the request goes to fetch as it is', async () => {
    const inits: RequestInit[] = [];
    await send({ method: 'GET', path: '/p' }, {}, { followRedirects: false, fetch: (input, init) => (inits.push(init!), fetch(input, init)) });
    expect(inits[0]!.redirect).toBeUndefined();
  });
});

describe('the request', () => {
  it("headers: the client's, the credential, the call's, the body's content type, then the options'", async () => {
    await send(
      { method: 'post', path: '/', headers: { 'X-Call': 'call', Authorization: 'call', 'x-skip': undefined }, body: { a: 1 }, contentType: 'application/merge-patch+json' },
      { headers: { 'X-Option': 'option', 'x-call': 'option' } },
      { defaultHeaders: { 'x-default': 'default', authorization: 'default', 'x-call': 'default' } },
    );
    expect(server.seen[0]).toMatchObject({ method: 'POST', body: '{"a":1}' });
    expect(server.seen[0]!.headers).toMatchObject({
      'x-default': 'default',
      authorization: 'call',
      'x-call': 'option',
      'x-option': 'option',
      'content-type': 'application/merge-patch+json',
      accept: 'application/json, */*;q=0.8',
    });
    expect(server.seen[0]!.headers['x-skip']).toBeUndefined();
  });

  it("one call's headers never reach the next (calls start from a shared template)", async () => {
    const shared = transport({ defaultHeaders: { 'x-default': 'd' } });
    await shared.send({ method: 'POST', path: '/', headers: { 'x-call': '1' }, body: { a: 1 }, responseType: 'json' }, { headers: { 'x-option': '1', accept: 'text/csv' } });
    await shared.send({ method: 'GET', path: '/', responseType: 'json' });
    await shared.send({ method: 'GET', path: '/', responseType: 'blob' });
    await shared.send({ method: 'GET', path: '/', security: [] });
    expect(
      server.seen.map(({ headers }) => [headers['x-default'], headers['x-call'], headers['x-option'], headers['content-type'], headers.accept, headers.authorization]),
    ).toEqual([
      ['d', '1', '1', 'application/json', 'text/csv', `Bearer ${KEY}`],
      ['d', undefined, undefined, undefined, 'application/json', `Bearer ${KEY}`],
      ['d', undefined, undefined, undefined, '*/*', `Bearer ${KEY}`],
      ['d', undefined, undefined, undefined, 'application/json, */*;q=0.8', undefined],
    ]);
  });

  it("a client's default accept stands", async () => {
    await send({ method: 'GET', path: '/', responseType: 'json' }, {}, { defaultHeaders: { accept: 'application/vnd.api+json' } });
    expect(server.seen[0]!.headers.accept).toBe('application/vnd.api+json');
  });

  it('an accept of the call stands', async () => {
    await send({ method: 'GET', path: '/', headers: { Accept: 'text/csv' } });
    expect(server.seen[0]!.headers.accept).toBe('text/csv');
  });

  const badHeaders: Record<string, string>[] = [{ 'x bad': '1' }, { 'x-bad': 'a\r\nx-injected: 1' }];
  it.each(badHeaders)('a bad header %j is refused before anything is sent', async (headers) => {
    await expect(send({ method: 'GET', path: '/' }, { headers })).rejects.toThrow(SDKError);
    expect(server.seen).toEqual([]);
  });

  const jsonReplies: { name: string; status: number; body: string; want: unknown }[] = [
    { name: 'a JSON body', status: 200, body: '{"a":[1]}', want: { a: [1] } },
    { name: 'an empty body', status: 200, body: '', want: undefined },
    { name: '204 No Content', status: 204, body: '', want: undefined },
  ];
  it.each(jsonReplies)('a declared JSON response: $name', async ({ status, body, want }) => {
    server.reply = (res) => res.writeHead(status, { 'content-type': 'application/json' }).end(body);
    expect((await send({ method: 'GET', path: '/', responseType: 'json' })).data).toEqual(want);
  });

  it('a declared JSON response that is not JSON fails with its start, the key redacted, and is not retried', async () => {
    server.reply = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(`<html>${KEY}`);
    await expect(send({ method: 'GET', path: '/', responseType: 'json' })).rejects.toThrow('The server sent a response that is not valid JSON: <html>[REDACTED]');
    expect(server.seen.length).toBe(1);
  });

  it('the same request goes again on a retry', async () => {
    server.reply = (res, index) => res.writeHead(index === 0 ? 503 : 200, { 'content-type': 'application/json' }).end('{"ok":true}');
    await send({ method: 'PUT', path: '/{id}', pathParams: { id: 'a b' }, query: { q: 1 }, body: { a: 1 } });
    expect(server.seen.map(({ method, url, body, headers }) => [method, url, body, headers['content-type']])).toEqual([
      ['PUT', '/a%20b?q=1', '{"a":1}', 'application/json'],
      ['PUT', '/a%20b?q=1', '{"a":1}', 'application/json'],
    ]);
  });

  const accepts: { name: string; request: Record<string, unknown>; want: string }[] = [
    { name: 'a stream', request: { stream: true }, want: 'text/event-stream' },
    { name: 'declared JSON', request: { responseType: 'json' }, want: 'application/json' },
    { name: 'a blob', request: { responseType: 'blob' }, want: '*/*' },
  ];
  it.each(accepts)('accept for $name: $want', async ({ request, want }) => {
    server.reply = (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('x');
    const { response } = await transport().send({ method: 'GET', path: '/', ...request }, {}, () => true);
    await response.body?.cancel();
    expect(server.seen[0]!.headers.accept).toBe(want);
  });

  it('no security alternative: no credential', async () => {
    await send({ method: 'GET', path: '/', security: [] });
    expect(server.seen[0]!.headers.authorization).toBeUndefined();
  });

  it('extraQuery joins the query; extraBody merges into the body', async () => {
    await send({ method: 'POST', path: '/', query: { a: 1 }, body: { b: 1 } }, { extraQuery: { c: 2 }, extraBody: { d: 2 } });
    expect(server.seen[0]).toMatchObject({ url: '/?a=1&c=2', body: '{"b":1,"d":2}' });
  });

  it.each(['GET', 'HEAD'])('extraBody on %s is refused before anything is sent', async (method) => {
    await expect(send({ method, path: '/x' }, { extraBody: { a: 1 } })).rejects.toThrow(`${method} /x sends no body, so \`extraBody\` has nowhere to go`);
    expect(server.seen).toEqual([]);
  });
});

describe('maxResponseBytes (1024 for this transport)', () => {
  const cases: { name: string; options?: Record<string, unknown>; want: 'data' | typeof ResponseTooLargeError }[] = [
    { name: "over the client's limit", want: ResponseTooLargeError },
    { name: 'a call may raise it', options: { maxResponseBytes: 4096 }, want: 'data' },
    { name: 'or have none', options: { maxResponseBytes: Infinity }, want: 'data' },
    { name: 'or lower it', options: { maxResponseBytes: 10 }, want: ResponseTooLargeError },
  ];
  it.each(cases)('$name', async ({ options, want }) => {
    server.reply = (res) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ text: 'x'.repeat(2000) }));
    const call = send({ method: 'GET', path: '/big', responseType: 'json' }, options);
    if (want === 'data') expect(((await call).data as { text: string }).text).toHaveLength(2000);
    else await expect(call).rejects.toThrow(want);
    // Not a failure worth another attempt.
    expect(server.seen.length).toBe(1);
  });

  it('a limit that is not a positive number is refused', async () => {
    await expect(send({ method: 'GET', path: '/' }, { maxResponseBytes: 0 })).rejects.toThrow('Option `maxResponseBytes` must be a positive number, got 0');
  });

  it('a stream has no limit', async () => {
    server.reply = (res) => res.writeHead(200, { 'content-type': 'text/event-stream' }).end(`data: {"text":"${'x'.repeat(2000)}"}\n\n`);
    const { data } = await send({ method: 'POST', path: '/s', stream: true });
    const items: unknown[] = [];
    for await (const item of data as AsyncIterable<unknown>) items.push(item);
    expect(items).toHaveLength(1);
  });
});

describe('a stream answered with something else', () => {
  const cases: { format: true | 'jsonl'; contentType: string; refused: boolean }[] = [
    { format: true, contentType: 'text/html; charset=utf-8', refused: true },
    { format: 'jsonl', contentType: 'text/html', refused: true },
    { format: true, contentType: 'application/xhtml+xml', refused: true },
    { format: true, contentType: 'application/xml', refused: true },
    { format: true, contentType: 'application/json', refused: true },
    { format: 'jsonl', contentType: 'application/json', refused: false },
    { format: true, contentType: 'text/event-stream', refused: false },
    { format: true, contentType: 'text/plain', refused: false },
  ];
  it.each(cases)('$format answered $contentType: refused $refused', async ({ format, contentType, refused }) => {
    server.reply = (res) => res.writeHead(200, { 'content-type': contentType }).end('{"a":1}\n');
    const call = send({ method: 'POST', path: '/s', stream: format });
    if (!refused) {
      const { data } = await call;
      (data as { abort(): void }).abort();
      return;
    }
    const error = await call.catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(UnexpectedContentTypeError);
    expect(error).toMatchObject({ contentType, message: `POST /s: asked for ${format === true ? 'an event stream' : 'JSON lines'} but the server answered ${contentType}` });
    expect(server.seen.length).toBe(1);
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
    server.reply = (res, index) => {
      const status = statuses[Math.min(index, statuses.length - 1)]!;
      res.writeHead(status, { 'content-type': 'application/json' }).end(status === 200 ? '{"ok":true}' : `{"error":"${KEY}"}`);
    };
    const call = send({ method, path: '/r' }, options);
    if (wantError) {
      const error = await call.catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(wantError);
      expect((error as Error).message).not.toContain(KEY);
      expect((error as Error).message).toContain('[REDACTED]');
    } else {
      expect((await call).data).toEqual({ ok: true });
    }
    expect(server.seen.length).toBe(wantAttempts);
  });

  it('a Retry-After longer than a minute is not waited for', async () => {
    server.reply = (res) => res.writeHead(429, { 'retry-after': '120' }).end();
    await expect(send({ method: 'GET', path: '/' })).rejects.toThrow('failed with status 429');
    expect(server.seen.length).toBe(1);
  });

  it('an attempt that takes too long is a timeout, retried for GET', async () => {
    // A second of time per attempt: the first never gets its answer in time, the second gets it at once (even on a loaded machine).
    server.reply = (res, index) => (index === 0 ? setTimeout(() => res.end('{}'), 5000) : res.writeHead(200).end('{"ok":1}'));
    expect((await send({ method: 'GET', path: '/' }, {}, { timeout: 1000 })).data).toEqual({ ok: 1 });
    expect(server.seen.length).toBe(2);
  });

  it('a timeout of a POST is thrown as APIConnectionTimeoutError', async () => {
    server.reply = (res) => setTimeout(() => res.end('{}'), 500);
    const error = await send({ method: 'POST', path: '/' }, {}, { timeout: 50 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionTimeoutError);
    expect((error as Error).message).toBe('POST / timed out after 50 ms');
  });

  it('a refused connection is an APIConnectionError saying why', async () => {
    const closed = http.createServer();
    await new Promise<void>((resolve) => closed.listen(0, '127.0.0.1', resolve));
    const port = (closed.address() as AddressInfo).port;
    await new Promise<void>((resolve) => closed.close(() => resolve()));
    const error = await send({ method: 'GET', path: '/' }, {}, { baseURL: `http://127.0.0.1:${port}`, maxRetries: 0 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(APIConnectionError);
    expect((error as Error).message).toMatch(/^GET \/ failed: .*ECONNREFUSED/);
  });
});
