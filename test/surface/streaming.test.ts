/** Which calls resolve to a Stream, of what, framed how (surface/streaming.ts). */
import { describe, expect, it } from 'vitest';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { resolverFor } from '../../generator/ir/type-query.ts';
import type { MediaContent, Operation, TypeNode } from '../../generator/ir/types.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { callShape } from '../../generator/surface/call-shape.ts';
import { hasStreamFlag, streamPlan, type StreamPlan } from '../../generator/surface/streaming.ts';

const boolean: TypeNode = { kind: 'primitive', type: 'boolean' };
const string: TypeNode = { kind: 'primitive', type: 'string' };
const nullType: TypeNode = { kind: 'primitive', type: 'null' };
const object = (type: TypeNode, name = 'stream', readOnly = false): TypeNode => ({
  kind: 'object',
  properties: [{ name, required: false, hasDefault: false, readOnly, writeOnly: false, type }],
  additionalProperties: 'unspecified',
});
const plain: TypeNode = { kind: 'object', properties: [], additionalProperties: 'open' };
const named: Record<string, TypeNode> = {
  '#/Flag': { kind: 'nullable', inner: boolean },
  '#/Body': object({ kind: 'ref', target: '#/Flag' }),
  '#/Loop': { kind: 'ref', target: '#/Loop' },
  '#/Chunk': object(string, 'delta'),
};
const resolve = (node: TypeNode) => (node.kind === 'ref' ? named[node.target] : node);
const ref = (name: string): TypeNode => ({ kind: 'ref', target: `#/${name}` });

describe('hasStreamFlag', () => {
  it.each<[string, TypeNode, boolean]>([
    ['object with stream: boolean', object(boolean), true],
    ['stream: true | false enum', object({ kind: 'enum', values: [true, false] }), true],
    ['ref to an object whose stream is a ref to a nullable boolean', ref('Body'), true],
    ['allOf with the flag in one member', { kind: 'intersection', members: [plain, ref('Body')] }, true],
    ['oneOf with the flag in every variant', { kind: 'union', variants: [object(boolean), ref('Body')], exclusive: true }, true],
    ['oneOf with a variant without it', { kind: 'union', variants: [object(boolean), plain], exclusive: true }, false],
    ['nullable body', { kind: 'nullable', inner: object(boolean) }, true],
    ['stream: boolean | null (anyOf / oneOf / type list)', object({ kind: 'union', variants: [boolean, nullType], exclusive: false }), true],
    ['stream: nullable boolean (3.0 nullable: true)', object({ kind: 'nullable', inner: boolean }), true],
    ['stream: true | false | null enum', object({ kind: 'enum', values: [true, false, null] }), true],
    ['stream: true | null (a literal beside null)', object({ kind: 'union', variants: [{ kind: 'literal', value: true }, nullType], exclusive: true }), true],
    ['stream: null alone', object(nullType), false],
    ['stream: null | null', object({ kind: 'union', variants: [nullType, { kind: 'enum', values: [null] }], exclusive: false }), false],
    ['stream: nullable null', object({ kind: 'nullable', inner: nullType }), false],
    ['stream: boolean | string', object({ kind: 'union', variants: [boolean, string], exclusive: false }), false],
    ['stream: boolean | string | null', object({ kind: 'union', variants: [boolean, string, nullType], exclusive: false }), false],
    ['stream: true | "auto" enum', object({ kind: 'enum', values: [true, 'auto'] }), false],
    ['stream: string', object(string), false],
    ['a read-only stream', object(boolean, 'stream', true), false],
    ['another boolean name', object(boolean, 'streaming'), false],
    ['a reference cycle', ref('Loop'), false],
  ])('%s → %s', (_label, type, want) => expect(hasStreamFlag(type, resolve)).toBe(want));
});

const content = (mediaType: string, data?: TypeNode): MediaContent => ({
  mediaType,
  type: mediaType.includes('json') && !mediaType.includes('jsonl') ? ref('Chunk') : string,
  examples: [],
  ...(data && { stream: { item: data, data } }),
});

function operation(body: TypeNode | undefined, ...responses: MediaContent[][]): Operation {
  return {
    name: 'op',
    nameSource: 'operationId',
    method: 'post',
    pathKey: '/x',
    path: '/x',
    tags: [],
    deprecated: false,
    parameters: [],
    ...(body && { requestBody: { required: true, contents: [{ mediaType: 'application/json', type: body, examples: [] }] } }),
    responses: responses.map((contents, index) => ({ status: String(200 + index), contents })),
    security: [],
  } as Operation;
}

describe('streamPlan', () => {
  const chunk = ref('Chunk');
  it.each<[string, Operation, StreamPlan | undefined]>([
    ['a stream flag, no stream declared: untyped events', operation(object(boolean), [content('application/json')]), { when: 'flag', format: 'sse' }],
    [
      'a stream flag and an event stream with an item schema',
      operation(object(boolean), [content('application/json'), content('text/event-stream', chunk)]),
      { when: 'flag', format: 'sse', data: chunk, jsonData: true },
    ],
    [
      'a stream flag and JSON lines',
      operation(object(boolean), [content('application/json'), content('application/x-ndjson', chunk)]),
      { when: 'flag', format: 'jsonl', data: chunk },
    ],
    ['only an event stream', operation(undefined, [content('text/event-stream', chunk)]), { when: 'always', format: 'sse', data: chunk, jsonData: true }],
    ['an event stream of text: its data is not JSON', operation(undefined, [content('text/event-stream', string)]), { when: 'always', format: 'sse', data: string }],
    [
      'an event stream of nullable text: its data is not JSON either',
      operation(undefined, [content('text/event-stream', { kind: 'union', variants: [string, nullType], exclusive: false })]),
      { when: 'always', format: 'sse', data: { kind: 'union', variants: [string, nullType], exclusive: false } },
    ],
    [
      'a nullable stream flag streams as a plain one does',
      operation(object({ kind: 'union', variants: [boolean, nullType], exclusive: false }), [content('application/json'), content('text/event-stream', chunk)]),
      { when: 'flag', format: 'sse', data: chunk, jsonData: true },
    ],
    ['only JSON lines, no item schema', operation(undefined, [content('application/jsonl')]), { when: 'always', format: 'jsonl' }],
    ['JSON beside an event stream, no flag', operation(plain, [content('application/json'), content('text/event-stream', chunk)]), undefined],
    ['an event stream and another success status', operation(undefined, [content('text/event-stream', chunk)], [content('application/json')]), undefined],
    ['plain JSON', operation(undefined, [content('application/json')]), undefined],
    ['no content', operation(undefined, []), undefined],
  ])('%s', (_label, given, want) => expect(streamPlan(given, callShape(given, resolve), resolve)).toEqual(want));

  it('the gateway: exactly the calls whose JSON body has a boolean `stream` field stream', async () => {
    const { api } = buildApiModel(await loadSpec('spec/openapi.yaml'));
    const resolveApi = resolverFor(api.schemas);
    const streaming = api.operations.filter((candidate) => streamPlan(candidate, callShape(candidate, resolveApi), resolveApi));
    expect(streaming.map((candidate) => `${candidate.name} ${candidate.method.toUpperCase()} ${candidate.path}`)).toEqual([
      'createChatCompletions POST /v1/chat/completions',
      'createResponses POST /v1/responses',
      'createMessages POST /v1/messages',
    ]);
  });
});
