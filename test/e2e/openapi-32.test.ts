/**
 * OpenAPI 3.2 calls on the wire (test/fixtures/openapi-32.yaml, generated, built, installed and run against a
 * node:http server on 127.0.0.1): a `querystring` parameter sent as the query string its form-encoded object
 * makes, the QUERY method (a body, retried like GET), and a method from `additionalOperations` (LINK).
 */
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FIXTURES } from '../helpers/golden-cases.ts';
import { sharedInstall } from '../helpers/install-package.ts';
import { runCli, tempDir } from '../helpers/run-cli.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';

interface Received {
  method: string;
  url: URL;
  body: string;
}
const received: Received[] = [];
/** Statuses to answer before the normal answer (a queue: 503 then 200 tests a retry). */
const failFirst: number[] = [];

const server = http.createServer((req, res) => {
  let body = '';
  req.on('data', (chunk) => (body += chunk));
  req.on('end', () => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    received.push({ method: req.method ?? '', url, body });
    const status = failFirst.shift();
    if (status) return res.writeHead(status, { 'content-type': 'application/json' }).end('{"error":"busy"}');
    if (req.method === 'LINK') return res.writeHead(204).end();
    res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify([{ id: 'p1', name: 'Tom', species: 'cat' }]));
  });
});

let client: any;
let cleanup: (() => Promise<void>) | undefined;
let removeOut: (() => Promise<void>) | undefined;

describe('OpenAPI 3.2 calls on the wire', () => {
  beforeAll(async () => {
    const out = await tempDir('sdkgen-openapi-32-');
    removeOut = out.remove;
    const generated = await runCli(['generate', '--spec', join(FIXTURES, 'openapi-32.yaml'), '--out', join(out.path, 'sdk'), '--quiet']);
    expect(generated.code, generated.stderr).toBe(0);
    const installed = await sharedInstall(join(out.path, 'sdk'));
    cleanup = installed.cleanup;
    const sdk = await installed.importPackage();
    client = new sdk.PetFinderClient({ baseURL: await listenOnLoopback(server), apiKey: 'k', maxRetries: 1 });
  }, 600_000);

  afterAll(async () => {
    await closeServer(server);
    await cleanup?.();
    await removeOut?.();
  });

  it('a querystring parameter: its object is the query string (form, exploded)', async () => {
    received.length = 0;
    const pets = await client.pets.list({ species: 'cat', limit: 2, tags: ['black', 'small'] });
    expect(pets).toEqual([{ id: 'p1', name: 'Tom', species: 'cat' }]);
    expect(received).toHaveLength(1);
    expect(received[0]!.method).toBe('GET');
    expect(received[0]!.url.pathname).toBe('/pets');
    expect([...received[0]!.url.searchParams]).toEqual([
      ['species', 'cat'],
      ['limit', '2'],
      ['tags', 'black'],
      ['tags', 'small'],
    ]);
  });

  it('QUERY sends its body and is retried like GET (safe and idempotent)', async () => {
    received.length = 0;
    failFirst.push(503);
    const pets = await client.pets.query({ text: 'tabby', limit: 3 });
    expect(pets).toHaveLength(1);
    expect(received.map(({ method, url, body }) => [method, url.pathname, JSON.parse(body)])).toEqual([
      ['QUERY', '/pets', { text: 'tabby', limit: 3 }],
      ['QUERY', '/pets', { text: 'tabby', limit: 3 }],
    ]);
  });

  it('a method from additionalOperations is sent as written (LINK)', async () => {
    received.length = 0;
    await expect(client.pets.link('p1', { owner: 'ann' })).resolves.toBeUndefined();
    expect(received.map(({ method, url }) => `${method} ${url.pathname}${url.search}`)).toEqual(['LINK /pets/p1?owner=ann']);
  });
});
