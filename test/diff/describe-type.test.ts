import type { SurfaceApi, SurfaceSchema } from '../../generator/surface/types.ts';
import { describe, expect, it } from 'vitest';
import { indexApi } from '../../generator/diff/api-index.ts';
import { describeType } from '../../generator/diff/describe-type.ts';
import type { TypeNode } from '../../generator/ir/types.ts';

const pet: SurfaceSchema = {
  id: '#/components/schemas/Pet',
  name: 'Pet',
  originalName: 'Pet',
  requestName: 'PetInput',
  type: { kind: 'unknown' },
  usage: { request: true, response: true },
};
const index = indexApi({ schemas: [pet] } as unknown as SurfaceApi);
const ref: TypeNode = { kind: 'ref', target: pet.id };
const string: TypeNode = { kind: 'primitive', type: 'string' };

describe('describeType', () => {
  it.each<{ given: TypeNode; side?: 'request' | 'response'; want: string }>([
    { given: ref, side: 'response', want: 'Pet' },
    { given: ref, side: 'request', want: 'PetInput' },
    { given: { kind: 'array', items: { kind: 'union', variants: [string, ref], exclusive: true } }, want: '(string | Pet)[]' },
    { given: { kind: 'enum', values: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }, want: '"a" | "b" | "c" | "d" | "e" | …' },
    {
      given: {
        kind: 'object',
        properties: ['a', 'b', 'c', 'd', 'e'].map((name) => ({ name, required: false, hasDefault: false, readOnly: false, writeOnly: false, type: string })),
        additionalProperties: 'unspecified',
      },
      want: '{ a, b, c, d, … }',
    },
    { given: { kind: 'nullable', inner: { kind: 'primitive', type: 'string', binary: true } }, want: 'Blob | null' },
  ])('$want', ({ given, side, want }) => {
    expect(describeType(given, index, side ?? 'response')).toBe(want);
  });
});
