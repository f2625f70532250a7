/** The credential never leaves in an error: every form it travels in is replaced, in texts, headers and causes. */
import { describe, expect, it } from 'vitest';
import { hasUserinfo, Redactor, redactUserinfo } from '../../../../../templates/package/src/core/redact.ts';

const SECRET = 'sk-abc/"def"';

describe('Redactor.text', () => {
  const cases: { name: string; given: string; want: string }[] = [
    { name: 'as is', given: `invalid key ${SECRET}`, want: 'invalid key [REDACTED]' },
    { name: 'twice', given: `${SECRET} and ${SECRET}`, want: '[REDACTED] and [REDACTED]' },
    { name: 'JSON-escaped', given: `{"key":"${JSON.stringify(SECRET).slice(1, -1)}"}`, want: '{"key":"[REDACTED]"}' },
    { name: 'percent-encoded', given: `?key=${encodeURIComponent(SECRET)}`, want: '?key=[REDACTED]' },
    { name: 'base64 (Basic auth)', given: `Basic ${btoa(SECRET)}`, want: 'Basic [REDACTED]' },
    { name: 'absent', given: 'nothing secret here', want: 'nothing secret here' },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(new Redactor([SECRET]).text(given)).toBe(want));

  it('replaces the longest form first, so a form containing another leaves no tail', () => {
    // 'ab%' percent-encoded is 'ab%25': replacing the raw form first would leave '[REDACTED]25'.
    expect(new Redactor(['ab%']).text('key=ab%25')).toBe('key=[REDACTED]');
  });

  it.each([undefined, ''])('without a credential (%j) changes nothing', (secret) => {
    expect(new Redactor([secret]).text('Bearer x')).toBe('Bearer x');
  });

  it('is usable detached from the instance (passed as a callback)', () => {
    const { text } = new Redactor([SECRET]);
    expect(text(SECRET)).toBe('[REDACTED]');
  });

  it('skips base64 for a secret that is not Latin-1 and still redacts it', () => {
    expect(new Redactor(['ключ']).text('bad ключ')).toBe('bad [REDACTED]');
  });
});

describe('Redactor.headers', () => {
  it('returns the same object when no value carries the credential', () => {
    const headers = new Headers({ 'x-request-id': 'r1' });
    expect(new Redactor([SECRET]).headers(headers)).toBe(headers);
  });

  it('returns a redacted copy, leaving the original alone', () => {
    const headers = new Headers({ 'x-echo': `key ${SECRET}`, 'x-request-id': 'r1' });
    const clean = new Redactor([SECRET]).headers(headers);
    expect(clean).not.toBe(headers);
    expect(Object.fromEntries(clean)).toEqual({ 'x-echo': 'key [REDACTED]', 'x-request-id': 'r1' });
    expect(headers.get('x-echo')).toBe(`key ${SECRET}`);
  });
});

describe('Redactor.mentionedIn', () => {
  const cases: { name: string; given: unknown; want: boolean }[] = [
    { name: 'message', given: new Error(`bad ${SECRET}`), want: true },
    { name: 'cause', given: new Error('outer', { cause: new Error(`inner ${SECRET}`) }), want: true },
    { name: 'AggregateError item', given: new AggregateError([new Error('a'), new Error(SECRET)]), want: true },
    { name: 'a string', given: `x ${SECRET}`, want: true },
    { name: 'clean error', given: new Error('connect ECONNREFUSED'), want: false },
    { name: 'null', given: null, want: false },
    { name: 'undefined', given: undefined, want: false },
  ];
  it.each(cases)('$name → $want', ({ given, want }) => expect(new Redactor([SECRET]).mentionedIn(given)).toBe(want));

  it('stops after a bounded depth (a cyclic cause chain ends)', () => {
    const error = new Error('a') as Error & { cause?: unknown };
    error.cause = error;
    expect(new Redactor([SECRET]).mentionedIn(error)).toBe(false);
  });

  it('without a credential nothing is mentioned', () => {
    expect(new Redactor([undefined]).mentionedIn(new Error('anything'))).toBe(false);
  });
});

describe('Redactor.holdsSecret', () => {
  it.each([
    { given: `x=${encodeURIComponent(SECRET)}`, want: true },
    { given: `Basic ${btoa(SECRET)}`, want: true },
    { given: 'sk-abc', want: false },
  ])('$given → $want', ({ given, want }) => expect(new Redactor([SECRET]).holdsSecret(given)).toBe(want));
  it('without a credential nothing holds one', () => expect(new Redactor([undefined]).holdsSecret('anything')).toBe(false));
});

describe('userinfo in a URL', () => {
  const cases: { given: string; want: string | undefined }[] = [
    { given: 'https://user:sk-1@api.example.com/v1', want: 'https://[REDACTED]@api.example.com/v1' },
    { given: 'http://sk-1@127.0.0.1:8080', want: 'http://[REDACTED]@127.0.0.1:8080' },
    { given: 'HTTPS://a:b:c@host', want: 'HTTPS://[REDACTED]@host' },
    { given: 'https://host/path@not-userinfo', want: undefined },
    { given: 'https://host?q=a@b', want: undefined },
    { given: 'https://api.example.com', want: undefined },
    { given: '/relative@path', want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(hasUserinfo(given)).toBe(want !== undefined);
    expect(redactUserinfo(given)).toBe(want ?? given);
  });
});
