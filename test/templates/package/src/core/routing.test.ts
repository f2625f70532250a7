/** A merged call's run-time helpers: the route a value selects, and a client that names the call in its errors. */
import { describe, expect, it } from 'vitest';
import type { APIClient, OperationRequest } from '../../../../../generated/imarouter/src/core/http.ts';
import { named, routeOf } from '../../../../../generated/imarouter/src/core/routing.ts';

describe('routeOf', () => {
  const routes = { 'gpt-image-2': 'gpt', 'wan2.7-image': 'wan' } as const;
  const cases: { given: unknown; want: string }[] = [
    { given: 'gpt-image-2', want: 'gpt' },
    { given: 'wan2.7-image', want: 'wan' },
    { given: 'new-model', want: 'default' },
    // Inherited members of a plain object are not routes: the value goes to the default variant as it is.
    { given: 'constructor', want: 'default' },
    { given: '__proto__', want: 'default' },
    { given: 'toString', want: 'default' },
    { given: 42, want: 'default' },
    { given: undefined, want: 'default' },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(routeOf<string>(routes, given, 'default')).toBe(want));
});

describe('named', () => {
  it("sends the request through the client under the merged call's name, the rest unchanged", async () => {
    const seen: { request: OperationRequest; options: unknown }[] = [];
    const client = { request: (request: OperationRequest, options?: unknown) => (seen.push({ request, options }), 'sent') } as unknown as APIClient;
    const request: OperationRequest = { operation: 'createImageGenerationTask', method: 'POST', path: '/v1/images/generations', body: { model: 'x' } };
    expect(named(client, 'createImagesGenerationsByModel').request(request, { timeout: 5 })).toBe('sent');
    expect(seen).toEqual([{ request: { ...request, operation: 'createImagesGenerationsByModel' }, options: { timeout: 5 } }]);
    expect(request.operation).toBe('createImageGenerationTask');
  });
});
