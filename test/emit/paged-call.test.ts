/** The paged form of a list call: the item type named for TypeScript, and the runtime spec. */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { resolvePackageSettings } from '../../generator/config.ts';
import { pagedCall } from '../../generator/emit/paged-call.ts';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { planSurface } from '../../generator/surface/plan-surface.ts';

const SPEC = {
  openapi: '3.0.3',
  info: { title: 'Lists', version: '1' },
  paths: {
    '/things': {
      get: {
        operationId: 'listThings',
        parameters: [{ name: 'starting_after', in: 'query', schema: { type: 'string' } }],
        responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/ThingPage' } } } } },
      },
    },
    '/inline': {
      get: {
        operationId: 'listInline',
        parameters: [{ name: 'page', in: 'query', schema: { type: 'integer', minimum: 0 } }],
        responses: {
          '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { type: 'object', properties: { n: { type: 'integer' } } } } } } },
        },
      },
    },
    '/plain': { get: { operationId: 'getPlain', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } } } } },
  },
  components: {
    schemas: {
      Thing: { type: 'object', properties: { id: { type: 'string' } } },
      ThingPage: {
        allOf: [
          { type: 'object', properties: { data: {}, has_more: { type: 'boolean' } } },
          { type: 'object', properties: { data: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } },
        ],
      },
    },
  },
};

async function surface() {
  const file = join(await mkdtemp(join(tmpdir(), 'paged-call-')), 'spec.json');
  await writeFile(file, JSON.stringify(SPEC));
  return planSurface(buildApiModel(await loadSpec(file)).api, resolvePackageSettings({ packageName: 'x', clientName: 'X', envPrefix: 'X' }, 'X', 'test'));
}

describe('pagedCall', () => {
  const cases: { operation: string; want: { item: string; spec: unknown } | undefined }[] = [
    {
      operation: 'listThings',
      want: { item: 'Thing', spec: { items: ['data'], next: { kind: 'afterLast', parameter: 'starting_after', idField: ['id'] }, hasMore: ['has_more'] } },
    },
    { operation: 'listInline', want: { item: '{\nn?: number;\n}', spec: { items: [], next: { kind: 'page', parameter: 'page', first: 0 } } } },
    { operation: 'getPlain', want: undefined },
  ];
  it.each(cases)('$operation', async ({ operation, want }) => {
    const api = await surface();
    const found = pagedCall(
      api.operations.find((candidate) => candidate.name === operation)!,
      api,
      (id) => api.schemas.find((schema) => schema.id === id)!.name,
    );
    expect(found && { item: found.item.replace(/\s+/g, (space) => (space.includes('\n') ? '\n' : ' ')), spec: found.spec }).toEqual(want);
  });
});
