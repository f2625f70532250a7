/**
 * Every gateway operation, called through the installed SDK with the README's example request (the spec's example,
 * or a minimal valid body sampled from its schema: generator/emit/examples.ts), against Prism: a mock server built
 * from spec/openapi.yaml that validates each request (path, query, headers, security, body) and, with `--errors`,
 * answers a violation with an error instead of a mock. An independent validator, so a request the SDK builds wrong
 * fails here even where our own tests agree with our own reading of the spec. Each answer is read the way the call
 * declares it (JSON data, text, a Blob, a Stream).
 *
 * Prism serves one operation per path and method, and the spec tells some variants of one wire path apart by a
 * `#fragment` in the path key (`/v1/videos#veo`), which is never sent. Prism is therefore given a copy of the spec
 * in which each such key is served under a prefix of its own (`/~veo/v1/videos`), and the client of a variant gets
 * that prefix in its base URL: the SDK's wire path and everything else are checked as they are.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { packageSettingsOf, readConfig } from '../../generator/config.ts';
import { planApi } from '../../generator/plan-api.ts';
import { requestExample } from '../../generator/emit/examples.ts';
import type { SurfaceApi, SurfaceOperation } from '../../generator/surface/types.ts';
import { sharedInstall } from '../helpers/install-package.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const PACKAGE_DIR = path.join(ROOT, 'generated/imarouter/');
const PRISM = path.join(ROOT, 'node_modules/.bin/prism');

/** The prefix a variant's path key is served under: its fragment, percent-encoded, after a `~`. */
function variantPrefix(pathKey: string): string {
  const hash = pathKey.indexOf('#');
  return hash === -1 ? '' : `/~${encodeURIComponent(pathKey.slice(hash + 1))}`;
}

/** The spec with every `path#fragment` key served as `/~fragment/path` (see above). */
function servedSpec(document: { paths: Record<string, unknown> }): unknown {
  const paths = Object.fromEntries(Object.entries(document.paths).map(([key, item]) => [key.includes('#') ? `${variantPrefix(key)}${key.slice(0, key.indexOf('#'))}` : key, item]));
  return { ...document, paths };
}

async function freePort(): Promise<number> {
  const probe = createServer();
  await new Promise<void>((resolve) => probe.listen(0, '127.0.0.1', resolve));
  const { port } = probe.address() as { port: number };
  await new Promise<void>((resolve) => probe.close(() => resolve()));
  return port;
}

/** Starts Prism on 127.0.0.1 and resolves once it listens (it prints so). */
async function startPrism(spec: string, port: number): Promise<ChildProcess> {
  const child = spawn(PRISM, ['mock', '--host', '127.0.0.1', '--port', String(port), '--errors', spec], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`Prism did not start within 90 s:\n${output}`)), 90_000);
    const read = (chunk: Buffer) => {
      output += chunk;
      if (output.includes('Prism is listening')) {
        clearTimeout(timer);
        resolve();
      }
    };
    child.stdout!.on('data', read);
    child.stderr!.on('data', read);
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`Prism exited with ${code}:\n${output}`));
    });
  });
  // Keep draining its log, so that a full pipe never blocks it.
  child.stdout!.resume();
  child.stderr!.resume();
  return child;
}

let sdk: any;
let api: SurfaceApi;
let prism: ChildProcess | undefined;
let prismURL: string;
let workDir: string;
let cleanup: (() => Promise<void>) | undefined;
const rejected: string[] = [];
let called = 0;

/** Calls one operation's standalone function with its example arguments; resolves to what the call gave. */
function callExample(operation: SurfaceOperation, client: unknown): Promise<unknown> {
  const { request } = requestExample(operation, api);
  // The example is the README's TypeScript source; its values are plain JavaScript (objects, strings, Blobs).
  const call = new Function('sdk', 'client', `return sdk[${JSON.stringify(operation.name)}](client${request ? `, ${request}` : ''});`);
  return call(sdk, client);
}

