/** Server-sent events: the parser, the stream's data and envelopes, tee, and forwarding as a byte stream. */
// Modules that reach errors.ts (which reads the generated operation index) are tested in the gateway package's copy.
import { describe, expect, it } from 'vitest';
import { StreamDataError } from '../../../../../generated/imarouter/src/core/errors.ts';
import { JSONLinesParser, SSEParser, Stream } from '../../../../../generated/imarouter/src/core/streaming.ts';

const encoder = new TextEncoder();

/** A body that sends `text` in pieces of `size` bytes. */
function bytes(text: string, size = 7): ReadableStream<Uint8Array> {
  const all = encoder.encode(text);
  let offset = 0;
  return new ReadableStream({
    pull(controller) {
      if (offset >= all.length) return controller.close();
      controller.enqueue(all.slice(offset, (offset += size)));
    },
  });
}

const SSE = 'event: delta\nid: 1\ndata: {"n":1}\n\n: comment\ndata: {"n":2}\n\ndata: line one\ndata: line two\n\ndata: [DONE]\n\ndata: {"after":true}\n\n';

async function collect<T>(iterable: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of iterable) items.push(item);
  return items;
}

describe('SSEParser', () => {
  const cases: { name: string; given: string[]; want: { event: string; data: string; id?: string }[] }[] = [
    { name: 'one event', given: ['data: x\n\n'], want: [{ event: 'message', data: 'x', id: undefined }] },
    {
      name: 'split anywhere, CRLF',
      given: ['da', 'ta: a\r', '\n\r\nevent: e\rdata: b\r\r'],
      want: [
        { event: 'message', data: 'a', id: undefined },
        { event: 'e', data: 'b', id: undefined },
      ],
    },
    { name: 'multi-line data, id kept', given: ['id: 7\ndata: a\ndata: b\n\n'], want: [{ event: 'message', data: 'a\nb', id: '7' }] },
    { name: 'comments and empty events ignored', given: [': ping\n\nevent: x\n\n'], want: [] },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    const parser = new SSEParser();
    expect(given.flatMap((piece) => parser.feed(piece))).toEqual(want);
  });
});

describe('JSONLinesParser', () => {
  const cases: { name: string; given: string[]; end?: boolean; want: string[] }[] = [
    { name: 'one value per line', given: ['{"a":1}\n{"a":2}\n'], want: ['{"a":1}', '{"a":2}'] },
    { name: 'split anywhere, CRLF, blank lines skipped', given: ['{"a"', ':1}\r\n\r\n{"a":', '2}\n'], want: ['{"a":1}', '{"a":2}'] },
    { name: 'json-seq record separators', given: ['\u001e{"a":1}\n\u001e{"a":2}\n'], want: ['{"a":1}', '{"a":2}'] },
    { name: 'a last line without its line break waits for the end', given: ['{"a":1}\n{"a":2}'], want: ['{"a":1}'] },
    { name: '… and is complete at the end', given: ['{"a":1}\n{"a":2}'], end: true, want: ['{"a":1}', '{"a":2}'] },
  ];
  it.each(cases)('$name', ({ given, end, want }) => {
    const parser = new JSONLinesParser();
    const events = given.flatMap((piece) => parser.feed(piece));
    if (end) events.push(...parser.end());
    expect(events.map((event) => event.data)).toEqual(want);
    expect(events.every((event) => event.event === 'message' && event.id === undefined)).toBe(true);
  });
});

describe('a stream whose events the spec declares as JSON', () => {
  const typed = (text: string) => new Stream(new Response(bytes(text), { headers: { 'content-type': 'text/event-stream' } }), undefined, 'sse', true);

  it('an event whose data is not JSON fails with StreamDataError naming the event, after the events before it', async () => {
    const items: unknown[] = [];
    const error = await (async () => {
      for await (const item of typed('data: {"n":1}\n\nevent: delta\ndata: <html>portal</html>\n\n')) items.push(item);
    })().catch((caught: unknown) => caught);
    expect(items).toEqual([{ n: 1 }]);
    expect(error).toBeInstanceOf(StreamDataError);
    expect(error).toMatchObject({ event: 'delta', data: '<html>portal</html>', message: 'The stream: the data of event "delta" is not JSON: <html>portal</html>' });
  });

  it('an event with empty data carries no item; [DONE] still ends the stream', async () => {
    expect(await collect(typed('data:\n\ndata: {"n":1}\n\ndata: [DONE]\n\n'))).toEqual([{ n: 1 }]);
  });

  it('a stream whose events are not declared yields such data as text', async () => {
    expect(await collect(Stream.fromReadableStream(bytes('data: plain words\n\n')))).toEqual(['plain words']);
  });

  it('tee() keeps the rule', async () => {
    const [left, right] = typed('data: nope\n\n').tee();
    await expect(collect(left)).rejects.toThrow(StreamDataError);
    await expect(collect(right)).rejects.toThrow(StreamDataError);
  });
});

