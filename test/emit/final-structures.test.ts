/**
 * Which structures have a final form: what the emitters build is read into the preformatted printers, and a
 * structure that sets anything they do not print is declined (undefined), to be printed for Prettier instead.
 */
import type { OptionalKind, MethodDeclarationStructure } from 'ts-morph';
import { describe, expect, it } from 'vitest';
import { finalClass, finalFunction, finalImport, finalInterface, finalTypeAlias, withReturn } from '../../generator/emit/final-structures.ts';
import type { FinalCall } from '../../generator/emit/preformatted-function.ts';
import { PRIVATE } from '../../generator/emit/structure-printer.ts';

const returns: FinalCall = { callee: 'getThing', args: ['client', 'options'] };
const fn = { name: 'getThing', isExported: true, parameters: [{ name: 'client', type: 'APIClient' }], returnType: 'APIPromise<Thing>' };

describe('finalFunction', () => {
  const cases: { name: string; given: Parameters<typeof finalFunction>[0]; want: string | undefined }[] = [
    {
      name: 'a plain function',
      given: { ...fn, docs: ['Gets it.'] },
      want: '/** Gets it. */\nexport function getThing(client: APIClient): APIPromise<Thing> {\n  return getThing(client, options);\n}\n',
    },
    {
      name: 'type parameters and a rest parameter',
      given: { ...fn, typeParameters: [{ name: 'T', constraint: 'Model' }], parameters: [{ name: 'args', type: 'T[]', isRestParameter: true }] },
      want: 'export function getThing<T extends Model>(...args: T[]): APIPromise<Thing> {\n  return getThing(client, options);\n}\n',
    },
    { name: 'async: declined', given: { ...fn, isAsync: true }, want: undefined },
    { name: 'docs as a JSDoc structure: declined', given: { ...fn, docs: [{ description: 'Gets it.' }] }, want: undefined },
    { name: 'a parameter with an initializer: declined', given: { ...fn, parameters: [{ name: 'options', type: 'O', initializer: '{}' }] }, want: undefined },
    {
      name: 'an overload that is not exported like its function: declined',
      given: { ...fn, overloads: [{ parameters: [], returnType: 'X', isExported: false, hasDeclareKeyword: true }] },
      want: undefined,
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(finalFunction(given, returns)).toBe(want);
  });
});

describe('finalClass', () => {
  const method = (more: Partial<OptionalKind<MethodDeclarationStructure>> = {}) => withReturn({ name: 'get', parameters: [], returnType: 'P', ...more }, returns);
  const classOf = (more: object, methods: OptionalKind<MethodDeclarationStructure>[] = [method()], calls = new Map(methods.map((added) => [added, returns]))) =>
    finalClass({ name: 'Things', isExported: true, ctors: [{ parameters: [{ name: 'client', type: 'APIClient', isReadonly: true, scope: PRIVATE }] }], methods, ...more }, calls);
  it('a resource class', () => {
    expect(classOf({})).toBe('export class Things {\n  constructor(private readonly client: APIClient) {}\n\n  get(): P {\n    return getThing(client, options);\n  }\n}\n');
  });

  const declined: { name: string; more: object; methods?: OptionalKind<MethodDeclarationStructure>[] }[] = [
    { name: 'a property that is not readonly', more: { properties: [{ name: 'p', type: 'P' }] } },
    { name: 'two constructors', more: { ctors: [{}, {}] } },
    { name: 'a base class', more: { extends: 'Base' } },
    { name: 'a decorator', more: { decorators: [{ name: 'sealed' }] } },
    { name: 'a method whose last statement is not structured', more: {}, methods: [{ name: 'get', statements: ['return 1;'] }] },
    { name: 'a static method', more: {}, methods: [method({ isStatic: true })] },
  ];
  it.each(declined)('$name: declined', ({ more, methods }) => {
    expect(methods ? classOf(more, methods, new Map()) : classOf(more)).toBeUndefined();
  });
});

describe('finalImport, finalInterface and finalTypeAlias', () => {
  const cases: { name: string; given: () => string | undefined; want: string | undefined }[] = [
    { name: 'an import of names', given: () => finalImport({ moduleSpecifier: './m.js', isTypeOnly: true, namedImports: ['A'] }), want: "import type { A } from './m.js';\n" },
    { name: 'a default import: declined', given: () => finalImport({ moduleSpecifier: './m.js', defaultImport: 'm' }), want: undefined },
    { name: 'an import of aliased names: declined', given: () => finalImport({ moduleSpecifier: './m.js', namedImports: [{ name: 'A', alias: 'B' }] }), want: undefined },
    {
      name: 'an interface of plain properties',
      given: () => finalInterface({ name: 'I', isExported: true, properties: [{ name: 'a', type: 'string', hasQuestionToken: true }] }),
      want: 'export interface I {\n  a?: string;\n}\n',
    },
    {
      name: 'an interface that extends another: declined',
      given: () => finalInterface({ name: 'I', extends: ['J'], properties: [{ name: 'a', type: 'string' }] }),
      want: undefined,
    },
    { name: 'a type alias', given: () => finalTypeAlias({ name: 'T', type: '"a" | "b"' }), want: "type T = 'a' | 'b';\n" },
    { name: 'a generic type alias: declined', given: () => finalTypeAlias({ name: 'T', typeParameters: ['K'], type: 'K[]' }), want: undefined },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(given()).toBe(want);
  });
});

describe('withReturn', () => {
  it('writes the structured return after the other statements, for the printer that is not final', () => {
    expect(withReturn({ ...fn, statements: ['const a = 1;'] }, { callee: 'f', args: [{ object: [['a', 'a']] }, 'options'] }).statements).toEqual([
      'const a = 1;',
      'return f({ a: a }, options);',
    ]);
  });
});
