/** Where OpenAPI keeps schemas: every schema of a document is visited once, with its path; keywords are never property names. */
import { describe, expect, it } from 'vitest';
import { isObject, walkDocument, walkSchema } from '../../generator/load/schema-walk.ts';

const visited = (schema: unknown) => {
  const paths: string[] = [];
  walkSchema(schema, ['s'], (_schema, path) => paths.push(path.join('/')));
  return paths;
};

describe('isObject', () => {
  it.each<[unknown, boolean]>([
    [{}, true],
    [[], false],
    [null, false],
    ['x', false],
  ])('%j → %s', (given, want) => expect(isObject(given)).toBe(want));
});

describe('walkSchema', () => {
  const cases: { name: string; given: unknown; want: string[] }[] = [
    { name: 'a leaf', given: { type: 'string' }, want: ['s'] },
    { name: 'not a schema', given: 'string', want: [] },
    { name: 'a $ref is visited, not followed or entered', given: { $ref: '#/x', items: { type: 'string' } }, want: ['s'] },
    {
      name: 'single subschemas',
      given: { items: {}, additionalProperties: {}, not: {}, if: {}, then: {}, else: {}, contains: {}, propertyNames: {}, unevaluatedProperties: {}, unevaluatedItems: {} },
      want: ['s', 's/items', 's/additionalProperties', 's/not', 's/if', 's/then', 's/else', 's/contains', 's/propertyNames', 's/unevaluatedProperties', 's/unevaluatedItems'],
    },
    { name: 'lists', given: { allOf: [{}], anyOf: [{}, {}], oneOf: [{}], prefixItems: [{}] }, want: ['s', 's/allOf/0', 's/anyOf/0', 's/anyOf/1', 's/oneOf/0', 's/prefixItems/0'] },
    { name: 'tuple items (draft 4 form)', given: { items: [{}, {}] }, want: ['s', 's/items/0', 's/items/1'] },
    {
      name: 'maps',
      given: { properties: { a: {} }, patternProperties: { '^x': {} }, $defs: { D: {} }, definitions: { E: {} }, dependentSchemas: { f: {} } },
      want: ['s', 's/properties/a', 's/patternProperties/^x', 's/$defs/D', 's/definitions/E', 's/dependentSchemas/f'],
    },
    { name: 'a property named like a keyword is a property', given: { properties: { if: { type: 'string' }, const: {} } }, want: ['s', 's/properties/if', 's/properties/const'] },
    { name: 'boolean additionalProperties is no schema', given: { additionalProperties: true }, want: ['s'] },
    { name: 'examples and defaults are data, not schemas', given: { example: { type: 'x' }, default: { items: {} }, enum: [{}] }, want: ['s'] },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(visited(given)).toEqual(want));
});

describe('walkDocument', () => {
  const document = {
    paths: {
      '/a': {
        parameters: [{ name: 'p', schema: { type: 'string' } }],
        post: {
          parameters: [{ name: 'q', content: { 'application/json': { schema: {} } } }],
          requestBody: { content: { 'application/json': { schema: {} } } },
          responses: {
            '200': {
              headers: { 'x-h': { schema: {} } },
              content: { 'text/event-stream': { schema: {}, itemSchema: {} } },
            },
          },
        },
        'x-not-a-method': { requestBody: { content: { 'application/json': { schema: {} } } } },
      },
    },
    webhooks: { ping: { post: { requestBody: { content: { 'application/json': { schema: {} } } } } } },
    components: {
      schemas: { Pet: { properties: { name: {} } } },
      parameters: { P: { schema: {} } },
      headers: { H: { schema: {} } },
      responses: { R: { content: { 'application/json': { schema: {} } } } },
      requestBodies: { B: { content: { 'application/json': { schema: {} } } } },
      pathItems: { I: { get: { responses: { '200': { content: { 'application/json': { schema: {} } } } } } } },
    },
  };

  it('visits every schema once, with its path', () => {
    const schemas: string[] = [];
    const media: string[] = [];
    walkDocument(
      document,
      (_schema, path) => schemas.push(path.join('/')),
      (_media, path) => media.push(path.join('/')),
    );
    expect(schemas).toEqual([
      'paths//a/parameters/0/schema',
      'paths//a/post/parameters/0/content/application/json/schema',
      'paths//a/post/requestBody/content/application/json/schema',
      'paths//a/post/responses/200/content/text/event-stream/schema',
      'paths//a/post/responses/200/content/text/event-stream/itemSchema',
      'paths//a/post/responses/200/headers/x-h/schema',
      'webhooks/ping/post/requestBody/content/application/json/schema',
      'components/schemas/Pet',
      'components/schemas/Pet/properties/name',
      'components/parameters/P/schema',
      'components/headers/H/schema',
      'components/responses/R/content/application/json/schema',
      'components/requestBodies/B/content/application/json/schema',
      'components/pathItems/I/get/responses/200/content/application/json/schema',
    ]);
    expect(media).toEqual([
      'paths//a/post/parameters/0/content/application/json',
      'paths//a/post/requestBody/content/application/json',
      'paths//a/post/responses/200/content/text/event-stream',
      'webhooks/ping/post/requestBody/content/application/json',
      'components/responses/R/content/application/json',
      'components/requestBodies/B/content/application/json',
      'components/pathItems/I/get/responses/200/content/application/json',
    ]);
  });

  it('an empty or odd document visits nothing', () => {
    const schemas: string[] = [];
    walkDocument({ paths: [], components: 'x' }, (_schema, path) => schemas.push(path.join('/')));
    expect(schemas).toEqual([]);
  });
});
