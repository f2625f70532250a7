import { describe, expect, it } from 'vitest';
import { enumValues, isAnnotationOnly, splitNull, withoutAnnotations } from '../../generator/diff/type-shapes.ts';
import type { TypeNode } from '../../generator/ir/types.ts';

const string: TypeNode = { kind: 'primitive', type: 'string' };

describe('type shapes', () => {
  it.each<{ given: TypeNode; want: { nullable: boolean; kind: string } }>([
    { given: { kind: 'nullable', inner: string }, want: { nullable: true, kind: 'primitive' } },
    { given: { kind: 'enum', values: ['a', null] }, want: { nullable: true, kind: 'enum' } },
    { given: { kind: 'union', variants: [string, { kind: 'primitive', type: 'null' }], exclusive: true }, want: { nullable: true, kind: 'primitive' } },
    { given: string, want: { nullable: false, kind: 'primitive' } },
  ])('splitNull($given.kind) → $want', ({ given, want }) => {
    const split = splitNull(given);
    expect({ nullable: split.nullable, kind: split.node.kind }).toEqual(want);
  });

  it('reads literal sets, annotation-only members and validation facts', () => {
    expect(
      enumValues({
        kind: 'union',
        variants: [
          { kind: 'literal', value: 'a' },
          { kind: 'enum', values: ['b'] },
        ],
        exclusive: false,
      }),
    ).toEqual(['a', 'b']);
    expect(enumValues(string)).toBeUndefined();
    expect(isAnnotationOnly({ kind: 'unknown', docs: { description: 'only words' } })).toBe(true);
    expect(isAnnotationOnly({ kind: 'unknown', docs: { maxLength: 3 } })).toBe(false);
    expect(isAnnotationOnly(string)).toBe(false);
    expect(withoutAnnotations({ ...string, docs: { description: 'x', maxLength: 3 } })).toEqual({ ...string, docs: { maxLength: 3 } });
    expect(withoutAnnotations({ ...string, docs: { description: 'x' } })).toEqual(string);
  });
});
