// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * Reading a whole response body into memory, bounded by `maxResponseBytes`: a server (or anything between it and
 * the client) that sends gigabytes must end in an error the caller can catch, not in a process that runs out of
 * memory. The bytes are counted as they arrive, so neither a missing nor a lying `Content-Length` (nor a small
 * compressed body that inflates) gets past the limit; a declared length above it fails before anything is read.
 * Streams (events, `asResponse()` downloads) are read by the caller piece by piece and have no limit.
 */
import { ResponseTooLargeError } from './errors.js';

/** The default limit of a body read whole (JSON, text, a `Blob`): 100 MiB. */
export const DEFAULT_MAX_RESPONSE_BYTES = 100 * 1024 * 1024;

function tooLarge(limit: number, describe: string): ResponseTooLargeError {
  return new ResponseTooLargeError(
    `${describe}: the response body is larger than maxResponseBytes (${limit} bytes). Raise \`maxResponseBytes\` (client option or per call), or read the body as a stream with asResponse().`,
    limit,
  );
}

/** The body's chunks, at most `limit` bytes in all; the connection is closed as soon as it sends more. */
async function readChunks(response: Response, limit: number, describe: string): Promise<Uint8Array[]> {
  const encoding = response.headers.get('content-encoding');
  const declared = Number(response.headers.get('content-length') ?? NaN);
  // Without an encoding the declared length is the body's: one above the limit fails before a byte is read.
  if ((encoding === null || encoding.toLowerCase() === 'identity') && declared > limit) {
    await response.body?.cancel().catch(() => undefined);
    throw tooLarge(limit, describe);
  }
  const chunks: Uint8Array[] = [];
  if (!response.body) return chunks;
  const reader = response.body.getReader();
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return chunks;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      throw tooLarge(limit, describe);
    }
    chunks.push(value);
  }
}

/** The body as text (UTF-8, as `response.text()` decodes it), failing with `ResponseTooLargeError` past `limit` bytes. */
export async function readText(response: Response, limit: number, describe: string): Promise<string> {
  if (limit === Infinity) return response.text();
  const chunks = await readChunks(response, limit, describe);
  if (chunks.length === 1) return new TextDecoder().decode(chunks[0]);
  const decoder = new TextDecoder();
  let text = '';
  for (const chunk of chunks) text += decoder.decode(chunk, { stream: true });
  return text + decoder.decode();
}

/** The body as a `Blob` of the response's content type, failing with `ResponseTooLargeError` past `limit` bytes. */
export async function readBlob(response: Response, limit: number, describe: string): Promise<Blob> {
  if (limit === Infinity) return response.blob();
  const chunks = await readChunks(response, limit, describe);
  return new Blob(chunks as BlobPart[], { type: response.headers.get('content-type') ?? '' });
}
