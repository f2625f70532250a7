/** toFile: every kind of source becomes a File with the same bytes, a name and a media type. */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { readUploads, toFile, typeOfName } from '../../../../../generated/imarouter/src/core/uploads.ts';

const BYTES = Uint8Array.from({ length: 300 }, (_, i) => (i * 7) % 256);

function webStream(): ReadableStream<Uint8Array> {
  return new ReadableStream({
    start(controller) {
      controller.enqueue(BYTES.slice(0, 100));
      controller.enqueue(BYTES.slice(100));
      controller.close();
    },
  });
}

function responseOf(headers: Record<string, string>, url?: string): Response {
  const response = new Response(BYTES, { headers });
  if (url) Object.defineProperty(response, 'url', { value: url });
  return response;
}

describe('toFile', () => {
  const cases: { name: string; source: () => unknown; fileName?: string; type?: string; want: { name: string; type: string } }[] = [
    { name: 'Uint8Array with a name', source: () => BYTES, fileName: 'photo.png', want: { name: 'photo.png', type: 'image/png' } },
    { name: 'Node Buffer', source: () => Buffer.from(BYTES), fileName: 'a.bin', want: { name: 'a.bin', type: '' } },
    { name: 'ArrayBuffer', source: () => BYTES.slice().buffer, want: { name: 'file', type: '' } },
    { name: 'a view into a larger buffer', source: () => new Uint8Array([9, ...BYTES, 9]).subarray(1, 301), fileName: 'x.mp4', want: { name: 'x.mp4', type: 'video/mp4' } },
    { name: 'Blob keeps its type', source: () => new Blob([BYTES], { type: 'audio/wav' }), fileName: 'take.wav', want: { name: 'take.wav', type: 'audio/wav' } },
    { name: 'File keeps its name', source: () => new File([BYTES], 'orig.webp', { type: 'image/webp' }), want: { name: 'orig.webp', type: 'image/webp' } },
    { name: 'web ReadableStream', source: webStream, fileName: 'clip.webm', want: { name: 'clip.webm', type: 'video/webm' } },
    {
      name: 'Node Readable',
      source: () => Readable.from([Buffer.from(BYTES.slice(0, 10)), Buffer.from(BYTES.slice(10))]),
      fileName: 'n.txt',
      want: { name: 'n.txt', type: 'text/plain' },
    },
    {
      name: 'Response: name from Content-Disposition, type from Content-Type',
      source: () => responseOf({ 'content-type': 'image/jpeg; q=1', 'content-disposition': 'attachment; filename="cat.jpg"' }),
      want: { name: 'cat.jpg', type: 'image/jpeg' },
    },
    {
      name: 'Response: name from the URL',
      source: () => responseOf({ 'content-type': 'video/mp4' }, 'http://127.0.0.1/files/a%20b.mp4?x=1'),
      want: { name: 'a b.mp4', type: 'video/mp4' },
    },
    { name: 'type option wins', source: () => BYTES, fileName: 'data.json', type: 'application/x-custom', want: { name: 'data.json', type: 'application/x-custom' } },
  ];
  it.each(cases)('$name', async ({ source, fileName, type, want }) => {
    const file = await toFile(source() as never, fileName, type ? { type } : {});
    expect(file).toBeInstanceOf(File);
    expect({ name: file.name, type: file.type }).toEqual(want);
    expect(new Uint8Array(await file.arrayBuffer())).toEqual(BYTES);
  });

  it('a Node file stream is named after its path', async () => {
    const stream = Object.assign(Readable.from([Buffer.from(BYTES)]), { path: '/tmp/uploads/scan.pdf' });
    const file = await toFile(stream);
    expect([file.name, file.type]).toEqual(['scan.pdf', 'application/pdf']);
  });

  it('text chunks are encoded as UTF-8', async () => {
    const file = await toFile(Readable.from(['héllo ', 'wörld']), 't.txt');
    expect(await file.text()).toBe('héllo wörld');
  });

  const refusals: { name: string; source: unknown; want: RegExp }[] = [
    { name: 'a path', source: '/tmp/a.png', want: /createReadStream/ },
    { name: 'nothing', source: undefined, want: /needs a source/ },
    { name: 'a number', source: 42, want: /cannot read/ },
  ];
  it.each(refusals)('refuses $name', async ({ source, want }) => {
    await expect(toFile(source as never)).rejects.toThrow(want);
  });
});

describe('typeOfName', () => {
  const cases = [
    { given: 'a.PNG', want: 'image/png' },
    { given: 'movie.mov', want: 'video/quicktime' },
    { given: 'noext', want: '' },
    { given: 'archive.tar.gz', want: '' },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(typeOfName(given)).toBe(want));
});

describe('readUploads: the files of a body read into Files before it is encoded', () => {
  const file = new File([BYTES], 'a.png', { type: 'image/png' });
  /** What a read body holds: a File as its name and size, anything else as it is. */
  const shape = (value: unknown): unknown => (value instanceof Blob ? { file: (value as File).name, size: value.size } : Array.isArray(value) ? value.map(shape) : value);
  const cases: { name: string; body: () => unknown; want: { body: unknown; files: boolean } }[] = [
    { name: 'JSON fields: no file, nothing read', body: () => ({ prompt: 'p', n: 2, tags: ['a'] }), want: { body: { prompt: 'p', n: 2, tags: ['a'] }, files: false } },
    { name: 'a File stays itself', body: () => ({ image: file }), want: { body: { image: { file: 'a.png', size: 300 } }, files: true } },
    { name: 'bytes become a File', body: () => ({ image: BYTES, prompt: 'p' }), want: { body: { image: { file: 'file', size: 300 }, prompt: 'p' }, files: true } },
    { name: 'a web stream becomes a File', body: () => ({ image: webStream() }), want: { body: { image: { file: 'file', size: 300 } }, files: true } },
    { name: 'a Node stream becomes a File', body: () => ({ image: Readable.from([Buffer.from(BYTES)]) }), want: { body: { image: { file: 'file', size: 300 } }, files: true } },
    {
      name: 'a Response becomes a File',
      body: () => ({ image: responseOf({}, 'https://cdn.example/cat.jpg') }),
      want: { body: { image: { file: 'cat.jpg', size: 300 } }, files: true },
    },
    {
      name: 'a list of sources, each',
      body: () => ({ parts: [BYTES, file] }),
      want: {
        body: {
          parts: [
            { file: 'file', size: 300 },
            { file: 'a.png', size: 300 },
          ],
        },
        files: true,
      },
    },
    { name: 'a body that is a source', body: () => webStream(), want: { body: { file: 'file', size: 300 }, files: true } },
    { name: 'a body that is text', body: () => 'plain', want: { body: 'plain', files: false } },
  ];
  it.each(cases)('$name', async ({ body, want }) => {
    const read = await readUploads(body());
    const fields =
      read.body !== null && typeof read.body === 'object' && !(read.body instanceof Blob)
        ? Object.fromEntries(Object.entries(read.body).map(([key, value]) => [key, shape(value)]))
        : shape(read.body);
    expect({ body: fields, files: read.files }).toEqual(want);
  });
});
