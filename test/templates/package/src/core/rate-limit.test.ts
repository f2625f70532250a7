/** Rate-limit headers of the common dialects, read into one object. */
import { describe, expect, it } from 'vitest';
import { parseRateLimit, resetDelay, retryAfter } from '../../../../../templates/package/src/core/rate-limit.ts';

const NOW = Date.parse('2026-01-01T00:00:00Z');

describe('resetDelay', () => {
  const cases: { given: string; want: number | undefined }[] = [
    { given: '30', want: 30_000 },
    { given: '0.5', want: 500 },
    { given: '1s', want: 1000 },
    { given: '6m0s', want: 360_000 },
    { given: '1h2m3.5s', want: 3_723_500 },
    { given: '250ms', want: 250 },
    { given: '2m', want: 120_000 },
    { given: String(NOW / 1000 + 60), want: 60_000 },
    { given: '2026-01-01T00:00:10Z', want: 10_000 },
    { given: '2025-12-31T00:00:00Z', want: 0 },
    { given: 'soon', want: undefined },
    { given: '', want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(resetDelay(given, NOW)).toBe(want));
});

describe('retryAfter', () => {
  const cases: { given: Record<string, string>; want: number | undefined }[] = [
    { given: { 'retry-after-ms': '150' }, want: 150 },
    { given: { 'retry-after': '2' }, want: 2000 },
    { given: { 'retry-after': 'Thu, 01 Jan 2026 00:00:05 GMT' }, want: 5000 },
    { given: { 'retry-after': 'later' }, want: undefined },
    { given: {}, want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(retryAfter(new Headers(given), NOW)).toBe(want));
});

describe('parseRateLimit', () => {
  const cases: { name: string; given: Record<string, string>; want: unknown }[] = [
    { name: 'none', given: { 'content-type': 'application/json' }, want: undefined },
    {
      name: 'GitHub: unnamed window, Unix reset',
      given: { 'x-ratelimit-limit': '5000', 'x-ratelimit-remaining': '4999', 'x-ratelimit-reset': String(NOW / 1000 + 3600), 'x-ratelimit-used': '1' },
      want: { limit: 5000, remaining: 4999, resetMs: 3_600_000, windows: { default: { limit: 5000, remaining: 4999, resetMs: 3_600_000 } } },
    },
    {
      name: 'OpenAI: one window per suffix, durations',
      given: {
        'x-ratelimit-limit-requests': '60',
        'x-ratelimit-remaining-requests': '59',
        'x-ratelimit-reset-requests': '1s',
        'x-ratelimit-limit-tokens': '150000',
        'x-ratelimit-remaining-tokens': '149984',
        'x-ratelimit-reset-tokens': '6m0s',
      },
      want: {
        limit: 60,
        remaining: 59,
        resetMs: 1000,
        windows: { requests: { limit: 60, remaining: 59, resetMs: 1000 }, tokens: { limit: 150000, remaining: 149984, resetMs: 360_000 } },
      },
    },
    {
      name: 'Anthropic: vendor prefix, window before the field, RFC 3339 reset',
      given: { 'anthropic-ratelimit-input-tokens-limit': '40000', 'anthropic-ratelimit-input-tokens-reset': '2026-01-01T00:01:00Z' },
      want: { windows: { 'input-tokens': { limit: 40000, resetMs: 60_000 } } },
    },
    {
      name: 'IETF draft with Retry-After',
      given: { 'ratelimit-limit': '100', 'ratelimit-remaining': '0', 'ratelimit-reset': '30', 'retry-after': '30' },
      want: { limit: 100, remaining: 0, resetMs: 30_000, retryAfterMs: 30_000, windows: { default: { limit: 100, remaining: 0, resetMs: 30_000 } } },
    },
    { name: 'only Retry-After', given: { 'retry-after': '3' }, want: { retryAfterMs: 3000, windows: {} } },
    { name: 'unreadable values are left out', given: { 'x-ratelimit-limit': 'many', 'x-ratelimit-reset': 'soon' }, want: undefined },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(parseRateLimit(new Headers(given), NOW)).toEqual(want));
});
