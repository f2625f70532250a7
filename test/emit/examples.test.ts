/** Example calls for the README and JSDoc: spec examples first, else sampled required fields, as TypeScript that cannot break a fence. */
import { beforeAll, describe, expect, it } from 'vitest';
import { callPaths, requestExample, tsValue } from '../../generator/emit/examples.ts';
import type { Resource, SurfaceApi } from '../../generator/surface/types.ts';
import { petStore, surfaceOf } from '../helpers/surface-of.ts';

describe('tsValue', () => {
  const cases: { name: string; given: unknown; want: string }[] = [
    { name: 'string', given: 'a"b', want: '"a\\"b"' },
    { name: 'backtick cannot close a fence', given: '```', want: '"\\u0060\\u0060\\u0060"' },
    { name: 'number', given: 1.5, want: '1.5' },
    { name: 'null', given: null, want: 'null' },
    { name: 'empty array', given: [], want: '[]' },
    { name: 'empty object', given: {}, want: '{}' },
    { name: 'array', given: [1, 'a'], want: '[\n  1,\n  "a",\n]' },
    { name: 'nested object, keys quoted where needed', given: { a: { 'x-y': true } }, want: '{\n  a: {\n    "x-y": true,\n  },\n}' },
    { name: 'a key with a backtick', given: { 'a`b': 1 }, want: '{\n  "a\\u0060b": 1,\n}' },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(tsValue(given)).toBe(want));
});

describe('callPaths', () => {
  const resources: Resource[] = [
    {
      name: 'videos',
      className: 'Videos',
      methods: [
        { kind: 'operation', name: 'retrieve', operation: 'getVideo' },
        { kind: 'endpoint', name: 'create', group: 'createVideos' },
        { kind: 'createAndWait', name: 'createAndWait', task: 'createVideo' },
        { kind: 'endpointWaitFor', name: 'waitFor', group: 'createVideos' },
      ],
      children: [{ name: 'remix', className: 'Remix', methods: [{ kind: 'operation', name: 'create', operation: 'remixVideo' }], children: [] }],
    },
    { name: 'other', className: 'Other', methods: [{ kind: 'operation', name: 'again', operation: 'getVideo' }], children: [] },
  ];
  it('names each call by its first place in the tree', () => {
    expect(Object.fromEntries(callPaths(resources))).toEqual({
      getVideo: 'client.videos.retrieve',
      'endpoint:createVideos': 'client.videos.create',
      'createAndWait:createVideo': 'client.videos.createAndWait',
      'endpointWaitFor:createVideos': 'client.videos.waitFor',
      remixVideo: 'client.videos.remix.create',
    });
  });
});

describe('requestExample', () => {
  let api: SurfaceApi;
  beforeAll(async () => {
    const doc = petStore();
    doc.paths['/uploads'] = {
      post: {
        operationId: 'upload',
        parameters: [{ name: 'mode', in: 'query', required: true, schema: { type: 'string', enum: ['fast', 'slow'] } }],
        requestBody: {
          required: true,
          content: {
            'multipart/form-data': {
              schema: {
                type: 'object',
                required: ['file', 'count', 'url', 'flag', 'kind', 'tags', 'size'],
                properties: {
                  file: { type: 'string', format: 'binary' },
                  count: { type: 'integer', minimum: 3 },
                  url: { type: 'string', format: 'uri' },
                  flag: { type: 'boolean' },
                  kind: { oneOf: [{ const: 'k1' }, { const: 'k2' }] },
                  tags: { type: 'array', items: { type: 'string' } },
                  // Free text first, listed values after: the example is a listed value (free text may be a template literal type).
                  size: {
                    oneOf: [
                      { type: 'string', pattern: '^[0-9]+\\*[0-9]+$' },
                      { type: 'string', enum: ['1K', '2K'] },
                    ],
                  },
                  optional: { type: 'string' },
                  id: { type: 'string', readOnly: true },
                },
              },
            },
          },
        },
        responses: { '204': { description: 'ok' } },
      },
    };
    doc.paths['/raw'] = {
      put: {
        operationId: 'putRaw',
        requestBody: { required: true, content: { 'application/json': { schema: { type: 'array', items: { type: 'string', examples: ['first'] } } } } },
        responses: { '204': { description: 'ok' } },
      },
    };
    api = await surfaceOf(doc);
  });
  const example = (name: string) =>
    requestExample(
      api.operations.find((operation) => operation.name === name)!,
      api,
    );

  const cases: { operation: string; want: { request?: string; hasParams: boolean; fromSpec: boolean } }[] = [
    { operation: 'listPets', want: { hasParams: false, fromSpec: false } },
    { operation: 'createPet', want: { request: '{\n  name: "Rex",\n}', hasParams: true, fromSpec: true } },
    { operation: 'getPet', want: { request: '"abc123"', hasParams: false, fromSpec: false } },
    {
      operation: 'upload',
      want: {
        request:
          '{\n  file: new Blob([\'…\']),\n  count: 3,\n  url: "https://example.com/input.png",\n  flag: false,\n  kind: "k1",\n  tags: [],\n  size: "1K",\n  mode: "fast",\n}',
        hasParams: true,
        fromSpec: false,
      },
    },
    { operation: 'putRaw', want: { request: '{\n  body: [],\n}', hasParams: true, fromSpec: false } },
  ];
  it.each(cases)('$operation', ({ operation, want }) => expect(example(operation)).toEqual(want));
});
