import { describe, expect, it } from 'vitest';
import { exportedNames, member, typeName } from '../../generator/diff/api-index.ts';
import type { SurfaceSchema as NamedSchema } from '../../generator/surface/types.ts';

const schema = (requestName?: string): NamedSchema => ({
  id: '#/x',
  name: 'Pet',
  originalName: 'Pet',
  type: { kind: 'unknown' },
  usage: { request: true, response: true },
  ...(requestName && { requestName }),
});

describe('SDK names of a schema', () => {
  it.each([
    { given: schema('PetInput'), want: { request: 'PetInput', response: 'Pet', exported: ['Pet', 'PetInput'] } },
    { given: schema(), want: { request: 'Pet', response: 'Pet', exported: ['Pet'] } },
  ])('$want.exported', ({ given, want }) => {
    expect({ request: typeName(given, 'request'), response: typeName(given, 'response'), exported: exportedNames(given) }).toEqual(want);
  });

  it.each([
    { given: 'name', want: '.name' },
    { given: 'odd-key', want: '["odd-key"]' },
    { given: '$ok_1', want: '.$ok_1' },
  ])('member($given) → $want', ({ given, want }) => {
    expect(member(given)).toBe(want);
  });
});
