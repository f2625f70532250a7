/**
 * Bodies offered as JSON and as `multipart/form-data` on the wire (test/fixtures/form-and-multipart.yaml: its
 * golden, built, installed and run against a node:http server on 127.0.0.1, which parses what arrives): a call
 * whose fields hold a file goes as multipart, its file parts carrying the bytes whatever `toFile` source they came
 * from (bytes, a Node stream, a Response, a Blob); the same call without a file goes as JSON.
 */
import { writeFile } from 'node:fs/promises';
import { createReadStream } from 'node:fs';
import http from 'node:http';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { materializeGolden } from '../helpers/golden-cases.ts';
import { sharedInstall } from '../helpers/install-package.ts';
import { closeServer, listenOnLoopback } from '../helpers/loopback.ts';
import { tempDir } from '../helpers/run-cli.ts';

/** What a request carried, parsed: JSON as a value, multipart as its fields (a file as name, type and bytes). */
interface Received {
  url: string;
  contentType: string;
  json?: unknown;
  form?: Record<string, string | { name: string; type: string; bytes: number[] } | (string | { name: string; type: string; bytes: number[] })[]>;
}
const received: Received[] = [];

const server = http.createServer(async (req, res) => {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  const body = Buffer.concat(chunks);
  const contentType = req.headers['content-type'] ?? '';
  const entry: Received = { url: req.url ?? '', contentType: contentType.split(';')[0]! };
  if (contentType.startsWith('application/json')) entry.json = JSON.parse(body.toString('utf8'));
  if (contentType.startsWith('multipart/form-data')) {
    // The platform's own multipart parser reads what the SDK's FormData wrote.
    const form = await new Response(body, { headers: { 'content-type': contentType } }).formData();
    entry.form = {};
    for (const key of new Set(form.keys())) {
      const values = await Promise.all(
        form.getAll(key).map(async (value) => (typeof value === 'string' ? value : { name: value.name, type: value.type, bytes: [...new Uint8Array(await value.arrayBuffer())] })),
      );
      entry.form[key] = values.length === 1 ? values[0]! : values;
    }
  }
  received.push(entry);
  const json = req.url?.startsWith('/groups') ? '{"id":"g1"}' : '{"id":"u1"}';
  if (req.url === '/images/edit') return res.writeHead(200, { 'content-type': 'application/octet-stream' }).end(Buffer.from([1, 2, 3]));
  res.writeHead(201, { 'content-type': 'application/json' }).end(json);
});

const PNG = [137, 80, 78, 71, 13, 10, 26, 10];
let sdk: any;
let client: any;
let clip = '';
let cleanup: (() => Promise<void>) | undefined;
let removeOut: (() => Promise<void>) | undefined;

beforeAll(async () => {
  const out = await tempDir('sdkgen-multipart-');
  removeOut = out.remove;
  clip = join(out.path, 'clip.png');
  await writeFile(clip, Buffer.from(PNG));
  await materializeGolden('form-and-multipart', join(out.path, 'sdk'));
  const installed = await sharedInstall(join(out.path, 'sdk'));
  cleanup = installed.cleanup;
  sdk = await installed.importPackage();
  client = new sdk.FormsAndFilesAPIClient({ baseURL: await listenOnLoopback(server), maxRetries: 0 });
}, 600_000);

afterAll(async () => {
  await closeServer(server);
  await cleanup?.();
  await removeOut?.();
});

beforeEach(() => {
  received.length = 0;
});

describe('a body offered as JSON and as multipart takes either form', () => {
  it('without a file it goes as JSON', async () => {
    await sdk.editImage(client, { image_url: 'https://example.com/in.png', prompt: 'brighter' });
    await sdk.createOneGroup(client, { name: 'team', icon_url: 'https://example.com/i.png', dry_run: true });
    expect(received).toEqual([
      { url: '/images/edit', contentType: 'application/json', json: { image_url: 'https://example.com/in.png', prompt: 'brighter' } },
      { url: '/groups?dry_run=true', contentType: 'application/json', json: { name: 'team', icon_url: 'https://example.com/i.png' } },
    ]);
  });

  it('with a file it goes as multipart: the bytes arrive whatever toFile source held them', async () => {
    const sources: [string, () => unknown][] = [
      ['bytes', () => new Uint8Array(PNG)],
      ['a Node stream', () => createReadStream(clip)],
      ['a Response', () => new Response(new Uint8Array(PNG), { headers: { 'content-type': 'image/png' } })],
      ['a File', () => new File([new Uint8Array(PNG)], 'photo.png', { type: 'image/png' })],
    ];
    for (const [, source] of sources) await sdk.editImage(client, { image: source(), prompt: 'brighter' });
    expect(received.map((entry) => entry.contentType)).toEqual(sources.map(() => 'multipart/form-data'));
    expect(received.map((entry) => (entry.form!.image as { bytes: number[] }).bytes)).toEqual(sources.map(() => PNG));
    expect(received.map((entry) => entry.form!.prompt)).toEqual(sources.map(() => 'brighter'));
    // Named after the stream's path and the File's own name; typed by the Response's header and the File.
    expect((received[1]!.form!.image as { name: string }).name).toBe('clip.png');
    expect(received[2]!.form!.image).toMatchObject({ type: 'image/png' });
    expect(received[3]!.form!.image).toMatchObject({ name: 'photo.png', type: 'image/png' });
  });

  it('a query parameter beside a multipart body goes in the URL, the fields in the form', async () => {
    await sdk.createOneGroup(client, { name: 'team', icon: new Blob([new Uint8Array(PNG)], { type: 'image/png' }), dry_run: false });
    expect(received).toEqual([{ url: '/groups?dry_run=false', contentType: 'multipart/form-data', form: { name: 'team', icon: { name: 'blob', type: 'image/png', bytes: PNG } } }]);
  });
});

describe('a multipart-only body', () => {
  it('takes any Uploadable in a file field and in a list of them', async () => {
    await sdk.uploadFiles(client, { file: createReadStream(clip), attachments: [new Uint8Array([1]), new Uint8Array([2, 3])], title: 'set' });
    const [entry] = received;
    expect(entry).toMatchObject({ url: '/uploads', contentType: 'multipart/form-data' });
    expect(entry!.form).toEqual({
      file: { name: 'clip.png', type: 'image/png', bytes: PNG },
      attachments: [
        // No name, no type given: toFile's default name; the parser's default type.
        { name: 'file', type: 'application/octet-stream', bytes: [1] },
        { name: 'file', type: 'application/octet-stream', bytes: [2, 3] },
      ],
      title: 'set',
    });
  });
});
