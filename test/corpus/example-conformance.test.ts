/** Examples conformance of one document: the statement per example, the figures, and a check against a real package. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ARRIVES_DECLARATIONS,
  checkExamples,
  describeConformance,
  exampleStatement,
  readSpecDocument,
  type ConformanceResult,
  type OperationRef,
} from '../../scripts/corpus/example-conformance.ts';
import type { DocumentExample } from '../../scripts/corpus/example-oracle.ts';
import { generate } from '../../generator/pipeline.ts';
import { tempDir } from '../helpers/run-cli.ts';
import { describeTypeCases } from '../helpers/type-cases.ts';

const base: DocumentExample = {
  id: 'x',
  method: 'post',
  pathKey: '/pets',
  kind: 'request',
  mediaType: 'application/json',
  name: 'example',
  value: { name: 'Rex' },
  pointer: '#/x',
  schemaPointer: '#/y',
};

describe('exampleStatement: one line per example', () => {
  it.each([
    [base, 'createPet', 3, `export const example3: Operations["createPet"]['body'] = {"name":"Rex"};`],
    [
      { ...base, kind: 'response' as const, status: '200', value: [1] },
      'listPets',
      0,
      `export const example0: Operations["listPets"]['responses']["200"] = arrives<Operations["listPets"]['responses']["200"]>()([1]);`,
    ],
    [{ ...base, value: undefined }, 'a"b', 1, `export const example1: Operations["a\\"b"]['body'] = undefined;`],
  ])('%#', (example, operation, index, want) => expect(exampleStatement(example, operation, index)).toBe(want));
});

/** A response example is checked as a member of its type: undeclared properties do not matter, declared ones do. */
const member = (type: string, value: string) => `type T = ${type};\nexport const value: T = arrives<T>()(${value});`;
describeTypeCases('arrives<T>()(value): a response example as a value of T', 'example-conformance-arrives', ARRIVES_DECLARATIONS.join('\n'), [
  { name: 'all-optional type, only undeclared properties', code: member('{ a?: string }', '{ b: 1 }'), compiles: true },
  { name: 'nested all-optional type, only undeclared properties', code: member('{ data?: { id?: string } }', '{ data: { trip: { id: 1 } } }'), compiles: true },
  { name: 'undeclared properties beside declared ones', code: member('{ id: number }', '{ id: 1, extra: [true] }'), compiles: true },
  { name: 'a required property missing', code: member('{ id: number }', '{ extra: 1 }'), compiles: false, error: "Property 'id' is missing" },
  { name: 'a declared property of another type', code: member('{ a?: string }', '{ a: 1, b: 2 }'), compiles: false },
  { name: 'deep in an array', code: member('{ a?: string }[]', "[{ a: 'x' }, { a: 2 }]"), compiles: false },
  { name: 'an enum value listed', code: member("{ s: 'on' | 'off' }", "{ s: 'on' }"), compiles: true },
  { name: 'an enum value not listed', code: member("{ s: 'on' | 'off' }", "{ s: 'up' }"), compiles: false },
  { name: 'a union member, with an undeclared property', code: member("{ kind: 'a'; x: number } | { kind: 'b'; y: string }", "{ kind: 'b', y: 'v', z: 1 }"), compiles: true },
  { name: 'a property of the other union member only', code: member("{ kind: 'a'; x: number } | { kind: 'b'; y: string }", "{ kind: 'b', x: 1 }"), compiles: false },
  { name: 'an index signature keeps every key', code: member('{ [key: string]: number }', "{ a: 1, b: 'x' }"), compiles: false },
  { name: 'unknown takes anything', code: member('unknown', '{ anything: [1, { a: null }] }'), compiles: true },
  { name: 'null where nullable', code: member('{ a: string | null }', '{ a: null }'), compiles: true },
  { name: 'an array into a mutable array type', code: member('{ tags: string[] }', "{ tags: ['a', 'b'] }"), compiles: true },
]);

