/**
 * The generated MCP server end to end: generated/imarouter-mcp is built, packed and installed beside the built
 * SDK, started as its `bin` over stdio and over Streamable HTTP, and driven with the official MCP SDK's `Client`
 * against a fake gateway (node:http on 127.0.0.1; no fetch is mocked). Covered: the tool list (count, names, input
 * schemas valid JSON Schema 2020-12), a chat completion, an image generation with a given model, a video
 * create-and-wait with progress notifications, a 429 retried by the SDK, a 400 as a tool error with the request
 * id, arguments refused before any request, and the API key in no result and no log line.
 */
import type { ChildProcess } from 'node:child_process';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import http from 'node:http';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StdioClientTransport } from '@modelcontextprotocol/sdk/client/stdio.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sharedInstallServer, type InstalledServer } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';

const SDK_DIR = fileURLToPath(new URL('../../generated/imarouter/', import.meta.url));
const SERVER_DIR = fileURLToPath(new URL('../../generated/imarouter-mcp/', import.meta.url));
const API_KEY = 'sk-mcp-e2e-secret-7f3a9c0d5e';
const VEO_MODEL = 'veo-3.1-fast-generate-001';
const IMAGE_MODEL = 'gpt-image-2';

// ---------------------------------------------------------------------------------------------------------------
// The fake gateway: chat, images, videos; a scripted 429 or 400 for the next chat request.
// ---------------------------------------------------------------------------------------------------------------

interface Received {
  method: string;
  url: string;
  authorization: string | undefined;
  body: any;
}
const received: Received[] = [];
const script = { chatFailures: [] as number[], videoPolls: 0 };

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', 'x-request-id': `req_${received.length}`, ...headers });
  res.end(JSON.stringify(body));
}

const gateway = http.createServer((req, res) => {
  let text = '';
  req.on('data', (chunk) => (text += chunk));
  req.on('end', () => {
    const entry = { method: req.method!, url: req.url!, authorization: req.headers.authorization, body: text ? JSON.parse(text) : undefined };
    received.push(entry);
    if (entry.method === 'POST' && entry.url === '/v1/chat/completions') {
      const failure = script.chatFailures.shift();
      if (failure === 429) return json(res, 429, { error: { message: 'slow down' } }, { 'retry-after-ms': '10' });
      if (failure === 400) return json(res, 400, { error: { message: 'messages: the last message must come from the user', type: 'invalid_request_error' } });
      return json(res, 200, {
        id: 'chatcmpl-1',
        object: 'chat.completion',
        created: 1_760_000_000,
        model: entry.body.model,
        choices: [{ index: 0, message: { role: 'assistant', content: 'Hello from the fake gateway' }, finish_reason: 'stop' }],
      });
    }
    if (entry.method === 'POST' && entry.url === '/v1/images/generations') return json(res, 200, { task_id: 'img_1', status: 'queued', model: entry.body.model });
    if (entry.method === 'POST' && entry.url === '/v1/videos') {
      script.videoPolls = 0;
      return json(res, 200, { id: 'video_1', task_id: 'video_1', object: 'video', model: entry.body.model, status: 'queued', created_at: 1_760_000_000 });
    }
    if (entry.method === 'GET' && entry.url === '/v1/videos/video_1') {
      const status = ++script.videoPolls >= 2 ? 'completed' : 'in_progress';
      return json(res, 200, {
        id: 'video_1',
        task_id: 'video_1',
        object: 'video',
        model: VEO_MODEL,
        status,
        ...(status === 'completed' && { video_url: 'https://cdn.example/v.mp4' }),
      });
    }
    json(res, 404, { error: { message: `unexpected ${entry.method} ${entry.url}` } });
  });
});

// ---------------------------------------------------------------------------------------------------------------

let installed: InstalledServer;
let baseURL: string;
let tools: { name: string }[];

beforeAll(async () => {
  installed = await sharedInstallServer(SERVER_DIR, SDK_DIR);
  baseURL = await listenOnLoopback(gateway);
  tools = (await import(pathToFileURL(`${installed.packageDir}/dist/tools.js`).href)).TOOLS;
}, 240_000);

afterAll(() => closeServer(gateway));

