/** Open fields: which closed enums of a request also take `unlisted('…')` — model fields by rule, others by the config. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { PackageSettings } from '../../generator/config.ts';
import { GeneratorError } from '../../generator/errors.ts';
import { describesModel, isClosedStringEnum, isModelName } from '../../generator/ir/open-fields.ts';
import { resolverFor } from '../../generator/ir/type-query.ts';
import type { ApiModel, TypeNode } from '../../generator/ir/types.ts';
import { planApi } from '../../generator/plan-api.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { lit, nullable, num, oneOf, ref, str, union } from '../helpers/ir-nodes.ts';

describe('isModelName', () => {
  it.each<[string, boolean]>([
    ['model', true],
    ['Model', true],
    ['embedding_model', true],
    ['text-model', true],
    ['baseModel', true],
    ['models', false],
    ['model_version', false],
    ['modeling', false],
    ['supermodel', false],
  ])('%s → %s', (given, want) => expect(isModelName(given)).toBe(want));
});

describe('describesModel (the first sentence of a title or description)', () => {
  it.each<[string | undefined, boolean]>([
    ['Image model name (pro).', true],
    ['Target model.', true],
    ['Sonic model version. Defaults to `sonic-v4` when omitted.', true],
    ['Music model ID. Currently supports `sonic`.', true],
    ['Kling video model name.', true],
    ['Model identifier', true],
    ['Only `standard` is supported for this model.', false],
    ['Resolution (verified by model capability).', false],
    ['Output aspect ratio. `adaptive` lets the model choose the best ratio.', false],
    ['The voice that the generated speech uses with a model', false],
    ['Supermodel', false],
    [undefined, false],
  ])('%j → %s', (given, want) => expect(describesModel(given)).toBe(want));
});

describe('isClosedStringEnum', () => {
  const named = [{ id: '#/components/schemas/Models', name: 'Models', originalName: 'Models', type: oneOf('a', 'b'), usage: { request: true, response: false } }];
  const resolve = resolverFor(named);
  it.each<[string, TypeNode, boolean]>([
    ['an enum of strings', oneOf('a', 'b'), true],
    ['one string constant', lit('a'), true],
    ['with null among the values', oneOf('a', null), true],
    ['nullable', nullable(oneOf('a')), true],
    ['through a reference', ref('Models'), true],
    ['any string', str, false],
    ['numbers', oneOf(1, 2), false],
    ['a number constant', lit(1), false],
    ['an enum or any string (open already)', union(oneOf('a'), str), false],
    ['a number', num, false],
  ])('%s → %s', (_label, given, want) => expect(isClosedStringEnum(given, resolve)).toBe(want));
});

/** A small API: a chat body, a discriminated union, a query parameter. */
function spec(): Record<string, unknown> {
  const json = (schema: unknown) => ({ content: { 'application/json': { schema } } });
  return {
    openapi: '3.1.0',
    info: { title: 'Open', version: '1.0.0' },
    paths: {
      '/chat': {
        post: {
          operationId: 'chat',
          requestBody: json({ $ref: '#/components/schemas/Chat' }),
          responses: { '200': { description: 'ok', ...json({ $ref: '#/components/schemas/Reply' }) } },
        },
      },
      '/speech': {
        post: {
          operationId: 'speech',
          requestBody: json({ oneOf: [{ $ref: '#/components/schemas/Fast' }, { $ref: '#/components/schemas/Slow' }] }),
          responses: { '204': { description: 'ok' } },
        },
      },
      '/chat/last': { get: { operationId: 'lastChat', responses: { '200': { description: 'ok', ...json({ $ref: '#/components/schemas/Chat' }) } } } },
      '/models': {
        get: {
          operationId: 'listModels',
          parameters: [
            { name: 'model', in: 'query', schema: { enum: ['a', 'b'] } },
            { name: 'order', in: 'query', schema: { enum: ['asc', 'desc'] } },
          ],
          responses: { '204': { description: 'ok' } },
        },
      },
    },
    components: {
      schemas: {
        Chat: {
          type: 'object',
          required: ['model'],
          properties: {
            model: { enum: ['gpt-a', 'gpt-b'] },
            draft_model: { type: 'string', enum: ['small'] },
            voice: { enum: ['alloy', 'echo'] },
            engine: { enum: ['e1', 'e2'], description: 'Speech model name. Currently e1 or e2.' },
            mode: { enum: ['fast'], description: 'Only `fast` is supported for this model.' },
            name: { type: 'string', description: 'Model name.' },
          },
        },
        Reply: { type: 'object', properties: { model: { enum: ['gpt-a', 'gpt-b'] } } },
        Fast: { type: 'object', required: ['model'], properties: { model: { const: 'fast-1' }, speed: { type: 'number' } } },
        Slow: { type: 'object', required: ['model'], properties: { model: { const: 'slow-1' }, depth: { type: 'number' } } },
      },
    },
  };
}

