/**
 * One attempt's signal: the caller's abort and the attempt's timeout, whichever comes first. Time is faked
 * (timers and `performance.now()`, which the deadlines read): on a busy machine a real 30 ms sleep may last
 * 200 ms and pass a deadline the test meant to stay ahead of.
 */
import { execFile } from 'node:child_process';
import { getEventListeners } from 'node:events';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AttemptSignal, Deadlines, onAbort, type Expiring } from '../../../../../templates/package/src/core/timeouts.ts';

/** Lets `ms` of faked time pass, firing the timers due meanwhile in order. */
const sleep = (ms: number) => vi.advanceTimersByTime(ms);

function useFakeTime(): void {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'performance'] });
  });
  afterEach(() => {
    // The shared timer may stay armed after its attempts are gone (it never keeps a process alive): fire it
    // here, so that the next test's faked clock does not inherit a deadline of this one's.
    vi.runAllTimers();
    vi.useRealTimers();
  });
}

describe('AttemptSignal', () => {
  useFakeTime();

  const cases: {
    name: string;
    timeout: number;
    parent: 'none' | 'live' | 'aborted' | 'aborts-at-5ms';
    wantAborted: boolean;
    wantTimedOut: boolean;
  }[] = [
    { name: 'times out on its own', timeout: 5, parent: 'none', wantAborted: true, wantTimedOut: true },
    { name: 'a live parent does not stop the timeout', timeout: 5, parent: 'live', wantAborted: true, wantTimedOut: true },
    { name: 'parent already aborted', timeout: 1000, parent: 'aborted', wantAborted: true, wantTimedOut: false },
    { name: 'parent aborts first', timeout: 1000, parent: 'aborts-at-5ms', wantAborted: true, wantTimedOut: false },
    { name: 'Infinity means no timeout', timeout: Infinity, parent: 'none', wantAborted: false, wantTimedOut: false },
    { name: 'beyond 2^31-1 ms means no timeout', timeout: 2 ** 31, parent: 'none', wantAborted: false, wantTimedOut: false },
  ];
  it.each(cases)('$name', ({ timeout, parent, wantAborted, wantTimedOut }) => {
    const controller = new AbortController();
    if (parent === 'aborted') controller.abort(new Error('caller'));
    if (parent === 'aborts-at-5ms') setTimeout(() => controller.abort(new Error('caller')), 5);
    const attempt = new AttemptSignal(parent === 'none' ? undefined : controller.signal, timeout);
    sleep(30);
    expect(attempt.signal.aborted).toBe(wantAborted);
    expect(attempt.timedOut).toBe(wantTimedOut);
    attempt.release();
  });

  it("passes the caller's reason on, and a TimeoutError DOMException on timeout", () => {
    const controller = new AbortController();
    const reason = new Error('caller');
    const byCaller = new AttemptSignal(controller.signal, 1000);
    controller.abort(reason);
    expect(byCaller.signal.reason).toBe(reason);

    const byTimer = new AttemptSignal(undefined, 1);
    sleep(20);
    expect(byTimer.signal.reason).toBeInstanceOf(DOMException);
    expect((byTimer.signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('stopTimer keeps following the caller but no longer times out', () => {
    const controller = new AbortController();
    const attempt = new AttemptSignal(controller.signal, 5);
    attempt.stopTimer();
    sleep(20);
    expect(attempt.signal.aborted).toBe(false);
    controller.abort();
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut).toBe(false);
  });

  it("release lets go of the caller's signal and the timer", () => {
    const controller = new AbortController();
    const attempt = new AttemptSignal(controller.signal, 5);
    attempt.release();
    controller.abort();
    sleep(20);
    expect(attempt.signal.aborted).toBe(false);
  });

  it('abort closes the attempt itself without counting as a timeout', () => {
    const attempt = new AttemptSignal(undefined, 1000);
    attempt.abort();
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut).toBe(false);
  });
});

describe('onAbort: one listener per signal, however many calls share it', () => {
  it('50 attempts on one signal: one listener, no MaxListenersExceededWarning, each aborted once', async () => {
    const warnings: Error[] = [];
    const onWarning = (warning: Error) => warnings.push(warning);
    process.on('warning', onWarning);
    try {
      const parent = new AbortController();
      const attempts = Array.from({ length: 50 }, () => new AttemptSignal(parent.signal, 60_000));
      expect(getEventListeners(parent.signal, 'abort').length).toBe(1);
      for (const attempt of attempts.slice(0, 10)) attempt.release();
      parent.abort('stop');
      expect(attempts.map((attempt) => attempt.signal.aborted)).toEqual([...Array(10).fill(false), ...Array(40).fill(true)]);
      for (const attempt of attempts) attempt.release();
      // Warnings are emitted on the next tick (time is real here).
      await new Promise((resolve) => setTimeout(resolve, 10));
      expect(warnings.map((warning) => warning.name)).not.toContain('MaxListenersExceededWarning');
    } finally {
      process.off('warning', onWarning);
    }
  });

  it('a callback removed is not called; the listener goes when the signal aborts', () => {
    const parent = new AbortController();
    const calls: string[] = [];
    const stop = onAbort(parent.signal, () => calls.push('a'));
    onAbort(parent.signal, () => calls.push('b'));
    stop();
    parent.abort();
    expect(calls).toEqual(['b']);
    expect(getEventListeners(parent.signal, 'abort').length).toBe(0);
  });
});

describe('Deadlines', () => {
  useFakeTime();

  const entry = (inMs: number, expired: string[], name: string): Expiring => ({ deadline: performance.now() + inMs, expire: () => expired.push(name) });

  const cases: { name: string; entries: { name: string; inMs: number; deletedAtMs?: number }[]; want: string[] }[] = [
    {
      name: 'each expires at its deadline, earliest first, whatever the order added',
      entries: [
        { name: 'late', inMs: 40 },
        { name: 'early', inMs: 5 },
        { name: 'mid', inMs: 20 },
      ],
      want: ['early', 'mid', 'late'],
    },
    {
      name: 'one taken out before its deadline never expires',
      entries: [
        { name: 'kept', inMs: 20 },
        { name: 'ended', inMs: 5, deletedAtMs: 1 },
      ],
      want: ['kept'],
    },
    {
      name: 'a later one still expires after the earliest was taken out',
      entries: [
        { name: 'ended', inMs: 5, deletedAtMs: 1 },
        { name: 'later', inMs: 30 },
      ],
      want: ['later'],
    },
    { name: 'a deadline already passed expires at once', entries: [{ name: 'past', inMs: -10 }], want: ['past'] },
  ];
  it.each(cases)('$name', ({ entries, want }) => {
    const deadlines = new Deadlines();
    const expired: string[] = [];
    for (const { name, inMs, deletedAtMs } of entries) {
      const added = entry(inMs, expired, name);
      deadlines.add(added);
      if (deletedAtMs !== undefined) setTimeout(() => deadlines.delete(added), deletedAtMs);
    }
    sleep(80);
    expect(expired).toEqual(want);
    expect(deadlines.size).toBe(0);
  });

  it('attempts with different timeouts share the timer and each times out at its own', () => {
    const short = new AttemptSignal(undefined, 5);
    const long = new AttemptSignal(undefined, 60);
    const none = new AttemptSignal(undefined, 1000);
    sleep(30);
    expect([short.timedOut, long.timedOut, none.timedOut]).toEqual([true, false, false]);
    sleep(60);
    expect([short.timedOut, long.timedOut, none.timedOut]).toEqual([true, true, false]);
    none.release();
  });
});

describe('the shared timer', () => {
  it('never keeps a Node process alive: one that has an attempt pending for ten minutes exits at once', async () => {
    const timeouts = fileURLToPath(new URL('../../../../../templates/package/src/core/timeouts.ts', import.meta.url));
    const tsx = fileURLToPath(new URL('../../../../../node_modules/.bin/tsx', import.meta.url));
    const script = `import { AttemptSignal } from ${JSON.stringify(timeouts)}; new AttemptSignal(undefined, 600000).release(); new AttemptSignal(undefined, 600000); console.log('end');`;
    const started = Date.now();
    const { stdout } = await promisify(execFile)(tsx, ['--eval', script], { timeout: 30_000 });
    expect(stdout.trim()).toBe('end');
    expect(Date.now() - started).toBeLessThan(30_000);
  });
});
