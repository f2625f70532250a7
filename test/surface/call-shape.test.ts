import { describe, expect, it } from 'vitest';
import type { Operation, Parameter, TypeNode } from '../../generator/ir/types.ts';
import { bodyFieldNames, callShape, isObjectType } from '../../generator/surface/call-shape.ts';

const string: TypeNode = { kind: 'primitive', type: 'string' };
const object = (...names: string[]): TypeNode => ({
  kind: 'object',
  properties: names.map((name) => ({ name, required: true, hasDefault: false, readOnly: false, writeOnly: false, type: string })),
  additionalProperties: 'unspecified',
});
const named: Record<string, TypeNode> = { '#/Pet': object('name', 'tag') };
const resolve = (node: TypeNode) => (node.kind === 'ref' ? named[node.target] : node);
const ref = (target: string): TypeNode => ({ kind: 'ref', target });

describe('isObjectType (which bodies spread into the params object)', () => {
  it.each<[string, TypeNode, boolean]>([
    ['an object', object('a'), true],
    ['a reference to one', ref('#/Pet'), true],
    ['a union of objects', { kind: 'union', variants: [object('a'), ref('#/Pet')], exclusive: true }, true],
    ['an intersection of objects', { kind: 'intersection', members: [object('a'), object('b')] }, true],
    ['an object with a member that only documents', { kind: 'intersection', members: [object('a'), { kind: 'unknown' }] }, true],
    ['an array', { kind: 'array', items: string }, false],
    ['a string', string, false],
    ['a nullable object', { kind: 'nullable', inner: object('a') }, false],
    ['no schema', { kind: 'unknown' }, false],
    ['a union with a string', { kind: 'union', variants: [object('a'), string], exclusive: false }, false],
  ])('%s → %s', (_label, node, want) => expect(isObjectType(node, resolve)).toBe(want));

  it('judges each node once: a chain of 600 allOf links answers (judged twice per link, it would take 2^600 steps)', () => {
    const chain: Record<string, TypeNode> = { '#/S600': object('last') };
    for (let index = 599; index >= 0; index--) chain[`#/S${index}`] = { kind: 'intersection', members: [ref(`#/S${index + 1}`), object(`f${index}`)] };
    const resolveChain = (node: TypeNode) => (node.kind === 'ref' ? chain[node.target] : node);
    expect(isObjectType(ref('#/S0'), resolveChain)).toBe(true);
  });

  it('collects field names across unions and references', () => {
    expect([...bodyFieldNames({ kind: 'union', variants: [object('model', 'prompt'), ref('#/Pet')], exclusive: true }, resolve)].sort()).toEqual([
      'model',
      'name',
      'prompt',
      'tag',
    ]);
  });
});

function operation(path: string, parameters: Partial<Parameter>[], body?: TypeNode, required = true): Operation {
  return {
    name: 'op',
    nameSource: 'operationId',
    method: 'post',
    pathKey: path,
    path,
    tags: [],
    deprecated: false,
    parameters: parameters.map((parameter) => ({ required: false, deprecated: false, type: string, in: 'query', name: 'x', ...parameter }) as Parameter),
    ...(body && { requestBody: { required, contents: [{ mediaType: 'application/json', type: body, examples: [] }] } }),
    responses: [],
    security: [],
  } as Operation;
}

