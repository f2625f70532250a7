import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildApiModel, undeclaredPathParameters } from '../../generator/ir/build-api.ts';
import type { ApiModel, TypeNode } from '../../generator/ir/types.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { tempDir } from '../helpers/run-cli.ts';

async function model(spec: string): Promise<ApiModel> {
  return buildApiModel(await loadSpec(spec)).api;
}

const gateway = await model('spec/openapi.yaml');
const schemaNamed = (api: ApiModel, name: string) => api.schemas.find((schema) => schema.originalName === name)!;

describe('the gateway spec', () => {
  it('has 68 operations with 68 distinct names, 23 of them derived', () => {
    expect(gateway.operations).toHaveLength(68);
    expect(new Set(gateway.operations.map((operation) => operation.name)).size).toBe(68);
    expect(gateway.operations.filter((operation) => operation.nameSource === 'derived')).toHaveLength(23);
  });

  it('never reuses a name among schemas, and keeps every component schema', () => {
    const names = gateway.schemas.map((schema) => schema.name);
    expect(new Set(names).size).toBe(names.length);
    expect(gateway.schemas.filter((schema) => /^#\/components\/schemas\/[^/]+$/.test(schema.id))).toHaveLength(128);
    expect(gateway.schemas.filter((schema) => !schema.usage.request && !schema.usage.response)).toHaveLength(14);
  });

  it('splits fragments off the wire path and groups the variants of each endpoint', () => {
    const veo = gateway.operations.find((operation) => operation.pathKey === '/v1/videos#veo')!;
    expect(veo).toMatchObject({ path: '/v1/videos', fragment: 'veo', method: 'post' });
    const groups = Object.fromEntries(gateway.endpointGroups.map((group) => [`${group.method} ${group.path}`, group.operations.length]));
    expect(groups).toEqual({
      'post /v1/images/generations': 7,
      'get /v1/images/generations/{task_id}': 5,
      'post /v1/videos': 10,
      'get /v1/videos/{task_id}': 7,
      'post /v1/video/generations': 4,
      'get /v1/video/generations/{task_id}': 3,
    });
  });

  it('keeps parameters by location, security and declared error responses', () => {
    const seedance = gateway.operations.find((operation) => operation.pathKey === '/v1/videos' && operation.method === 'post')!;
    expect(seedance.parameters).toEqual([expect.objectContaining({ name: 'x-moderation', in: 'header', required: false })]);
    expect(seedance.security).toEqual([['BearerAuth']]);
    expect(seedance.responses.map((response) => response.status)).toEqual(['200', '400', '401', '500']);
    expect(gateway.securitySchemes).toEqual([expect.objectContaining({ key: 'BearerAuth', kind: 'bearer' })]);
  });

  it('models discriminated unions, nullable unions and if/then rules', () => {
    const gemini = schemaNamed(gateway, 'GeminiImageGenerationRequest').type;
    expect(gemini.kind).toBe('union');
    const union = gemini as Extract<TypeNode, { kind: 'union' }>;
    expect(union.discriminator?.propertyName).toBe('model');
    expect(union.discriminator?.mapping.length).toBeGreaterThanOrEqual(union.variants.length);

    const minimax = schemaNamed(gateway, 'MiniMaxVideosCreateRequest').type;
    expect(minimax.kind).toBe('conditional');
    expect((minimax as Extract<TypeNode, { kind: 'conditional' }>).rules).toHaveLength(6);
  });

  it('reads required-only anyOf branches against the sibling properties', () => {
    // Wan26I2V: anyOf [{required: [image]}, {required: [images]}] beside `properties`: the schema is its object
    // and a union of branches, each requiring one property with the type the sibling `properties` give it.
    const type = schemaNamed(gateway, 'Wan26I2VVideoCreateRequest').type;
    expect(type.kind).toBe('intersection');
    const [object, branches] = (type as Extract<TypeNode, { kind: 'intersection' }>).members as [Extract<TypeNode, { kind: 'object' }>, Extract<TypeNode, { kind: 'union' }>];
    const declared = (name: string) => object.properties.find((property) => property.name === name)!.type;
    expect(declared('image')).toMatchObject({ kind: 'primitive', type: 'string' });
    expect(declared('images')).toMatchObject({ kind: 'array', items: { kind: 'primitive', type: 'string' } });
    const want = [[{ name: 'image', required: true, type: declared('image') }], [{ name: 'images', required: true, type: declared('images') }]];
    expect(branches.kind).toBe('union');
    const got = branches.variants.map((variant) => (variant as Extract<TypeNode, { kind: 'object' }>).properties.map(({ name, required, type }) => ({ name, required, type })));
    expect(got).toEqual(want);
  });
});

describe('fixtures', () => {
  it('turns cycles into self-referencing named types', async () => {
    const api = await model('test/fixtures/cycles.yaml');
    const tree = schemaNamed(api, 'TreeNode').type as Extract<TypeNode, { kind: 'object' }>;
    const children = tree.properties.find((property) => property.name === 'children')!.type;
    expect(children).toMatchObject({ kind: 'array', items: { kind: 'ref', target: '#/components/schemas/TreeNode' } });
  });

  it('lets operationIds win names and derives the rest without collisions', async () => {
    const api = await model('test/fixtures/missing-ids.yaml');
    const names = api.operations.map((operation) => operation.name);
    expect(new Set(names).size).toBe(names.length);
    // The IR keeps the API's name; the surface makes an identifier of it (`delete_`).
    expect(names).toContain('delete');
    expect(names).toContain('getUserById');
  });

  it('merges path-level parameters, the operation-level one winning', async () => {
    const api = await model('test/fixtures/parameters.yaml');
    for (const operation of api.operations) {
      const keys = operation.parameters.map((parameter) => `${parameter.in}:${parameter.name}`);
      expect(new Set(keys).size).toBe(keys.length);
    }
    const locations = new Set(api.operations.flatMap((operation) => operation.parameters.map((parameter) => parameter.in)));
    expect([...locations].sort()).toEqual(['cookie', 'header', 'path', 'query']);
  });
});

const dir = await tempDir('build-api-');
afterAll(() => dir.remove());

describe('a document without operations: types only, said once', () => {
  const components = { schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } } };
  const webhooks = { petAdded: { post: { requestBody: { content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } }, responses: {} } } };
  it.each([
    ['no paths', { components }, /no operations \(it has no `paths`\)/, '#'],
    ['empty paths', { paths: {}, components }, /its `paths` is empty/, '#/paths'],
    ['paths without operations', { paths: { '/pets': { summary: 'pets', parameters: [] } }, components }, /none of its paths has an operation/, '#/paths'],
    ['webhooks only', { webhooks, components }, /no `paths`; its 1 webhooks are requests the API sends/, '#'],
  ])('%s', async (name, given, message, pointer) => {
    const spec = join(dir.path, `${name.replace(/ /g, '-')}.json`);
    await writeFile(spec, JSON.stringify({ openapi: '3.1.0', info: { title: 'T', version: '1' }, ...given }));
    const { api, warnings } = buildApiModel(await loadSpec(spec));
    expect(api.operations).toEqual([]);
    expect(api.schemas.map((schema) => schema.name)).toEqual(['Pet']);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(message);
    expect(warnings[0]!.location.pointer).toBe(pointer);
  });
});

