/** The examples oracle: which examples a document gives, how its schemas read as JSON Schema, what ajv accepts. */
import { describe, expect, it } from 'vitest';
import {
  convertSchema,
  documentExamples,
  exampleOracle,
  implicitType,
  preferredMediaType,
  referenceIn,
  resolvePointer,
  type ConvertContext,
} from '../../scripts/corpus/example-oracle.ts';

type Json = Record<string, any>;

const doc = (openapi: string, paths: Json, schemas: Json = {}, extra: Json = {}): Json => ({
  openapi,
  info: { title: 'T', version: '1' },
  paths,
  components: { schemas, ...extra },
});
const post = (content: Json, responses: Json = {}) => ({ '/p': { post: { requestBody: { content }, responses } } });
const json = (media: Json) => ({ 'application/json': media });

describe('preferredMediaType: JSON when offered, else the first', () => {
  it.each([
    [['application/json'], 'application/json'],
    [['multipart/form-data', 'application/json; charset=utf-8'], 'application/json; charset=utf-8'],
    [['text/plain', 'application/vnd.api+json'], 'application/vnd.api+json'],
    [['application/x-www-form-urlencoded', 'multipart/form-data'], 'application/x-www-form-urlencoded'],
    [[], undefined],
  ])('%j → %s', (types, want) => expect(preferredMediaType(Object.fromEntries(types.map((type) => [type, {}])))).toBe(want));
});

describe('resolvePointer', () => {
  const document = { a: { 'b/c': { '~d': 1 } }, list: [10, 20] };
  it.each([
    ['#', document],
    ['#/a/b~1c/~0d', 1],
    ['#/list/1', 20],
    ['#/a/missing', undefined],
    ['other.yaml#/a', undefined],
  ])('%s', (pointer, want) => expect(resolvePointer(document, pointer)).toEqual(want));
});

describe('documentExamples', () => {
  const cases: { name: string; document: Json; want: [id: string, value: unknown, schemaPointer: string][] }[] = [
    {
      name: 'a media example',
      document: doc('3.0.3', post(json({ schema: { type: 'object' }, example: { a: 1 } }))),
      want: [['POST /p request "example"', { a: 1 }, '#/paths/~1p/post/requestBody/content/application~1json/schema']],
    },
    {
      name: 'named examples: Example objects, $refs to them, bare values; Example objects without a value skipped',
      document: doc(
        '3.0.3',
        post(
          json({
            schema: {},
            examples: { one: { value: 1 }, two: { $ref: '#/components/examples/Two' }, bare: 3, far: { externalValue: 'x.json' }, told: { summary: 'no value' } },
          }),
        ),
        {},
        { examples: { Two: { value: 2 } } },
      ),
      want: [
        ['POST /p request "one"', 1, '#/paths/~1p/post/requestBody/content/application~1json/schema'],
        ['POST /p request "two"', 2, '#/paths/~1p/post/requestBody/content/application~1json/schema'],
        ['POST /p request "bare"', 3, '#/paths/~1p/post/requestBody/content/application~1json/schema'],
      ],
    },
    {
      name: "without media examples, the schema's own (3.0 example, 3.1 examples list)",
      document: doc(
        '3.1.0',
        post(json({ schema: { $ref: '#/components/schemas/Pet' } }), { '200': { description: 'ok', content: json({ schema: { type: 'string', examples: ['a', 'b'] } }) } }),
        { Pet: { type: 'object', example: { name: 'Rex' } } },
      ),
      want: [
        ['POST /p request "schema example"', { name: 'Rex' }, '#/paths/~1p/post/requestBody/content/application~1json/schema'],
        ['POST /p 200 "schema example 0"', 'a', '#/paths/~1p/post/responses/200/content/application~1json/schema'],
        ['POST /p 200 "schema example 1"', 'b', '#/paths/~1p/post/responses/200/content/application~1json/schema'],
      ],
    },
    {
      name: 'only the media type the SDK sends; only JSON responses',
      document: doc(
        '3.0.3',
        post(
          { 'multipart/form-data': { schema: {}, example: 'form' }, 'application/json': { schema: {}, example: 'json' } },
          { '200': { description: 'ok', content: { 'text/plain': { schema: {}, example: 'text' } } } },
        ),
      ),
      want: [['POST /p request "example"', 'json', '#/paths/~1p/post/requestBody/content/application~1json/schema']],
    },
    {
      name: 'a $ref request body and response: the schema where they lead',
      document: doc(
        '3.0.3',
        { '/p': { put: { requestBody: { $ref: '#/components/requestBodies/B' }, responses: { default: { $ref: '#/components/responses/R' } } } } },
        {},
        { requestBodies: { B: { content: json({ schema: {}, example: 1 }) } }, responses: { R: { description: 'r', content: json({ schema: {}, example: 2 }) } } },
      ),
      want: [
        ['PUT /p request "example"', 1, '#/components/requestBodies/B/content/application~1json/schema'],
        ['PUT /p default "example"', 2, '#/components/responses/R/content/application~1json/schema'],
      ],
    },
    { name: 'no paths', document: { openapi: '3.1.0', components: { schemas: { A: { example: 1 } } } }, want: [] },
    { name: 'Swagger 2.0: not read', document: { swagger: '2.0', paths: post(json({ schema: {}, example: 1 })) }, want: [] },
  ];
  it.each(cases)('$name', ({ document, want }) => {
    expect(documentExamples(document).map((example) => [example.id, example.value, example.schemaPointer])).toEqual(want);
  });
});

