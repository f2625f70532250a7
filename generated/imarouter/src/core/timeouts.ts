// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * The signal of one attempt: it aborts when the caller's signal does or when the attempt's timeout runs out,
 * whichever comes first. Built from `AbortController` alone (no `AbortSignal.any`/`timeout`), so it runs everywhere.
 *
 * The timeouts of all attempts share one timer (see {@link Deadlines}): starting and clearing a timer per request
 * costs a few microseconds where the platform keeps its timers in a queue (Node, Bun), on every call.
 */

/** The callbacks waiting on each caller's signal: one listener per signal, however many calls share it. */
const followers = new WeakMap<AbortSignal, Set<() => void>>();

/**
 * Calls `listener` once when `signal` aborts; returns what stops that. All calls sharing one signal share one
 * `abort` listener on it: a listener per call would pass Node's limit of 10 (a `MaxListenersExceededWarning`)
 * as soon as 11 calls run at once with one signal, and would stay until each call removed its own.
 */
export function onAbort(signal: AbortSignal, listener: () => void): () => void {
  let waiting = followers.get(signal);
  if (!waiting) {
    const callbacks = new Set<() => void>();
    waiting = callbacks;
    followers.set(signal, callbacks);
    signal.addEventListener(
      'abort',
      () => {
        followers.delete(signal);
        for (const callback of callbacks) callback();
      },
      { once: true },
    );
  }
  waiting.add(listener);
  const callbacks = waiting;
  return () => void callbacks.delete(listener);
}

/** Beyond 2^31 - 1 ms timers fire at once, so longer timeouts (and Infinity) mean none. */
const LONGEST_TIMER = 2_147_483_647;

type Timer = ReturnType<typeof setTimeout>;

/**
 * Lets the process exit while this timer is pending, where the runtime allows it: Node and Bun (`unref()`), Deno
 * (`Deno.unrefTimer`). Elsewhere (browsers, edge workers) a pending timer keeps nothing alive. `false` when it
 * could not be done, so that the caller clears the timer as soon as nothing waits for it.
 */
function unref(timer: Timer): boolean {
  if (typeof timer === 'object' && timer !== null && typeof (timer as { unref?: unknown }).unref === 'function') {
    (timer as { unref(): void }).unref();
    return true;
  }
  const deno = (globalThis as { Deno?: { unrefTimer?: (id: number) => void } }).Deno;
  if (typeof timer === 'number' && typeof deno?.unrefTimer === 'function') {
    deno.unrefTimer(timer);
    return true;
  }
  return typeof (globalThis as { document?: unknown }).document !== 'undefined';
}

/** Something with a deadline, in `performance.now()` milliseconds. */
export interface Expiring {
  readonly deadline: number;
  expire(): void;
}

/**
 * The pending deadlines of all attempts, watched by a single timer set for the earliest. An attempt that ends
 * is only taken out of a set; the timer stays (unless it would keep the process alive) and, when it fires, sets
 * itself for the next deadline, if any. Sequential calls with one timeout thus start one timer per timeout period
 * instead of one per call.
 */
export class Deadlines {
  readonly #pending = new Set<Expiring>();
  #timer: Timer | undefined;
  /** When the timer fires; Infinity when there is none. */
  #at = Infinity;
  /** Whether the pending timer can stay without keeping the process alive. */
  #detached = false;

  add(entry: Expiring): void {
    this.#pending.add(entry);
    if (entry.deadline < this.#at) this.#arm(entry.deadline);
  }

  delete(entry: Expiring): void {
    this.#pending.delete(entry);
    if (this.#pending.size === 0 && !this.#detached && this.#timer !== undefined) {
      clearTimeout(this.#timer);
      this.#timer = undefined;
      this.#at = Infinity;
    }
  }

  /** How many deadlines are pending. */
  get size(): number {
    return this.#pending.size;
  }

  #arm(at: number): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#at = at;
    this.#timer = setTimeout(this.#fire, Math.max(0, at - performance.now()));
    this.#detached = unref(this.#timer);
  }

  readonly #fire = (): void => {
    this.#timer = undefined;
    this.#at = Infinity;
    const now = performance.now();
    let next = Infinity;
    for (const entry of this.#pending) {
      if (entry.deadline <= now) {
        this.#pending.delete(entry);
        entry.expire();
      } else if (entry.deadline < next) {
        next = entry.deadline;
      }
    }
    if (next !== Infinity) this.#arm(next);
  };
}

const deadlines = new Deadlines();

export class AttemptSignal implements Expiring {
  readonly #controller = new AbortController();
  readonly #timeout: number;
  readonly deadline: number;
  #timing = false;
  #timedOut = false;
  /** Stops following the caller's signal; set only when there is one: most calls have none. */
  #unfollow: (() => void) | undefined;

  constructor(parent: AbortSignal | undefined, timeout: number) {
    this.#timeout = timeout;
    this.deadline = timeout <= LONGEST_TIMER ? performance.now() + timeout : Infinity;
    if (parent) {
      if (parent.aborted) {
        this.#controller.abort(parent.reason);
        return;
      }
      this.#unfollow = onAbort(parent, () => {
        this.stopTimer();
        this.#controller.abort(parent.reason);
      });
    }
    if (this.deadline !== Infinity) {
      this.#timing = true;
      deadlines.add(this);
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Whether this attempt was aborted by its timeout (rather than by the caller). */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** Called when the deadline has passed. */
  expire(): void {
    this.#timing = false;
    this.#timedOut = true;
    this.#controller.abort(new DOMException(`The attempt timed out after ${this.#timeout} ms`, 'TimeoutError'));
  }

  /** Stops the timeout and keeps following the caller's signal: for bodies read after the call returns (streams). */
  stopTimer(): void {
    if (this.#timing) {
      this.#timing = false;
      deadlines.delete(this);
    }
  }

  /** Closes whatever the attempt still holds open (the response body) and lets go of the caller's signal. */
  abort(): void {
    this.release();
    this.#controller.abort();
  }

  /** The attempt is over: no timeout, no listener left on the caller's signal. */
  release(): void {
    this.stopTimer();
    this.#unfollow?.();
  }
}
