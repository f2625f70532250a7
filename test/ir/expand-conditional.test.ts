/** if/then/else rules read as a union of plain variants, one per set of value combinations under the same rules. */
import { describe, expect, it } from 'vitest';
import { expandConditional } from '../../generator/ir/expand-conditional.ts';
import { resolverFor } from '../../generator/ir/type-query.ts';
import type { ConditionalRule, TypeNode } from '../../generator/ir/types.ts';
import { int, lit, oneOf, prop, str } from '../helpers/ir-nodes.ts';

const resolve = resolverFor([]);
const object = (...properties: ReturnType<typeof prop>[]): TypeNode => ({ kind: 'object', properties, additionalProperties: 'unspecified' });

/** A variant as text: the members after the base, e.g. `{model: "a"; size?: "768p" | "1080p"}`. */
function show(node: TypeNode): string {
  switch (node.kind) {
    case 'intersection':
      return node.members.slice(1).map(show).join(' & ');
    case 'object':
      return `{${node.properties.map((property) => `${property.name}${property.required ? '' : '?'}: ${show(property.type)}`).join('; ')}}`;
    case 'literal':
      return JSON.stringify(node.value);
    case 'enum':
      return node.values.map((value) => JSON.stringify(value)).join(' | ');
    case 'never':
      return 'never';
    case 'primitive':
      return node.type;
    default:
      return node.kind;
  }
}

const rule = (ifNode: TypeNode, then?: TypeNode, otherwise?: TypeNode): ConditionalRule => ({ text: '', if: ifNode, then, else: otherwise });

describe('expandConditional', () => {
  const base = object(prop('model', oneOf('a', 'b')), prop('size?', str));
  const cases: { name: string; base: TypeNode; rules: ConditionalRule[]; want: string[] | string }[] = [
    {
      name: 'one rule on a required enum: one variant per branch',
      base,
      rules: [rule(object(prop('model', lit('a'))), object(prop('size', oneOf('768p', '1080p'))))],
      want: ['{model: "a"; size: "768p" | "1080p"}', '{model: "b"}'],
    },
    {
      name: 'values under the same rules merge into one variant',
      base: object(prop('model', oneOf('a', 'b', 'c'))),
      rules: [rule(object(prop('model', lit('a'))), undefined, object(prop('size', str)))],
      want: ['{model: "a"}', '{model: "b" | "c"; size: string}'],
    },
    {
      name: 'an optional tested property may be absent, and absence passes a condition that does not require it',
      base: object(prop('mode?', oneOf('fast'))),
      rules: [rule(object(prop('mode?', lit('fast'))), object(prop('quality', lit('low'))), object(prop('quality', lit('high'))))],
      want: ['{mode?: "fast"; quality: "low"}'],
    },
    {
      name: 'a condition that requires the property: absence takes the else branch',
      base: object(prop('mode?', oneOf('fast'))),
      rules: [rule(object(prop('mode', lit('fast'))), object(prop('quality', lit('low'))), object(prop('quality', lit('high'))))],
      want: ['{mode: "fast"; quality: "low"}', '{mode?: never; quality: "high"}'],
    },
    {
      name: 'a combination a branch contradicts is dropped',
      base: object(prop('model', oneOf('a', 'b')), prop('tier', oneOf('x', 'y'))),
      rules: [rule(object(prop('model', lit('a'))), object(prop('tier', lit('x')))), rule(object(prop('tier', lit('y'))), object(prop('size', lit('big'))))],
      // (a, y) is gone: the first rule pins tier to x for model a.
      want: ['{model: "a"; tier: "x"}', '{model: "b"; tier: "x"}', '{model: "b"; tier: "y"; size: "big"}'],
    },
    {
      name: 'a condition on something other than const/enum values',
      base,
      rules: [rule(object(prop('size', str)))],
      want: 'a condition tests something other than `const`/`enum` values of properties',
    },
    { name: 'a condition that is not an object', base, rules: [rule(str)], want: 'a condition tests something other than `const`/`enum` values of properties' },
    {
      name: 'the tested property has no fixed values in the base',
      base,
      rules: [rule(object(prop('size', lit('big'))))],
      want: 'the condition on `size` needs it to have a fixed set of values (an enum) in the schema',
    },
    {
      name: 'the tested property is not in the base',
      base,
      rules: [rule(object(prop('other', lit('x'))))],
      want: 'the condition on `other` needs it to have a fixed set of values (an enum) in the schema',
    },
    {
      name: 'more than 256 combinations',
      base: object(...['p', 'q', 'r'].map((name) => prop(name, oneOf(...Array.from({ length: 7 }, (_, index) => index))))),
      rules: [rule(object(prop('p', lit(0)), prop('q', lit(0)), prop('r', lit(0))), object(prop('n', int)))],
      want: 'the conditions combine more than 256 value combinations',
    },
  ];
  it.each(cases)('$name', ({ base, rules, want }) => {
    const expansion = expandConditional(base, rules, resolve);
    if (typeof want === 'string') expect(expansion).toEqual({ ok: false, reason: want });
    else {
      expect(expansion.ok).toBe(true);
      if (expansion.ok) expect(expansion.variants.map(show)).toEqual(want);
    }
  });

  it('every variant keeps the base as its first member (never narrower than the schema)', () => {
    const expansion = expandConditional(base, [rule(object(prop('model', lit('a'))), object(prop('size', str)))], resolve);
    expect(expansion.ok && expansion.variants.every((variant) => variant.kind === 'intersection' && variant.members[0] === base)).toBe(true);
  });

  it('exactly 256 combinations are still expanded', () => {
    const values = Array.from({ length: 16 }, (_, index) => index);
    const wide = object(prop('p', oneOf(...values)), prop('q', oneOf(...values)));
    expect(expandConditional(wide, [rule(object(prop('p', lit(0))), object(prop('n', int)))], resolve).ok).toBe(true);
  });
});