describe('implicitType: what a schema without `type` is meant to be', () => {
  it.each([
    [{ items: { type: 'string' } }, 'array'],
    [{ properties: { a: {} } }, 'object'],
    [{ additionalProperties: { type: 'integer' } }, 'object'],
    [{ required: ['a'] }, 'object'],
    [{ type: 'string', items: {} }, undefined],
    [{ items: {}, anyOf: [{ type: 'string' }] }, undefined],
    [{ additionalProperties: true, oneOf: [{ type: 'string' }] }, undefined],
    [{ enum: ['a'], properties: {} }, undefined],
    [{ $ref: '#/x', items: {} }, undefined],
    [{ description: 'anything' }, undefined],
  ])('%j → %s', (schema, want) => expect(implicitType(schema)).toBe(want));
});

describe('convertSchema: OpenAPI schemas as JSON Schema', () => {
  const document: Json = { components: { schemas: { Id: { type: 'string', readOnly: true }, Secret: { type: 'string', writeOnly: true } } } };
  const at = (openapi30: boolean, direction: 'request' | 'response' = 'request'): ConvertContext => ({ document, openapi30, direction });
  const cases: { name: string; schema: unknown; context: ConvertContext; want: unknown }[] = [
    { name: '3.0 nullable admits null', schema: { type: 'string', nullable: true }, context: at(true), want: { anyOf: [{ type: 'string' }, { type: 'null' }] } },
    { name: '3.1 has no nullable', schema: { type: 'string', nullable: true }, context: at(false), want: { type: 'string' } },
    { name: '3.0 boolean exclusive bound', schema: { type: 'number', minimum: 0, exclusiveMinimum: true }, context: at(true), want: { type: 'number', exclusiveMinimum: 0 } },
    { name: '3.0 exclusive bound false', schema: { maximum: 5, exclusiveMaximum: false }, context: at(true), want: { maximum: 5 } },
    {
      name: '3.0 ignores keywords beside $ref',
      schema: { $ref: '#/components/schemas/Id', maxLength: 3 },
      context: at(true),
      want: { $ref: 'https://openapi.invalid/document.json#/components/schemas/Id' },
    },
    {
      name: '3.1 keeps them',
      schema: { $ref: '#/components/schemas/Id', maxLength: 3 },
      context: at(false),
      want: { $ref: 'https://openapi.invalid/document.json#/components/schemas/Id', maxLength: 3 },
    },
    {
      name: 'annotations and extensions dropped',
      schema: { type: 'object', example: {}, discriminator: { propertyName: 'k' }, 'x-go': 1, deprecated: true },
      context: at(true),
      want: { type: 'object' },
    },
    { name: 'a binary string cannot be an example', schema: { type: 'string', format: 'binary' }, context: at(true), want: false },
    {
      name: 'a request may not send readOnly properties, nor needs them when required',
      schema: { type: 'object', required: ['id', 'name'], properties: { id: { $ref: '#/components/schemas/Id' }, name: { type: 'string' } } },
      context: at(true, 'request'),
      want: { type: 'object', required: ['name'], properties: { id: false, name: { type: 'string' } } },
    },
    {
      name: 'a response keeps them, and drops writeOnly ones',
      schema: { type: 'object', required: ['id', 'secret'], properties: { id: { $ref: '#/components/schemas/Id' }, secret: { $ref: '#/components/schemas/Secret' } } },
      context: at(true, 'response'),
      want: { type: 'object', required: ['id'], properties: { id: { $ref: 'https://openapi.invalid/document.json#/components/schemas/Id' }, secret: false } },
    },
    {
      name: 'nested schemas everywhere are converted',
      schema: { allOf: [{ nullable: true, type: 'integer' }], items: { type: 'string', 'x-a': 1 }, additionalProperties: { example: 1, type: 'number' } },
      context: at(true),
      want: { allOf: [{ anyOf: [{ type: 'integer' }, { type: 'null' }] }], items: { type: 'string' }, additionalProperties: { type: 'number' } },
    },
    {
      name: 'a property named like a keyword stays',
      schema: { properties: { example: { type: 'string' } } },
      context: at(true),
      want: { properties: { example: { type: 'string' } }, type: 'object' },
    },
    {
      name: '`items` without `type` is an array',
      schema: { items: { type: 'string' } },
      context: at(false),
      want: { items: { type: 'string' }, type: 'array' },
    },
  ];
  it.each(cases)('$name', ({ schema, context, want }) => expect(convertSchema(schema, context)).toEqual(want));
});

