/**
 * What every client does (templates/package/src/core/client-core.ts): send a request, give a call's result with
 * its response or the response unread, and show its settings but never the credential. Against a node:http server
 * on 127.0.0.1, through a real transport (no fetch is mocked).
 */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { describe, expect, it } from 'vitest';
import { recordingServer } from '../../../../helpers/recording-server.ts';
import { ClientCore, type ClientCoreOptions } from '../../../../../generated/imarouter/src/core/client-core.ts';
import type { APIClient } from '../../../../../generated/imarouter/src/core/http.ts';

const KEY = 'sk-core-SECRET-456';
const server = recordingServer();

/** The least a generated base class does: a credential and the API's defaults, handed to the core. */
class Client extends ClientCore {
  constructor(options: ClientCoreOptions) {
    super(options, {
      credentials: [{ option: 'apiKey', env: 'TEST_API_KEY', schemes: ['Bearer'], value: KEY }],
      baseURL: 'http://unused.invalid',
      userAgent: 'test/1.0.0',
      securitySchemes: { Bearer: { kind: 'bearer' } },
    });
  }
}

const client = () => new Client({ baseURL: server.baseURL, timeout: 5_000, maxRetries: 1, streamIdleTimeout: 5_000, initialRetryDelay: 1, maxRetryDelay: 2 });

/** An operation function as the generator writes them: the client first. */
const getThing = (api: APIClient, id: string) => api.request<{ ok: boolean }>({ method: 'GET', path: '/things/{id}', pathParams: { id }, security: [['Bearer']] });

describe('ClientCore', () => {
  it('request: sends through the transport with the credential, and resolves to the data', async () => {
    expect(await client().request({ method: 'GET', path: '/things/{id}', pathParams: { id: 'a b' }, security: [['Bearer']] })).toEqual({ ok: true });
    expect(server.seen[0]).toMatchObject({ method: 'GET', url: '/things/a%20b' });
    expect(server.seen[0]!.headers.authorization).toBe(`Bearer ${KEY}`);
  });

  it('withResponse: the data of a call with the response of its last request, its id and rate limit', async () => {
    server.reply = (res) => res.writeHead(200, { 'content-type': 'application/json', 'x-request-id': 'req_9', 'x-ratelimit-remaining-requests': '7' }).end('{"ok":true}');
    const { data, response, requestId, rateLimit } = await client().withResponse(getThing, 'x');
    expect(data).toEqual({ ok: true });
    expect(response.status).toBe(200);
    expect(requestId).toBe('req_9');
    expect(rateLimit).toBeDefined();
    expect(server.seen.map((request) => request.url)).toEqual(['/things/x']);
  });

  it('asResponse: the response of a call as it arrives, its body unread', async () => {
    server.reply = (res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('raw bytes');
    const response = await client().asResponse(getThing, 'y');
    expect(response.bodyUsed).toBe(false);
    expect(await response.text()).toBe('raw bytes');
  });

  const userinfo: { name: string; baseURL?: string; defaultURL?: string; want: string | undefined }[] = [
    {
      name: 'in the option',
      baseURL: 'https://u:sk-9@api.example.com/',
      want: 'The base URL https://[REDACTED]@api.example.com (the `baseURL` option) has a user name or password in it',
    },
    {
      name: 'in the default (or the environment)',
      defaultURL: 'http://sk-9@127.0.0.1:1',
      want: 'The base URL http://[REDACTED]@127.0.0.1:1 (from the environment or the default) has a user name or password in it',
    },
    { name: 'none', baseURL: 'https://api.example.com/v1@2', want: undefined },
  ];
  it.each(userinfo)('a base URL with userinfo is refused, redacted: $name', ({ baseURL, defaultURL, want }) => {
    class WithDefault extends ClientCore {
      constructor() {
        super({ ...(baseURL && { baseURL }) }, { credentials: [], baseURL: defaultURL ?? 'http://unused.invalid', userAgent: 'test/1.0.0', securitySchemes: {} });
      }
    }
    if (want === undefined) expect(() => new WithDefault()).not.toThrow();
    else expect(() => new WithDefault()).toThrow(want);
  });

  it('toJSON: its settings, never the credential', () => {
    const shown = JSON.stringify(client());
    expect(JSON.parse(shown)).toEqual({ baseURL: server.baseURL, timeout: 5_000, maxRetries: 1, streamIdleTimeout: 5_000, maxResponseBytes: 104_857_600 });
    expect(shown).not.toContain(KEY);
  });
});
