// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * When a failed attempt is tried again, and after how long. Idempotent requests retry on connection errors,
 * timeouts, 408, 429 and 5xx. Other requests (POST, PATCH) may start paid work on the server, so they retry only
 * where the server cannot have acted — the connection was refused before anything was sent, or it answered
 * 429 — unless the caller opts in with `retryNonIdempotent: true`.
 */
import { APIConnectionError, APIConnectionTimeoutError, APIError } from './errors.js';
import { retryAfter } from './rate-limit.js';
import { onAbort } from './timeouts.js';

export interface RetrySettings {
  /** Delay before the first retry, in milliseconds; it doubles with each retry. */
  initialRetryDelay: number;
  /** Upper bound of the computed delay, in milliseconds. */
  maxRetryDelay: number;
}

/** The longest `Retry-After` the client waits for; when the server asks for longer, the error is thrown instead. */
export const MAX_RETRY_AFTER_MS = 60_000;

// QUERY (RFC 9110's safe method with a body, OpenAPI 3.2's `query`) is safe, hence idempotent too.
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'QUERY']);

/** Methods whose repetition has the same effect as one call (RFC 9110 §9.2.2). */
export function isIdempotent(method: string): boolean {
  return IDEMPOTENT_METHODS.has(method.toUpperCase());
}

/** Whether an error is worth another attempt. `retryAll`: the request is idempotent or the caller opted in. */
export function shouldRetry(error: unknown, retryAll: boolean): boolean {
  if (error instanceof APIError)
    return error.status === 429 || (retryAll && (error.status === 408 || error.status >= 500));
  if (error instanceof APIConnectionTimeoutError) return retryAll;
  if (error instanceof APIConnectionError) return retryAll || isConnectionRefused(error);
  return false;
}

const REFUSED_CODES = new Set(['ECONNREFUSED', 'ConnectionRefused']);

/**
 * Whether the connection was refused, so the request was never sent: Node and Bun put a `code` somewhere in the
 * cause chain (or in an `AggregateError` when several addresses were tried), Deno only says so in the message.
 */
export function isConnectionRefused(error: unknown, depth = 0): boolean {
  if (depth > 8 || error === null || typeof error !== 'object') return false;
  const { code, message, cause, errors } = error as {
    code?: unknown;
    message?: unknown;
    cause?: unknown;
    errors?: unknown;
  };
  if (typeof code === 'string' && REFUSED_CODES.has(code)) return true;
  if (typeof message === 'string' && /connection refused/i.test(message)) return true;
  if (Array.isArray(errors) && errors.length > 0 && errors.every((item) => isConnectionRefused(item, depth + 1)))
    return true;
  return isConnectionRefused(cause, depth + 1);
}

/**
 * Milliseconds to wait before retry number `retry` (0 for the first): what the server asked for in
 * `retry-after-ms` or `Retry-After` (seconds or an HTTP date), else exponential backoff from `initialRetryDelay`,
 * capped at `maxRetryDelay`, with up to 25% jitter taken off so that clients do not retry in lockstep.
 * `undefined` when the server asks for longer than {@link MAX_RETRY_AFTER_MS}.
 */
export function retryDelay(retry: number, headers: Headers | undefined, settings: RetrySettings): number | undefined {
  const asked = headers && retryAfter(headers);
  if (asked !== undefined) return asked <= MAX_RETRY_AFTER_MS ? asked : undefined;
  const backoff = Math.min(settings.initialRetryDelay * 2 ** retry, settings.maxRetryDelay);
  return backoff * (1 - Math.random() * 0.25);
}

/** Waits `ms` milliseconds; rejects as soon as `signal` aborts (also when it already has). */
export function sleep(ms: number, signal?: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(signal.reason);
    const timer = setTimeout(() => {
      unfollow?.();
      resolve();
    }, ms);
    // Calls backing off together share one listener on their signal (see onAbort).
    const unfollow =
      signal &&
      onAbort(signal, () => {
        clearTimeout(timer);
        reject(signal.reason);
      });
  });
}
