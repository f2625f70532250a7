import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { declaredNames, runtimeNames } from '../../generator/surface/runtime-names.ts';
import { ROOT } from '../helpers/golden-cases.ts';

describe('declaredNames', () => {
  it.each([
    ['export interface A {}', ['A']],
    ['export type B = string;\ntype Hidden = number;', ['B']],
    ['export const c = 1;\nconst e = 3;', ['c']],
    ['export async function f() {}', ['f']],
    ['export function* g() {}', ['g']],
    ['export class G {\n  h() {}\n}', ['G']],
    ['function i() {}\nexport { i, j as k, type L };', ['i', 'k', 'L']],
    ['export type { M } from "./m.js";', ['M']],
    ['export namespace N {\n  export const inner = 1;\n}', ['N']],
    ['export enum E {\n  A,\n}', ['E']],
    ['  export const indented = 1;', []],
  ])('%s → %j', (source, want) => expect(declaredNames(source).exported).toEqual(want));

  it.each([
    [
      'fields, methods and accessors, not #private ones or the constructor',
      'export class C {\n  readonly a = 1;\n  #b = 2;\n  constructor() {}\n  c() {}\n  get d() {\n    return 1;\n  }\n  private e?: string;\n  async f<T>(\n    x: T,\n  ) {}\n}',
      ['a', 'c', 'd', 'e', 'f'],
    ],
    ['only the members, not what their bodies hold', 'export class C {\n  m() {\n    const inner = 1;\n  }\n}\nexport const after = 1;', ['m']],
  ])('class members: %s', (_, source, want) => {
    expect(declaredNames(source).classMembers.get('C')).toEqual(want);
  });

  it('the class each class extends', () => {
    expect(declaredNames('export class C extends Base {\n  m() {}\n}\nexport abstract class Base {}').classBases).toEqual(new Map([['C', 'Base']]));
  });
});

/** What TypeScript's parser says a source declares: the oracle the line reading must agree with. */
function parsedNames(text: string): { exported: string[]; classMembers: Map<string, string[]>; classBases: Map<string, string> } {
  const source = ts.createSourceFile('x.ts', text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const exported: string[] = [];
  const classMembers = new Map<string, string[]>();
  const classBases = new Map<string, string>();
  const isExported = (node: ts.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) exported.push(element.name.text);
    } else if (isExported(statement) && ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) exported.push(declaration.name.text);
    } else if (isExported(statement) && 'name' in statement && statement.name && ts.isIdentifier(statement.name as ts.Node)) {
      exported.push((statement.name as ts.Identifier).text);
      if (ts.isClassDeclaration(statement)) {
        const members = statement.members.flatMap((member) => (member.name && ts.isIdentifier(member.name) ? [member.name.text] : []));
        classMembers.set(statement.name!.text, members);
        const base = statement.heritageClauses?.find((clause) => clause.token === ts.SyntaxKind.ExtendsKeyword)?.types[0]?.expression;
        if (base && ts.isIdentifier(base)) classBases.set(statement.name!.text, base.text);
      }
    }
  }
  return { exported, classMembers, classBases };
}

describe('declaredNames on the runtime sources', () => {
  const core = join(ROOT, 'templates/package/src/core');
  const files = readdirSync(core).filter((name) => name.endsWith('.ts') || name.endsWith('.ts.hbs'));
  it.each(files)('%s: the same names as TypeScript’s parser finds', (name) => {
    const text = readFileSync(join(core, name), 'utf8')
      .replace(/\{\{\{[^}]*\}\}\}/g, 'null')
      .replace(/\{\{[^}]*\}\}/g, '');
    expect(declaredNames(text)).toEqual(parsedNames(text));
  });
});

describe('runtimeNames', () => {
  it('reads the runtime sources, the base-client template included, and the client’s members from the classes it extends', () => {
    const { exported, clientMembers } = runtimeNames();
    for (const name of ['APIPromise', 'toFile', 'APIError', 'isAPIError', 'Stream', 'WaitOptions', 'BaseClient', 'ClientOptions']) expect(exported, name).toContain(name);
    for (const member of ['request', 'withResponse', 'asResponse', 'baseURL', 'timeout', 'maxRetries', 'toJSON']) expect(clientMembers, member).toContain(member);
  });
});