async function modelOf(settings: PackageSettings = {}): Promise<ApiModel> {
  return (await planApi({ text: JSON.stringify(spec()), file: join(ROOT, 'test/in-memory.json') }, { settings })).model;
}

/** `Schema.property` for every open property of every schema, and `operation query name` for parameters. */
function openFields(model: ApiModel): string[] {
  const resolve = resolverFor(model.schemas);
  return [
    ...model.schemas.flatMap((schema) => {
      const type = resolve(schema.type) ?? schema.type;
      return type.kind === 'object' ? type.properties.filter((property) => property.open).map((property) => `${schema.name}.${property.name}`) : [];
    }),
    ...model.operations.flatMap((operation) =>
      operation.parameters.filter((parameter) => parameter.open).map((parameter) => `${operation.name} ${parameter.in} ${parameter.name}`),
    ),
  ];
}

describe('markOpenFields (given a spec and the config, want the open fields)', () => {
  it.each<[string, string[] | undefined, string[]]>([
    [
      'by rule: model fields (by name or by their description), not a discriminator, not a string, not other enums',
      undefined,
      ['Chat.model', 'Chat.draft_model', 'Chat.engine', 'Reply.model', 'listModels query model'],
    ],
    ['and a schema property the config names', ['Chat.voice'], ['Chat.model', 'Chat.draft_model', 'Chat.voice', 'Chat.engine', 'Reply.model', 'listModels query model']],
    [
      'and an operation parameter the config names',
      ['get /models order'],
      ['Chat.model', 'Chat.draft_model', 'Chat.engine', 'Reply.model', 'listModels query model', 'listModels query order'],
    ],
    ['and a body field by its operation', ['POST /chat voice'], ['Chat.model', 'Chat.draft_model', 'Chat.voice', 'Chat.engine', 'Reply.model', 'listModels query model']],
    [
      'a discriminator only when the config names it',
      ['POST /speech model'],
      ['Chat.model', 'Chat.draft_model', 'Chat.engine', 'Reply.model', 'Fast.model', 'Slow.model', 'listModels query model'],
    ],
  ])('%s', async (_label, openFieldsConfig, want) => {
    expect(openFields(await modelOf(openFieldsConfig ? { openFields: openFieldsConfig } : {}))).toEqual(want);
  });

  it('a schema with an open field that requests and responses both use gets a request form (it reads differently there)', async () => {
    const model = await modelOf();
    const schema = (name: string) => model.schemas.find((candidate) => candidate.name === name)!;
    expect([schema('Chat').usage, schema('Chat').requestForm]).toEqual([{ request: true, response: true }, true]);
    expect([schema('Reply').usage, schema('Reply').requestForm]).toEqual([{ request: false, response: true }, undefined]);
  });
});

describe('an openFields entry that names nothing is a located error with the nearest key', () => {
  it.each<[string, string, string]>([
    ['Chat.voce', 'the schema "Chat" has no property "voce"', 'did you mean "Chat.voice"?'],
    ['Chta.voice', '"Chta" names no schema of the spec', 'did you mean "Chat.voice"?'],
    ['POST /chat voce', 'POST /chat has no parameter or body field "voce"', 'did you mean "POST /chat voice"?'],
    ['GET /model order', '"GET /model order" names no operation of the spec', 'did you mean "GET /models order"?'],
    ['Chat.name', '"Chat.name" is not a closed enum of strings', 'remove the entry'],
  ])('%s', async (entry, message, hint) => {
    const thrown = await modelOf({ openFields: ['Chat.model', entry] }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(GeneratorError);
    const error = thrown as GeneratorError;
    expect(error.message).toContain(message);
    expect(error.location).toEqual({ file: 'command line', pointer: '#/openFields/1' });
    expect(error.hint).toContain(hint);
  });
});
