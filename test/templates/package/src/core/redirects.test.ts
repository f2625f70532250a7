/**
 * Redirects the SDK follows itself (templates/package/src/core/redirects.ts): the method and body of each hop, the
 * hops it refuses, and what a hop to another origin leaves out. Against node:http servers on 127.0.0.1 (two ports
 * are two origins); no fetch is mocked. What the transport marks as credentials is tested in transport.test.ts.
 */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { describe, expect, it } from 'vitest';
import { recordingServer } from '../../../../helpers/recording-server.ts';
import { RedirectError } from '../../../../../generated/imarouter/src/core/errors.ts';
import { fetchFollowing, MAX_REDIRECTS, type RedirectContext } from '../../../../../generated/imarouter/src/core/redirects.ts';

const api = recordingServer();
const other = recordingServer();
const SECRET = 'sk-redirect-SECRET-77';

const context = (): RedirectContext => ({
  origin: new URL(api.baseURL).origin,
  credentials: () => ({ headers: ['x-api-key'], query: ['key'], holdsSecret: (text) => text.includes(SECRET) }),
  describe: 'POST /start',
});

const follow = (init: RequestInit, url = `${api.baseURL}/start`) => fetchFollowing((target, hop) => fetch(target, hop), url, init, context());

/** The API answers its first request with `status` to `location`, then JSON. */
const redirectOnce = (status: number, location: string) => {
  api.reply = (res, index) => (index === 0 ? res.writeHead(status, { location }).end() : res.writeHead(200, { 'content-type': 'application/json' }).end('{}'));
};

describe('the method and body of a hop (the Fetch standard)', () => {
  const cases: { status: number; method: string; want: { method: string; body: string; contentType?: string } }[] = [
    { status: 301, method: 'POST', want: { method: 'GET', body: '' } },
    { status: 302, method: 'POST', want: { method: 'GET', body: '' } },
    { status: 302, method: 'PUT', want: { method: 'PUT', body: '{"a":1}', contentType: 'application/json' } },
    { status: 303, method: 'PUT', want: { method: 'GET', body: '' } },
    { status: 303, method: 'HEAD', want: { method: 'HEAD', body: '' } },
    { status: 307, method: 'POST', want: { method: 'POST', body: '{"a":1}', contentType: 'application/json' } },
    { status: 308, method: 'PATCH', want: { method: 'PATCH', body: '{"a":1}', contentType: 'application/json' } },
  ];
  it.each(cases)('$status after $method: $want.method', async ({ status, method, want }) => {
    redirectOnce(status, '/next');
    const body = method === 'HEAD' ? undefined : '{"a":1}';
    const response = await follow({ method, ...(body && { body, headers: { 'content-type': 'application/json' } }) });
    expect(response.status).toBe(200);
    expect(api.seen.map((seen) => seen.url)).toEqual(['/start', '/next']);
    expect(api.seen[1]).toMatchObject({ method: want.method, body: want.body });
    expect(api.seen[1]!.headers['content-type']).toBe(want.contentType);
  });

  it('a 3xx without Location is the answer', async () => {
    api.reply = (res) => res.writeHead(304).end();
    expect((await follow({ method: 'GET' })).status).toBe(304);
    expect(api.seen.length).toBe(1);
  });
});

describe('hops that are refused', () => {
  it(`more than ${MAX_REDIRECTS} hops`, async () => {
    api.reply = (res, index) => res.writeHead(302, { location: `/hop/${index}` }).end();
    await expect(follow({ method: 'GET' })).rejects.toThrow(new RedirectError(`POST /start was redirected more than ${MAX_REDIRECTS} times`));
    expect(api.seen.length).toBe(MAX_REDIRECTS + 1);
  });

  it.each(['file:///etc/passwd', 'data:text/plain,x', 'javascript:alert(1)'])('a target that is not http(s): %s', async (location) => {
    redirectOnce(302, location);
    await expect(follow({ method: 'GET' })).rejects.toThrow(RedirectError);
    expect(api.seen.length).toBe(1);
  });

  it('a body that is a stream, asked to be sent again (307)', async () => {
    redirectOnce(307, '/next');
    const body = new ReadableStream({ start: (controller) => (controller.enqueue(new TextEncoder().encode('once')), controller.close()) });
    const error = await follow({ method: 'POST', body, duplex: 'half' } as RequestInit).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(RedirectError);
    expect((error as Error).message).toMatch(/its body is a stream that was sent once and cannot be sent again/);
    expect(api.seen.length).toBe(1);
  });
});

describe('a hop to another origin', () => {
  const credentialed = {
    method: 'GET',
    headers: { authorization: `Bearer ${SECRET}`, 'x-api-key': SECRET, cookie: `sid=${SECRET}`, 'x-echo': `key=${SECRET}`, 'x-plain': 'kept' },
  };

  it('leaves out every credential: the listed headers and query, Cookie, Authorization, any value holding a secret', async () => {
    redirectOnce(307, `${other.baseURL}/landed?key=${SECRET}&token=${SECRET}&page=2`);
    await follow(credentialed);
    expect(other.seen.length).toBe(1);
    expect(other.seen[0]!.url).toBe('/landed?page=2');
    expect(other.seen[0]!.headers['x-plain']).toBe('kept');
    expect(JSON.stringify(other.seen)).not.toContain(SECRET);
  });

  it('on the same origin every credential goes on', async () => {
    redirectOnce(302, `/next?key=${SECRET}`);
    await follow(credentialed);
    expect(api.seen[1]!.url).toBe(`/next?key=${SECRET}`);
    expect(api.seen[1]!.headers).toMatchObject({ authorization: `Bearer ${SECRET}`, 'x-api-key': SECRET, cookie: `sid=${SECRET}` });
  });

  it('and back: a chain that left the origin carries no credential when it returns', async () => {
    api.reply = (res, index) => (index === 0 ? res.writeHead(302, { location: `${other.baseURL}/away` }).end() : res.writeHead(200).end('{}'));
    other.reply = (res) => res.writeHead(302, { location: `${api.baseURL}/back` }).end();
    await follow(credentialed);
    expect(api.seen.map((seen) => seen.url)).toEqual(['/start', '/back']);
    expect(JSON.stringify([api.seen[1], other.seen])).not.toContain(SECRET);
  });
});
