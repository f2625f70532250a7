/**
 * The signal of one attempt: it aborts when the caller's signal does or when the attempt's timeout runs out,
 * whichever comes first. Built from `AbortController` alone (no `AbortSignal.any`/`timeout`), so it runs everywhere.
 */
export class AttemptSignal {
  readonly #controller = new AbortController();
  readonly #parent: AbortSignal | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #timedOut = false;
  /** Made only when there is a caller's signal to follow: most calls have none. */
  #onParentAbort: (() => void) | undefined;

  constructor(parent: AbortSignal | undefined, timeout: number) {
    this.#parent = parent;
    if (parent) {
      if (parent.aborted) {
        this.#controller.abort(parent.reason);
        return;
      }
      this.#onParentAbort = () => {
        clearTimeout(this.#timer);
        this.#controller.abort(parent.reason);
      };
      parent.addEventListener('abort', this.#onParentAbort, { once: true });
    }
    // Beyond 2^31 - 1 ms timers fire at once, so longer timeouts (and Infinity) mean none.
    if (timeout <= 2_147_483_647) {
      this.#timer = setTimeout(() => {
        this.#timedOut = true;
        this.#controller.abort(new DOMException(`The attempt timed out after ${timeout} ms`, 'TimeoutError'));
      }, timeout);
    }
  }

  get signal(): AbortSignal {
    return this.#controller.signal;
  }

  /** Whether this attempt was aborted by its timeout (rather than by the caller). */
  get timedOut(): boolean {
    return this.#timedOut;
  }

  /** Stops the timeout and keeps following the caller's signal: for bodies read after the call returns (streams). */
  stopTimer(): void {
    clearTimeout(this.#timer);
  }

  /** Closes whatever the attempt still holds open (the response body) and lets go of the caller's signal. */
  abort(): void {
    this.release();
    this.#controller.abort();
  }

  /** The attempt is over: no timeout, no listener left on the caller's signal. */
  release(): void {
    clearTimeout(this.#timer);
    if (this.#onParentAbort) this.#parent!.removeEventListener('abort', this.#onParentAbort);
  }
}
