/**
 * The standalone functions of a resource file: one function per operation, its docs, overloads for a stream flag, and the request it
 * sends; a streaming call (surface/streaming.ts) resolves to a `Stream` of its items and names their framing.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { operationDocs, operationSignatures, pathArguments, streamType, withExample, writeOperations } from '../../generator/emit/operations-file.ts';
import { Imports, writeWithImports } from '../../generator/emit/imports.ts';
import { planApi } from '../../generator/plan-api.ts';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';
import type { NameOf } from '../../generator/emit/type-expression.ts';
import type { SurfaceApi } from '../../generator/surface/types.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { nameOfApi, petStore, surfaceOf } from '../helpers/surface-of.ts';

const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ');

let api: SurfaceApi;
let nameOf: NameOf;
beforeAll(async () => {
  const doc = petStore();
  doc.paths['/chat'] = {
    post: {
      operationId: 'chat',
      tags: ['chat'],
      summary: 'Chat',
      description: 'Talks back.',
      deprecated: true,
      parameters: [
        { name: 'ids', in: 'query', style: 'form', explode: false, schema: { type: 'array', items: { type: 'string' } } },
        { name: 'x-trace', in: 'header', schema: { type: 'string' } },
      ],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { type: 'object', required: ['prompt'], properties: { prompt: { type: 'string' }, stream: { type: 'boolean' } } } } },
      },
      responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { text: { type: 'string' } } } } } } },
    },
  };
  doc.paths['/pets#special'] = { post: { operationId: 'createSpecial', tags: ['pets'], responses: { '204': { description: 'ok' } } } };
  api = await surfaceOf(doc);
  nameOf = nameOfApi(api);
});
const operation = (name: string) => api.operations.find((candidate) => candidate.name === name)!;

describe('operationDocs', () => {
  const cases: { operation: string; want: string }[] = [
    { operation: 'listPets', want: 'List pets\n\n`GET /pets`' },
    { operation: 'chat', want: 'Chat\n\nTalks back.\n\n`POST /chat`\n@deprecated' },
    { operation: 'createSpecial', want: '`POST /pets` (variant `#special` of this endpoint)' },
  ];
  it.each(cases)('$operation', ({ operation: name, want }) => expect(operationDocs(operation(name))).toBe(want));
});

describe('withExample', () => {
  it.each([
    ['createPet', true, 'createPet', '@example\nconst result = await createPet(client, {\n  name: "Rex",\n});'],
    ['getPet', false, 'client.pets.retrieve', '@example\nconst result = await client.pets.retrieve("abc123");'],
  ] as const)('%s (standalone %s)', (name, standalone, call, want) => {
    expect(withExample('Docs.', call, operation(name), api, standalone)).toBe(`Docs.\n\n${want}`);
  });
});

describe('operationSignatures', () => {
  const show = (name: string) =>
    operationSignatures(operation(name), api, nameOf).map(
      (signature) => `(${signature.args.map((arg) => `${arg.name}${arg.optional ? '?' : ''}: ${arg.type}`).join(', ')}) => ${signature.returns}`,
    );
  const cases: { operation: string; want: string[] }[] = [
    { operation: 'getPet', want: ['(petId: string, options?: RequestOptions) => APIPromise<Pet>'] },
    { operation: 'createPet', want: ['(params: PetInput, options?: RequestOptions) => APIPromise<Pet>'] },
    {
      operation: 'chat',
      want: [
        '(params: ChatParams & { stream: true }, options?: RequestOptions) => APIPromise<Stream<unknown>>',
        '(params: ChatParams & { stream?: false | null }, options?: RequestOptions) => APIPromise<ChatResponse>',
        '(params: ChatParams, options?: RequestOptions) => APIPromise<ChatResponse | Stream<unknown>>',
      ],
    },
  ];
  it.each(cases)('$operation', ({ operation: name, want }) => expect(show(name)).toEqual(want));

  it('path arguments in path order, camelCase', () => {
    expect(pathArguments(operation('getPetPhoto'), api, nameOf)).toEqual([{ name: 'petId', type: 'string', optional: false }]);
  });
});

describe('writeOperations', () => {
  /** The functions of the resource file `home` (only `only`'s, when given). */
  const file = (home: string, only?: string) => {
    const builder = new SourceBuilder();
    const here = api.operations.filter((candidate) => candidate.home === home && (!only || candidate.name === only));
    writeWithImports(builder, `src/resources/${home}.ts`, nameOf, (imports, names) => writeOperations(builder, imports, here, api, names));
    return flat(builder.text(''));
  };

  it('imports what the file uses, type-only where it can', () => {
    expect(file('chat')).toMatch(
      /^import type \{ APIPromise \} from '\.\.\/core\/api-promise\.js'; import type \{ APIClient, RequestOptions \} from '\.\.\/core\/http\.js'; import type \{ Stream \} from '\.\.\/core\/streaming\.js'; \/\*\*/,
    );
    // ChatParams and ChatResponse are named by this file's calls only: the file declares them, nothing imports them.
    expect(file('chat')).not.toContain('models.js');
    expect(file('pets', 'getPetPhoto')).not.toContain('models.js');
  });

  // Printed in their final form (preformatted-function.ts): the request on one line where it fits, else expanded.
  const requests: { home: string; want: string }[] = [
    {
      home: 'pets',
      want: "return client.request<Blob>( { operation: 'getPetPhoto', method: 'GET', path: '/pets/{pet_id}/photo', pathParams: { pet_id: petId }, responseType: 'blob', security: [['Bearer']], }, options, );",
    },
    {
      home: 'chat',
      want:
        "const { ids: $0, 'x-trace': $1, ...body } = params; return client.request<ChatResponse | Stream<unknown>>( { operation: 'chat', method: 'POST', path: '/chat', query: { ids: $0 }, " +
        "queryStyles: { ids: { style: 'form', explode: false } }, headers: { 'x-trace': $1 }, body: body, contentType: 'application/json', responseType: 'json', security: [['Bearer']], " +
        'stream: (params as { stream?: unknown } | undefined)?.stream === true, }, options, );',
    },
  ];
  it.each(requests)('the request of a $home function', ({ home, want }) => expect(file(home)).toContain(want));

  it('an optional params object is read as partial', () => {
    expect(file('pets')).toContain('const { limit: $0 } = (params ?? {}) as Partial<ListPetsParams>;');
  });

  it('a body that is the whole params object is sent as it is', () => {
    expect(file('pets')).toContain("body: params, contentType: 'application/json'");
  });
});

