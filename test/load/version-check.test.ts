/** Constructs outside the document's declared version are warnings, located by JSON pointer, each of a kind. */
import { describe, expect, it } from 'vitest';
import type { SourceDocument } from '../../generator/load/read-document.ts';
import { checkVersionConstructs, readNumericVersion } from '../../generator/load/version-check.ts';

function warnings(openapi: string, schema: Record<string, unknown>, media: Record<string, unknown> = {}): string[] {
  const data = {
    openapi,
    paths: { '/a': { post: { responses: { '200': { content: { 'application/json': { schema, ...media } } } } } } },
  };
  const source: SourceDocument = { file: 'spec.yaml', data, locate: (pointer) => ({ file: 'spec.yaml', pointer }) };
  return checkVersionConstructs(data, source).map(
    (warning) => `${warning.location.pointer!.replace('#/paths/~1a/post/responses/200/content/application~1json', '…')}: ${warning.message}`,
  );
}

describe('checkVersionConstructs', () => {
  const cases: { name: string; version: string; schema: Record<string, unknown>; media?: Record<string, unknown>; want: string[] }[] = [
    { name: '3.0: plain schema', version: '3.0.3', schema: { type: 'string', nullable: true }, want: [] },
    {
      name: '3.0: const',
      version: '3.0.3',
      schema: { const: 'a' },
      want: ['…/schema/const: `const` is not part of OpenAPI 3.0 schemas (it is JSON Schema / OpenAPI 3.1); honoured anyway'],
    },
    {
      name: '3.0: if/then/else, nested',
      version: '3.0.0',
      schema: { properties: { a: { if: {}, then: {} } } },
      want: [
        '…/schema/properties/a/if: `if` is not part of OpenAPI 3.0 schemas (it is JSON Schema / OpenAPI 3.1); honoured anyway',
        '…/schema/properties/a/then: `then` is not part of OpenAPI 3.0 schemas (it is JSON Schema / OpenAPI 3.1); honoured anyway',
      ],
    },
    {
      name: "3.0: type 'null'",
      version: '3.0.3',
      schema: { type: 'null' },
      want: ["…/schema/type: `type: 'null'` is not valid in OpenAPI 3.0 (use `nullable: true`); read as null"],
    },
    { name: '3.0: type array', version: '3.0.3', schema: { type: ['string', 'null'] }, want: ['…/schema/type: `type` as an array is OpenAPI 3.1; read as a union'] },
    { name: '3.0: a property named const is no keyword', version: '3.0.3', schema: { properties: { const: { type: 'string' } } }, want: [] },
    { name: '3.0: keywords beside a $ref are not read', version: '3.0.3', schema: { $ref: '#/x', const: 1 }, want: [] },
    {
      name: '3.0: bare values in examples',
      version: '3.0.3',
      schema: {},
      media: { examples: { good: { value: 1 }, bad: 'x' } },
      want: ['…/examples/bad: an entry of `examples` must be an Example object (`{ value: ... }`), not a bare value; read as its value'],
    },
    {
      name: '3.0: itemSchema',
      version: '3.0.3',
      schema: {},
      media: { itemSchema: {} },
      want: ['…/itemSchema: `itemSchema` is OpenAPI 3.2 (this document is 3.0.3); honoured anyway'],
    },
    { name: '3.1: const is fine', version: '3.1.0', schema: { const: 'a', type: ['string', 'null'] }, want: [] },
    {
      name: '3.1: itemSchema',
      version: '3.1.1',
      schema: {},
      media: { itemSchema: {} },
      want: ['…/itemSchema: `itemSchema` is OpenAPI 3.2 (this document is 3.1.1); honoured anyway'],
    },
    { name: '3.1: bare examples are not checked', version: '3.1.0', schema: {}, media: { examples: { bad: 'x' } }, want: [] },
    { name: '3.2: itemSchema is fine', version: '3.2.0', schema: { const: 1 }, media: { itemSchema: {} }, want: [] },
  ];
  it.each(cases)('$name', ({ version, schema, media, want }) => expect(warnings(version, schema, media)).toEqual(want));
});

function source(data: Record<string, unknown>): SourceDocument {
  return { file: 'spec.yaml', data, locate: (pointer) => ({ file: 'spec.yaml', pointer }) };
}

const withSchema = (openapi: string, schema: Record<string, unknown>) => ({
  openapi,
  info: { title: 'T', version: '1' },
  paths: {},
  components: { schemas: { A: schema } },
});
const withMedia = (openapi: string, media: Record<string, unknown>) => ({
  openapi,
  info: { title: 'T', version: '1' },
  paths: { '/s': { get: { responses: { '200': { description: 'ok', content: { 'application/json': media } } } } } },
});