describe('referenceIn', () => {
  it.each([
    [{ a: [{ $ref: '#/x' }] }, '/a/0 → #/x'],
    [{ $ref: '#/y' }, '/ → #/y'],
    [{ a: { $ref: '#/x', other: 1 } }, undefined],
    [['plain', 1, null], undefined],
  ])('%j → %s', (value, want) => expect(referenceIn(value)).toBe(want));
});

describe('exampleOracle', () => {
  const schemas = {
    Node: { type: 'object', required: ['value'], properties: { value: { type: 'integer' }, children: { type: 'array', items: { $ref: '#/components/schemas/Node' } } } },
    Thing: { type: 'object', required: ['id', 'name'], properties: { id: { type: 'string', readOnly: true }, name: { type: 'string', nullable: true } } },
  };
  /** The verdict on one request example of the given schema. */
  const judge = (openapi: string, schema: Json, value: unknown) => {
    const document = doc(openapi, post(json({ schema, example: value })), schemas);
    return exampleOracle(document).errors(documentExamples(document)[0]!);
  };
  const node = { $ref: '#/components/schemas/Node' };
  const thing = { $ref: '#/components/schemas/Thing' };
  const cases: { name: string; openapi?: string; schema: Json; value: unknown; want: string | undefined }[] = [
    { name: 'a recursive schema accepts a tree', schema: node, value: { value: 1, children: [{ value: 2, children: [] }] }, want: undefined },
    { name: 'and rejects a wrong leaf, saying where', schema: node, value: { value: 1, children: [{ value: 'x' }] }, want: '/children/0/value must be integer' },
    { name: '3.0 nullable', schema: thing, value: { name: null }, want: undefined },
    { name: 'a readOnly field in a request is refused', schema: thing, value: { id: 'a', name: 'b' }, want: '/id boolean schema is false' },
    { name: '3.1: type arrays and const', openapi: '3.1.0', schema: { type: ['string', 'null'], const: 'x' }, value: 'x', want: undefined },
    { name: '3.1: const refuses another value', openapi: '3.1.0', schema: { type: ['string', 'null'], const: 'x' }, value: 'y', want: '/ must be equal to constant' },
  ];
  it.each(cases)('$name', ({ openapi = '3.0.3', schema, value, want }) => expect(judge(openapi, schema, value)).toBe(want));

  it('a request may not carry properties its schema does not declare (unless it says what other keys may be)', () => {
    const open = { type: 'object', properties: { a: { type: 'string' } }, additionalProperties: true };
    const closedByDefault = { type: 'object', properties: { a: { type: 'object', properties: { b: { type: 'string' } } } } };
    expect(judge('3.0.3', closedByDefault, { a: { b: 'x', c: 1 } })).toBe('/a/c is not a declared property (an SDK sends undeclared fields with extraBody)');
    expect(judge('3.0.3', open, { a: 'x', c: 1 })).toBeUndefined();
    expect(judge('3.0.3', { allOf: [{ properties: { a: {} } }, { properties: { b: {} } }] }, { a: 1, b: 2 })).toBeUndefined();
    expect(judge('3.0.3', { type: 'object' }, { anything: 1 })).toBeUndefined();
  });

  it('a value holding a $ref is not judged: example values are literal', () => {
    const document = doc('3.0.3', post(json({ schema: { type: 'object' }, example: { inner: { $ref: '#/components/examples/X' } } })));
    const [example] = documentExamples(document);
    expect(() => exampleOracle(document).errors(example!)).toThrow(/holds a reference \(\/inner → #\/components\/examples\/X\)/);
  });

  it('a schema ajv cannot compile makes the example unjudgeable, with the reason', () => {
    const document = doc('3.0.3', post(json({ schema: { $ref: 'other.yaml#/Pet' }, example: {} })));
    const [example] = documentExamples(document);
    expect(() => exampleOracle(document).errors(example!)).toThrow(/does not compile in ajv/);
  });
});