describe('describeConformance', () => {
  const result = (extra: Partial<ConformanceResult> = {}): ConformanceResult => ({
    request: { accepted: 3, compiled: 3, rejected: 1 },
    response: { accepted: 5, compiled: 4, rejected: 0 },
    failures: [],
    rejected: [],
    unjudged: [],
    packageErrors: [],
    ...extra,
  });
  it.each([
    [result(), "requests 3/3, responses 4/5 compile (1 rejected by the spec's own schema)"],
    [result({ request: { accepted: 0, compiled: 0, rejected: 0 }, unjudged: [{ example: base, reason: 'r' }] }), 'requests 0/0, responses 4/5 compile (1 not judged)'],
  ])('%#', (given, want) => expect(describeConformance(given)).toBe(want));
});

describe('checkExamples against a generated package', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  let spec: string;
  let operations: OperationRef[];
  const packageDir = () => join(work.path, 'package');
  beforeAll(async () => {
    work = await tempDir('examples-conformance-');
    spec = join(work.path, 'pets.yaml');
    await writeFile(
      spec,
      `openapi: 3.0.3
info: { title: Pets, version: 1.0.0 }
paths:
  /pets:
    post:
      operationId: createPet
      requestBody:
        content:
          application/json:
            schema: { $ref: '#/components/schemas/NewPet' }
            examples:
              good: { value: { name: Rex, tag: null } }
              wrong: { value: { name: 7 } }
      responses:
        '201':
          description: created
          content: { application/json: { schema: { $ref: '#/components/schemas/Pet' }, example: { id: 1, name: Rex, extra: true } } }
    get:
      operationId: listPets
      responses:
        '200':
          description: the pets
          content: { application/json: { schema: { type: array, items: { $ref: '#/components/schemas/Pet' } }, example: [{ id: 1, name: Rex }] } }
components:
  schemas:
    NewPet: { type: object, required: [name], properties: { name: { type: string }, tag: { type: string, nullable: true } } }
    Pet: { type: object, required: [id, name], properties: { id: { type: integer }, name: { type: string } } }
`,
    );
    const generated = await generate({ spec, output: packageDir(), settings: {}, settingsSource: 'command line' });
    operations = generated.api.operations.map(({ name, method, pathKey }) => ({ name, method: method.toUpperCase(), pathKey }));
  }, 120_000);
  afterAll(async () => work?.remove());

  it('compiles what the schema accepts and only that', () => {
    const result = checkExamples(readSpecDocument(spec), operations, packageDir(), join(work.path, 'check'));
    expect(result).toMatchObject({
      request: { accepted: 1, compiled: 1, rejected: 1 },
      response: { accepted: 2, compiled: 2, rejected: 0 },
      failures: [],
      unjudged: [],
      packageErrors: [],
    });
    expect(result.rejected.map(({ example, reason }) => `${example.id}: ${reason}`)).toEqual(['POST /pets request "wrong": /name must be string']);
  });

  it('a schema-valid example that does not compile is a failure with the compiler message', () => {
    // The request example checked against another operation's (bodiless) type, as a generator bug would make it.
    const swapped = operations.map((operation) => (operation.method === 'POST' ? { ...operation, name: 'listPets' } : operation));
    const result = checkExamples(readSpecDocument(spec), swapped, packageDir(), join(work.path, 'check-swapped'));
    expect(result.failures.map(({ example }) => example.id)).toEqual(['POST /pets request "good"', 'POST /pets 201 "example"']);
    expect(result.failures[0]!.message).toMatch(/not assignable to type 'never'/);
    expect(result.request.compiled).toBe(0);
  });

  it('an example of an operation the package lacks is a failure', () => {
    const result = checkExamples(readSpecDocument(spec), [], packageDir(), join(work.path, 'check-none'));
    expect(result.failures.map(({ message }) => message)).toEqual(Array(3).fill('the package has no operation for it'));
  });
});
