/**
 * What AI workloads lean on, tried as a consumer would against `node:http` on 127.0.0.1 with the gateway SDK built,
 * packed and installed: the stall timeout of streams and downloads, `tee()` and forwarding of streams, extra
 * fields and headers, `client.request()` to an undeclared endpoint, `toFile` uploads from every kind of source,
 * a 50 MB download read as a stream, and the identification header.
 */
import { createHash } from 'node:crypto';
import { promises as fs, createReadStream } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { AnthropicMessagesRequest, ImaRouter } from '../../generated/imarouter/src/index.ts';
import { sharedInstall } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';

const PACKAGE_DIR = fileURLToPath(new URL('../../generated/imarouter/', import.meta.url));
const API_KEY = 'sk-ai-runtime-SECRET-0a1b2c3d';

interface Received {
  method: string;
  url: string;
  headers: http.IncomingHttpHeaders;
  body: Buffer;
}
type Handler = (req: http.IncomingMessage, res: http.ServerResponse, received: Received, index: number) => void;

let handle: Handler = (_req, res) => res.writeHead(500).end('no handler set');
const received: Received[] = [];
/** Responses whose connection the client closed before they ended. */
let closedEarly = 0;

const server = http.createServer((req, res) => {
  const chunks: Buffer[] = [];
  req.on('data', (chunk: Buffer) => chunks.push(chunk));
  req.on('end', () => {
    const entry: Received = { method: req.method ?? '', url: req.url ?? '', headers: req.headers, body: Buffer.concat(chunks) };
    received.push(entry);
    res.on('close', () => {
      if (!res.writableFinished) closedEarly += 1;
    });
    handle(req, res, entry, received.length - 1);
  });
});
server.on('connection', (socket) => socket.setNoDelay(true));

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

function json(res: http.ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  res.writeHead(status, { 'content-type': 'application/json', ...headers });
  res.end(JSON.stringify(body));
}

/** Writes the given SSE events with `gap` ms between them, then `[DONE]` (or stalls when `stall`). */
function sse(events: unknown[], options: { gap?: number; stall?: boolean } = {}): Handler {
  return (_req, res) => {
    res.writeHead(200, { 'content-type': 'text/event-stream' });
    let index = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    res.on('close', () => clearTimeout(timer));
    const next = () => {
      if (index < events.length) {
        res.write(`data: ${JSON.stringify(events[index++])}\n\n`);
        timer = setTimeout(next, options.gap ?? 0);
      } else if (!options.stall) {
        res.end('data: [DONE]\n\n');
      }
    };
    next();
  };
}

let sdk: any;
let baseURL: string;
let version: string;
let cleanupInstall: (() => Promise<void>) | undefined;

function client(options: Record<string, unknown> = {}): any {
  return new sdk.ImaRouter({ apiKey: API_KEY, baseURL, timeout: 5_000, initialRetryDelay: 5, maxRetryDelay: 20, ...options });
}

const CHAT_BODY = { model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'Hello' }] };

async function rejection(promise: Promise<unknown>): Promise<any> {
  return promise.then(
    (value) => {
      throw new Error(`expected a rejection, got ${String(value)}`);
    },
    (error: unknown) => error,
  );
}

/** The parts of a multipart/form-data body: name, filename, content type and bytes of each. */
function multipartParts(body: Buffer, contentType: string): { name: string; filename?: string; type?: string; data: Buffer }[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/.exec(contentType)!;
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts = [];
  let start = body.indexOf(delimiter) + delimiter.length;
  for (;;) {
    const end = body.indexOf(delimiter, start);
    if (end === -1) break;
    const part = body.subarray(start + 2, end - 2); // after CRLF, before CRLF
    const split = part.indexOf('\r\n\r\n');
    const head = part.subarray(0, split).toString('utf8');
    const disposition = /content-disposition:[^\r\n]*/i.exec(head)![0];
    parts.push({
      name: /name="([^"]*)"/.exec(disposition)![1]!,
      filename: /filename="([^"]*)"/.exec(disposition)?.[1],
      type: /content-type:\s*([^\r\n]*)/i.exec(head)?.[1],
      data: Buffer.from(part.subarray(split + 4)),
    });
    start = end + delimiter.length;
  }
  return parts;
}

