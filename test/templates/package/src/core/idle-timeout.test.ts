/**
 * The stall timeout of a streamed body: silence from the server fails the read; a slow reader does not. The
 * watch runs on faked time (timers and Date): with real 20 ms gaps against an 80 ms idle time, a busy machine
 * could stretch a gap past the idle time.
 */
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { watchIdle, withBody } from '../../../../../templates/package/src/core/idle-timeout.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A body that sends `chunks`, waiting `gaps[i]` ms before chunk i, then closes (or stays open when `hang`). */
function body(gaps: number[], hang = false): { stream: ReadableStream<Uint8Array>; cancelled: () => boolean } {
  let cancelled = false;
  let index = 0;
  const stream = new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        if (index === gaps.length) {
          if (hang) await new Promise(() => undefined);
          return controller.close();
        }
        await sleep(gaps[index]!);
        controller.enqueue(new Uint8Array([index++]));
      },
      cancel() {
        cancelled = true;
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, cancelled: () => cancelled };
}

async function readAll(stream: ReadableStream<Uint8Array>): Promise<{ bytes: number[]; error?: unknown }> {
  const bytes: number[] = [];
  const reader = stream.getReader();
  try {
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) bytes.push(...chunk.value);
    return { bytes };
  } catch (error) {
    return { bytes, error };
  }
}

/** Lets faked time run until `work` settles, firing every timer due on the way in order. */
async function settled<T>(work: Promise<T>): Promise<T> {
  let done = false;
  void work.finally(() => (done = true)).catch(() => undefined);
  while (!done) await vi.advanceTimersByTimeAsync(1);
  return work;
}

describe('watchIdle', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  const cases: { name: string; gaps: number[]; hang: boolean; idleMs: number; want: { bytes: number[]; idle: boolean } }[] = [
    { name: 'gaps shorter than the idle time pass', gaps: [5, 20, 20, 20], hang: false, idleMs: 80, want: { bytes: [0, 1, 2, 3], idle: false } },
    { name: 'two chunks then silence fails after the idle time', gaps: [1, 1], hang: true, idleMs: 40, want: { bytes: [0, 1], idle: true } },
    { name: 'silence before the first chunk fails too', gaps: [], hang: true, idleMs: 30, want: { bytes: [], idle: true } },
    { name: 'Infinity means no watch', gaps: [1, 1], hang: false, idleMs: Infinity, want: { bytes: [0, 1], idle: false } },
  ];
  it.each(cases)('$name', async ({ gaps, hang, idleMs, want }) => {
    const source = body(gaps, hang);
    let idleCalls = 0;
    const started = Date.now();
    const result = await settled(readAll(watchIdle(source.stream, idleMs, () => (idleCalls++, new Error('idle')))));
    expect(result.bytes).toEqual(want.bytes);
    expect(idleCalls).toBe(want.idle ? 1 : 0);
    expect((result.error as Error | undefined)?.message).toBe(want.idle ? 'idle' : undefined);
    if (want.idle) {
      expect(source.cancelled()).toBe(true);
      // It fails when the silence reaches the idle time.
      expect(Date.now() - started).toBe(idleMs + sum(gaps));
    }
  });

  it('a slow reader never trips it: only the wait for the server counts', async () => {
    // The server pushes a chunk every 60 ms (longer than the idle time) while the reader takes 100 ms per chunk:
    // each read finds its chunk already there, so no read ever waits. Blaming the server here would abort
    // downloads whose only fault is a busy consumer.
    const pushed = new ReadableStream<Uint8Array>({
      start(controller) {
        [0, 1, 2].forEach((byte) => setTimeout(() => controller.enqueue(new Uint8Array([byte])), byte * 60));
        setTimeout(() => controller.close(), 130);
      },
    });
    const reader = watchIdle(pushed, 40, () => new Error('idle')).getReader();
    const bytes: number[] = [];
    await settled(
      (async () => {
        await sleep(5);
        for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
          bytes.push(...chunk.value);
          await sleep(100);
        }
      })(),
    );
    expect(bytes).toEqual([0, 1, 2]);
  });

  it('reports the stall even when onIdle closing the connection fails the pending read first', async () => {
    let fail: (error: Error) => void = () => undefined;
    const connection = new ReadableStream<Uint8Array>({ start: (controller) => void (fail = (error) => controller.error(error)) });
    const watched = watchIdle(connection, 20, () => {
      fail(new DOMException('This operation was aborted', 'AbortError'));
      return new Error('stalled');
    });
    expect((await settled(readAll(watched))).error).toEqual(new Error('stalled'));
  });

  it('cancelling the watched stream cancels the body', async () => {
    const source = body([1], true);
    await watchIdle(source.stream, 1000, () => new Error('idle')).cancel();
    expect(source.cancelled()).toBe(true);
  });
});

describe('withBody', () => {
  it('keeps status, status text, headers and URL', async () => {
    const original = new Response('old', { status: 201, statusText: 'Created', headers: { 'x-a': 'b' } });
    Object.defineProperty(original, 'url', { value: 'http://127.0.0.1/x' });
    const replaced = withBody(original, new Response('new').body!);
    expect([replaced.status, replaced.statusText, replaced.headers.get('x-a'), replaced.url]).toEqual([201, 'Created', 'b', 'http://127.0.0.1/x']);
    expect(await replaced.text()).toBe('new');
  });
});

function sum(values: number[]): number {
  return values.reduce((total, value) => total + value, 0);
}
