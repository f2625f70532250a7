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

describe('stream items from `schema`, where there is no `itemSchema` (3.0 and 3.1 documents)', () => {
  const Envelope = { type: 'object', required: ['data'], properties: { event: { type: 'string' }, data: { $ref: '#/components/schemas/Chunk' } } };
  const cases: { name: string; content: Record<string, unknown>; schemas?: Record<string, unknown>; want: { item: unknown; data: unknown } | undefined }[] = [
    {
      name: 'SSE: a $ref is the JSON of each event',
      content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/Chunk' } } },
      schemas: { Chunk },
      want: { item: 'Chunk', data: 'Chunk' },
    },
    {
      name: "SSE: an inline object is the JSON of each event, under the content's own name",
      content: { 'text/event-stream': { schema: { type: 'object', properties: { delta: { type: 'string' } } } } },
      want: { item: { StreamResponse: { delta: 'string' } }, data: { StreamResponse: { delta: 'string' } } },
    },
    {
      name: 'SSE: a oneOf of payloads is their union',
      content: { 'text/event-stream': { schema: { oneOf: [{ $ref: '#/components/schemas/Chunk' }, { $ref: '#/components/schemas/Done' }] } } },
      schemas: { Chunk, Done: { type: 'object', properties: { id: { type: 'string' } } } },
      want: { item: { StreamResponse: { oneOf: ['Chunk', 'Done'] } }, data: { StreamResponse: { oneOf: ['Chunk', 'Done'] } } },
    },
    {
      name: 'SSE: an event envelope (event, data) is read as an itemSchema: the data is its `data`',
      content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/Envelope' } } },
      schemas: { Chunk, Envelope },
      want: { item: 'Envelope', data: 'Chunk' },
    },
    {
      name: 'SSE: an envelope whose data is a string with a contentSchema',
      content: { 'text/event-stream': { schema: { type: 'object', properties: { id: { type: 'string' }, data: json('Chunk') } } } },
      schemas: { Chunk },
      want: { item: { StreamResponse: { id: 'string', data: 'string' } }, data: 'Chunk' },
    },
    {
      name: 'SSE: an envelope of plain-text data says nothing about the data',
      content: { 'text/event-stream': { schema: { type: 'object', properties: { event: { type: 'string' }, data: { type: 'string' } } } } },
      want: { item: { StreamResponse: { event: 'string', data: 'string' } }, data: undefined },
    },
    {
      name: 'SSE: a payload with a `data` field beside others is a payload, not an envelope',
      content: { 'text/event-stream': { schema: { type: 'object', properties: { data: { type: 'string' }, model: { type: 'string' } } } } },
      want: { item: { StreamResponse: { data: 'string', model: 'string' } }, data: { StreamResponse: { data: 'string', model: 'string' } } },
    },
    {
      name: 'SSE: an array is the whole stream; its items are one event (here the JSON it carries)',
      content: { 'text/event-stream': { schema: { type: 'array', items: { $ref: '#/components/schemas/Chunk' } } } },
      schemas: { Chunk },
      want: { item: 'Chunk', data: 'Chunk' },
    },
    {
      name: 'SSE: an array of event envelopes (how 3.2 models a complete stream in `schema`)',
      content: { 'text/event-stream': { schema: { type: 'array', items: { $ref: '#/components/schemas/Envelope' } } } },
      schemas: { Chunk, Envelope },
      want: { item: 'Envelope', data: 'Chunk' },
    },
    {
      name: 'SSE: an array of inline items names them <Content>Item',
      content: { 'text/event-stream': { schema: { type: 'array', items: { type: 'object', properties: { delta: { type: 'string' } } } } } },
      want: { item: { StreamResponseItem: { delta: 'string' } }, data: { StreamResponseItem: { delta: 'string' } } },
    },
    { name: 'SSE: `type: string` is text', content: { 'text/event-stream': { schema: { type: 'string' } } }, want: undefined },
    { name: 'SSE: `type: [string, null]` is text', content: { 'text/event-stream': { schema: { type: ['string', 'null'] } } }, want: undefined },
    { name: 'SSE: `format: binary` is text', content: { 'text/event-stream': { schema: { type: 'string', format: 'binary' } } }, want: undefined },
    { name: 'SSE: an empty schema says nothing', content: { 'text/event-stream': { schema: {} } }, want: undefined },
    {
      name: 'SSE: a $ref to a string is text',
      content: { 'text/event-stream': { schema: { $ref: '#/components/schemas/Text' } } },
      schemas: { Text: { type: 'string' } },
      want: undefined,
    },
    { name: 'SSE: an array of strings is text events', content: { 'text/event-stream': { schema: { type: 'array', items: { type: 'string' } } } }, want: undefined },
    { name: 'SSE: no schema at all', content: { 'text/event-stream': {} }, want: undefined },
    {
      name: 'JSON lines: a $ref is each line',
      content: { 'application/x-ndjson': { schema: { $ref: '#/components/schemas/Chunk' } } },
      schemas: { Chunk },
      want: { item: 'Chunk', data: 'Chunk' },
    },
    {
      name: 'JSON lines: an array is the whole stream, its items each line',
      content: { 'application/jsonl': { schema: { type: 'array', items: { $ref: '#/components/schemas/Chunk' } } } },
      schemas: { Chunk },
      want: { item: 'Chunk', data: 'Chunk' },
    },
    {
      name: 'JSON lines: an object with `data` is a line, never an event envelope',
      content: { 'application/jsonl': { schema: { $ref: '#/components/schemas/Envelope' } } },
      schemas: { Chunk, Envelope },
      want: { item: 'Envelope', data: 'Envelope' },
    },
    {
      name: 'a schema on a media type that is not sequential is no stream',
      content: { 'application/json': { schema: { $ref: '#/components/schemas/Chunk' } } },
      schemas: { Chunk },
      want: undefined,
    },
  ];
  for (const openapi of ['3.0.3', '3.1.0']) {
    for (const { name, content, schemas, want } of cases) {
      if (openapi === '3.0.3' && JSON.stringify(content).includes('"null"')) continue;
      it(`${openapi}: ${name}`, async () => {
        const api = await model(content, schemas, openapi);
        const stream = api.operations[0]!.responses[0]!.contents[0]!.stream;
        expect(stream && { item: show(api, stream.item), data: show(api, stream.data) }).toEqual(want);
      });
    }
  }

  it('itemSchema wins over schema where both are present', async () => {
    const api = await model(
      { 'text/event-stream': { schema: { $ref: '#/components/schemas/Done' }, itemSchema: { type: 'object', properties: { data: json('Chunk') } } } },
      { Chunk, Done: { type: 'object', properties: { id: { type: 'string' } } } },
    );
    expect(show(api, api.operations[0]!.responses[0]!.contents[0]!.stream?.data)).toBe('Chunk');
  });

  it('the content keeps one name: the stream reuses it rather than naming a copy', async () => {
    const api = await model({ 'text/event-stream': { schema: { type: 'object', properties: { delta: { type: 'string' } } } } }, {}, '3.1.0');
    expect(api.schemas.map((schema) => schema.name)).toEqual(['StreamResponse']);
  });
});
