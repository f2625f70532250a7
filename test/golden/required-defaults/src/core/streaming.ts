// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * Server-sent events (`text/event-stream`), parsed as the HTML standard describes: `data` lines joined by `\n`,
 * `event` and `id` fields, comments (`:`) ignored, CR, LF or CRLF line ends, split anywhere across chunks.
 * A `[DONE]` data line ends the stream; an `error` event throws.
 */
import { SDKError } from './errors.js';

/** One event of a stream. */
export interface ServerSentEvent<TData = unknown> {
  /** The `event` field; `'message'` when the server sent none. */
  event: string;
  /** The `data` lines joined by `\n`, parsed as JSON when they are JSON, otherwise the text itself. */
  data: TData;
  /** The last event id the server set with an `id` field, if any. */
  id: string | undefined;
  /** The `data` text as it came. */
  raw: string;
}

/** An event before its data is parsed. */
export interface RawEvent {
  event: string;
  data: string;
  id: string | undefined;
}

/** Incremental parser: feed it decoded text in pieces of any size, it returns the events each piece completes. */
export class SSEParser {
  #partial = '';
  #skipLF = false;
  #data: string[] = [];
  #event = '';
  #id: string | undefined;

  feed(text: string): RawEvent[] {
    const events: RawEvent[] = [];
    const buffer = this.#partial + text;
    let start = 0;
    if (this.#skipLF && buffer.startsWith('\n')) start = 1;
    this.#skipLF = false;
    const lineEnd = /[\r\n]/g;
    lineEnd.lastIndex = start;
    for (let match = lineEnd.exec(buffer); match; match = lineEnd.exec(buffer)) {
      const end = match.index;
      this.#line(buffer.slice(start, end), events);
      start = end + 1;
      if (buffer[end] === '\r') {
        if (start === buffer.length) this.#skipLF = true;
        else if (buffer[start] === '\n') start += 1;
      }
      lineEnd.lastIndex = start;
    }
    this.#partial = buffer.slice(start);
    return events;
  }

  #line(line: string, events: RawEvent[]): void {
    if (line === '') {
      if (this.#data.length)
        events.push({ event: this.#event || 'message', data: this.#data.join('\n'), id: this.#id });
      this.#data = [];
      this.#event = '';
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon === -1 ? line : line.slice(0, colon);
    let value = colon === -1 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.#data.push(value);
    else if (field === 'event') this.#event = value;
    else if (field === 'id' && !value.includes('\0')) this.#id = value;
  }
}

/** What a stream needs from the request that opened it. */
export interface StreamSource {
  /** The error to throw for a body that broke off (or was aborted, or timed out). */
  failure(error: unknown): Error;
  /** The error to throw for an error event, given its name and raw data. */
  eventError(event: string, raw: string): Error;
  /** Closes the connection. */
  close(): void;
  /** Lets go of the caller's signal; called once when the stream ends, however it ends. */
  release(): void;
}

/**
 * The events of a streamed response, read as they arrive: `for await (const event of stream)`. Leaving the loop
 * early (`break`, `return`, a throw) or the request's `signal` aborting closes the connection. Iterable once.
 */
export class Stream<TData = unknown> implements AsyncIterable<ServerSentEvent<TData>> {
  /** The HTTP response (status, headers); its body is what this stream reads. */
  readonly response: Response;
  readonly #source: StreamSource;
  #iterated = false;
  #aborted = false;

  constructor(response: Response, source: StreamSource) {
    this.response = response;
    this.#source = source;
  }

  [Symbol.asyncIterator](): AsyncIterator<ServerSentEvent<TData>> {
    if (this.#iterated) throw new SDKError('This stream has already been iterated; a stream can be read once.');
    this.#iterated = true;
    return this.#events();
  }

  /** Stops reading and closes the connection; a loop over the stream ends quietly. */
  abort(): void {
    this.#aborted = true;
    this.#source.close();
  }

  async *#events(): AsyncGenerator<ServerSentEvent<TData>, void, undefined> {
    const body = this.response.body;
    let finished = false;
    try {
      if (!body) {
        finished = true;
        return;
      }
      const reader = body.getReader();
      const decoder = new TextDecoder();
      const parser = new SSEParser();
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          finished = true;
          if (this.#aborted) return;
          throw this.#source.failure(error);
        }
        const text = chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
        // At the end, an event without its closing blank line is incomplete and dropped, as the standard says.
        for (const raw of parser.feed(text)) {
          if (raw.data === '[DONE]' || this.#aborted) return;
          const data = parseData(raw.data);
          if (raw.event === 'error' || (raw.event === 'message' && isErrorData(data)))
            throw this.#source.eventError(raw.event, raw.data);
          yield { event: raw.event, data: data as TData, id: raw.id, raw: raw.data };
        }
        if (chunk.done) {
          finished = true;
          return;
        }
      }
    } finally {
      if (!finished) this.#source.close();
      this.#source.release();
    }
  }
}

function parseData(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

/** OpenAI-style streams report a failure as an ordinary event with an `error` member. */
function isErrorData(data: unknown): boolean {
  return (
    typeof data === 'object' && data !== null && !Array.isArray(data) && (data as { error?: unknown }).error != null
  );
}
