// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * Streamed responses, in two framings. Server-sent events (`text/event-stream`), parsed as the HTML standard
 * describes: `data` lines joined by `\n`, `event` and `id` fields, comments (`:`) ignored, CR, LF or CRLF line
 * ends, split anywhere across chunks; a `[DONE]` data line ends the stream and an `error` event throws. JSON
 * sequences (`application/jsonl`, `application/x-ndjson`, `application/json-seq`): one JSON value per line.
 */
import { SDKError, StreamDataError } from './errors.js';
import { withBody } from './idle-timeout.js';

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

/**
 * JSON sequences: one value per line (LF or CRLF), blank lines skipped, the record separator of
 * `application/json-seq` (U+001E) taken as a line break. A last line without its line break is complete.
 */
export class JSONLinesParser {
  #partial = '';

  feed(text: string): RawEvent[] {
    const lines = (this.#partial + text).split(/[\n\u001e]/);
    this.#partial = lines.pop()!;
    return lines.flatMap((line) => this.#value(line));
  }

  /** The value left without a line break when the body ends. */
  end(): RawEvent[] {
    const last = this.#value(this.#partial);
    this.#partial = '';
    return last;
  }

  #value(line: string): RawEvent[] {
    const data = line.trim();
    return data === '' ? [] : [{ event: 'message', data, id: undefined }];
  }
}

/** How a stream's items are framed: server-sent events, or one JSON value per line. */
export type StreamFormat = 'sse' | 'jsonl';

/** What a stream needs from the request that opened it. */
export interface StreamSource {
  /** The error to throw for a body that broke off (or was aborted, or timed out). */
  failure(error: unknown): Error;
  /** The error to throw for an error event, given its name and raw data. */
  eventError(event: string, raw: string): Error;
  /** The error to throw for an item that is not JSON on a stream whose items are, given its event name and raw data. */
  dataError(event: string, raw: string): Error;
  /** Closes the connection. */
  close(): void;
  /** Lets go of the caller's signal; called once when the stream ends, however it ends. */
  release(): void;
}

/** A stream that reads a body it was handed (`Stream.fromReadableStream`): no request behind it. */
const DETACHED: StreamSource = {
  failure: (error) => (error instanceof Error ? error : new SDKError(String(error))),
  eventError: (event, raw) => new SDKError(`The event stream reported an error (${event}): ${raw.slice(0, 500)}`),
  dataError: (event, raw) => notJson(event, raw, 'The stream'),
  close: () => undefined,
  release: () => undefined,
};

/**
 * The events of a streamed response, read as they arrive. Iterating yields each event's data, typed by the
 * spec where it declares the events: `for await (const chunk of stream) chunk.choices[0]?.delta?.content`.
 * {@link events} yields the envelopes instead (`event`, `id`, `data`, `raw`). Leaving the loop early (`break`,
 * `return`, a throw) or the request's `signal` aborting closes the connection. A stream is read once: iterate it,
 * or {@link tee} it first to read it twice.
 */
export class Stream<TData = unknown> implements AsyncIterable<TData> {
  /** The HTTP response (status, headers); its body is what this stream reads. */
  readonly response: Response;
  /** How the body frames the items. */
  readonly format: StreamFormat;
  /** Whether every item must be JSON (the spec declares the events' type): one that is not is an error. */
  readonly #json: boolean;
  readonly #source: StreamSource;
  #iterated = false;
  #aborted = false;
  #reader: ReadableStreamDefaultReader<Uint8Array> | undefined;

  constructor(response: Response, source: StreamSource = DETACHED, format: StreamFormat = 'sse', jsonData = false) {
    this.response = response;
    this.#source = source;
    this.format = format;
    this.#json = jsonData;
  }

  /**
   * A stream over events someone else received, e.g. a browser reading what a server forwarded with
   * {@link toReadableStream}: `Stream.fromReadableStream<ChatCompletionChunk>(response.body!)`. `format` is
   * how they are framed: server-sent events (the default) or JSON lines.
   */
  static fromReadableStream<TData = unknown>(
    readable: ReadableStream<Uint8Array>,
    format: StreamFormat = 'sse',
  ): Stream<TData> {
    const type = format === 'sse' ? 'text/event-stream' : 'application/jsonl';
    return new Stream<TData>(new Response(readable, { headers: { 'content-type': type } }), DETACHED, format);
  }

  [Symbol.asyncIterator](): AsyncIterator<TData> {
    const events = this.events();
    return (async function* () {
      for await (const event of events) yield event.data;
    })();
  }

  /** The events with their envelope: `event` (name), `id`, `data` and the `raw` data text. */
  events(): AsyncIterableIterator<ServerSentEvent<TData>> {
    this.#claim();
    return this.#events();
  }

