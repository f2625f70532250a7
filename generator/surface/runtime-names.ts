/**
 * The names the generated package's runtime declares, read from its sources (`templates/package/src/core/`,
 * the static files and the client's base class), never copied into a list: a spec may name a schema or an
 * operation after anything the runtime declares, and the surface renames the spec's, not the runtime's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { ts as TypeScript } from 'ts-morph';
import { ts } from '../ts-morph.ts';

const CORE = fileURLToPath(new URL('../../templates/package/src/core/', import.meta.url));

export interface RuntimeNames {
  /** Every top-level name a runtime file exports (types, classes, functions, constants). */
  exported: ReadonlySet<string>;
  /** Members of the client's base class (`request`, `baseURL`, `withResponse`, …): resources must not shadow them. */
  clientMembers: ReadonlySet<string>;
}

/** Top-level exported names and the members of exported classes of one TypeScript source. */
export function declaredNames(fileName: string, text: string): { exported: string[]; classMembers: Map<string, string[]> } {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, false, ts.ScriptKind.TS);
  const exported: string[] = [];
  const classMembers = new Map<string, string[]>();
  const isExported = (node: TypeScript.Node) => ts.canHaveModifiers(node) && (ts.getModifiers(node) ?? []).some((modifier) => modifier.kind === ts.SyntaxKind.ExportKeyword);
  for (const statement of source.statements) {
    if (ts.isExportDeclaration(statement) && statement.exportClause && ts.isNamedExports(statement.exportClause)) {
      for (const element of statement.exportClause.elements) exported.push(element.name.text);
      continue;
    }
    if (!isExported(statement)) continue;
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) exported.push(declaration.name.text);
    } else if (
      (ts.isFunctionDeclaration(statement) ||
        ts.isClassDeclaration(statement) ||
        ts.isInterfaceDeclaration(statement) ||
        ts.isTypeAliasDeclaration(statement) ||
        ts.isEnumDeclaration(statement)) &&
      statement.name
    ) {
      exported.push(statement.name.text);
      if (ts.isClassDeclaration(statement)) {
        const members = statement.members.flatMap((member) => (member.name && (ts.isIdentifier(member.name) || ts.isStringLiteral(member.name)) ? [member.name.text] : []));
        classMembers.set(statement.name.text, members);
      }
    }
  }
  return { exported, classMembers };
}

let cached: RuntimeNames | undefined;

/** Read once per process: the runtime sources do not change while the generator runs. */
export function runtimeNames(): RuntimeNames {
  if (cached) return cached;
  const exported = new Set<string>();
  let clientMembers: string[] = [];
  for (const name of readdirSync(CORE).sort()) {
    if (!name.endsWith('.ts') && !name.endsWith('.ts.hbs')) continue;
    // The base class is a Handlebars template: its `{{{value}}}` expressions become a literal and its `{{…}}` blocks vanish.
    const text = readFileSync(CORE + name, 'utf8')
      .replace(/\{\{\{[^}]*\}\}\}/g, 'null')
      .replace(/\{\{[^}]*\}\}/g, '');
    const names = declaredNames(name, text);
    for (const declared of names.exported) exported.add(declared);
    clientMembers = [...clientMembers, ...(names.classMembers.get('BaseClient') ?? [])];
  }
  cached = { exported, clientMembers: new Set(clientMembers) };
  return cached;
}