describe('Stream of JSON lines', () => {
  const LINES = '{"level":"info","n":1}\n\n{"level":"warn","n":2}\n[DONE]\n{"n":3}';

  it('iterating yields each line parsed; `[DONE]` is only an event-stream convention', async () => {
    expect(await collect(Stream.fromReadableStream(bytes(LINES), 'jsonl'))).toEqual([{ level: 'info', n: 1 }, { level: 'warn', n: 2 }, '[DONE]', { n: 3 }]);
  });

  it('toReadableStream() writes lines again, which fromReadableStream() reads back', async () => {
    const original = await collect(Stream.fromReadableStream(bytes(LINES), 'jsonl'));
    const forwarded = Stream.fromReadableStream(Stream.fromReadableStream(bytes(LINES), 'jsonl').toReadableStream(), 'jsonl');
    expect(forwarded.format).toBe('jsonl');
    expect(await collect(forwarded)).toEqual(original);
  });

  it('tee() keeps the format', async () => {
    const [left, right] = Stream.fromReadableStream(bytes(LINES, 3), 'jsonl').tee();
    expect([left.format, right.format]).toEqual(['jsonl', 'jsonl']);
    expect(await collect(left)).toEqual(await collect(right));
  });

  it('a line whose value has an `error` member throws', async () => {
    await expect(collect(Stream.fromReadableStream(bytes('{"n":1}\n{"error":{"message":"overloaded"}}\n'), 'jsonl'))).rejects.toThrow(/overloaded/);
  });
});

describe('Stream', () => {
  it('iterating yields the data, parsed when JSON, until [DONE]', async () => {
    expect(await collect(Stream.fromReadableStream(bytes(SSE)))).toEqual([{ n: 1 }, { n: 2 }, 'line one\nline two']);
  });

  it('events() yields the envelopes', async () => {
    const events = await collect(Stream.fromReadableStream(bytes(SSE)).events());
    expect(events.map(({ event, id, raw }) => ({ event, id, raw }))).toEqual([
      { event: 'delta', id: '1', raw: '{"n":1}' },
      { event: 'message', id: '1', raw: '{"n":2}' },
      { event: 'message', id: '1', raw: 'line one\nline two' },
    ]);
  });

  it('is read once', async () => {
    const stream = Stream.fromReadableStream(bytes(SSE));
    await collect(stream);
    expect(() => stream[Symbol.asyncIterator]()).toThrow(/read once/);
    expect(() => stream.tee()).toThrow(/read once/);
  });

  it('tee() gives two identical iterations, read in any order', async () => {
    const [left, right] = Stream.fromReadableStream(bytes(SSE, 3)).tee();
    const first = await collect(right);
    const second = await collect(left);
    expect(first).toEqual([{ n: 1 }, { n: 2 }, 'line one\nline two']);
    expect(second).toEqual(first);
  });

  it('tee() closes the source only when both branches are done', async () => {
    let closed = 0;
    let released = 0;
    const source = {
      failure: (error: unknown) => error as Error,
      eventError: () => new Error('event'),
      dataError: () => new Error('data'),
      close: () => void closed++,
      release: () => void released++,
    };
    const [left, right] = new Stream(new Response(bytes(SSE)), source).tee();
    for await (const _ of left) break;
    expect([closed, released]).toEqual([0, 0]);
    for await (const _ of right) break;
    expect([closed, released]).toEqual([1, 1]);
  });

  it('toReadableStream() → fromReadableStream() gives back the same events', async () => {
    const original = await collect(Stream.fromReadableStream(bytes(SSE)).events());
    const forwarded = Stream.fromReadableStream(Stream.fromReadableStream(bytes(SSE)).toReadableStream());
    expect(await collect(forwarded.events())).toEqual(original);
  });

  it('an error event throws after the events before it', async () => {
    const stream = Stream.fromReadableStream(bytes('data: {"n":1}\n\nevent: error\ndata: {"message":"overloaded"}\n\n'));
    const seen: unknown[] = [];
    await expect(
      (async () => {
        for await (const data of stream) seen.push(data);
      })(),
    ).rejects.toThrow(/overloaded/);
    expect(seen).toEqual([{ n: 1 }]);
  });

  it('abort() ends a loop quietly', async () => {
    const stream = Stream.fromReadableStream(bytes(SSE, 1));
    const seen: unknown[] = [];
    for await (const data of stream) {
      seen.push(data);
      stream.abort();
    }
    expect(seen).toEqual([{ n: 1 }]);
  });
});
