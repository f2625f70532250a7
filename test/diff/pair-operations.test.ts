import { describe, expect, it } from 'vitest';
import { endpointOf, pairOperations } from '../../generator/diff/pair-operations.ts';
import type { SurfaceOperation } from '../../generator/surface/types.ts';

const op = (name: string, method: string, pathKey: string, operationId?: string) => ({ name, method, pathKey, ...(operationId && { operationId }) }) as unknown as SurfaceOperation;

describe('pairOperations', () => {
  it.each([
    { name: 'same method and path', given: [[op('a', 'get', '/x')], [op('b', 'get', '/x')]], want: { pairs: [['a', 'b']], added: [], removed: [] } },
    { name: 'same operationId, new path (a move)', given: [[op('a', 'get', '/x', 'getX')], [op('a', 'get', '/y', 'getX')]], want: { pairs: [['a', 'a']], added: [], removed: [] } },
    { name: 'same name, new path', given: [[op('a', 'get', '/x')], [op('a', 'post', '/y')]], want: { pairs: [['a', 'a']], added: [], removed: [] } },
    { name: 'a variant is its own endpoint', given: [[op('a', 'post', '/v#one')], [op('b', 'post', '/v#two')]], want: { pairs: [], added: ['b'], removed: ['a'] } },
  ])('$name', ({ given, want }) => {
    const pairing = pairOperations(given[0]!, given[1]!);
    expect({
      pairs: pairing.pairs.map(({ before, after }) => [before.name, after.name]),
      added: pairing.added.map((operation) => operation.name),
      removed: pairing.removed.map((operation) => operation.name),
    }).toEqual(want);
  });

  it('names an endpoint by method and path key, fragment included', () => {
    expect(endpointOf({ method: 'post', pathKey: '/v1/videos#veo' })).toBe('POST /v1/videos#veo');
  });
});