describe('path template parameters no parameter declares', () => {
  const path = (name: string) => ({ name, in: 'path' as const });
  it.each([
    ['/a/{id}', [path('id')], []],
    ['/a/{id}', [], ['id']],
    ['/a/{id}', [{ name: 'id', in: 'query' as const }], ['id']],
    ['/a/{x}/b/{y}/c/{x}', [path('y')], ['x']],
    ['/orgs/{org}/certificates/{certificate_id}', [path('org')], ['certificate_id']],
    ['/a/{id}.json', [path('id')], []],
    ['/plain', [path('unused')], []],
  ])('%s with %j → %j', (given, declared, want) => expect(undeclaredPathParameters(given, declared)).toEqual(want));

  it('become required string path parameters, with a warning at the operation', async () => {
    const spec = join(dir.path, 'undeclared.json');
    const operation = { operationId: 'getPart', parameters: [{ name: 'itemId', in: 'path', required: true, schema: { type: 'integer' } }], responses: {} };
    await writeFile(spec, JSON.stringify({ openapi: '3.0.3', info: { title: 'T', version: '1' }, paths: { '/items/{itemId}/parts/{partId}': { get: operation } } }));
    const { api, warnings } = buildApiModel(await loadSpec(spec));
    expect(api.operations[0]!.parameters).toEqual([
      expect.objectContaining({ name: 'itemId', in: 'path', required: true, type: expect.objectContaining({ type: 'integer' }) }),
      { name: 'partId', in: 'path', required: true, deprecated: false, type: { kind: 'primitive', type: 'string' } },
    ]);
    expect(warnings).toEqual([
      {
        kind: expect.objectContaining({ id: 'undeclared-path-parameter' }),
        message: expect.stringMatching(/uses \{partId\} but the GET operation declares no path parameter of that name; read as a required string/),
        location: expect.objectContaining({ pointer: '#/paths/~1items~1{itemId}~1parts~1{partId}/get' }),
      },
    ]);
  });
});