describe('callShape (the call-shape rule the README documents)', () => {
  // Path parameters: the last positional, the others in the params object under their wire names (default);
  // with positionalPathParams "all", every one positional in path order.
  it.each<[string, 'last' | 'all', string[], string[]]>([
    ['/a/{id}', 'last', ['id'], []],
    ['/threads/{thread_id}/runs/{run_id}', 'last', ['runId'], ['thread_id']],
    ['/threads/{thread_id}/runs/{run_id}/cancel', 'last', ['runId'], ['thread_id']],
    ['/a/{org_id}/b/{item-id}/c/{x}', 'last', ['x'], ['org_id', 'item-id']],
    ['/a/{org_id}/b/{item-id}', 'all', ['orgId', 'itemId'], []],
    ['/a/{id}/{action}/{id}', 'last', ['id'], ['action']],
    ['/a/{id}/{action}/{id}', 'all', ['id', 'action'], []],
    ['/a/{x}/{x}/{x}', 'last', ['x'], []],
    ['/a', 'last', [], []],
  ])('%s (%s positional) → arguments %j, params keys %j', (path, mode, positional, keys) => {
    const names = [...new Set([...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!))];
    const shape = callShape(
      operation(
        path,
        names.map((name) => ({ name, in: 'path' as const, required: true })),
      ),
      resolve,
      mode,
    );
    expect(shape.pathArguments.map((argument) => argument.name)).toEqual(positional);
    expect(shape.fields.map((field) => field.key)).toEqual(keys);
    // A path parameter in the params object makes it required; without one, a call of path parameters takes none.
    expect([shape.hasParams, shape.paramsRequired]).toEqual([keys.length > 0, keys.length > 0]);
  });

  it('keys a path parameter named like a body field `path_<name>`', () => {
    const shape = callShape(
      operation(
        '/a/{model}/b/{id}',
        [
          { name: 'model', in: 'path', required: true },
          { name: 'id', in: 'path', required: true },
        ],
        object('model'),
      ),
      resolve,
    );
    expect(shape.fields.map((field) => field.key)).toEqual(['path_model']);
  });

  it.each<[string, string, string[], string]>([
    ['a name nothing binds', 'pet_id', [], 'petId'],
    ['the function the call passes it to', 'petId', ['petId'], 'petId_'],
    ['a runtime function the body may use', 'to_file', ['toFile'], 'toFile_'],
    ['both forms bound', 'petId', ['petId', 'petId_'], 'petId2'],
    ['a local of the generated body', 'options', [], 'options_'],
  ])('a path argument never shadows a bound value: %s (%s, bound %j → %s)', (_label, name, bound, want) => {
    const shape = callShape(operation(`/a/{${name}}`, [{ name, in: 'path', required: true }]), resolve, 'last', new Set(bound));
    expect(shape.pathArguments.map((argument) => argument.name)).toEqual([want]);
  });

  it.each<[string, Partial<Parameter>[], TypeNode | undefined, string[]]>([
    ['query and header beside the body fields', [{ name: 'limit' }, { name: 'x-trace', in: 'header' }], object('model'), ['limit', 'x-trace']],
    ['a parameter named like a body field', [{ name: 'model', in: 'header' }], object('model'), ['header_model']],
    ['the same name in query and header', [{ name: 'id' }, { name: 'id', in: 'header' }], undefined, ['id', 'header_id']],
    ['a parameter named body beside a body that is not an object', [{ name: 'body' }], { kind: 'array', items: string }, ['query_body']],
  ])('%s → keys %j', (_label, parameters, body, keys) => {
    expect(callShape(operation('/a', parameters, body), resolve).fields.map((field) => field.key)).toEqual(keys);
  });

  it('spreads an object body and puts any other body under `body`', () => {
    expect(callShape(operation('/a', [], object('a')), resolve).body?.spread).toBe(true);
    expect(callShape(operation('/a', [], { kind: 'array', items: string }), resolve).body?.spread).toBe(false);
  });

  it('needs the params object when the body is required or a parameter is', () => {
    expect(callShape(operation('/a', [], object('a'), true), resolve).paramsRequired).toBe(true);
    expect(callShape(operation('/a', [], object('a'), false), resolve).paramsRequired).toBe(false);
    expect(callShape(operation('/a', [{ name: 'q', required: true }]), resolve).paramsRequired).toBe(true);
  });
});

describe('callShape: a body offered in several media types', () => {
  const withContents = (contents: [string, TypeNode][], parameters: Partial<Parameter>[] = []): Operation => ({
    ...operation('/a', parameters),
    requestBody: { required: true, contents: contents.map(([mediaType, type]) => ({ mediaType, type, examples: [] })) },
  });
  const cases: { name: string; contents: [string, TypeNode][]; want: { content: string; withFiles?: string } }[] = [
    {
      name: 'JSON and multipart, both objects: either',
      contents: [
        ['application/json', object('url')],
        ['multipart/form-data', object('file')],
      ],
      want: { content: 'application/json', withFiles: 'multipart/form-data' },
    },
    {
      name: 'the same, multipart listed first',
      contents: [
        ['multipart/form-data', object('file')],
        ['application/json', object('url')],
      ],
      want: { content: 'application/json', withFiles: 'multipart/form-data' },
    },
    {
      name: 'form-urlencoded and multipart: either',
      contents: [
        ['application/x-www-form-urlencoded', object('a')],
        ['multipart/form-data', object('file')],
      ],
      want: { content: 'application/x-www-form-urlencoded', withFiles: 'multipart/form-data' },
    },
    { name: 'multipart alone: that one', contents: [['multipart/form-data', object('file')]], want: { content: 'multipart/form-data' } },
    {
      name: 'JSON and a binary body: JSON only',
      contents: [
        ['application/json', object('url')],
        ['application/octet-stream', { kind: 'primitive', type: 'string', binary: true }],
      ],
      want: { content: 'application/json' },
    },
    {
      name: 'a JSON array beside multipart: JSON only (the forms would not share one params object)',
      contents: [
        ['application/json', { kind: 'array', items: string }],
        ['multipart/form-data', object('file')],
      ],
      want: { content: 'application/json' },
    },
  ];
  it.each(cases)('$name', ({ contents, want }) => {
    const { body } = callShape(withContents(contents), resolve);
    expect({ content: body?.content.mediaType, ...(body?.withFiles && { withFiles: body.withFiles.mediaType }) }).toEqual(want);
  });

  it('keys a parameter named like a field of either form apart', () => {
    const shape = callShape(
      withContents(
        [
          ['application/json', object('url')],
          ['multipart/form-data', object('file')],
        ],
        [{ name: 'file' }],
      ),
      resolve,
    );
    expect(shape.fields.map((field) => field.key)).toEqual(['query_file']);
  });
});
