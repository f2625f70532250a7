/** One attempt's signal: the caller's abort and the attempt's timeout, whichever comes first. */
import { describe, expect, it } from 'vitest';
import { AttemptSignal } from '../../../../../templates/package/src/core/timeouts.ts';

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('AttemptSignal', () => {
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
  it.each(cases)('$name', async ({ timeout, parent, wantAborted, wantTimedOut }) => {
    const controller = new AbortController();
    if (parent === 'aborted') controller.abort(new Error('caller'));
    if (parent === 'aborts-at-5ms') setTimeout(() => controller.abort(new Error('caller')), 5);
    const attempt = new AttemptSignal(parent === 'none' ? undefined : controller.signal, timeout);
    await sleep(30);
    expect(attempt.signal.aborted).toBe(wantAborted);
    expect(attempt.timedOut).toBe(wantTimedOut);
    attempt.release();
  });

  it("passes the caller's reason on, and a TimeoutError DOMException on timeout", async () => {
    const controller = new AbortController();
    const reason = new Error('caller');
    const byCaller = new AttemptSignal(controller.signal, 1000);
    controller.abort(reason);
    expect(byCaller.signal.reason).toBe(reason);

    const byTimer = new AttemptSignal(undefined, 1);
    await sleep(20);
    expect(byTimer.signal.reason).toBeInstanceOf(DOMException);
    expect((byTimer.signal.reason as DOMException).name).toBe('TimeoutError');
  });

  it('stopTimer keeps following the caller but no longer times out', async () => {
    const controller = new AbortController();
    const attempt = new AttemptSignal(controller.signal, 5);
    attempt.stopTimer();
    await sleep(20);
    expect(attempt.signal.aborted).toBe(false);
    controller.abort();
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut).toBe(false);
  });

  it("release lets go of the caller's signal and the timer", async () => {
    const controller = new AbortController();
    const attempt = new AttemptSignal(controller.signal, 5);
    attempt.release();
    controller.abort();
    await sleep(20);
    expect(attempt.signal.aborted).toBe(false);
  });

  it('abort closes the attempt itself without counting as a timeout', () => {
    const attempt = new AttemptSignal(undefined, 1000);
    attempt.abort();
    expect(attempt.signal.aborted).toBe(true);
    expect(attempt.timedOut).toBe(false);
  });
});