it('runs on the SDK package as installed, which has no runtime dependencies', () => {
  const sdkManifest = createRequire(`${installed.packageDir}/package.json`).resolve('@imarouter/sdk/package.json');
  const manifest = JSON.parse(readFileSync(sdkManifest, 'utf8'));
  expect([manifest.dependencies, manifest.peerDependencies, manifest.optionalDependencies]).toEqual([undefined, undefined, undefined]);
  expect(JSON.parse(readFileSync(`${installed.packageDir}/package.json`, 'utf8')).dependencies).toHaveProperty('@imarouter/sdk');
});

const serverEnv = () => ({ PATH: process.env.PATH ?? '', IMAROUTER_API_KEY: API_KEY, IMAROUTER_BASE_URL: baseURL });

interface Session {
  client: Client;
  /** Everything the server printed on stderr. */
  log: () => string;
  close: () => Promise<void>;
}

async function stdioSession(): Promise<Session> {
  const transport = new StdioClientTransport({ command: process.execPath, args: [installed.bin], env: serverEnv(), stderr: 'pipe' });
  let log = '';
  transport.stderr!.on('data', (chunk) => (log += chunk));
  const client = new Client({ name: 'mcp-e2e', version: '1.0.0' });
  await client.connect(transport);
  return { client, log: () => log, close: () => client.close() };
}

async function httpSession(): Promise<Session> {
  const child: ChildProcess = spawn(process.execPath, [installed.bin, '--transport', 'http', '--port', '0'], { env: serverEnv(), stdio: ['ignore', 'pipe', 'pipe'] });
  let log = '';
  const url = await new Promise<string>((resolve, reject) => {
    child.stdout!.on('data', (chunk) => (log += chunk));
    child.stderr!.on('data', (chunk) => {
      log += chunk;
      const match = /listening on (http:\/\/\S+)/.exec(log);
      if (match) resolve(match[1]!);
    });
    child.once('exit', (code) => reject(new Error(`the server exited (${code}) before listening:\n${log}`)));
  });
  const client = new Client({ name: 'mcp-e2e', version: '1.0.0' });
  await client.connect(new StreamableHTTPClientTransport(new URL(url)));
  return {
    client,
    log: () => log,
    close: async () => {
      await client.close();
      child.kill();
    },
  };
}

let firstListing: unknown[] | undefined;

type CallResult = { isError?: boolean; content: { type: string; text: string }[]; structuredContent?: any };

