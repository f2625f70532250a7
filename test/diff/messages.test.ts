import { describe, expect, it } from 'vitest';
import { breakReason, changeMessage, code } from '../../generator/diff/messages.ts';
import type { ApiChange } from '../../generator/diff/types.ts';

type Given = Omit<ApiChange, 'message' | 'breaks'>;
const base = (facts: Partial<Given>): Given => ({
  rule: 'constraint-changed',
  severity: 'breaking',
  subject: 'CreateUserBody.name',
  operations: [],
  verdicts: { sdk: 'patch', wire: 'breaking' },
  ...facts,
});

describe('breakReason: one clause from the view that breaks', () => {
  it.each<{ given: Given; want: string }>([
    { given: base({ side: 'request', keyword: 'maxLength', before: '100', after: '50' }), want: 'the server now rejects `name` with more than 50 characters' },
    { given: base({ side: 'request', keyword: 'minItems', subject: 'T.tags', before: 'none', after: '2' }), want: 'the server now rejects `tags` with fewer than 2 items' },
    { given: base({ side: 'response', keyword: 'minimum', subject: 'M.count', before: '≥ 0', after: '≥ -1' }), want: 'responses may now carry `count` that is not ≥ 0' },
    {
      given: base({ side: 'request', keyword: 'pattern', subject: 'T["odd-key"]', before: 'none', after: '^a' }),
      want: 'the server now rejects `odd-key` that does not match `^a`',
    },
    {
      given: base({ rule: 'default-changed', subject: 'P.limit', parameter: true, before: '20', after: '50' }),
      want: 'the server now assumes `50` when the client sends no `limit`',
    },
    { given: base({ rule: 'field-added', side: 'request', subject: 'Video.items[].quality', required: true }), want: 'the server now rejects requests without `quality`' },
  ])('$want', ({ given, want }) => {
    expect(breakReason(given, 'wire')).toBe(want);
  });
});

describe('breakReason of a pattern the SDK types', () => {
  const typed = (side: 'request' | 'response') =>
    base({
      side,
      keyword: 'pattern',
      subject: 'ImageRequest.size',
      before: '^[0-9]+\\*[0-9]+$',
      after: '^[0-9]+x[0-9]+$',
      sdkType: { before: '`${number}*${number}`', after: '`${number}x${number}`' },
    });
  it.each<{ given: Given; view: 'sdk' | 'wire' | 'sdk and wire'; want: string }>([
    { given: typed('response'), view: 'sdk', want: 'code that keeps `size` as `` `${number}*${number}` `` no longer compiles (now `` `${number}x${number}` ``)' },
    {
      given: typed('request'),
      view: 'sdk and wire',
      want: 'code that passes `size` as `` `${number}*${number}` `` no longer compiles (now `` `${number}x${number}` ``); the server now rejects `size` that does not match `^[0-9]+x[0-9]+$`',
    },
    { given: typed('request'), view: 'wire', want: 'the server now rejects `size` that does not match `^[0-9]+x[0-9]+$`' },
  ])('$view: $want', ({ given, view, want }) => expect(breakReason(given, view)).toBe(want));

  it('the change names both types', () =>
    expect(changeMessage(typed('request'))).toBe(
      'request `ImageRequest.size`: `pattern` `^[0-9]+\\*[0-9]+$` → `^[0-9]+x[0-9]+$`; its SDK type `` `${number}*${number}` `` → `` `${number}x${number}` ``',
    ));
});

describe('changeMessage', () => {
  it('words a change in SDK terms and notes what was deprecated', () => {
    expect(changeMessage(base({ side: 'request', keyword: 'maxLength', before: '100', after: '50' }))).toBe('request `CreateUserBody.name`: `maxLength` `100` → `50`');
    expect(changeMessage(base({ rule: 'operation-removed', subject: 'search', endpoint: 'GET /s', deprecated: { since: '2025-01-01' } }))).toBe(
      'operation `search` (`GET /s`) was removed (it was deprecated since 2025-01-01)',
    );
    expect(changeMessage(base({ rule: 'server-removed', subject: 'https://eu', before: 'https://eu' }))).toBe('server `https://eu` is no longer listed');
  });

  it('keeps backticks in spec text from closing the code span', () => {
    expect(code('a`b')).toBe('``a`b``');
  });
});
