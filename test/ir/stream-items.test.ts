/** OpenAPI 3.2 `itemSchema` of sequential media types, read into `MediaContent.stream` (item type and decoded data type). */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { isSequentialMediaType } from '../../generator/ir/stream-items.ts';
import type { ApiModel, TypeNode } from '../../generator/ir/types.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { tempDir } from '../helpers/run-cli.ts';

const dir = await tempDir('stream-items-');
afterAll(() => dir.remove());

let counter = 0;
async function model(content: Record<string, unknown>, schemas: Record<string, unknown> = {}, openapi = '3.2.0'): Promise<ApiModel> {
  const file = join(dir.path, `spec-${counter++}.json`);
  const document = {
    openapi,
    info: { title: 'T', version: '1' },
    paths: { '/s': { get: { operationId: 'stream', responses: { 200: { description: 'ok', content } } } } },
    components: { schemas },
  };
  await writeFile(file, JSON.stringify(document));
  return buildApiModel(await loadSpec(file)).api;
}

/** A type with references replaced by the referenced schema's name, for compact expectations. */
function show(api: ApiModel, node: TypeNode | undefined): unknown {
  if (!node) return undefined;
  if (node.kind === 'ref') {
    const schema = api.schemas.find((candidate) => candidate.id === node.target)!;
    return schema.id.startsWith('#/components/') ? schema.name : { [schema.name]: show(api, schema.type) };
  }
  if (node.kind === 'union') return { oneOf: node.variants.map((variant) => show(api, variant)) };
  if (node.kind === 'object') return Object.fromEntries(node.properties.map((property) => [property.name, show(api, property.type)]));
  if (node.kind === 'primitive') return node.type;
  return node.kind;
}

const Chunk = { type: 'object', properties: { delta: { type: 'string' } } };
const json = (ref: string) => ({ type: 'string', contentMediaType: 'application/json', contentSchema: { $ref: `#/components/schemas/${ref}` } });

describe('isSequentialMediaType', () => {
  const cases: [string, boolean][] = [
    ['text/event-stream', true],
    ['text/event-stream; charset=utf-8', true],
    ['application/jsonl', true],
    ['application/x-ndjson', true],
    ['application/json-seq', true],
    ['Application/JSONL', true],
    ['application/json', false],
    ['text/plain', false],
  ];
  for (const [given, want] of cases) it(`${given} → ${want}`, () => expect(isSequentialMediaType(given)).toBe(want));
});

describe('stream items', () => {
  const cases: { name: string; content: Record<string, unknown>; schemas?: Record<string, unknown>; want: { item: unknown; data: unknown } | undefined }[] = [
    {
      name: 'SSE: the data is the contentSchema of the event data',
      content: { 'text/event-stream': { itemSchema: { type: 'object', properties: { event: { type: 'string' }, data: json('Chunk') } } } },
      schemas: { Chunk },
      want: { item: { StreamResponseItem: { event: 'string', data: 'string' } }, data: 'Chunk' },
    },
    {
      name: 'SSE: an item schema by reference keeps its own name, and its data is found through the reference',
      content: { 'text/event-stream': { itemSchema: { $ref: '#/components/schemas/Event' } } },
      schemas: { Chunk, Event: { type: 'object', properties: { data: json('Chunk') } } },
      want: { item: 'Event', data: 'Chunk' },
    },
    {
      name: 'SSE: event alternatives give a union of their data',
      content: {
        'text/event-stream': {
          itemSchema: {
            oneOf: [
              { type: 'object', properties: { event: { const: 'delta' }, data: json('Chunk') } },
              { type: 'object', properties: { event: { const: 'done' }, data: json('Done') } },
            ],
          },
        },
      },
      schemas: { Chunk, Done: { type: 'object', properties: { id: { type: 'string' } } } },
      want: {
        item: {
          StreamResponseItem: {
            oneOf: [
              { event: 'literal', data: 'string' },
              { event: 'literal', data: 'string' },
            ],
          },
        },
        data: { oneOf: ['Chunk', 'Done'] },
      },
    },
    {
      name: 'SSE: data typed as the JSON it carries (not a string) is that type',
      content: { 'text/event-stream': { itemSchema: { type: 'object', properties: { data: { $ref: '#/components/schemas/Chunk' } } } } },
      schemas: { Chunk },
      want: { item: { StreamResponseItem: { data: 'Chunk' } }, data: 'Chunk' },
    },
    {
      name: 'SSE: plain-text data has no decoded type',
      content: { 'text/event-stream': { itemSchema: { type: 'object', properties: { data: { type: 'string' } } } } },
      want: { item: { StreamResponseItem: { data: 'string' } }, data: undefined },
    },
    {
      name: 'JSON lines: each item is the decoded value',
      content: { 'application/jsonl': { itemSchema: { $ref: '#/components/schemas/Chunk' } } },
      schemas: { Chunk },
      want: { item: 'Chunk', data: 'Chunk' },
    },
    {
      name: 'itemSchema on a media type that is not sequential is not a stream',
      content: { 'application/json': { itemSchema: { $ref: '#/components/schemas/Chunk' } } },
      schemas: { Chunk },
      want: undefined,
    },
    {
      name: 'a stream without itemSchema says nothing about its items',
      content: { 'text/event-stream': { schema: { type: 'string' } } },
      want: undefined,
    },
  ];
  for (const { name, content, schemas, want } of cases) {
    it(name, async () => {
      const api = await model(content, schemas);
      const stream = api.operations[0]!.responses[0]!.contents[0]!.stream;
      expect(stream && { item: show(api, stream.item), data: show(api, stream.data) }).toEqual(want);
    });
  }

  it('item and data types count as response types', async () => {
    const api = await model({ 'text/event-stream': { itemSchema: { type: 'object', properties: { data: json('Chunk') } } } }, { Chunk, Unused: { type: 'string' } });
    const usage = Object.fromEntries(api.schemas.map((schema) => [schema.name, schema.usage.response]));
    expect(usage).toEqual({ Chunk: true, Unused: false, StreamResponseItem: true });
  });

  it('an older document with itemSchema (added by an overlay, say) is read the same, with a warning', async () => {
    const file = join(dir.path, 'old.json');
    await writeFile(
      file,
      JSON.stringify({
        openapi: '3.1.0',
        info: { title: 'T', version: '1' },
        paths: { '/s': { get: { responses: { 200: { description: 'ok', content: { 'application/x-ndjson': { itemSchema: { type: 'string' } } } } } } } },
      }),
    );
    const spec = await loadSpec(file);
    expect(spec.warnings.map((warning) => warning.location.pointer)).toEqual(['#/paths/~1s/get/responses/200/content/application~1x-ndjson/itemSchema']);
    expect(buildApiModel(spec).api.operations[0]!.responses[0]!.contents[0]!.stream).toBeDefined();
  });
});
