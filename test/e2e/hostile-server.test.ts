/**
 * The gateway SDK, installed like a published package, against a server that behaves as an attacker's or a broken
 * network's would (node:http on 127.0.0.1, no fetch mocked): a body of 2 GiB, a captive portal's page where a
 * stream was asked for, events that are not JSON, a credential in the base URL, 50 calls sharing one signal.
 * Redirects to another origin are tested by scheme in test/templates/package/src/core/transport.test.ts.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { inspect, promisify } from 'node:util';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sharedInstall } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';

const PACKAGE_DIR = fileURLToPath(new URL('../../generated/imarouter/', import.meta.url));
const API_KEY = 'sk-hostile-SECRET-31d7';
const CHAT_BODY = { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'Hello' }] };
const GIB = 1024 ** 3;

let handle: (req: http.IncomingMessage, res: http.ServerResponse) => void;
let requests = 0;
const server = http.createServer((req, res) => {
  requests += 1;
  req.resume();
  req.on('end', () => handle(req, res));
});

let sdk: any;
let baseURL: string;
let consumerDir: string;
let cleanup: (() => Promise<void>) | undefined;

const client = (options: Record<string, unknown> = {}) => new sdk.ImaRouter({ apiKey: API_KEY, baseURL, maxRetries: 0, timeout: 20_000, ...options });

describe('the gateway SDK against a hostile server', { timeout: 60_000 }, () => {
  beforeAll(async () => {
    const installed = await sharedInstall(PACKAGE_DIR);
    cleanup = installed.cleanup;
    consumerDir = installed.consumerDir;
    sdk = await installed.importPackage();
    baseURL = await listenOnLoopback(server);
  }, 180_000);

  afterAll(async () => {
    await closeServer(server);
    await cleanup?.();
  });

  beforeEach(() => {
    requests = 0;
  });

  it('a 2 GiB JSON body fails with ResponseTooLargeError, the connection closed at the limit, under a bounded RSS', async () => {
    // Zeros inside a JSON string, written as the client reads them: never 2 GiB in the server's memory either.
    let sent = 0;
    const closed = new Promise<void>((resolve) => {
      handle = (_req, res) => {
        res.on('close', () => resolve());
        res.writeHead(200, { 'content-type': 'application/json' });
        res.write('{"data":"');
        const chunk = Buffer.alloc(256 * 1024, '0');
        const write = () => {
          let flowing = true;
          while (flowing && !res.destroyed && sent < 2 * GIB) {
            flowing = res.write(chunk);
            sent += chunk.length;
          }
          if (res.destroyed) return;
          if (sent >= 2 * GIB) res.end('"}');
          else res.once('drain', write);
        };
        write();
      };
    });
    // A process of its own, so that its peak RSS is the call's alone.
    const script = path.join(consumerDir, `big-body-${process.pid}.mjs`);
    await fs.writeFile(
      script,
      `import { ImaRouter } from '@imarouter/sdk';
const before = process.memoryUsage().rss;
const client = new ImaRouter({ apiKey: 'k', baseURL: process.env.BASE_URL, maxRetries: 0 });
let outcome;
try {
  await client.audio.speech.retrieve('t1');
  outcome = { name: 'no error' };
} catch (error) {
  outcome = { name: error.name, message: error.message, limit: error.limit };
}
console.log(JSON.stringify({ ...outcome, before, peak: process.resourceUsage().maxRSS * 1024 }));
`,
    );
    try {
      const { stdout } = await promisify(execFile)(process.execPath, [script], { env: { ...process.env, BASE_URL: baseURL }, timeout: 50_000 });
      const result = JSON.parse(stdout);
      expect(result).toMatchObject({ name: 'ResponseTooLargeError', limit: 100 * 1024 * 1024 });
      expect(result.message).toContain('GET /v1/audio/speech/t1: the response body is larger than maxResponseBytes (104857600 bytes)');
      // 100 MiB of body held at most, and the runtime's own: far from the 4 GiB that reading it whole takes.
      expect(result.peak - result.before).toBeLessThan(400 * 1024 * 1024);
      await closed;
      // The client closed the connection at the limit: the server wrote about the limit (socket buffers aside), not 2 GiB.
      expect(sent).toBeLessThan(GIB);
    } finally {
      await fs.rm(script, { force: true });
    }
  });

  it.each([
    { name: 'the option', options: (url: string) => ({ baseURL: url }), env: undefined },
    { name: 'IMAROUTER_BASE_URL', options: () => ({ baseURL: undefined }), env: (url: string) => url },
  ])('a base URL with a credential in its userinfo is refused at construction, redacted: $name', async ({ options, env }) => {
    const url = baseURL.replace('http://', `http://user:${API_KEY}@`);
    const saved = process.env.IMAROUTER_BASE_URL;
    if (env) process.env.IMAROUTER_BASE_URL = env(url);
    try {
      let error: any;
      try {
        client(options(url));
      } catch (caught) {
        error = caught;
      }
      expect(error).toBeInstanceOf(sdk.SDKError);
      expect(error.message).toContain(`The base URL ${baseURL.replace('http://', 'http://[REDACTED]@')} `);
      expect(error.message).toContain('has a user name or password in it');
      for (const shown of [error.message, inspect(error), JSON.stringify(error), String(error.stack)]) expect(shown).not.toContain(API_KEY);
      expect(requests).toBe(0);
    } finally {
      if (saved === undefined) delete process.env.IMAROUTER_BASE_URL;
      else process.env.IMAROUTER_BASE_URL = saved;
    }
  });

  it('a stream answered 200 text/html (a captive portal) fails with UnexpectedContentTypeError naming the content type', async () => {
    handle = (_req, res) => res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<html><body>Sign in to the Wi-Fi</body></html>');
    const error = await client()
      .chat.completions.create({ ...CHAT_BODY, stream: true })
      .catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(sdk.UnexpectedContentTypeError);
    expect(error).toMatchObject({ contentType: 'text/html; charset=utf-8' });
    expect((error as Error).message).toBe('POST /v1/chat/completions: asked for an event stream but the server answered text/html; charset=utf-8');
  });

  it('an event that is not JSON on a typed stream fails with StreamDataError naming the event', async () => {
    handle = (_req, res) => {
      res.writeHead(200, { 'content-type': 'text/event-stream' });
      res.end(`data: {"id":"c1","object":"chat.completion.chunk","created":1,"model":"m","choices":[]}\n\nevent: delta\ndata: <html>${API_KEY}\n\n`);
    };
    const stream = await client().chat.completions.create({ ...CHAT_BODY, stream: true });
    const items: unknown[] = [];
    const error = await (async () => {
      for await (const item of stream) items.push(item);
    })().catch((caught: unknown) => caught);
    expect(items).toHaveLength(1);
    expect(error).toBeInstanceOf(sdk.StreamDataError);
    expect(error).toMatchObject({ event: 'delta', data: '<html>[REDACTED]' });
    expect((error as Error).message).toBe('POST /v1/chat/completions: the data of event "delta" is not JSON: <html>[REDACTED]');
  });

  it('50 concurrent calls sharing one AbortSignal print no MaxListenersExceededWarning', async () => {
    const warnings: string[] = [];
    const onWarning = (warning: Error) => warnings.push(warning.name);
    process.on('warning', onWarning);
    try {
      handle = (_req, res) => setTimeout(() => res.writeHead(200, { 'content-type': 'application/json' }).end('{}'), 20);
      const controller = new AbortController();
      const api = client();
      await Promise.all(Array.from({ length: 50 }, (_, index) => api.audio.speech.retrieve(`t${index}`, { signal: controller.signal })));
      expect(requests).toBe(50);
      // Warnings are emitted on a later tick.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(warnings).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });
});