/** Reads what a call resolved to as its declared kind, failing on what it is not. */
async function readResult(result: unknown): Promise<string> {
  if (result instanceof sdk.Stream) {
    let items = 0;
    for await (const _item of result as AsyncIterable<unknown>) items += 1;
    return `stream of ${items}`;
  }
  if (result instanceof Blob) return `blob of ${result.size} bytes`;
  return result === undefined ? 'no content' : typeof result;
}

describe('the gateway SDK against Prism (requests validated against spec/openapi.yaml)', { timeout: 120_000 }, () => {
  beforeAll(async () => {
    const started = performance.now();
    const config = await readConfig(path.join(ROOT, 'sdk.config.json'));
    const installed = await sharedInstall(PACKAGE_DIR);
    cleanup = installed.cleanup;
    sdk = await installed.importPackage();
    ({ api } = await planApi(path.join(ROOT, config.spec), {
      settings: packageSettingsOf(config),
      settingsSource: 'sdk.config.json',
      overlays: (config.overlays ?? []).map((file) => path.join(ROOT, file)),
    }));
    workDir = await mkdtemp(path.join(tmpdir(), 'sdk-contract-'));
    const spec = path.join(workDir, 'openapi.json');
    await writeFile(spec, JSON.stringify(servedSpec(parse(await readFile(path.join(ROOT, 'spec/openapi.yaml'), 'utf8')))));
    const port = await freePort();
    prism = await startPrism(spec, port);
    prismURL = `http://127.0.0.1:${port}`;
    console.log(`contract: Prism ready after ${((performance.now() - started) / 1000).toFixed(1)} s`);
  }, 240_000);

  afterAll(async () => {
    console.log(`contract: ${called - rejected.length} of ${called} operations accepted by Prism${rejected.length ? `; rejected: ${rejected.join(', ')}` : ''}`);
    prism?.kill();
    if (workDir) await rm(workDir, { recursive: true, force: true });
    await cleanup?.();
  });

  it('covers all 68 operations', () => expect(api.operations.length).toBe(68));

  // A validator that accepted anything would pass everything below.
  it('the validator is on: a body the spec does not allow, or a call without the credential, is refused', async () => {
    const client = new sdk.ImaRouter({ apiKey: 'sk-contract-test', baseURL: prismURL, maxRetries: 0 });
    const status = (call: Promise<unknown>) =>
      call.then(
        () => 200,
        (error: { status?: number }) => error.status,
      );
    expect(await status(client.request({ method: 'POST', path: '/v1/music/generations', body: { model: 42 } }))).toBeGreaterThanOrEqual(400);
    expect(await status(client.request({ method: 'POST', path: '/v1/music/generations', body: { model: 'sonic', prompt: 'x' }, security: [] }))).toBe(401);
    expect(await status(client.request({ method: 'POST', path: '/v1/music/generations', body: { model: 'sonic', prompt: 'x' } }))).toBe(200);
  });

  it('every operation, called with its example, is accepted and its answer read as declared', async () => {
    const outcomes: Record<string, string> = {};
    for (const operation of api.operations) {
      called += 1;
      const client = new sdk.ImaRouter({ apiKey: 'sk-contract-test', baseURL: `${prismURL}${variantPrefix(operation.pathKey)}`, maxRetries: 0, timeout: 30_000 });
      try {
        outcomes[operation.name] = await readResult(await callExample(operation, client));
      } catch (error) {
        rejected.push(operation.name);
        const { status, body, message } = error as { status?: number; body?: unknown; message?: string };
        outcomes[operation.name] = `rejected: ${status ?? ''} ${JSON.stringify(body ?? message).slice(0, 600)}`;
      }
    }
    expect(Object.entries(outcomes).filter(([, outcome]) => outcome.startsWith('rejected'))).toEqual([]);
  });
});
