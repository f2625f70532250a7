/**
 * The naming and call-shape rules on the wire (test/fixtures/call-shapes.yaml, generated, built, installed and run
 * against a node:http server on 127.0.0.1): the last path parameter positional and the others from the params
 * object, an action and a singleton where their rules put them, and a path key's fixed query sent beside the
 * caller's in one query string (one `?`).
 */
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/golden-cases.ts';
import { sharedInstall } from '../helpers/install-package.ts';
import { runCli, tempDir } from '../helpers/run-cli.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';

const received: { method: string; url: string; body: string }[] = [];
const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    received.push({ method: req.method ?? '', url: req.url ?? '', body });
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ id: 'x', status: 'ok' }));
  });
});

let client: any;
let sdk: any;
let cleanup: (() => Promise<void>) | undefined;
let removeOut: (() => Promise<void>) | undefined;

describe('call shapes on the wire', () => {
  beforeAll(async () => {
    const out = await tempDir('sdkgen-call-shapes-');
    removeOut = out.remove;
    const generated = await runCli(['generate', '--spec', join(FIXTURES, 'call-shapes.yaml'), '--out', join(out.path, 'sdk'), '--quiet']);
    expect(generated.code, generated.stderr).toBe(0);
    const installed = await sharedInstall(join(out.path, 'sdk'));
    cleanup = installed.cleanup;
    sdk = await installed.importPackage();
    client = new sdk.CallShapesClient({ baseURL: await listenOnLoopback(server), apiKey: 'k', maxRetries: 0 });
  }, 600_000);

  afterAll(async () => {
    await closeServer(server);
    await cleanup?.();
    await removeOut?.();
  });

  const last = () => received.at(-1)!;

  it.each<[string, (client: any) => Promise<unknown>, string, string, unknown]>([
    ['the last path parameter positional, the other from params', (c) => c.threads.runs.retrieve('run_1', { thread_id: 'th_1' }), 'GET', '/threads/th_1/runs/run_1', ''],
    [
      'a POST on an item is update',
      (c) => c.threads.runs.update('run_1', { thread_id: 'th_1', metadata: { a: 'b' } }),
      'POST',
      '/threads/th_1/runs/run_1',
      { metadata: { a: 'b' } },
    ],
    ['an action of the item', (c) => c.threads.runs.cancel('run_1', { thread_id: 'th_1' }), 'POST', '/threads/th_1/runs/run_1/cancel', ''],
    [
      'an action with a body',
      (c) => c.threads.runs.submitToolOutputs('run_1', { thread_id: 'th_1', tool_outputs: ['4'] }),
      'POST',
      '/threads/th_1/runs/run_1/submit_tool_outputs',
      { tool_outputs: ['4'] },
    ],
    ['a collection below an item, with its query', (c) => c.threads.runs.list('th_1', { limit: 2 }), 'GET', '/threads/th_1/runs?limit=2', ''],
    ['an action of one parameter', (c) => c.uploads.complete('up_1'), 'POST', '/uploads/up_1/complete', ''],
    ['a singleton read', (c) => c.settings.retrieve(), 'GET', '/settings', ''],
    ['a singleton written', (c) => c.settings.update({ theme: 'dark' }), 'POST', '/settings', { theme: 'dark' }],
  ])('%s', async (_label, call, method, url, body) => {
    await call(client);
    expect(last().method).toBe(method);
    expect(last().url).toBe(url);
    expect(last().body ? JSON.parse(last().body) : '').toEqual(body);
  });

  it('a path key with a query sends its fixed parameter beside the caller’s, after one `?`', async () => {
    await sdk.getBetaResponse(client, 'resp_1', { include: 'a b' });
    expect(last().url).toBe('/responses/resp_1?include=a+b&beta=true');
    expect(last().url.split('?')).toHaveLength(2);
    await sdk.getBetaResponse(client, 'resp_1');
    expect(last().url).toBe('/responses/resp_1?beta=true');
    // The variant without the query stays the endpoint's call on the resource.
    await client.responses.retrieve('resp_1', { include: 'a' });
    expect(last().url).toBe('/responses/resp_1?include=a');
  });
});
