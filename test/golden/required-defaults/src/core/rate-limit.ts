// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * Rate-limit headers read into one small object, whatever dialect the server speaks: `x-ratelimit-limit` and
 * friends (GitHub and most APIs; a 10-digit reset is a Unix time), `x-ratelimit-remaining-requests` (OpenAI:
 * one window per suffix, resets written as durations like `6m0s`), `<vendor>-ratelimit-tokens-reset` (Anthropic:
 * RFC 3339 times), `ratelimit-reset` (the IETF draft: seconds), plus `retry-after` / `retry-after-ms`.
 */

/** The server's requested delay in milliseconds, if it sent a valid one. */
export function retryAfter(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = headers.get('retry-after-ms');
  if (ms !== null && ms.trim() !== '' && Number.isFinite(Number(ms))) return Math.max(0, Number(ms));
  const value = headers.get('retry-after')?.trim();
  if (!value) return undefined;
  if (/^\d+(\.\d+)?$/.test(value)) return Number(value) * 1000;
  const date = Date.parse(value);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** One window of a rate limit, e.g. requests per minute. */
export interface RateLimitWindow {
  /** How many the window allows. */
  limit?: number;
  /** How many are left in it. */
  remaining?: number;
  /** Milliseconds from the response until the window resets. */
  resetMs?: number;
}

/** What the server said about its rate limits in one response. */
export interface RateLimit extends RateLimitWindow {
  /** Milliseconds the server asked the client to wait (`retry-after-ms` or `Retry-After`), if it did. */
  retryAfterMs?: number;
  /**
   * Every window by the name the server gave it (`requests`, `tokens`, `input-tokens`…); headers that name
   * none fill `default`. The top-level numbers are those of `default`, else of `requests`.
   */
  windows: Record<string, RateLimitWindow>;
}

const FIELDS = ['limit', 'remaining', 'reset'] as const;
type Field = (typeof FIELDS)[number];

/** Splits a header name into window and field, or `undefined` for headers that are not rate-limit counters. */
function windowField(header: string): { window: string; field: Field } | undefined {
  const match = /^(?:x-|[a-z0-9]+-)?ratelimit-(.+)$/.exec(header);
  if (!match) return undefined;
  const rest = match[1]!;
  const leading = /^(limit|remaining|reset)(?:-(.+))?$/.exec(rest);
  if (leading) return { field: leading[1] as Field, window: leading[2] ?? 'default' };
  const trailing = /^(.+)-(limit|remaining|reset)$/.exec(rest);
  if (trailing) return { field: trailing[2] as Field, window: trailing[1]! };
  return undefined;
}

/**
 * Milliseconds until a reset written as a duration (`1s`, `6m0s`, `250ms`), as seconds (`30`), as a Unix time
 * in seconds (10 digits or more), or as a date; `undefined` when it is none of those.
 */
export function resetDelay(value: string, now: number): number | undefined {
  const text = value.trim();
  if (/^\d+(\.\d+)?$/.test(text)) {
    const number = Number(text);
    return Math.max(0, number >= 1e9 ? number * 1000 - now : number * 1000);
  }
  const duration = /^(?:(\d+(?:\.\d+)?)h)?(?:(\d+(?:\.\d+)?)m(?!s))?(?:(\d+(?:\.\d+)?)s)?(?:(\d+(?:\.\d+)?)ms)?$/.exec(
    text,
  );
  if (duration && text !== '') {
    const [, hours = '0', minutes = '0', seconds = '0', ms = '0'] = duration;
    return Math.round(Number(hours) * 3_600_000 + Number(minutes) * 60_000 + Number(seconds) * 1000 + Number(ms));
  }
  const date = Date.parse(text);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** The rate-limit information in a response's headers; `undefined` when it has none. */
export function parseRateLimit(headers: Headers, now: number = Date.now()): RateLimit | undefined {
  const windows: Record<string, RateLimitWindow> = {};
  headers.forEach((value, name) => {
    const found = windowField(name.toLowerCase());
    if (!found) return;
    const number = found.field === 'reset' ? resetDelay(value, now) : Number(value.trim());
    if (number === undefined || value.trim() === '' || !Number.isFinite(number)) return;
    const window = (windows[found.window] ??= {});
    window[found.field === 'reset' ? 'resetMs' : found.field] = number;
  });
  const retryAfterMs = retryAfter(headers, now);
  if (!Object.keys(windows).length && retryAfterMs === undefined) return undefined;
  const main = windows['default'] ?? windows['requests'] ?? {};
  return { ...main, ...(retryAfterMs !== undefined && { retryAfterMs }), windows };
}
