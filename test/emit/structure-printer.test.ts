/**
 * Statement structures printed without ts-morph: each kind as the table wants it, declined where a structure sets
 * what the printer does not print, and equal to ts-morph's own printing (leading blanks aside, which Prettier
 * replaces) for every statement the generator emits for the gateway, the golden fixtures and the quick corpus.
 */
import type { StatementStructures } from 'ts-morph';
import { Scope, StructureKind, VariableDeclarationKind, printStructure } from 'ts-morph';
import { describe, expect, it, vi } from 'vitest';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';
import { CONST, PRIVATE, printStatements, STRUCTURE_KIND } from '../../generator/emit/structure-printer.ts';
import { emitted, realSpecs } from '../helpers/real-specs.ts';

// Nothing is printed in its final form here, so that every statement of the real specs reaches the printer.
vi.mock('../../generator/emit/preformatted-function.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../generator/emit/preformatted-function.ts')>()),
  preformattedFunction: () => undefined,
  preformattedClass: () => undefined,
}));
vi.mock('../../generator/emit/preformatted.ts', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../generator/emit/preformatted.ts')>()),
  preformattedImport: () => undefined,
  preformattedInterface: () => undefined,
  preformattedTypeAlias: () => undefined,
}));

describe('printStatements', () => {
  const cases: { name: string; given: StatementStructures[]; want: string }[] = [
    {
      name: 'imports and exports, one per line',
      given: [
        { kind: STRUCTURE_KIND.ImportDeclaration, isTypeOnly: true, namedImports: ['A', 'B'], moduleSpecifier: './m.js' },
        { kind: STRUCTURE_KIND.ImportDeclaration, namedImports: ['c'], moduleSpecifier: '../c.js' },
      ],
      want: 'import type { A, B } from "./m.js";\nimport { c } from "../c.js";\n',
    },
    {
      name: 'export of names (type-only among them), of everything, of every type',
      given: [
        { kind: STRUCTURE_KIND.ExportDeclaration, namedExports: ['X', { name: 'Y', isTypeOnly: true }], moduleSpecifier: './x.js' },
        { kind: STRUCTURE_KIND.ExportDeclaration, moduleSpecifier: './all.js' },
        { kind: STRUCTURE_KIND.ExportDeclaration, isTypeOnly: true, moduleSpecifier: './models.js' },
      ],
      want: 'export { X, type Y } from "./x.js";\nexport * from "./all.js";\nexport type * from "./models.js";\n',
    },
    {
      name: 'an interface with docs on one line and on several',
      given: [
        {
          kind: STRUCTURE_KIND.Interface,
          name: 'A',
          isExported: true,
          docs: ['One line.'],
          properties: [
            { name: 'id', type: 'string', isReadonly: true },
            { name: '"x-y"', type: 'number', hasQuestionToken: true, docs: ['First.\n\nSecond.'] },
          ],
        },
      ],
      want: '/** One line. */\nexport interface A {\n    readonly id: string;\n    /**\n     * First.\n     *\n     * Second.\n     */\n    "x-y"?: number;\n}\n',
    },
    {
      name: 'a type alias and a variable statement',
      given: [
        { kind: STRUCTURE_KIND.TypeAlias, name: 'T', type: 'A | B', typeParameters: [{ name: 'K', constraint: 'string' }] },
        { kind: STRUCTURE_KIND.VariableStatement, isExported: true, declarationKind: CONST, declarations: [{ name: 'v', type: 'readonly string[]', initializer: '[]' }] },
      ],
      want: 'type T<K extends string> = A | B;\nexport const v: readonly string[] = [];\n',
    },
    {
      name: 'a function: exported overloads, never async; a blank line after a statement that ends with }',
      given: [
        {
          kind: STRUCTURE_KIND.Function,
          name: 'f',
          isExported: true,
          isAsync: true,
          overloads: [{ docs: ['Overload.'], parameters: [{ name: 'a', type: 'string' }], returnType: 'Promise<1>' }],
          parameters: [
            { name: 'a', type: 'unknown' },
            { name: 'options', type: 'O', initializer: '{}' },
            { name: 'rest', type: 'never[]', isRestParameter: true },
          ],
          returnType: 'Promise<unknown>',
          statements: ['if (a) {\nreturn 1;\n}', 'return 2;'],
        },
      ],
      want:
        '/** Overload. */\nexport function f(a: string): Promise<1>;\n' +
        'export async function f(a: unknown, options: O = {}, ...rest: never[]): Promise<unknown> {\n    if (a) {\n    return 1;\n    }\n\n    return 2;\n}\n',
    },
    {
      name: 'a class: properties, a blank line, the constructor, a blank line between methods',
      given: [
        {
          kind: STRUCTURE_KIND.Class,
          name: 'Things',
          isExported: true,
          extends: 'Base',
          properties: [{ name: 'sub', type: 'Sub', isReadonly: true }],
          ctors: [{ parameters: [{ name: 'client', type: 'APIClient', isReadonly: true, scope: PRIVATE }], statements: ['this.sub = new Sub(client);'] }],
          methods: [
            { name: 'list', parameters: [{ name: 'options', type: 'O', hasQuestionToken: true }], returnType: 'P', statements: 'return list(this.client, options);' },
            {
              name: 'get',
              overloads: [{ parameters: [{ name: 'id', type: 'string' }], returnType: 'P' }],
              parameters: [{ name: 'args', type: 'unknown[]', isRestParameter: true }],
              statements: [],
            },
          ],
        },
      ],
      want:
        'export class Things extends Base {\n    readonly sub: Sub;\n\n    constructor(private readonly client: APIClient) {\n        this.sub = new Sub(client);\n    }\n\n' +
        '    list(options?: O): P {\n        return list(this.client, options);\n    }\n\n    get(id: string): P;\n    get(...args: unknown[]) {\n    }\n}\n',
    },
    {
      name: 'a blank line before a function, class or interface after another statement',
      given: [
        { kind: STRUCTURE_KIND.TypeAlias, name: 'T', type: 'string' },
        { kind: STRUCTURE_KIND.Function, name: 'f', statements: [] },
      ],
      want: 'type T = string;\n\nfunction f() {\n}\n',
    },
    {
      name: 'JSDoc as ts-morph writes it: one space before */, a leading empty line left out',
      given: [
        { kind: STRUCTURE_KIND.TypeAlias, name: 'A', type: 'string', docs: ['Ends with a space. '] },
        { kind: STRUCTURE_KIND.TypeAlias, name: 'B', type: 'string', docs: ['\nAfter an empty line.'] },
      ],
      want: '/** Ends with a space. */\ntype A = string;\n/**\n * After an empty line.\n */\ntype B = string;\n',
    },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(printStatements(given)).toBe(want);
  });

  const declined: { name: string; given: StatementStructures }[] = [
    { name: 'a generator function', given: { kind: STRUCTURE_KIND.Function, name: 'f', isGenerator: true } },
    { name: 'a class with decorators', given: { kind: STRUCTURE_KIND.Class, name: 'C', decorators: [{ name: 'd' }] } },
    { name: 'docs given as a JSDoc structure', given: { kind: STRUCTURE_KIND.TypeAlias, name: 'T', type: 'string', docs: [{ description: 'd' }] } },
    { name: 'an interface with a method', given: { kind: STRUCTURE_KIND.Interface, name: 'I', methods: [{ name: 'm' }] } },
    { name: 'a statement written by a writer function', given: { kind: STRUCTURE_KIND.Function, name: 'f', statements: [(writer) => writer.write('x;')] } },
    { name: 'an enum', given: { kind: StructureKind.Enum, name: 'E' } },
  ];
  it.each(declined)('declines $name (ts-morph prints it)', ({ given }) => {
    expect(printStatements([given])).toBeUndefined();
  });

  it('SourceBuilder has ts-morph print what the printer declines', () => {
    const file = new SourceBuilder();
    file.addFunction({ name: 'f', isGenerator: true, statements: ['yield 1;'] });
    expect(file.text('')).toBe('function* f() {\n    yield 1;\n}\n');
  });
});

