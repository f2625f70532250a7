/** typeDepths / checkTypeDepth: how deep a type goes through its references, and the located refusal past the bound. */
import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.ts';
import { checkTypeDepth, MAX_TYPE_DEPTH, typeDepths } from '../../generator/ir/type-depth.ts';
import type { NamedSchema, TypeNode } from '../../generator/ir/types.ts';

const string: TypeNode = { kind: 'primitive', type: 'string' };
const ref = (name: string): TypeNode => ({ kind: 'ref', target: `#/components/schemas/${name}` });
const property = (type: TypeNode) => ({ name: 'next', required: true, hasDefault: false, readOnly: false, writeOnly: false, type });
const object = (type: TypeNode): TypeNode => ({ kind: 'object', properties: [property(type)], additionalProperties: 'unspecified' });

function named(types: Record<string, TypeNode>): Map<string, NamedSchema> {
  return new Map(
    Object.entries(types).map(([name, type]) => {
      const id = `#/components/schemas/${name}`;
      return [id, { id, name, originalName: name, type, usage: { request: false, response: false } }];
    }),
  );
}

/** S0 … S(n-1), each `allOf: [{ $ref: next }, { … }]`: two nodes (intersection, reference) per link. */
function allOfChain(length: number): Map<string, NamedSchema> {
  const types: Record<string, TypeNode> = {};
  for (let index = 0; index < length; index++) {
    types[`S${index}`] = index + 1 < length ? { kind: 'intersection', members: [ref(`S${index + 1}`), object(string)] } : string;
  }
  return named(types);
}

describe('typeDepths', () => {
  const cases: { name: string; types: Record<string, TypeNode>; want: Record<string, number> }[] = [
    { name: 'a primitive', types: { A: string }, want: { A: 1 } },
    { name: 'an object of a string', types: { A: object(string) }, want: { A: 2 } },
    { name: 'a reference counts the type it leads to', types: { A: object(ref('B')), B: object(string) }, want: { A: 4, B: 2 } },
    // B is measured on the way from A, so its path ends at the reference back to A.
    { name: 'a cycle ends the path', types: { A: object(ref('B')), B: object(ref('A')) }, want: { A: 4, B: 2 } },
    { name: 'the deepest branch counts', types: { A: { kind: 'union', variants: [string, object(object(string))], exclusive: false } }, want: { A: 4 } },
    { name: 'a reference to nothing', types: { A: ref('Missing') }, want: { A: 1 } },
  ];
  it.each(cases)('$name', ({ types, want }) => {
    const depths = typeDepths(named(types));
    expect(Object.fromEntries([...depths].map(([id, depth]) => [id.split('/').at(-1), depth]))).toEqual(want);
  });

  it('measures a chain of 20,000 references without recursion', () => {
    expect(typeDepths(allOfChain(20_000)).get('#/components/schemas/S0')).toBe(2 * 20_000 - 1);
  });
});

describe('checkTypeDepth', () => {
  const locate = (pointer: string) => ({ file: 'spec.json', pointer });

  it('accepts a chain of 600 allOf links (1,199 levels)', () => {
    expect(() => checkTypeDepth(allOfChain(600), locate)).not.toThrow();
  });

  it(`refuses a chain deeper than ${MAX_TYPE_DEPTH} levels at the schema where it goes past`, () => {
    let error: unknown;
    try {
      checkTypeDepth(allOfChain(1000), locate);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(GeneratorError);
    // S249 is the first (from the end) whose type is 1,501 levels deep: 2 × (1000 − 249) − 1.
    expect((error as GeneratorError).location).toEqual({ file: 'spec.json', pointer: '#/components/schemas/S249' });
    expect((error as GeneratorError).message).toMatch(/more than 1500 levels deep, counting the schemas its references lead to/);
  });
});