/** Builds the model of a small 3.x document written to a file (as the loader reads it). */
async function modelOf(name: string, document: object): Promise<{ api: ApiModel; warnings: { kind: { id: string }; message: string; location: { pointer?: string } }[] }> {
  const spec = join(dir.path, `${name}.json`);
  await writeFile(spec, JSON.stringify({ openapi: '3.2.0', info: { title: 'T', version: '1' }, ...document }));
  return buildApiModel(await loadSpec(spec));
}

describe('OpenAPI 3.2 `in: querystring`: the whole query string as one value', () => {
  const filter = { type: 'object', required: ['species'], properties: { species: { type: 'string', description: 'Which kind.' }, limit: { type: 'integer' } } };
  const operation = (parameter: object, extra: object[] = []) => ({ paths: { '/pets': { get: { operationId: 'listPets', parameters: [parameter, ...extra], responses: {} } } } });
  const form = (schema: object, required = true) => ({ name: 'q', in: 'querystring', required, content: { 'application/x-www-form-urlencoded': { schema } } });
  const read = (parameters: ApiModel['operations'][number]['parameters']) =>
    parameters.map((parameter) => `${parameter.in}:${parameter.name}${parameter.required ? '!' : '?'}${parameter.description ? ` (${parameter.description})` : ''}`);
  it.each([
    { name: 'a form-encoded object: its properties are query parameters', given: operation(form(filter)), want: ['query:species! (Which kind.)', 'query:limit?'], warned: [] },
    { name: 'not required: every property optional', given: operation(form(filter, false)), want: ['query:species? (Which kind.)', 'query:limit?'], warned: [] },
    {
      name: 'through a $ref',
      given: { ...operation(form({ $ref: '#/components/schemas/Filter' })), components: { schemas: { Filter: filter } } },
      want: ['query:species! (Which kind.)', 'query:limit?'],
      warned: [],
    },
    {
      name: 'a declared query parameter of the same name wins',
      given: operation(form(filter), [{ name: 'limit', in: 'query', required: true, schema: { type: 'string' } }]),
      want: ['query:limit!', 'query:species! (Which kind.)'],
      warned: [],
    },
    {
      name: 'JSON content: no query parameters, a warning',
      given: operation({ name: 'q', in: 'querystring', content: { 'application/json': { schema: filter } } }),
      want: [],
      warned: ['querystring-not-typed #/paths/~1pets/get/parameters/0'],
    },
    {
      name: 'a composition: no reading, a warning',
      given: operation(form({ oneOf: [filter, { type: 'object' }] })),
      want: [],
      warned: ['querystring-not-typed #/paths/~1pets/get/parameters/0'],
    },
  ])('$name', async ({ name, given, want, warned }) => {
    const { api, warnings } = await modelOf(`querystring-${name.replace(/\W+/g, '-')}`, given);
    expect(read(api.operations[0]!.parameters)).toEqual(want);
    expect(warnings.map((warning) => `${warning.kind.id} ${warning.location.pointer}`)).toEqual(warned);
  });
});

