import { describe, expect, it } from 'vitest';
import { compareConstraints } from '../../generator/diff/compare-constraints.ts';
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
  ])('$given.0 → $given.1', ({ given, want }) => {
    expect(compareConstraints(...given)).toEqual(want);
  });
});