describe('the values the printer writes for ts-morph', () => {
  it('are ts-morph’s', () => {
    expect(STRUCTURE_KIND).toEqual({
      Class: StructureKind.Class,
      ExportDeclaration: StructureKind.ExportDeclaration,
      Function: StructureKind.Function,
      ImportDeclaration: StructureKind.ImportDeclaration,
      Interface: StructureKind.Interface,
      TypeAlias: StructureKind.TypeAlias,
      VariableStatement: StructureKind.VariableStatement,
    });
    expect(CONST).toBe(VariableDeclarationKind.Const);
    expect(PRIVATE).toBe(Scope.Private);
  });
});

describe('every statement of real specs', () => {
  it('prints as ts-morph prints it, leading blanks aside, for the gateway, every golden fixture and the cached quick corpus', async () => {
    // The whole corpus (216 documents, 16,661 runs of statements) was checked the same way when the printer was written.
    const runs: StatementStructures[][] = [];
    const print = vi.spyOn(SourceBuilder.prototype, 'print').mockImplementation(function (this: SourceBuilder) {
      for (const statement of this.statements) {
        if (statement.kind === 'final') continue;
        const last = runs.at(-1);
        const sameRun = last?.[0]!.kind === statement.kind && (statement.kind === STRUCTURE_KIND.ImportDeclaration || statement.kind === STRUCTURE_KIND.ExportDeclaration);
        if (sameRun) last!.push(statement);
        else runs.push([statement]);
      }
      return [];
    });
    try {
      for (const real of await realSpecs()) await emitted(real);
    } finally {
      print.mockRestore();
    }
    const withoutIndent = (text: string | undefined) => text?.replace(/^[ \t]+/gm, '');
    const differing = runs.filter((run) => withoutIndent(printStatements(run)) !== withoutIndent(printStructure({ kind: StructureKind.SourceFile, statements: run })));
    expect(runs.length).toBeGreaterThan(500);
    expect(differing.map((run) => printStructure({ kind: StructureKind.SourceFile, statements: run }).slice(0, 200))).toEqual([]);
  }, 180_000);
});