describe('AI workloads on the generated SDK', () => {
  beforeAll(async () => {
    const installed = await sharedInstall(PACKAGE_DIR);
    cleanupInstall = installed.cleanup;
    sdk = await installed.importPackage();
    version = JSON.parse(await fs.readFile(path.join(PACKAGE_DIR, 'package.json'), 'utf8')).version;
    baseURL = await listenOnLoopback(server);
  }, 300_000);

  afterAll(async () => {
    await closeServer(server);
    await cleanupInstall?.();
  });

  beforeEach(() => {
    received.length = 0;
    closedEarly = 0;
  });

  describe('the stall timeout', () => {
    it('a stream that sends two events then stalls ends with StreamIdleTimeoutError within the idle time', async () => {
      handle = sse([{ n: 1 }, { n: 2 }], { stall: true });
      const stream = await sdk.createChatCompletions(client({ streamIdleTimeout: 300 }), { ...CHAT_BODY, stream: true });
      const seen: unknown[] = [];
      let lastEventAt = 0;
      const error = await rejection(
        (async () => {
          for await (const chunk of stream) {
            seen.push(chunk);
            lastEventAt = Date.now();
          }
        })(),
      );
      const waited = Date.now() - lastEventAt;
      expect(seen).toEqual([{ n: 1 }, { n: 2 }]);
      expect(error).toBeInstanceOf(sdk.StreamIdleTimeoutError);
      // Typed and retryable like any timeout.
      expect(error).toBeInstanceOf(sdk.APIConnectionTimeoutError);
      expect(error.message).toContain('POST /v1/chat/completions');
      expect(waited).toBeGreaterThanOrEqual(250);
      expect(waited).toBeLessThan(300 + 1_500);
      // The server sees the connection closed once it processes the close: wait for that, not for a fixed time.
      for (let waited = 0; closedEarly === 0 && waited < 5_000; waited += 10) await sleep(10);
      expect(closedEarly).toBe(1);
    });

    it('a healthy slow stream with gaps shorter than the idle time is read to the end', async () => {
      handle = sse([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }], { gap: 120 });
      const stream = await sdk.createChatCompletions(client({ streamIdleTimeout: 600 }), { ...CHAT_BODY, stream: true });
      const seen: unknown[] = [];
      for await (const chunk of stream) seen.push(chunk);
      expect(seen).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }, { n: 4 }]);
    });

    it('per call, streamIdleTimeout overrides the client’s', async () => {
      handle = sse([{ n: 1 }], { stall: true });
      const stream = await sdk.createChatCompletions(client({ streamIdleTimeout: 60_000 }), { ...CHAT_BODY, stream: true }, { streamIdleTimeout: 200 });
      const error = await rejection(
        (async () => {
          for await (const _chunk of stream);
        })(),
      );
      expect(error).toBeInstanceOf(sdk.StreamIdleTimeoutError);
    });

    it('a download read from asResponse() that stalls fails the same way', async () => {
      handle = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/octet-stream' });
        res.write(Buffer.alloc(1024, 7));
      };
      const response = await sdk.fetchMidjourneyImage(client({ streamIdleTimeout: 200 }), 'mj').asResponse();
      const reader = response.body.getReader();
      let bytes = 0;
      const error = await rejection(
        (async () => {
          for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes += chunk.value.length;
        })(),
      );
      expect(bytes).toBe(1024);
      expect(error).toBeInstanceOf(sdk.StreamIdleTimeoutError);
      expect(error.message).toContain('GET /mj/image/mj');
    });
  });

  describe('typed streams (item schemas from spec/streaming.overlay.yaml)', () => {
    /** OpenAI-style chat completion chunks, one per piece of text, then a usage-only chunk. */
    const chunks = (...pieces: string[]) => [
      ...pieces.map((content, index) => ({
        id: 'chatcmpl-1',
        object: 'chat.completion.chunk',
        created: 1_767_225_600,
        model: 'gpt-4.1-mini',
        choices: [{ index: 0, delta: index === 0 ? { role: 'assistant', content } : { content }, finish_reason: null }],
      })),
      {
        id: 'chatcmpl-1',
        object: 'chat.completion.chunk',
        created: 1_767_225_600,
        model: 'gpt-4.1-mini',
        choices: [],
        usage: { prompt_tokens: 3, completion_tokens: 2, total_tokens: 5 },
      },
    ];

    it('the chat loop reads the text of each chunk: `chunk.choices[0]?.delta?.content`', async () => {
      handle = sse(chunks('Hello', ', ', 'world'), { gap: 2 });
      const typed: ImaRouter = client();
      const stream = await typed.chat.completions.create({ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'Hello' }], stream: true });
      let text = '';
      let usage: number | undefined;
      for await (const chunk of stream) {
        text += chunk.choices[0]?.delta?.content ?? '';
        usage = chunk.usage?.total_tokens ?? usage;
      }
      expect([text, usage]).toEqual(['Hello, world', 5]);
      expect(received).toHaveLength(1);
      expect(received[0]!.headers.accept).toBe('text/event-stream');
      expect(JSON.parse(received[0]!.body.toString('utf8'))).toMatchObject({ stream: true });
    });

    it('Anthropic Messages events: iterating yields the data, events() keeps the event name and id', async () => {
      const events = [
        { type: 'message_start', message: { id: 'msg_1', type: 'message', role: 'assistant', model: 'claude-sonnet-4-6', content: [] } },
        { type: 'content_block_start', index: 0, content_block: { type: 'text', text: '' } },
        { type: 'ping' },
        { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: 'Hi' } },
        { type: 'content_block_delta', index: 0, delta: { type: 'text_delta', text: ' there' } },
        { type: 'content_block_stop', index: 0 },
        { type: 'message_delta', delta: { stop_reason: 'end_turn', stop_sequence: null }, usage: { output_tokens: 2 } },
        { type: 'message_stop' },
      ];
      handle = (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        res.end(events.map((event, index) => `event: ${event.type}\nid: ${index}\ndata: ${JSON.stringify(event)}\n\n`).join(''));
      };
      const typed: ImaRouter = client();
      const body: AnthropicMessagesRequest & { stream: true } = {
        model: 'claude-sonnet-4-6',
        anthropic_version: 'bedrock-2023-05-31',
        max_tokens: 100,
        messages: [{ role: 'user', content: 'Hi' }],
        stream: true,
      };
      let text = '';
      for await (const event of await typed.messages.create(body)) {
        if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text;
      }
      expect(text).toBe('Hi there');
      const names: string[] = [];
      for await (const envelope of (await typed.messages.create(body)).events()) names.push(`${envelope.event}#${envelope.id}:${envelope.data.type}`);
      expect(names).toEqual(events.map((event, index) => `${event.type}#${index}:${event.type}`));
    });

    it('client.request() reads JSON lines with `stream: "jsonl"`', async () => {
      handle = (_req, res) => {
        res.writeHead(200, { 'content-type': 'application/x-ndjson' });
        res.write('{"level":"info","message":"one"}\n{"level":"warn",');
        setTimeout(() => res.end('"message":"two"}\n'), 5);
      };
      const stream = await client().request({ method: 'GET', path: '/v1/logs', stream: 'jsonl' });
      const lines: unknown[] = [];
      for await (const line of stream) lines.push(line);
      expect(lines).toEqual([
        { level: 'info', message: 'one' },
        { level: 'warn', message: 'two' },
      ]);
      expect(received[0]!.headers.accept).toMatch(/^application\/jsonl, application\/x-ndjson/);
    });
  });

  describe('stream helpers', () => {
    it('tee() gives two identical iterations of one response', async () => {
      handle = sse([{ n: 1 }, { n: 2 }, { n: 3 }], { gap: 5 });
      const stream = await sdk.createChatCompletions(client(), { ...CHAT_BODY, stream: true });
      const [left, right] = stream.tee();
      const read = async (branch: AsyncIterable<unknown>) => {
        const items: unknown[] = [];
        for await (const item of branch) items.push(item);
        return items;
      };
      const [a, b] = await Promise.all([read(left), read(right)]);
      expect(a).toEqual([{ n: 1 }, { n: 2 }, { n: 3 }]);
      expect(b).toEqual(a);
      expect(received).toHaveLength(1);
    });

    it('toReadableStream() forwards the events over HTTP; Stream.fromReadableStream() reads them on the other side', async () => {
      handle = sse([{ n: 1 }, { n: 2 }]);
      const stream = await sdk.createChatCompletions(client(), { ...CHAT_BODY, stream: true });
      // A second server forwards the stream, as an app's backend would to its browser page.
      const relay = http.createServer(async (_req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream' });
        for await (const chunk of Readable.fromWeb(stream.toReadableStream())) res.write(chunk);
        res.end();
      });
      await new Promise<void>((resolve) => relay.listen(0, '127.0.0.1', () => resolve()));
      try {
        const response = await fetch(`http://127.0.0.1:${(relay.address() as AddressInfo).port}/`);
        const forwarded = sdk.Stream.fromReadableStream(response.body);
        const events: unknown[] = [];
        for await (const event of forwarded.events()) events.push([event.event, event.data]);
        expect(events).toEqual([
          ['message', { n: 1 }],
          ['message', { n: 2 }],
        ]);
      } finally {
        relay.closeAllConnections();
        await new Promise((resolve) => relay.close(resolve));
      }
    });
  });

  describe('escape hatches', () => {
    it('extraBody, extraQuery and headers arrive on the wire', async () => {
      handle = (_req, res) => json(res, 200, { code: 'success', data: { task_id: 't' } });
      await sdk.createMusicGenerationTask(
        client(),
        { model: 'sonic', prompt: 'x' },
        { extraBody: { beta_flag: true, prompt: 'overridden' }, extraQuery: { trace: 'on' }, headers: { 'x-feature': 'preview' } },
      );
      const [request] = received;
      expect(JSON.parse(request!.body.toString())).toEqual({ model: 'sonic', prompt: 'overridden', beta_flag: true });
      expect(request!.url).toBe('/v1/music/generations?trace=on');
      expect(request!.headers['x-feature']).toBe('preview');
    });

    it('extraBody on a call without a body is refused before sending, with a hint', async () => {
      const error = await rejection(sdk.getUserBalanceByToken(client(), { extraBody: { a: 1 } }));
      expect(error).toBeInstanceOf(sdk.SDKError);
      expect(error.message).toMatch(/extraQuery/);
      expect(received).toHaveLength(0);
    });

    it('client.request() to an undeclared path: credentials, retries, parsed JSON, request id', async () => {
      let attempt = 0;
      handle = (_req, res) => (attempt++ === 0 ? json(res, 503, { error: 'busy' }) : json(res, 200, { id: 'thing_1', owner: 'me' }, { 'x-request-id': 'req_u' }));
      const { data, requestId } = await client()
        .request({ method: 'get', path: '/v1/beta/things/{id}', pathParams: { id: 'thing 1' }, query: { expand: 'owner' } })
        .withResponse();
      expect(data).toEqual({ id: 'thing_1', owner: 'me' });
      expect(requestId).toBe('req_u');
      expect(received.map((entry) => [entry.method, entry.url])).toEqual([
        ['GET', '/v1/beta/things/thing%201?expand=owner'],
        ['GET', '/v1/beta/things/thing%201?expand=owner'],
      ]);
      expect(received[1]!.headers.authorization).toBe(`Bearer ${API_KEY}`);
    });

    it('client.request() redacts and types errors like any call, and does not retry a POST that reached the server', async () => {
      handle = (req, res) => json(res, 500, { error: `bad key ${req.headers.authorization}` });
      const error = await rejection(client().request({ method: 'POST', path: '/v1/beta/jobs', body: { a: 1 } }));
      expect(error).toBeInstanceOf(sdk.InternalServerError);
      expect(JSON.stringify(error.body)).not.toContain(API_KEY);
      expect(error.message).not.toContain(API_KEY);
      expect(JSON.stringify(error.body)).toContain('[REDACTED]');
      expect(received).toHaveLength(1);
      expect(JSON.parse(received[0]!.body.toString())).toEqual({ a: 1 });
    });

    it('client.request() reads text by its content type', async () => {
      handle = (_req, res) => res.writeHead(200, { 'content-type': 'text/plain' }).end('pong');
      expect(await client().request({ method: 'GET', path: '/ping' })).toBe('pong');
    });
  });

  describe('uploads', () => {
    const BYTES = Buffer.from(Uint8Array.from({ length: 200_003 }, (_, i) => (i * 31 + (i >> 8)) % 256));
    let tmpFile: string;

    beforeAll(async () => {
      tmpFile = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'to-file-')), 'clip.mp4');
      await fs.writeFile(tmpFile, BYTES);
    });

    const sources: { name: string; make: () => Promise<unknown> | unknown; fileName?: string; want: { filename: string; type: string } }[] = [
      { name: 'Blob', make: () => new Blob([BYTES], { type: 'image/png' }), fileName: 'a.png', want: { filename: 'a.png', type: 'image/png' } },
      { name: 'File', make: () => new File([BYTES], 'b.webp', { type: 'image/webp' }), want: { filename: 'b.webp', type: 'image/webp' } },
      {
        name: 'ArrayBuffer',
        make: () => BYTES.buffer.slice(BYTES.byteOffset, BYTES.byteOffset + BYTES.length),
        fileName: 'c.bin',
        want: { filename: 'c.bin', type: 'application/octet-stream' },
      },
      { name: 'Uint8Array', make: () => new Uint8Array(BYTES), fileName: 'd.wav', want: { filename: 'd.wav', type: 'audio/wav' } },
      { name: 'Buffer', make: () => BYTES, fileName: 'e.mp3', want: { filename: 'e.mp3', type: 'audio/mpeg' } },
      {
        name: 'web ReadableStream',
        make: () => Readable.toWeb(Readable.from([BYTES.subarray(0, 70_000), BYTES.subarray(70_000)])),
        fileName: 'f.webm',
        want: { filename: 'f.webm', type: 'video/webm' },
      },
      { name: 'Node Readable', make: () => Readable.from([BYTES.subarray(0, 1), BYTES.subarray(1)]), fileName: 'g.pdf', want: { filename: 'g.pdf', type: 'application/pdf' } },
      { name: 'fs.createReadStream', make: () => createReadStream(tmpFile, { highWaterMark: 4096 }), want: { filename: 'clip.mp4', type: 'video/mp4' } },
      { name: 'fetch Response', make: () => fetch(`${baseURL}/files/h.jpg`), want: { filename: 'h.jpg', type: 'image/jpeg' } },
    ];

    it.each(sources)('toFile from a $name arrives byte-identical in a multipart body', async ({ make, fileName, want }) => {
      handle = (req, res) => {
        if (req.url === '/files/h.jpg') return res.writeHead(200, { 'content-type': 'image/jpeg' }).end(BYTES);
        json(res, 200, { ok: true });
      };
      const file = await sdk.toFile(await make(), fileName);
      await client().request({ method: 'POST', path: '/v1/uploads', contentType: 'multipart/form-data', body: { purpose: 'test', file } });
      const upload = received.find((entry) => entry.url === '/v1/uploads')!;
      const parts = multipartParts(upload.body, upload.headers['content-type']!);
      expect(parts.map((part) => part.name)).toEqual(['purpose', 'file']);
      expect(parts[0]!.data.toString()).toBe('test');
      expect({ filename: parts[1]!.filename, type: parts[1]!.type }).toEqual(want);
      expect(parts[1]!.data.equals(BYTES)).toBe(true);
    });
  });

  describe('downloads', () => {
    it('a 50 MB binary response read as a stream arrives whole', async () => {
      const size = 50 * 1024 * 1024;
      const chunk = Buffer.alloc(64 * 1024);
      for (let i = 0; i < chunk.length; i += 1) chunk[i] = (i * 13) % 251;
      handle = (_req, res) => {
        res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': String(size) });
        let sent = 0;
        const pump = () => {
          while (sent < size) {
            sent += chunk.length;
            if (!res.write(chunk)) return void res.once('drain', pump);
          }
          res.end();
        };
        pump();
      };
      const expected = createHash('sha256');
      for (let sent = 0; sent < size; sent += chunk.length) expected.update(chunk);
      const response = await sdk.fetchMidjourneyImage(client(), 'big').asResponse();
      const hash = createHash('sha256');
      let bytes = 0;
      for await (const piece of Readable.fromWeb(response.body)) {
        bytes += piece.length;
        hash.update(piece);
      }
      expect(bytes).toBe(size);
      expect(hash.digest('hex')).toBe(expected.digest('hex'));
    });
  });

  describe('identification', () => {
    it('every request names the SDK and its version in User-Agent; defaultHeaders can replace it', async () => {
      handle = (_req, res) => json(res, 200, {});
      await sdk.getUserBalanceByToken(client());
      await sdk.getUserBalanceByToken(client({ defaultHeaders: { 'User-Agent': 'my-app/2.0' } }));
      expect(received.map((entry) => entry.headers['user-agent'])).toEqual([`@imarouter/sdk/${version}`, 'my-app/2.0']);
    });
  });
});