  /**
   * Two streams that each yield every event of this one, e.g. one to render and one to log. The connection closes
   * when both have ended or been aborted; what one has not read yet is held in memory.
   */
  tee(): [Stream<TData>, Stream<TData>] {
    this.#claim();
    const body = this.response.body;
    if (!body)
      return [
        new Stream<TData>(this.response, DETACHED, this.format, this.#json),
        new Stream<TData>(this.response, DETACHED, this.format, this.#json),
      ];
    const [left, right] = body.tee();
    let open = 2;
    let active = 2;
    const branch = (readable: ReadableStream<Uint8Array>): Stream<TData> => {
      let closed = false;
      let released = false;
      const source: StreamSource = {
        failure: (error) => this.#source.failure(error),
        eventError: (event, raw) => this.#source.eventError(event, raw),
        dataError: (event, raw) => this.#source.dataError(event, raw),
        close: () => {
          if (closed) return;
          closed = true;
          if (--open === 0) this.#source.close();
        },
        release: () => {
          if (released) return;
          released = true;
          if (--active === 0) this.#source.release();
        },
      };
      return new Stream<TData>(withBody(this.response, readable), source, this.format, this.#json);
    };
    return [branch(left), branch(right)];
  }

  /**
   * The events as bytes in the stream's own framing again (server-sent events: `event`, `id` and `data` lines;
   * JSON lines: one per line), to forward to a browser (`new Response(stream.toReadableStream())`); read it there
   * with {@link fromReadableStream}. An error ends the byte stream with that error.
   */
  toReadableStream(): ReadableStream<Uint8Array> {
    const events = this.events();
    const encoder = new TextEncoder();
    const sse = this.format === 'sse';
    return new ReadableStream<Uint8Array>({
      async pull(controller) {
        try {
          const next = await events.next();
          if (next.done) return controller.close();
          const { event, id, raw } = next.value;
          if (!sse) return controller.enqueue(encoder.encode(`${raw}\n`));
          const lines = [
            ...(event !== 'message' ? [`event: ${event}`] : []),
            ...(id !== undefined ? [`id: ${id}`] : []),
          ];
          for (const line of raw.split('\n')) lines.push(`data: ${line}`);
          controller.enqueue(encoder.encode(`${lines.join('\n')}\n\n`));
        } catch (error) {
          controller.error(error);
        }
      },
      async cancel() {
        await events.return?.();
      },
    });
  }

  /** Stops reading and closes the connection; a loop over the stream ends quietly. */
  abort(): void {
    this.#aborted = true;
    this.#reader?.cancel().catch(() => undefined);
    this.#source.close();
  }

  #claim(): void {
    if (this.#iterated)
      throw new SDKError(
        'This stream has already been iterated; a stream can be read once (tee() it to read it twice).',
      );
    this.#iterated = true;
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
      this.#reader = reader;
      const decoder = new TextDecoder();
      const sse = this.format === 'sse';
      const parser = sse ? new SSEParser() : new JSONLinesParser();
      for (;;) {
        let chunk: ReadableStreamReadResult<Uint8Array>;
        try {
          chunk = await reader.read();
        } catch (error) {
          finished = true;
          if (this.#aborted) return;
          throw this.#source.failure(error);
        }
        if (this.#aborted) return;
        const text = chunk.done ? decoder.decode() : decoder.decode(chunk.value, { stream: true });
        // At the end, an event without its closing blank line is incomplete and dropped, as the standard says;
        // a JSON line without its line break is complete.
        const raws = parser.feed(text);
        if (chunk.done && parser instanceof JSONLinesParser) raws.push(...parser.end());
        for (const raw of raws) {
          if ((sse && raw.data === '[DONE]') || this.#aborted) return;
          const data = this.#json ? parseJsonData(raw.data) : parseData(raw.data);
          // An event with empty data on a stream of JSON items carries no item (a keep-alive).
          if (data === EMPTY) continue;
          if (data === NOT_JSON) throw this.#source.dataError(raw.event, raw.data);
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
      if (!finished) {
        this.#reader?.cancel().catch(() => undefined);
        this.#source.close();
      }
      this.#source.release();
    }
  }
}

const EMPTY = Symbol('empty');
const NOT_JSON = Symbol('not JSON');

/** An item of a stream whose items are JSON: its value, {@link EMPTY} or {@link NOT_JSON}. */
function parseJsonData(text: string): unknown {
  if (text.trim() === '') return EMPTY;
  try {
    return JSON.parse(text);
  } catch {
    return NOT_JSON;
  }
}

/** The error for an item that should be JSON and is not, naming its event and quoting its start. */
export function notJson(event: string, raw: string, where: string): StreamDataError {
  const data = raw.slice(0, 500);
  return new StreamDataError(`${where}: the data of event "${event}" is not JSON: ${data.slice(0, 200)}`, event, data);
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
