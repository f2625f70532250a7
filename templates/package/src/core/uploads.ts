/**
 * Files for `multipart/form-data` bodies: `toFile` turns what an app holds (bytes, a Blob, a web or Node stream,
 * a fetch Response) into a `File` with a name and a media type, which the multipart encoder sends as a file part.
 *
 * A file path is not accepted: reading one needs `node:fs`, which browsers and edge runtimes lack and bundlers
 * trip over. On Node, Bun or Deno pass a stream of it instead — `toFile(fs.createReadStream('clip.mp4'))` — and
 * its name comes from the stream's path.
 */
import { SDKError } from './errors.js';

/** What {@link toFile} accepts. Node's `Readable` (and `fs.ReadStream`) is an `AsyncIterable` of `Buffer`s. */
export type FileSource =
  | Blob
  | ArrayBuffer
  | ArrayBufferView
  | ReadableStream<Uint8Array>
  | AsyncIterable<Uint8Array | string>
  | Iterable<Uint8Array | string>
  | Response;

/**
 * What a file field (or a binary body) of a request takes: anything {@link toFile} reads, but a plain iterable
 * (which in a form is several values): a `File` or `Blob`, bytes, a web or Node stream, a fetch `Response`. The
 * SDK reads it into a `File` before the request is sent (so a retry can send it again).
 */
export type Uploadable =
  Blob | ArrayBuffer | ArrayBufferView | ReadableStream<Uint8Array> | AsyncIterable<Uint8Array | string> | Response;

export interface ToFileOptions {
  /** The media type, e.g. `video/mp4`. Default: the source's own (a Blob's, a Response's), else by the name's extension. */
  type?: string;
  /** Milliseconds since the epoch. Default: now. */
  lastModified?: number;
}

/** Media types of common upload extensions; anything else is sent without one unless `type` says. */
const TYPES_BY_EXTENSION: Record<string, string> = {
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  svg: 'image/svg+xml',
  mp4: 'video/mp4',
  mov: 'video/quicktime',
  webm: 'video/webm',
  mp3: 'audio/mpeg',
  wav: 'audio/wav',
  ogg: 'audio/ogg',
  m4a: 'audio/mp4',
  flac: 'audio/flac',
  pdf: 'application/pdf',
  json: 'application/json',
  txt: 'text/plain',
  csv: 'text/csv',
};

/** The media type for a file name's extension, or `''`. */
export function typeOfName(name: string): string {
  const extension = /\.([A-Za-z0-9]+)$/.exec(name)?.[1]?.toLowerCase();
  return (extension && TYPES_BY_EXTENSION[extension]) || '';
}

/** The last path segment of a path or URL (`/a/b/clip.mp4` → `clip.mp4`), or `undefined`. */
function baseName(path: string): string | undefined {
  const clean = path.split(/[?#]/)[0]!;
  const name = clean.split(/[\\/]/).pop();
  if (!name) return undefined;
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/** The `filename` of a `Content-Disposition` header (`filename*=UTF-8''…` preferred), if any. */
function dispositionName(header: string | null): string | undefined {
  if (!header) return undefined;
  const extended = /filename\*\s*=\s*(?:UTF-8|utf-8)''([^;]+)/.exec(header)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // Not valid percent-encoding: fall back to the plain parameter.
    }
  }
  return /filename\s*=\s*"?([^";]+)"?/.exec(header)?.[1]?.trim();
}

