import { describe, expect, it } from 'vitest';
import { compareConstraints, compareRules } from '../../generator/diff/compare-constraints.ts';
import type { Docs } from '../../generator/ir/types.ts';

describe('compareConstraints', () => {
  it.each<{ given: [Docs | undefined, Docs | undefined]; want: { keyword: string; before: string; after: string; narrowed: boolean; widened: boolean }[] }>([
    { given: [{ maxLength: 100 }, { maxLength: 50 }], want: [{ keyword: 'maxLength', before: '100', after: '50', narrowed: true, widened: false }] },
    { given: [{ maxLength: 50 }, undefined], want: [{ keyword: 'maxLength', before: '50', after: 'none', narrowed: false, widened: true }] },
    { given: [undefined, { minItems: 1 }], want: [{ keyword: 'minItems', before: 'none', after: '1', narrowed: true, widened: false }] },
    { given: [{ minimum: 0 }, { minimum: 0, exclusiveMinimum: true }], want: [{ keyword: 'minimum', before: '≥ 0', after: '> 0', narrowed: true, widened: false }] },
    { given: [{ exclusiveMaximum: 10 }, { maximum: 10 }], want: [{ keyword: 'maximum', before: '< 10', after: '≤ 10', narrowed: false, widened: true }] },
    { given: [{ minimum: 5 }, { minimum: 1, exclusiveMinimum: 4 }], want: [{ keyword: 'minimum', before: '≥ 5', after: '> 4', narrowed: false, widened: true }] },
    { given: [{ multipleOf: 5 }, { multipleOf: 10 }], want: [{ keyword: 'multipleOf', before: '5', after: '10', narrowed: true, widened: false }] },
    { given: [{ multipleOf: 4 }, { multipleOf: 6 }], want: [{ keyword: 'multipleOf', before: '4', after: '6', narrowed: true, widened: true }] },
    { given: [{}, { uniqueItems: true }], want: [{ keyword: 'uniqueItems', before: 'false', after: 'true', narrowed: true, widened: false }] },
    { given: [{ pattern: '^a' }, { pattern: '^b' }], want: [{ keyword: 'pattern', before: '^a', after: '^b', narrowed: true, widened: true }] },
    { given: [{ format: 'int32' }, { format: 'int64' }], want: [{ keyword: 'format', before: 'int32', after: 'int64', narrowed: false, widened: true }] },
    { given: [{ format: 'email' }, { format: 'uri' }], want: [{ keyword: 'format', before: 'email', after: 'uri', narrowed: true, widened: true }] },
    {
      given: [
        { maxProperties: 3, description: 'a' },
        { maxProperties: 3, description: 'b' },
      ],
      want: [],
    },
    { given: [{}, { keywords: { contains: { minimum: 1 } } }], want: [{ keyword: 'contains', before: 'none', after: '{"minimum":1}', narrowed: true, widened: false }] },
    {
      given: [{ keywords: { dependentRequired: { a: ['b'] } } }, { keywords: { dependentRequired: { a: ['c'] } } }],
      want: [{ keyword: 'dependentRequired', before: '{"a":["b"]}', after: '{"a":["c"]}', narrowed: true, widened: true }],
    },
    { given: [{ keywords: { minContains: 1 } }, { keywords: { minContains: 2 } }], want: [{ keyword: 'minContains', before: '1', after: '2', narrowed: true, widened: false }] },
    {
      given: [{ keywords: { 'x-extensible-enum': ['a', 'b'] } }, { keywords: { 'x-extensible-enum': ['a', 'c'] } }],
      want: [{ keyword: 'x-extensible-enum', before: '["a","b"]', after: '["a","c"]', narrowed: true, widened: true }],
    },
    {
      given: [{ keywords: { 'x-extensible-enum': ['a'] } }, { keywords: { 'x-extensible-enum': ['a', 'b'] } }],
      want: [{ keyword: 'x-extensible-enum', before: '["a"]', after: '["a","b"]', narrowed: false, widened: true }],
    },
  ])('$given.0 → $given.1', ({ given, want }) => {
    expect(compareConstraints(...given)).toEqual(want);
  });
});

describe('compareRules', () => {
  it.each([
    { given: [[], ['r1']], want: { narrowed: true, widened: false } },
    { given: [['r1'], []], want: { narrowed: false, widened: true } },
    { given: [['r1'], ['r2']], want: { narrowed: true, widened: true } },
  ])('$given.0 → $given.1', ({ given, want }) => {
    expect(compareRules(given[0]!, given[1]!)).toMatchObject({ keyword: 'if', ...want });
  });

  it('is undefined when the rules are the same, in any order', () => {
    expect(compareRules(['a', 'b'], ['b', 'a'])).toBeUndefined();
  });
});
