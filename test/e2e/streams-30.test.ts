/**
 * Streams as a 3.0 document declares them, on the wire (test/fixtures/streams-30.yaml: its golden, built, installed
 * and run against a node:http server on 127.0.0.1): the events' data its `schema` types arrives decoded, a nullable
 * `stream` flag streams with `true` and sends JSON with `null`, JSON lines are one value each, text events are text.
 */
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { materializeGolden } from '../helpers/golden-cases.ts';
import { sharedInstall } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';
import { tempDir } from '../helpers/run-cli.ts';

const received: { url: string; accept: string; body: unknown }[] = [];

const events = (...data: string[]) => data.map((line) => `${line}\n\n`).join('');

const server = http.createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const text = Buffer.concat(chunks).toString('utf8');
  const body = text ? JSON.parse(text) : undefined;
  received.push({ url: req.url ?? '', accept: req.headers.accept ?? '', body });
  const sse = (payload: string) => res.writeHead(200, { 'content-type': 'text/event-stream' }).end(payload);
  if (req.url === '/chat/completions') {
    if (body?.stream !== true) return res.writeHead(200, { 'content-type': 'application/json' }).end('{"id":"c1","content":"Hello"}');
    return sse(events('data: {"id":"c1","delta":"Hel"}', 'data: {"id":"c1","delta":"lo"}', 'data: [DONE]'));
  }
  if (req.url === '/agents/completions') return sse(events('event: completion\ndata: {"id":"a1","delta":"Hi"}'));
  if (req.url === '/jobs/job_1/events') return sse(events('data: {"id":"job_1","status":"running"}', 'data: {"id":"job_1","status":"succeeded"}'));
  if (req.url === '/logs') return res.writeHead(200, { 'content-type': 'application/x-ndjson' }).end('{"level":"info","message":"up"}\n{"level":"warn","message":"slow"}\n');
  if (req.url === '/ticks') return sse(events('data: tick 1', 'data: tick 2'));
  res.writeHead(404).end();
});

let client: any;
let cleanup: (() => Promise<void>) | undefined;
let removeOut: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const out = await tempDir('sdkgen-streams-30-');
  removeOut = out.remove;
  await materializeGolden('streams-30', join(out.path, 'sdk'));
  const installed = await sharedInstall(join(out.path, 'sdk'));
  cleanup = installed.cleanup;
  const sdk = await installed.importPackage();
  client = new sdk.Streams30Client({ baseURL: await listenOnLoopback(server), maxRetries: 0 });
}, 600_000);

afterAll(async () => {
  await closeServer(server);
  await cleanup?.();
  await removeOut?.();
});

beforeEach(() => {
  received.length = 0;
});

const collect = async (stream: AsyncIterable<unknown>) => {
  const items: unknown[] = [];
  for await (const item of stream) items.push(item);
  return items;
};

const messages = [{ role: 'user', content: 'Hello' }];

describe('a 3.0 document’s streams on the wire', () => {
  it('stream: true yields each event’s data decoded as the schema’s JSON', async () => {
    const stream = await client.chat.completions.create({ model: 'm', messages, stream: true });
    expect(await collect(stream)).toEqual([
      { id: 'c1', delta: 'Hel' },
      { id: 'c1', delta: 'lo' },
    ]);
    expect(received[0]!.body).toEqual({ model: 'm', messages, stream: true });
  });

  it('stream: null (a nullable flag) resolves to the JSON response and sends the null as given', async () => {
    expect(await client.chat.completions.create({ model: 'm', messages, stream: null })).toEqual({ id: 'c1', content: 'Hello' });
    expect(received[0]!.body).toEqual({ model: 'm', messages, stream: null });
  });

  it('an event envelope yields its data; stream.events() gives the event name', async () => {
    const stream = await client.agents.completions.create({ input: 'Hi' });
    const envelopes = [];
    for await (const event of stream.events()) envelopes.push({ event: event.event, data: event.data });
    expect(envelopes).toEqual([{ event: 'completion', data: { id: 'a1', delta: 'Hi' } }]);
  });

  it('an array of events: each event is one item', async () => {
    expect(await collect(await client.jobs.events.retrieve('job_1'))).toEqual([
      { id: 'job_1', status: 'running' },
      { id: 'job_1', status: 'succeeded' },
    ]);
  });

  it('JSON lines: one value per line', async () => {
    expect(await collect(await client.logs.retrieve())).toEqual([
      { level: 'info', message: 'up' },
      { level: 'warn', message: 'slow' },
    ]);
  });

  it('text events (`type: string`) stay text', async () => {
    expect(await collect(await client.ticks.retrieve())).toEqual(['tick 1', 'tick 2']);
  });
});