const isAsyncIterable = (value: unknown): value is AsyncIterable<Uint8Array | string> =>
  typeof value === 'object' &&
  value !== null &&
  typeof (value as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function';

const isIterable = (value: unknown): value is Iterable<Uint8Array | string> =>
  typeof value === 'object' && value !== null && typeof (value as Iterable<unknown>)[Symbol.iterator] === 'function';

/** Copies a view's bytes into an ArrayBuffer-backed array (a view over a SharedArrayBuffer is no BlobPart). */
function bytesOf(view: ArrayBufferView): Uint8Array<ArrayBuffer> {
  const bytes = new Uint8Array(view.byteLength);
  bytes.set(new Uint8Array(view.buffer, view.byteOffset, view.byteLength));
  return bytes;
}

function part(chunk: unknown, encoder: TextEncoder): BlobPart {
  if (typeof chunk === 'string') return encoder.encode(chunk);
  if (chunk instanceof Uint8Array || ArrayBuffer.isView(chunk)) return bytesOf(chunk);
  if (chunk instanceof ArrayBuffer) return chunk;
  throw new SDKError(
    `toFile: a stream gave a chunk that is not bytes or text (${Object.prototype.toString.call(chunk)})`,
  );
}

/** The parts of a source, its own media type and name where it has them. */
async function read(source: FileSource): Promise<{ parts: BlobPart[]; type?: string; name?: string }> {
  if (source instanceof Blob)
    return { parts: [source], type: source.type || undefined, name: (source as Partial<File>).name };
  if (source instanceof ArrayBuffer) return { parts: [source] };
  if (ArrayBuffer.isView(source)) return { parts: [bytesOf(source)] };
  if (typeof Response !== 'undefined' && source instanceof Response) {
    const name =
      dispositionName(source.headers.get('content-disposition')) ??
      (source.url ? baseName(new URL(source.url).pathname) : undefined);
    const type = source.headers.get('content-type')?.split(';')[0]?.trim() || undefined;
    return { parts: [await source.blob()], type, name };
  }
  const encoder = new TextEncoder();
  if (typeof ReadableStream !== 'undefined' && source instanceof ReadableStream) {
    const parts: BlobPart[] = [];
    const reader = source.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read())
      parts.push(part(chunk.value, encoder));
    return { parts };
  }
  if (isAsyncIterable(source) || isIterable(source)) {
    const parts: BlobPart[] = [];
    for await (const chunk of source) parts.push(part(chunk, encoder));
    // Node's fs.ReadStream knows the path it reads.
    const path = (source as { path?: unknown }).path;
    return { parts, name: typeof path === 'string' ? baseName(path) : undefined };
  }
  if (typeof source === 'string') {
    throw new SDKError(
      'toFile takes the file, not its path: on Node pass `fs.createReadStream(path)` (or the bytes of `fs.readFile(path)`).',
    );
  }
  throw new SDKError(
    `toFile cannot read a ${Object.prototype.toString.call(source)}: pass a Blob, bytes, a stream or a Response.`,
  );
}

/**
 * A `File` for a multipart body from bytes, a Blob, a web or Node stream, or a fetch Response:
 * `await toFile(fs.createReadStream('clip.mp4'))`, `await toFile(buffer, 'photo.png')`,
 * `await toFile(await fetch(url))`. The name defaults to the source's own (a File's name, a stream's path, a
 * Response's `Content-Disposition` or URL), else `file`; the type to the source's, else the extension's.
 */
export async function toFile(source: FileSource, name?: string, options: ToFileOptions = {}): Promise<File> {
  if (source === null || source === undefined)
    throw new SDKError('toFile needs a source: a Blob, bytes, a stream or a Response.');
  const found = await read(source);
  const fileName = name ?? found.name ?? 'file';
  const type = options.type ?? found.type ?? typeOfName(fileName);
  const lastModified = options.lastModified ?? Date.now();
  if (typeof File === 'undefined') {
    // Runtimes without a global File: a Blob with the same two properties, which FormData also names.
    return Object.assign(new Blob(found.parts, { type }), {
      name: fileName,
      lastModified,
      webkitRelativePath: '',
    }) as File;
  }
  return new File(found.parts, fileName, { type, lastModified });
}

/** A value a file field holds, which the SDK reads into a `File` (a `Blob` is sent as it is). */
function isUploadSource(value: unknown): boolean {
  if (typeof value !== 'object' || value === null || value instanceof Blob) return false;
  return (
    value instanceof ArrayBuffer ||
    ArrayBuffer.isView(value) ||
    (typeof ReadableStream !== 'undefined' && value instanceof ReadableStream) ||
    (typeof Response !== 'undefined' && value instanceof Response) ||
    isAsyncIterable(value)
  );
}

/**
 * Reads the files of a body before it is encoded: a body that is itself an {@link Uploadable} other than a Blob
 * becomes one; in an object body every field that holds one, alone or in a list, becomes a `File` (named after its
 * source, see {@link toFile}). Other values stay as they are. `files` says whether a field holds a file (then the
 * body goes as `multipart/form-data` where the call offers it).
 */
export async function readUploads(body: unknown): Promise<{ body: unknown; files: boolean }> {
  if (isUploadSource(body)) return { body: await toFile(body as FileSource), files: true };
  if (
    typeof body !== 'object' ||
    body === null ||
    Array.isArray(body) ||
    Object.getPrototypeOf(body) !== Object.prototype
  )
    return { body, files: body instanceof Blob };
  let files = false;
  const read = async (value: unknown): Promise<unknown> => {
    if (value instanceof Blob) files = true;
    if (!isUploadSource(value)) return value;
    files = true;
    return toFile(value as FileSource);
  };
  const fields: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(body)) {
    fields[key] = Array.isArray(value) ? await Promise.all(value.map(read)) : await read(value);
  }
  return { body: fields, files };
}