describe('checkVersionConstructs: kind id and pointer of each warning', () => {
  const cases: { name: string; document: Record<string, unknown>; want: [kind: string, pointer: string][] }[] = [
    { name: 'a plain 3.0 schema', document: withSchema('3.0.3', { type: 'object', nullable: true }), want: [] },
    {
      name: 'if/then/const in 3.0, one kind per keyword',
      document: withSchema('3.0.3', { if: { properties: { a: { const: 1 } } }, then: { required: ['b'] } }),
      want: [
        ['openapi-3.1-keyword:if', '#/components/schemas/A/if'],
        ['openapi-3.1-keyword:then', '#/components/schemas/A/then'],
        ['openapi-3.1-keyword:const', '#/components/schemas/A/if/properties/a/const'],
      ],
    },
    { name: "type: 'null' in 3.0", document: withSchema('3.0.0', { type: 'null' }), want: [['openapi-3.1-null-type', '#/components/schemas/A/type']] },
    { name: 'a type array in 3.0', document: withSchema('3.0.0', { type: ['string', 'null'] }), want: [['openapi-3.1-type-array', '#/components/schemas/A/type']] },
    { name: 'the same in 3.1: nothing', document: withSchema('3.1.0', { type: ['string', 'null'], const: 'x', if: {} }), want: [] },
    { name: 'a $ref with siblings is not looked into', document: withSchema('3.0.0', { $ref: '#/components/schemas/B', const: 1 }), want: [] },
    {
      name: 'a bare value in examples',
      document: withMedia('3.0.3', { schema: { type: 'string' }, examples: { good: { value: 'a' }, bare: 'b' } }),
      want: [['bare-example-value', '#/paths/~1s/get/responses/200/content/application~1json/examples/bare']],
    },
    {
      name: 'itemSchema before 3.2',
      document: withMedia('3.1.0', { itemSchema: { type: 'string' } }),
      want: [['openapi-3.2-item-schema', '#/paths/~1s/get/responses/200/content/application~1json/itemSchema']],
    },
    { name: 'itemSchema in 3.2: nothing', document: withMedia('3.2.0', { itemSchema: { type: 'string' } }), want: [] },
  ];
  it.each(cases)('$name', ({ document, want }) => {
    const warnings = checkVersionConstructs(document, source(document));
    expect(warnings.map((warning) => [warning.kind.id, warning.location.pointer])).toEqual(want);
    for (const warning of warnings) expect(warning.kind.summary).not.toBe('');
  });
});

describe('readNumericVersion', () => {
  const cases: { name: string; given: Record<string, unknown>; want: Record<string, unknown>; warning?: [pointer: string, message: string] }[] = [
    {
      name: 'swagger: 2.0 unquoted (the number 2)',
      given: { swagger: 2 },
      want: { swagger: '2.0' },
      warning: ['#/swagger', '`swagger` is the number 2 (YAML reads an unquoted version as a number); read as "2.0" (write `swagger: "2.0"`)'],
    },
    { name: 'openapi: 3.0 unquoted (the number 3)', given: { openapi: 3 }, want: { openapi: '3.0.0' }, warning: ['#/openapi', expect.stringContaining('read as "3.0.0"')] },
    { name: 'openapi: 3.1 unquoted', given: { openapi: 3.1 }, want: { openapi: '3.1.0' }, warning: ['#/openapi', expect.stringContaining('read as "3.1.0"')] },
    { name: 'openapi: 3.2 unquoted', given: { openapi: 3.2 }, want: { openapi: '3.2.0' }, warning: ['#/openapi', expect.stringContaining('read as "3.2.0"')] },
    { name: 'a string is left as written', given: { openapi: '3.1.0' }, want: { openapi: '3.1.0' } },
    { name: 'another major is left for the version check to refuse', given: { openapi: 4.0 }, want: { openapi: 4.0 } },
    { name: 'a Swagger 1.2 number is left too', given: { swagger: 1.2 }, want: { swagger: 1.2 } },
    { name: 'openapi: 2 is no OpenAPI version', given: { openapi: 2 }, want: { openapi: 2 } },
  ];
  it.each(cases)('$name', ({ given, want, warning }) => {
    const read = readNumericVersion(given, source(given));
    expect(read.document).toEqual(want);
    expect(read.warnings.map((found) => [found.location.pointer, found.message])).toEqual(warning ? [warning] : []);
    for (const found of read.warnings) expect(found.kind.id).toBe('version-as-number');
  });
});