function scenarios(transport: string, open: () => Promise<Session>) {
  describe(`the generated MCP server over ${transport}`, { timeout: 30_000 }, () => {
    let session: Session;
    const results: CallResult[] = [];
    const call = async (name: string, args: Record<string, unknown>, options?: { onprogress?: (progress: unknown) => void }) => {
      const result = (await session.client.callTool({ name, arguments: args }, undefined, options)) as CallResult;
      results.push(result);
      return result;
    };

    beforeAll(async () => {
      session = await open();
    }, 30_000);
    afterAll(() => session?.close());

    it('lists one tool per primary call, with input schemas that are valid, self-contained JSON Schema 2020-12', async () => {
      const listed = (await session.client.listTools()).tools;
      expect(listed.map((tool) => tool.name)).toEqual(tools.map((tool) => tool.name));
      expect(listed.length).toBe(51);
      expect(listed.map((tool) => tool.name)).toEqual(
        expect.arrayContaining(['chat_completions_create', 'images_generations_create', 'videos_create', 'videos_create_and_wait', 'videos_retrieve']),
      );
      // The same package over each transport: its schemas are compiled once, then the listings compared.
      if (firstListing) return expect(listed).toEqual(firstListing);
      firstListing = listed;
      const ajv = new Ajv2020({ strict: false, validateFormats: false, logger: false });
      for (const tool of listed) {
        expect(ajv.validateSchema(tool.inputSchema), `${tool.name}: ${ajv.errorsText()}`).toBe(true);
        expect(() => ajv.compile(tool.inputSchema)).not.toThrow();
        expect(JSON.stringify(tool.inputSchema)).not.toMatch(/"\$ref"|"nullable"/);
      }
      const videos = listed.find((tool) => tool.name === 'videos_create')!;
      expect((videos.inputSchema as any).oneOf.length).toBeGreaterThan(1);
      expect(videos.description).toContain(VEO_MODEL);
      expect(listed.find((tool) => tool.name === 'videos_retrieve')!.annotations).toMatchObject({ readOnlyHint: true, idempotentHint: true, openWorldHint: true });
    });

    it('calls a chat completion; a 429 first is retried by the SDK', async () => {
      received.length = 0;
      script.chatFailures = [429];
      const result = await call('chat_completions_create', { model: 'gpt-4o-mini', messages: [{ role: 'user', content: 'Hi' }] });
      expect(result.isError).toBeFalsy();
      expect(result.structuredContent.choices[0].message.content).toBe('Hello from the fake gateway');
      expect(JSON.parse(result.content[0]!.text).id).toBe('chatcmpl-1');
      expect(received.map((entry) => `${entry.method} ${entry.url}`)).toEqual(['POST /v1/chat/completions', 'POST /v1/chat/completions']);
      expect(received[0]!.authorization).toBe(`Bearer ${API_KEY}`);
    });

    it('generates an image with the given model', async () => {
      received.length = 0;
      const result = await call('images_generations_create', { model: IMAGE_MODEL, prompt: 'a lighthouse at dawn' });
      expect(result.isError).toBeFalsy();
      expect(received).toHaveLength(1);
      expect(received[0]!.body).toMatchObject({ model: IMAGE_MODEL, prompt: 'a lighthouse at dawn' });
      expect(result.structuredContent).toMatchObject({ task_id: 'img_1' });
    });

    it('creates a video and waits for it, sending progress notifications', async () => {
      received.length = 0;
      const progress: any[] = [];
      const result = await call('videos_create_and_wait', { model: VEO_MODEL, prompt: 'waves on a beach' }, { onprogress: (update) => progress.push(update) });
      expect(result.isError, result.content[0]?.text).toBeFalsy();
      expect(result.structuredContent).toMatchObject({ status: 'completed', video_url: 'https://cdn.example/v.mp4' });
      expect(received.map((entry) => `${entry.method} ${entry.url}`)).toEqual(['POST /v1/videos', 'GET /v1/videos/video_1', 'GET /v1/videos/video_1']);
      // One notification per poll, sent before the result. The last one can still be lost: when it reaches the
      // client in the same read as the result, the official Client drops it (modelcontextprotocol/typescript-sdk#2580).
      expect([[1], [1, 2]], JSON.stringify(progress)).toContainEqual(progress.map((update) => update.progress));
      expect(progress[0].message).toBe('poll 1: in_progress');
    });

    it('returns a 400 as a tool error with the status, the server message and the request id', async () => {
      received.length = 0;
      script.chatFailures = [400];
      const result = await call('chat_completions_create', { model: 'gpt-4o-mini', messages: [{ role: 'assistant', content: 'Hi' }] });
      expect(result.isError).toBe(true);
      expect(result.content[0]!.text).toBe('HTTP 400: messages: the last message must come from the user (request id: req_1)');
      expect(result.structuredContent.error).toMatchObject({ status: 400, requestId: 'req_1' });
      expect(received).toHaveLength(1);
    });

    it('refuses arguments that do not match the input schema, sending nothing', async () => {
      received.length = 0;
      const wrongType = await call('chat_completions_create', { model: 'gpt-4o-mini', messages: 'Hi' });
      const unknownModel = await call('videos_create', { model: 'no-such-model', prompt: 'x' });
      for (const result of [wrongType, unknownModel]) {
        expect(result.isError).toBe(true);
        expect(result.content[0]!.text).toMatch(/^Invalid arguments for \w+: .+\. Nothing was sent\.$/);
      }
      expect(wrongType.content[0]!.text).toContain('arguments/messages must be array');
      expect(received).toHaveLength(0);
    });

    it('shows the API key in no result and no log line', () => {
      expect(results.length).toBeGreaterThan(4);
      for (const result of results) expect(JSON.stringify(result)).not.toContain(API_KEY);
      expect(session.log()).not.toContain(API_KEY);
    });
  });
}

scenarios('stdio', stdioSession);
scenarios('Streamable HTTP', httpSession);
