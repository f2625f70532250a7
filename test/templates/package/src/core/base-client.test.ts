/**
 * The client (templates/package/src/core/base-client.ts.hbs): the template's variants, option checks, and what
 * its requests carry — fast, against a node:http server on 127.0.0.1 (no fetch is mocked). The transport's own
 * rules (composing the request, credentials, retries) are in transport.test.ts.
 */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { describe, expect, it } from 'vitest';
import { recordingServer } from '../../../../helpers/recording-server.ts';
import { renderTemplate } from '../../../../../generator/emit/templates.ts';
import { BaseClient } from '../../../../../generated/imarouter/src/core/base-client.ts';
import { APIConnectionError, APIConnectionTimeoutError, AuthenticationError, InternalServerError, SDKError } from '../../../../../generated/imarouter/src/core/errors.ts';

const KEY = 'sk-base-SECRET-123';

const server = recordingServer();

const client = (options: ConstructorParameters<typeof BaseClient>[0] = {}) =>
  new BaseClient({ apiKey: KEY, baseURL: server.baseURL, initialRetryDelay: 1, maxRetryDelay: 2, ...options });

describe('the template', () => {
  const credential = { option: 'apiKey', env: 'PETS_API_KEY', schemes: ['ApiKey'] };
  const context = {
    clientName: 'Pets',
    envPrefix: 'PETS',
    packageName: 'pets-sdk',
    defaultBaseURL: 'https://pets.example',
    securitySchemes: { ApiKey: { kind: 'apiKey', in: 'header', name: 'x-api-key' } },
    credentials: [{ ...credential, doc: 'The key.' }],
    credentialOptions: [credential],
    missingCredentials: 'Missing API key: pass `apiKey` to new Pets({ apiKey })',
  };
  const cases: { name: string; hasSecurity: boolean; contains: string[]; lacks: string[] }[] = [
    {
      name: 'with security: an API key, read from the environment, required',
      hasSecurity: true,
      contains: ['apiKey?: string;', '"env":"PETS_API_KEY"', 'readEnv(credential.env)', 'Missing API key: pass `apiKey` to new Pets({ apiKey })', '"name":"x-api-key"'],
      lacks: ['const credentials: ClientCredential[] = [];'],
    },
    {
      name: 'without security: no key at all',
      hasSecurity: false,
      contains: ['const credentials: ClientCredential[] = [];'],
      lacks: ['CREDENTIALS', 'PETS_API_KEY'],
    },
  ];
  it.each(cases)('$name', ({ hasSecurity, contains, lacks }) => {
    const text = renderTemplate('src/core/base-client.ts.hbs', { ...context, hasSecurity, credentials: hasSecurity ? context.credentials : [] });
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
    expect(text).toContain(`?? "https://x/*/ */'; evil()",\n`);
  });

  it('a security scheme named __proto__ is an entry of the schemes, not their prototype', () => {
    const securitySchemes = { ['__proto__']: { kind: 'apiKey', in: 'header', name: 'x-proto-key' } };
    const text = renderTemplate('src/core/base-client.ts.hbs', { ...context, hasSecurity: true, securitySchemes });
    const schemes = new Function(`return ${/const SECURITY_SCHEMES: [^=]+= (.*);\n/.exec(text)![1]};`)();
    expect(Object.keys(schemes)).toEqual(['__proto__']);
    expect(Object.getPrototypeOf(schemes)).toBe(Object.prototype);
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
    const [request] = server.seen;
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

  it('per-call headers win over the call and the client, a User-Agent included', async () => {
    await client({ defaultHeaders: { 'x-a': 'client' } }).request(
      { method: 'GET', path: '/', headers: { 'x-a': 'call' } },
      { headers: { 'x-a': 'options', 'user-agent': 'mine/1' } },
    );
    expect(server.seen[0]!.headers).toMatchObject({ 'x-a': 'options', 'user-agent': 'mine/1' });
  });
});
