/**
 * Bodies read whole, bounded by `maxResponseBytes` (templates/package/src/core/body-limit.ts): counted as they
 * arrive, whatever `Content-Length` says, and the connection closed at the limit. Against a node:http server on
 * 127.0.0.1 (no fetch is mocked). The 2 GiB body under a bounded memory is test/e2e/hostile-server.test.ts.
 */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import type http from 'node:http';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { recordingServer } from '../../../../helpers/recording-server.ts';
import { DEFAULT_MAX_RESPONSE_BYTES, readBlob, readText } from '../../../../../generated/imarouter/src/core/body-limit.ts';
import { ResponseTooLargeError } from '../../../../../generated/imarouter/src/core/errors.ts';

const server = recordingServer();
const get = () => fetch(`${server.baseURL}/body`);

/** Writes chunks of `a` until the client goes away; resolves to the bytes written by then. */
function endless(res: http.ServerResponse, headers: Record<string, string> = {}): Promise<number> {
  return new Promise((resolve) => {
    let written = 0;
    const chunk = Buffer.alloc(16 * 1024, 'a');
    res.writeHead(200, { 'content-type': 'text/plain', ...headers });
    const write = () => {
      let flowing = true;
      while (flowing && !res.destroyed) {
        flowing = res.write(chunk);
        written += chunk.length;
      }
      if (!res.destroyed) res.once('drain', write);
    };
    res.on('close', () => resolve(written));
    write();
  });
}

describe('readText', () => {
  const cases: { name: string; body: string; limit: number; want: string | typeof ResponseTooLargeError }[] = [
    { name: 'under the limit', body: 'héllo', limit: 100, want: 'héllo' },
    { name: 'exactly the limit (bytes, not characters)', body: 'héllo', limit: 6, want: 'héllo' },
    { name: 'one byte over', body: 'héllo', limit: 5, want: ResponseTooLargeError },
    { name: 'no limit', body: 'x'.repeat(5000), limit: Infinity, want: 'x'.repeat(5000) },
    { name: 'empty', body: '', limit: 0.5, want: '' },
  ];
  it.each(cases)('$name', async ({ body, limit, want }) => {
    server.reply = (res) => res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' }).end(body);
    const read = readText(await get(), limit, 'GET /body');
    if (typeof want === 'string') expect(await read).toBe(want);
    else await expect(read).rejects.toThrow(want);
  });

  it('counts a body without Content-Length as it arrives, and closes the connection at the limit', async () => {
    let sent: Promise<number> | undefined;
    server.reply = (res) => (sent = endless(res));
    const error = await readText(await get(), 64 * 1024, 'GET /body').catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ResponseTooLargeError);
    expect(error).toMatchObject({ limit: 64 * 1024 });
    expect((error as Error).message).toBe(
      'GET /body: the response body is larger than maxResponseBytes (65536 bytes). Raise `maxResponseBytes` (client option or per call), or read the body as a stream with asResponse().',
    );
    // The server saw the connection close: it stopped writing soon after the limit (socket buffers aside).
    expect(await sent!).toBeLessThan(64 * 1024 * 1024);
  });

  it('a declared length above the limit fails before the body is read', async () => {
    let sent: Promise<number> | undefined;
    server.reply = (res) => (sent = endless(res, { 'content-length': String(2 ** 31) }));
    await expect(readText(await get(), 1024, 'GET /body')).rejects.toThrow(ResponseTooLargeError);
    expect(await sent!).toBeLessThan(64 * 1024 * 1024);
  });

  it('a small compressed body that inflates past the limit fails (Content-Length is the compressed size)', async () => {
    const inflated = 'a'.repeat(1024 * 1024);
    server.reply = (res) => res.writeHead(200, { 'content-type': 'text/plain', 'content-encoding': 'gzip' }).end(gzipSync(inflated));
    await expect(readText(await get(), 64 * 1024, 'GET /body')).rejects.toThrow(ResponseTooLargeError);
  });
});

describe('readBlob', () => {
  it('a body under the limit, with its content type', async () => {
    server.reply = (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.from([1, 2, 3]));
    const blob = await readBlob(await get(), 3, 'GET /body');
    expect(blob.type).toBe('image/png');
    expect([...new Uint8Array(await blob.arrayBuffer())]).toEqual([1, 2, 3]);
  });

  it('a body over the limit', async () => {
    server.reply = (res) => res.writeHead(200, { 'content-type': 'image/png' }).end(Buffer.alloc(10));
    await expect(readBlob(await get(), 9, 'GET /body')).rejects.toThrow(ResponseTooLargeError);
  });
});

it('the default limit is 100 MiB', () => expect(DEFAULT_MAX_RESPONSE_BYTES).toBe(104_857_600));
