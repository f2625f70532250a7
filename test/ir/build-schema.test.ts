/**
 * The validation and lifecycle facts the schema builder keeps beside the type (the API diff judges them on the
 * wire): one small spec per table row, the schema of `components.schemas.Thing` read back from the IR.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { isTextMediaType, SchemaBuilder } from '../../generator/ir/build-schema.ts';
import { NameRegistry } from '../../generator/ir/naming.ts';
import type { ApiModel, TypeNode } from '../../generator/ir/types.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';

const folder = await mkdtemp(join(tmpdir(), 'sdkgen-build-schema-'));
afterAll(() => rm(folder, { recursive: true, force: true }));

let count = 0;
async function modelOf(document: Record<string, unknown>): Promise<ApiModel> {
  const file = join(folder, `spec-${count++}.json`);
  await writeFile(file, JSON.stringify({ openapi: '3.1.0', info: { title: 'T', version: '1.0.0' }, paths: {}, ...document }));
  return buildApiModel(await loadSpec(file)).api;
}

async function thing(schema: unknown, extra: Record<string, unknown> = {}): Promise<TypeNode> {
  const api = await modelOf({ components: { schemas: { Thing: schema, ...extra } } });
  return api.schemas.find((entry) => entry.originalName === 'Thing')!.type;
}

describe('validation facts kept as docs', () => {
  it.each([
    { given: { type: 'string', minLength: 2, maxLength: 50, pattern: '^[a-z]+$', format: 'slug' }, want: { minLength: 2, maxLength: 50, pattern: '^[a-z]+$', format: 'slug' } },
    { given: { type: 'integer', minimum: 1, exclusiveMaximum: 100, multipleOf: 5 }, want: { minimum: 1, exclusiveMaximum: 100, multipleOf: 5 } },
    { given: { type: 'number', minimum: 0, exclusiveMinimum: true }, want: { minimum: 0, exclusiveMinimum: true } },
    { given: { type: 'array', items: { type: 'string' }, minItems: 1, maxItems: 3, uniqueItems: true }, want: { minItems: 1, maxItems: 3, uniqueItems: true } },
    { given: { type: 'object', minProperties: 1, maxProperties: 9 }, want: { minProperties: 1, maxProperties: 9 } },
    {
      given: { type: 'string', default: 'fast', deprecated: true, 'x-deprecated-since': '2025-01-01', 'x-sunset': '2026-01-01' },
      want: { default: 'fast', deprecated: true, deprecatedSince: '2025-01-01', sunset: '2026-01-01' },
    },
    {
      given: { type: 'array', items: { type: 'integer' }, contains: { minimum: 1 }, minContains: 2, 'x-extensible-enum': ['a'] },
      want: { keywords: { contains: { minimum: 1 }, minContains: 2, 'x-extensible-enum': ['a'] } },
    },
  ])('$given → docs $want', async ({ given, want }) => {
    expect((await thing(given)).docs).toEqual(want);
  });

  it('keeps a const as a literal and oneOf apart from anyOf', async () => {
    expect(await thing({ const: 'v2' })).toMatchObject({ kind: 'literal', value: 'v2' });
    expect(await thing({ oneOf: [{ type: 'string' }, { type: 'integer' }] })).toMatchObject({ kind: 'union', exclusive: true });
    expect(await thing({ anyOf: [{ type: 'string' }, { type: 'integer' }] })).toMatchObject({ kind: 'union', exclusive: false });
  });
});

describe('strings with a contentMediaType', () => {
  it.each([
    { given: { type: 'string', format: 'binary' }, binary: true },
    { given: { type: 'string', contentMediaType: 'image/png' }, binary: true },
    { given: { type: 'string', contentMediaType: 'image/png', contentEncoding: 'base64' }, binary: false },
    { given: { type: 'string', contentMediaType: 'application/json', contentSchema: { type: 'object' } }, binary: false },
    { given: { type: 'string', contentMediaType: 'text/csv' }, binary: false },
    { given: { type: 'string', contentMediaType: 'application/vnd.api+json' }, binary: false },
  ])('$given → binary: $binary', async ({ given, binary }) => {
    expect(Boolean(((await thing(given)) as { binary?: boolean }).binary)).toBe(binary);
  });

  it.each([
    ['application/json', true],
    ['application/problem+json; charset=utf-8', true],
    ['application/x-ndjson', true],
    ['text/event-stream', true],
    ['application/xml', true],
    ['application/octet-stream', false],
    ['image/png', false],
  ])('%s is text: %s', (mediaType, want) => expect(isTextMediaType(mediaType as string)).toBe(want));
});

describe('allOf', () => {
  const base = { type: 'object', properties: { id: { type: 'string' } } };
  it.each([
    {
      name: 'two members',
      given: { allOf: [{ $ref: '#/components/schemas/Base' }, { type: 'object', properties: { name: { type: 'string' } } }] },
      want: { kind: 'intersection', allOf: true },
    },
    { name: 'a $ref with sibling constraints (3.1)', given: { $ref: '#/components/schemas/Base', required: ['id'] }, want: { kind: 'intersection', allOf: undefined } },
    { name: 'one member', given: { allOf: [{ $ref: '#/components/schemas/Base' }] }, want: { kind: 'ref', allOf: undefined } },
  ])('$name → $want', async ({ given, want }) => {
    const node = await thing(given, { Base: base });
    expect({ kind: node.kind, allOf: (node as { allOf?: boolean }).allOf }).toEqual(want);
  });
});

describe('an object base beside oneOf/anyOf', () => {
  const branches = [{ type: 'string' }, { type: 'array', items: {} }, { type: 'object', properties: { a: { type: 'string' } } }];
  it.each([
    { name: '`type: object` alone adds nothing', given: { type: 'object', anyOf: branches }, want: 'union' },
    { name: 'no `type`, `additionalProperties: true`: the branches may be non-objects, so it is not one', given: { additionalProperties: true, anyOf: branches }, want: 'union' },
    { name: 'no `type`, `additionalProperties: {}`', given: { additionalProperties: {}, oneOf: branches }, want: 'union' },
    { name: '`type: object` with `additionalProperties: true` stays an open object', given: { type: 'object', additionalProperties: true, anyOf: branches }, want: 'intersection' },
    { name: 'properties beside the branches are kept', given: { properties: { id: { type: 'string' } }, anyOf: branches }, want: 'intersection' },
  ])('$name → $want', async ({ given, want }) => {
    expect((await thing(given)).kind).toBe(want);
  });
});

describe('operation and parameter facts', () => {
  it('keeps security scopes, operation servers and deprecation dates', async () => {
    const api = await modelOf({
      security: [{ oauth: ['read'] }],
      paths: {
        '/things': {
          servers: [{ url: 'https://files.example.com' }],
          get: {
            operationId: 'listThings',
            deprecated: true,
            'x-deprecated-since': '2025-03-01',
            'x-sunset': '2025-09-01',
            security: [{ oauth: ['read', 'write'] }, { key: [] }],
            parameters: [{ name: 'limit', in: 'query', deprecated: true, 'x-sunset': '2025-06-30', schema: { type: 'integer', default: 20, maximum: 100 } }],
            responses: { '204': { description: 'none' } },
          },
        },
      },
    });
    const [operation] = api.operations;
    expect(operation!.security).toEqual([['oauth'], ['key']]);
    expect(operation!.securityRequirements).toEqual([[{ scheme: 'oauth', scopes: ['read', 'write'] }], [{ scheme: 'key', scopes: [] }]]);
    expect(operation!.servers).toEqual([{ url: 'https://files.example.com' }]);
    expect(operation!.deprecationDates).toEqual({ deprecatedSince: '2025-03-01', sunset: '2025-09-01' });
    expect(operation!.parameters[0]).toMatchObject({ deprecated: true, deprecationDates: { sunset: '2025-06-30' }, type: { docs: { default: 20, maximum: 100 } } });
  });
});

function properties(schema: Record<string, unknown>) {
  const builder = new SchemaBuilder(
    {},
    new NameRegistry(),
    () => {},
    (pointer) => ({ file: 'spec.yaml', pointer }),
  );
  const node = builder.convert(schema, ['components', 'schemas', 'X']);
  if (node.kind !== 'object') throw new Error(`expected an object, got ${node.kind}`);
  return Object.fromEntries(node.properties.map((property) => [property.name, { required: property.required, hasDefault: property.hasDefault }]));
}

describe('required beats default', () => {
  const cases: { given: Record<string, unknown>; want: { required: boolean; hasDefault: boolean } }[] = [
    // Listed in `required`: must be sent, whatever its default (the server may reject a request without it).
    { given: { required: ['a'], properties: { a: { type: 'string', default: 'x' } } }, want: { required: true, hasDefault: false } },
    { given: { required: ['a'], properties: { a: { type: 'string' } } }, want: { required: true, hasDefault: false } },
    // Optional with a default: the server fills it in.
    { given: { properties: { a: { type: 'string', default: 'x' } } }, want: { required: false, hasDefault: true } },
    { given: { properties: { a: { type: 'integer', default: 0 } } }, want: { required: false, hasDefault: true } },
    { given: { properties: { a: { type: 'string', default: null, nullable: true } } }, want: { required: false, hasDefault: true } },
    { given: { properties: { a: { type: 'string' } } }, want: { required: false, hasDefault: false } },
  ];
  for (const { given, want } of cases) {
    it(`${JSON.stringify(given)} → ${JSON.stringify(want)}`, () => {
      expect(properties({ type: 'object', ...given }).a).toEqual(want);
    });
  }
});

describe('a chain of schemas each referring to the next', () => {
  it('5,000 long: every schema named in order and built (those past the nesting bound after their referrer)', () => {
    const schemas: Record<string, unknown> = {};
    for (let index = 0; index < 5000; index++) {
      schemas[`S${index}`] = index < 4999 ? { type: 'object', properties: { next: { $ref: `#/components/schemas/S${index + 1}` } } } : { type: 'string' };
    }
    const builder = new SchemaBuilder(
      { components: { schemas } },
      new NameRegistry(),
      () => {},
      (pointer) => ({ file: 'spec.json', pointer }),
    );
    builder.registerComponents();
    const built = [...builder.named.values()];
    expect(built.map((schema) => schema.name)).toEqual(Object.keys(schemas));
    for (const [index, schema] of built.slice(0, -1).entries()) {
      expect(schema.type).toMatchObject({ kind: 'object', properties: [{ name: 'next', type: { kind: 'ref', target: `#/components/schemas/S${index + 1}` } }] });
    }
    expect(built.at(-1)!.type).toEqual({ kind: 'primitive', type: 'string' });
  });
});
