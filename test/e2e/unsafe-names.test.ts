/**
 * Names that are unsafe as file names or object keys, on the wire (test/fixtures/unsafe-names.yaml: its golden,
 * built, installed and run against a node:http server on 127.0.0.1): the credential of a security scheme named
 * `__proto__` is sent, and the modules planned for long, case-colliding and device names load and call.
 */
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { materializeGolden } from '../helpers/golden-cases.ts';
import { sharedInstall } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';
import { tempDir } from '../helpers/run-cli.ts';

const received: { path: string; key: string | undefined; authorization: string | undefined }[] = [];
const server = http.createServer((req, res) => {
  const key = req.headers['x-proto-key'];
  received.push({ path: req.url ?? '', key: typeof key === 'string' ? key : undefined, authorization: req.headers.authorization });
  const json = req.url === '/pets' ? '[{"name":"Rex"}]' : req.url?.startsWith('/petStore/') ? '{"name":"Store"}' : req.url?.startsWith('/segment1') ? '[]' : undefined;
  if (json) return res.writeHead(200, { 'content-type': 'application/json' }).end(json);
  res.writeHead(204).end();
});

let client: any;
let cleanup: (() => Promise<void>) | undefined;
let removeOut: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const out = await tempDir('sdkgen-unsafe-names-');
  removeOut = out.remove;
  await materializeGolden('unsafe-names', join(out.path, 'sdk'));
  const installed = await sharedInstall(join(out.path, 'sdk'));
  cleanup = installed.cleanup;
  const sdk = await installed.importPackage();
  client = new sdk.UnsafeNamesClient({ baseURL: await listenOnLoopback(server), apiKey: 'secret-key', maxRetries: 0 });
}, 600_000);

afterAll(async () => {
  await closeServer(server);
  await cleanup?.();
  await removeOut?.();
});

describe('a security scheme named __proto__', () => {
  it('sends its credential in its header, and nothing as authorization', async () => {
    received.length = 0;
    expect(await client.pets.list()).toEqual([{ name: 'Rex' }]);
    expect(received).toEqual([{ path: '/pets', key: 'secret-key', authorization: undefined }]);
  });

  it('sends nothing on an operation that needs no security', async () => {
    received.length = 0;
    await client.public.retrieve();
    expect(received).toEqual([{ path: '/public', key: undefined, authorization: undefined }]);
  });
});

describe('modules planned for unsafe file names', () => {
  it('device names, names differing in case and a 300-character segment all load and call', async () => {
    received.length = 0;
    await client.con.retrieve();
    await client.aux.retrieve('x');
    await client.petstore.retrieve();
    await client.petStore.retrieve('s1');
    const long = Object.keys(client).find((key) => key.startsWith('segment1segment2'))!;
    expect(long.length).toBeGreaterThan(300);
    await client[long].list();
    expect(received.map(({ path }) => path)).toEqual(['/con', '/aux/x', '/petstore', '/petStore/s1', `/${long}`]);
    expect(received.every(({ key }) => key === 'secret-key')).toBe(true);
  });
});
