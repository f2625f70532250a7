// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * The stall timeout of a streamed body: a connection that stays open but sends nothing (a model server that hung
 * mid-answer) would otherwise keep a reader waiting forever, since the per-attempt timeout ends when the headers
 * arrive. Only the time a read waits for the server counts: a slow consumer never trips it.
 */

/** Beyond 2^31 - 1 ms timers fire at once, so longer idle times (and Infinity) mean none. */
const LONGEST_TIMER = 2_147_483_647;

/**
 * The same bytes as `body`, failing with `onIdle()`'s error (and cancelling `body`) when a read waits more than
 * `idleMs` milliseconds for the next chunk. `onIdle` is where the caller closes the connection.
 */
export function watchIdle(
  body: ReadableStream<Uint8Array>,
  idleMs: number,
  onIdle: () => Error,
): ReadableStream<Uint8Array> {
  if (!(idleMs <= LONGEST_TIMER)) return body;
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>(
    {
      async pull(controller) {
        let timer: ReturnType<typeof setTimeout> | undefined;
        // onIdle closes the connection, which fails the pending read too: whichever failure comes first, the
        // stall is what is reported.
        let idled: Error | undefined;
        const idle = new Promise<never>((_resolve, reject) => {
          timer = setTimeout(() => {
            idled = onIdle();
            reject(idled);
          }, idleMs);
        });
        try {
          const chunk = await Promise.race([reader.read(), idle]);
          if (chunk.done) controller.close();
          else controller.enqueue(chunk.value);
        } catch (error) {
          reader.cancel(idled ?? error).catch(() => undefined);
          controller.error(idled ?? error);
        } finally {
          clearTimeout(timer);
        }
      },
      cancel(reason) {
        return reader.cancel(reason);
      },
    },
    // Pull only when the consumer reads: the timer then measures the server's silence, not the consumer's pace.
    { highWaterMark: 0 },
  );
}

/** A response whose body is `body`, with the original's status, headers and URL. */
export function withBody(response: Response, body: ReadableStream<Uint8Array>): Response {
  const replaced = new Response(body, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
  Object.defineProperty(replaced, 'url', { value: response.url });
  return replaced;
}