describe('OpenAPI 3.2 methods: `query` and `additionalOperations`', () => {
  const responses = { '204': { description: 'ok' } };
  it.each([
    {
      name: 'the query method',
      version: '3.2.0',
      item: { query: { requestBody: { content: { 'application/json': { schema: { type: 'object' } } } }, responses } },
      want: ['query queryPets'],
      warned: [],
    },
    {
      name: 'additionalOperations, keyed as sent',
      version: '3.2.0',
      item: { additionalOperations: { LINK: { operationId: 'linkPets', responses } } },
      want: ['link linkPets'],
      warned: [],
    },
    {
      name: 'additionalOperations naming a fixed method: the field is read',
      version: '3.2.0',
      item: { get: { operationId: 'listPets', responses }, additionalOperations: { GET: { operationId: 'other', responses } } },
      want: ['get listPets'],
      warned: [],
    },
    { name: 'a key that is no method token', version: '3.2.0', item: { additionalOperations: { 'NOT A METHOD': { responses } } }, want: [], warned: [] },
    {
      name: 'in a 3.1 document: read, with a warning',
      version: '3.1.0',
      item: { query: { responses }, additionalOperations: { PURGE: { responses } } },
      want: ['query queryPets', 'purge purgePets'],
      warned: ['openapi-3.2-method #/paths/~1pets/query', 'openapi-3.2-method #/paths/~1pets/additionalOperations/PURGE'],
    },
  ])('$name', async ({ name, version, item, want, warned }) => {
    const spec = join(dir.path, `methods-${name.replace(/\W+/g, '-')}.json`);
    await writeFile(spec, JSON.stringify({ openapi: version, info: { title: 'T', version: '1' }, paths: { '/pets': item } }));
    const { api, warnings } = buildApiModel(await loadSpec(spec));
    expect(api.operations.map((operation) => `${operation.method} ${operation.name}`)).toEqual(want);
    expect(warnings.filter((warning) => warning.kind.id !== 'types-only-package').map((warning) => `${warning.kind.id} ${warning.location.pointer}`)).toEqual(warned);
  });
});

describe("webhooks' and callbacks' inline request bodies are types", () => {
  it('named after the webhook, or the operation and callback (and the method when not POST), marked as what sends them; referenced ones keep their name', async () => {
    const body = (schema: object) => ({ requestBody: { content: { 'application/json': { schema } } }, responses: {} });
    const { api } = await modelOf('sent-bodies', {
      paths: {
        '/repos': {
          post: {
            operationId: 'linkRepo',
            callbacks: {
              linkCreated: { '{$request.body#/url}': { post: body({ type: 'object', properties: { url: { type: 'string' } } }) } },
              shared: { $ref: '#/components/callbacks/Shared' },
            },
            responses: {},
          },
          get: { operationId: 'listRepos', callbacks: { shared: { $ref: '#/components/callbacks/Shared' } }, responses: {} },
        },
      },
      webhooks: {
        petAdopted: { post: body({ type: 'object', properties: { id: { type: 'string' } } }) },
        'pet.renamed': { put: body({ type: 'string' }) },
        petAdded: { post: body({ $ref: '#/components/schemas/Pet' }) },
      },
      components: {
        schemas: { Pet: { type: 'object', properties: { name: { type: 'string' } } } },
        callbacks: { Shared: { '{$request.body#/url}': { put: body({ type: 'integer' }) } } },
      },
    });
    expect(api.schemas.map((schema) => [schema.name, schema.sentBy])).toEqual([
      ['Pet', undefined],
      ['PetAdoptedWebhookBody', { name: 'petAdopted', method: 'post' }],
      ['PetRenamedWebhookPutBody', { name: 'pet.renamed', method: 'put' }],
      ['LinkRepoLinkCreatedCallbackBody', { name: 'linkCreated', method: 'post', callbackOf: 'linkRepo' }],
      ['LinkRepoSharedCallbackPutBody', { name: 'shared', method: 'put', callbackOf: 'linkRepo' }],
    ]);
  });
});
