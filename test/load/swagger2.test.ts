/** Swagger 2.0 on load: converted to OpenAPI 3.0, and every pointer into the result located in the 2.0 text. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { readDocument } from '../../generator/load/read-document.ts';
import { convertSwagger2, swagger2Pointer } from '../../generator/load/swagger2.ts';
import { tempDir } from '../helpers/run-cli.ts';

const dir = await tempDir('swagger2-');
afterAll(() => dir.remove());

const swagger = {
  swagger: '2.0',
  info: { title: 'Pets', version: '1.0.0' },
  host: 'api.example.com',
  basePath: '/v1',
  schemes: ['https'],
  consumes: ['application/json'],
  produces: ['application/json'],
  paths: {
    '/pets/{petId}': {
      parameters: [{ name: 'petId', in: 'path', required: true, type: 'string' }],
      put: {
        operationId: 'replacePet',
        parameters: [
          { name: 'dryRun', in: 'query', type: 'boolean' },
          { name: 'pet', in: 'body', required: true, schema: { $ref: '#/definitions/Pet' } },
          { $ref: '#/parameters/Trace' },
        ],
        responses: { 200: { description: 'ok', schema: { $ref: '#/definitions/Pet' } } },
      },
    },
    '/pets/{petId}/photo': {
      post: {
        operationId: 'uploadPhoto',
        consumes: ['multipart/form-data'],
        parameters: [
          { name: 'petId', in: 'path', required: true, type: 'string' },
          { name: 'caption', in: 'formData', type: 'string' },
          { name: 'file', in: 'formData', type: 'file', required: true },
        ],
        responses: { 204: { description: 'stored' } },
      },
    },
  },
  parameters: {
    Trace: { name: 'X-Trace', in: 'header', type: 'string' },
    Body: { name: 'body', in: 'body', schema: { type: 'object' } },
  },
  responses: { NotFound: { description: 'not found', schema: { $ref: '#/definitions/Error' } } },
  definitions: {
    Pet: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, tag: { type: 'string', 'x-nullable': true } } },
    Error: { type: 'object', properties: { message: { type: 'string' } } },
  },
  securityDefinitions: { key: { type: 'apiKey', in: 'header', name: 'X-Key' } },
};

let counter = 0;
async function file(content: unknown, name = `spec-${counter++}.json`): Promise<string> {
  const path = join(dir.path, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

async function converted() {
  const written = await readDocument(await file(swagger));
  return { original: written.data, ...(await convertSwagger2(written, written.data)) };
}

describe('swagger2Pointer: where a place of the converted document was in the 2.0 one', () => {
  it.each([
    ['a schema', '#/components/schemas/Pet/properties/name', '#/definitions/Pet/properties/name'],
    ['a shared parameter (its type was on it, not in a schema)', '#/components/parameters/Trace/schema/type', '#/parameters/Trace/type'],
    ['a shared body parameter, now a request body', '#/components/requestBodies/Body/content/application~1json/schema', '#/parameters/Body/schema'],
    ['a shared response', '#/components/responses/NotFound/content/application~1json/schema/$ref', '#/responses/NotFound/schema/$ref'],
    ['a security scheme', '#/components/securitySchemes/key', '#/securityDefinitions/key'],
    ['a section without a 2.0 home', '#/components/examples/x', '#'],
    ['the servers (host, basePath, schemes)', '#/servers/0/url', '#/host'],
    ['an operation', '#/paths/~1pets~1{petId}/put', '#/paths/~1pets~1{petId}/put'],
    ['a request body: the body parameter', '#/paths/~1pets~1{petId}/put/requestBody', '#/paths/~1pets~1{petId}/put/parameters/1'],
    ['a request body schema', '#/paths/~1pets~1{petId}/put/requestBody/content/application~1json/schema/$ref', '#/paths/~1pets~1{petId}/put/parameters/1/schema/$ref'],
    [
      'a form field: its formData parameter',
      '#/paths/~1pets~1{petId}~1photo/post/requestBody/content/multipart~1form-data/schema/properties/file/format',
      '#/paths/~1pets~1{petId}~1photo/post/parameters/2/format',
    ],
    ['a response schema', '#/paths/~1pets~1{petId}/put/responses/200/content/application~1json/schema', '#/paths/~1pets~1{petId}/put/responses/200/schema'],
    ['a parameter after the body left the list (index shifted)', '#/paths/~1pets~1{petId}/put/parameters/1', '#/paths/~1pets~1{petId}/put/parameters/2'],
    ['a parameter schema (2.0: on the parameter)', '#/paths/~1pets~1{petId}/put/parameters/0/schema/type', '#/paths/~1pets~1{petId}/put/parameters/0/type'],
    ['a path-level parameter', '#/paths/~1pets~1{petId}/parameters/0/schema', '#/paths/~1pets~1{petId}/parameters/0'],
    ['info', '#/info/title', '#/info/title'],
  ])('%s: %s → %s', async (_what, given, want) => {
    const { original, document } = await converted();
    expect(swagger2Pointer(given, original, document)).toBe(want);
  });
});

describe('convertSwagger2', () => {
  it('gives OpenAPI 3.0 with the 2.0 model moved where 3.0 has it', async () => {
    const { document } = await converted();
    expect(document.openapi).toMatch(/^3\.0\./);
    expect(document.servers).toEqual([{ url: 'https://api.example.com/v1' }]);
    const components = document.components as Record<string, Record<string, unknown>>;
    expect(Object.keys(components.schemas!)).toEqual(['Pet', 'Error']);
    expect(components.schemas!.Pet).toMatchObject({ properties: { tag: { type: 'string', nullable: true } } });
    const put = (document.paths as Record<string, Record<string, Record<string, unknown>>>)['/pets/{petId}']!.put!;
    expect(put.requestBody).toMatchObject({ required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' } } } });
  });

  it('says it converted, at `swagger`, and locates later pointers in the 2.0 text', async () => {
    const { warnings, source } = await converted();
    expect(warnings).toEqual([
      {
        kind: expect.objectContaining({ id: 'swagger-2.0-converted' }),
        message: expect.stringMatching(/^a Swagger 2\.0 document: converted to OpenAPI 3\.0 on load/),
        location: expect.objectContaining({ pointer: '#/swagger', line: 2 }),
      },
    ]);
    expect(source.locate('#/components/schemas/Pet')).toMatchObject({ pointer: '#/definitions/Pet' });
  });

  it('converts without the root vendor extensions when the converter fails on one, and says so there', async () => {
    // swagger2openapi reads `x-ms-parameterized-host` and fails on it without `schemes`.
    const withHost = {
      ...swagger,
      schemes: undefined,
      'x-ms-parameterized-host': { hostTemplate: '{account}.example.com', parameters: [{ name: 'account', in: 'path', type: 'string' }] },
    };
    const written = await readDocument(await file(withHost));
    const { document, warnings } = await convertSwagger2(written, written.data);
    expect(document.openapi).toMatch(/^3\.0\./);
    expect(warnings.map((warning) => [warning.message.replace(/\(the converter.*$/, ''), warning.location.pointer])).toEqual([
      [expect.stringMatching(/^a Swagger 2\.0 document: converted/), '#/swagger'],
      ['converting from Swagger 2.0: `x-ms-parameterized-host` ignored ', '#/x-ms-parameterized-host'],
    ]);
  });

  it.each([
    ['1.2', /Swagger "1\.2" documents are not supported/],
    [2, /Swagger 2 documents are not supported/],
  ])('refuses swagger: %j, located at `swagger`', async (version, message) => {
    const source = await readDocument(await file({ ...swagger, swagger: version }));
    const error = (await convertSwagger2(source, source.data).catch((caught: unknown) => caught)) as GeneratorError;
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(message);
    expect(error.location?.pointer).toBe('#/swagger');
  });
});

describe('loadSpec of a Swagger 2.0 document', () => {
  it('reads it as OpenAPI 3.0; a later error points into the 2.0 text', async () => {
    const loaded = await loadSpec(await file(swagger));
    expect(loaded.openapiVersion).toBe('3.0');
    const broken = structuredClone(swagger) as unknown as { definitions: Record<string, unknown> };
    broken.definitions.Pet = { $ref: '#/definitions/Missing' };
    const error = (await loadSpec(await file(broken)).catch((caught: unknown) => caught)) as GeneratorError;
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.location).toMatchObject({ pointer: '#/definitions/Pet/$ref' });
    expect(error.location?.line).toBeGreaterThan(1);
  });

  it('refuses Swagger 1.x (swaggerVersion)', async () => {
    await expect(loadSpec(await file({ swaggerVersion: '1.2', apis: [] }))).rejects.toThrow(/Swagger "1\.2" documents are not supported/);
  });
});

describe('a Swagger 2.0 document with $refs into other files', () => {
  const folder = join(dir.path, 'external');
  const write = async (name: string, value: object) => writeFile(join(folder, name), JSON.stringify(value));
  const api = (extra: object = {}) => ({
    swagger: '2.0',
    info: { title: 'Ext', version: '1.0' },
    host: 'api.example.com',
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          'x-other-tool': { one: { $ref: './examples/missing.json' } },
          parameters: [{ $ref: 'common.json#/parameters/Limit' }],
          responses: { '200': { description: 'pets', schema: { type: 'array', items: { $ref: 'models.json#/Pet' } } }, '404': { $ref: 'common.json#/responses/NotFound' } },
        },
        post: {
          operationId: 'createPet',
          parameters: [{ $ref: 'common.json#/parameters/PetBody' }],
          responses: { '201': { description: 'made', schema: { $ref: 'other.json#/definitions/Tagged' } } },
        },
      },
    },
    ...extra,
  });
  const load = async (document: object) => {
    await write('api.json', document);
    return loadSpec(join(folder, 'api.json'));
  };
  const at = (value: unknown, ...path: string[]) => path.reduce<any>((node, key) => node?.[key], value);

  it('converts what they point at too: 2.0 parameters, responses and schemas become 3.0', async () => {
    const { mkdir } = await import('node:fs/promises');
    await mkdir(folder, { recursive: true });
    await write('common.json', {
      parameters: {
        Limit: { name: 'limit', in: 'query', type: 'integer', maximum: 100 },
        PetBody: { name: 'body', in: 'body', required: true, schema: { $ref: 'models.json#/Pet' } },
      },
      responses: { NotFound: { description: 'not found', schema: { $ref: 'models.json#/Error' } } },
    });
    await write('models.json', {
      Pet: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string' }, nickname: { type: 'string', 'x-nullable': true }, photo: { type: 'file' }, owner: { $ref: '#/Owner' } },
      },
      Owner: { type: 'object', properties: { id: { type: 'integer' } } },
      Error: { type: 'object', properties: { message: { type: 'string' } } },
    });
    await write('other.json', {
      swagger: '2.0',
      info: { title: 'Other', version: '1' },
      paths: {},
      definitions: { Tagged: { type: 'object', discriminator: 'kind', required: ['kind'], properties: { kind: { type: 'string' } } } },
    });
    const { document, warnings } = await load(api());
    const get = at(document, 'paths', '/pets', 'get');
    expect(get.parameters).toEqual([{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 100 } }]);
    expect(at(get, 'responses', '404', 'content', '*/*', 'schema')).toEqual({ type: 'object', properties: { message: { type: 'string' } } });
    const pet = at(get, 'responses', '200', 'content', '*/*', 'schema', 'items');
    const petSchema = pet.$ref ? at(document, ...pet.$ref.slice(2).split('/')) : pet;
    expect(petSchema.properties).toMatchObject({ nickname: { type: 'string', nullable: true }, photo: { type: 'string', format: 'binary' }, owner: { type: 'object' } });
    const post = at(document, 'paths', '/pets', 'post');
    expect(at(post, 'requestBody', 'required')).toBe(true);
    expect(at(post, 'responses', '201', 'content', '*/*', 'schema', 'discriminator')).toEqual({ propertyName: 'kind' });
    // A vendor extension's $ref is another tool's business: kept as written, not resolved.
    expect(get['x-other-tool']).toEqual({ one: { $ref: './examples/missing.json' } });
    expect(JSON.stringify(document)).not.toMatch(/"\$ref":"(?:common|models|other)\.json|x-miro|x-sdkgen-hidden-ref/);
    expect(warnings.map((warning) => warning.message)).toEqual([
      expect.stringMatching(/converted to OpenAPI 3\.0 on load \(swagger2openapi; 5 references to other files resolved and converted/),
    ]);
  });

  it.each([
    ['a missing file', 'nowhere.json#/X', /the reference "nowhere\.json#\/X" names a file that does not exist \(.*nowhere\.json\)/],
    ['a missing target in a file', 'models.json#/Nope', /the reference "models\.json#\/Nope" could not be resolved: .*models\.json#\/Nope/],
  ])('%s is an error located at the $ref in the 2.0 text', async (name, ref, message) => {
    const document = api({ paths: { '/gone': { get: { responses: { '200': { description: 'x', schema: { $ref: ref } } } } } } });
    const error = (await load(document).catch((caught: unknown) => caught)) as GeneratorError;
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(message);
    expect(error.location).toMatchObject({ pointer: '#/paths/~1gone/get/responses/200/schema/$ref' });
  });
});