// The OpenAPI 3.2 streams fixture: a stream flag with typed chunks, typed events always, JSON lines, text events.
let streams: SurfaceApi;
let streamsNameOf: NameOf;
beforeAll(async () => {
  const { api: planned } = await planApi(join(ROOT, 'test/fixtures/streams-32.yaml'));
  streams = planned;
  streamsNameOf = nameOfApi(streams);
});
const streamOp = (name: string) => streams.operations.find((candidate) => candidate.name === name)!;

describe('operationSignatures of streaming calls', () => {
  const cases: { name: string; returns: string[]; stream: string | undefined }[] = [
    {
      name: 'createChatCompletion',
      returns: ['APIPromise<Stream<ChatCompletionChunk>>', 'APIPromise<ChatCompletion>', 'APIPromise<ChatCompletion | Stream<ChatCompletionChunk>>'],
      stream: 'Stream<ChatCompletionChunk>',
    },
    { name: 'createResponse', returns: ['APIPromise<Stream<ResponseDelta | ChatCompletion>>'], stream: 'Stream<ResponseDelta | ChatCompletion>' },
    { name: 'tailLogs', returns: ['APIPromise<Stream<TailLogsResponseItem>>'], stream: 'Stream<TailLogsResponseItem>' },
    { name: 'streamTicks', returns: ['APIPromise<Stream<unknown>>'], stream: 'Stream<unknown>' },
  ];
  it.each(cases)('$name', ({ name, returns, stream }) => {
    expect(operationSignatures(streamOp(name), streams, streamsNameOf).map((signature) => signature.returns)).toEqual(returns);
    expect(streamType(streamOp(name), streamsNameOf)).toBe(stream);
  });

  it('only the `stream: true` overload (and the undecided one) documents the stream', () => {
    const [streaming, plain, undecided] = operationSignatures(streamOp('createChatCompletion'), streams, streamsNameOf);
    expect(streaming!.args.find((arg) => arg.name === 'params')!.type).toBe('CreateChatCompletionBody & { stream: true }');
    expect([streaming!.docs, plain!.docs, undecided!.docs].map((docs) => /resolves to a \{@link Stream\} of server-sent events/.test(docs ?? ''))).toEqual([true, false, true]);
  });
});

describe('the request of a streaming call names its framing', () => {
  const cases: { name: string; field: string }[] = [
    { name: 'createChatCompletion', field: 'stream: (params as { stream?: unknown } | undefined)?.stream === true' },
    { name: 'createResponse', field: 'stream: true' },
    { name: 'tailLogs', field: "stream: 'jsonl'" },
    { name: 'streamTicks', field: 'stream: true' },
  ];
  it.each(cases)('$name → $field', ({ name, field }) => {
    const file = new SourceBuilder();
    writeOperations(file, new Imports('src/resources/test.ts'), [streamOp(name)], streams, streamsNameOf);
    expect(file.text('')).toContain(field);
  });
});

describe('a parameter named __proto__', () => {
  // As a key of an object literal, `__proto__` would set the request object's prototype and the value would be lost.
  it('is a computed key of the request and of the destructuring', async () => {
    const parameter = (where: string) => ({ name: '__proto__', in: where, required: true, schema: { type: 'string' } });
    const spec = {
      openapi: '3.1.0',
      info: { title: 'Proto', version: '1.0.0' },
      paths: { '/things': { get: { operationId: 'listThings', parameters: [parameter('query'), parameter('header')], responses: { 204: { description: 'none' } } } } },
    };
    const planned = await surfaceOf(spec);
    const file = new SourceBuilder();
    writeOperations(file, new Imports('src/resources/test.ts'), planned.operations, planned, nameOfApi(planned));
    const text = file.text('');
    expect(text).toMatch(/query: \{ \["__proto__"\]: \$\d \}/);
    expect(text).toMatch(/headers: \{ \["__proto__"\]: \$\d \}/);
    expect(text).not.toMatch(/[{,] __proto__:/);
  });
});
