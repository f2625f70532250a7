/**
 * Prints the statement structures SourceBuilder collects (ts-morph's structure types) as TypeScript for Prettier
 * to format, without ts-morph: loading it (and the TypeScript compiler it bundles) took about 0.13 s of every
 * run, and its writer, which reads every character it writes, about 0.17 s of the gateway's emit.
 *
 * The layout is ts-morph's in everything the formatted output depends on: the same tokens, comments, line breaks
 * and blank lines (Prettier keeps a blank line between statements or class members, and the blank line ts-morph
 * puts after a statement that ends with `}`). Indentation is the one difference, and Prettier replaces it: the
 * emitters write no template literal and no block comment but JSDoc, whose lines Prettier re-indents.
 * test/emit/structure-printer.test.ts holds every statement of the gateway and the golden fixtures to
 * ts-morph's output, line by line with leading blanks aside.
 *
 * Only the properties the emitters set are printed; a structure that sets any other (or docs that are not plain
 * text) is not printed here (undefined), and SourceBuilder hands it to ts-morph's own printer.
 */
import type {
  ClassDeclarationStructure,
  ConstructorDeclarationStructure,
  ExportDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  JSDocableNodeStructure,
  MethodDeclarationStructure,
  OptionalKind,
  ParameterDeclarationStructure,
  PropertyDeclarationStructure,
  PropertySignatureStructure,
  StatementStructures,
  StatementedNodeStructure,
  Scope,
  StructureKind,
  TypeAliasDeclarationStructure,
  TypeParameterDeclarationStructure,
  VariableStatementStructure,
  FunctionDeclarationOverloadStructure,
  VariableDeclarationKind,
} from 'ts-morph';

/** ts-morph's `StructureKind` values of the statements SourceBuilder collects (a test holds them to ts-morph's). */
export const STRUCTURE_KIND = {
  Class: 2 as StructureKind.Class,
  ExportDeclaration: 11 as StructureKind.ExportDeclaration,
  Function: 13 as StructureKind.Function,
  ImportDeclaration: 16 as StructureKind.ImportDeclaration,
  Interface: 19 as StructureKind.Interface,
  TypeAlias: 38 as StructureKind.TypeAlias,
  VariableStatement: 41 as StructureKind.VariableStatement,
} as const;

/** ts-morph's `VariableDeclarationKind.Const` and `Scope.Private` (string enums), without loading ts-morph. */
export const CONST = 'const' as VariableDeclarationKind.Const;
export const PRIVATE = 'private' as Scope.Private;

const INDENT = '    ';

/** Lines being written at an indentation level. */
class Lines {
  readonly lines: string[] = [];
  private level = 0;

  /** Writes `text` (several lines when it has line breaks) as new lines at the current level. */
  write(text: string): void {
    const pad = INDENT.repeat(this.level);
    // A text's own final line break ends its line, as it does in ts-morph's writer (it adds no blank line).
    for (const line of text.replace(/\r?\n$/, '').split(/\r?\n/)) this.lines.push(line ? pad + line : '');
  }

  blank(): void {
    if (this.lines.length && this.lines[this.lines.length - 1] !== '') this.lines.push('');
  }

  /** `{`, the block's lines one level deeper, `}`. */
  block(head: string, body: () => void): void {
    this.write(`${head} {`);
    this.level++;
    body();
    this.level--;
    this.write('}');
  }

  /** Whether the last line that is not blank ends with `}` (ts-morph then leaves a blank line before a statement). */
  endsWithBrace(): boolean {
    for (let index = this.lines.length - 1; index >= 0; index--) {
      const line = this.lines[index].trimEnd();
      if (line) return line.endsWith('}');
    }
    return false;
  }
}

/** Whether a structure sets only the given properties (an empty list, a false flag or an absent value sets nothing). */
function setsOnly(structure: object, allowed: readonly string[]): boolean {
  return Object.entries(structure).every(
    ([key, value]) => key === 'kind' || allowed.includes(key) || value === undefined || value === false || (Array.isArray(value) && !value.length),
  );
}

/** The docs of a structure as plain texts, or undefined when one is a JSDoc structure or writer. */
function docTexts(structure: JSDocableNodeStructure): string[] | undefined {
  const docs = structure.docs ?? [];
  return docs.every((doc): doc is string => typeof doc === 'string') ? docs : undefined;
}

/**
 * A JSDoc block as ts-morph writes it: on one line when the text is one line (one space before `*\/`, the text's
 * own trailing space counting), else a ` * ` line per line of the text (its first line left out when empty).
 */
function jsDoc(text: string): string {
  const lines = text.split(/\r?\n/);
  if (lines.length <= 1) return `/** ${text}${text.endsWith(' ') ? '' : ' '}*/`;
  if (lines[0] === '') lines.shift();
  return ['/**', ...lines.map((line) => (line ? ` * ${line}` : ' *')), ' */'].join('\n');
}

/** Whether ts-morph prints a type, initializer or clause text: it leaves out one that is empty or blank. */
const present = (text: string | undefined): text is string => text !== undefined && text.trim() !== '';

function writeDocs(out: Lines, structure: JSDocableNodeStructure): boolean {
  const docs = docTexts(structure);
  if (!docs) return false;
  for (const doc of docs) out.write(jsDoc(doc));
  return true;
}

/** A string argument of ts-morph's `writer.quote`: in double quotes, escaped. */
function quoted(text: string): string {
  return `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r?\n/g, '\\n')}"`;
}

const PARAMETER_KEYS = ['name', 'type', 'hasQuestionToken', 'initializer', 'isRestParameter', 'isReadonly', 'scope'] as const;

function parameters(list: OptionalKind<ParameterDeclarationStructure>[] = []): string | undefined {
  const printed: string[] = [];
  for (const parameter of list) {
    if (!setsOnly(parameter, PARAMETER_KEYS) || (typeof parameter.type !== 'string' && parameter.type !== undefined)) return undefined;
    if (parameter.initializer !== undefined && typeof parameter.initializer !== 'string') return undefined;
    const modifiers = `${parameter.scope ? `${parameter.scope} ` : ''}${parameter.isReadonly ? 'readonly ' : ''}`;
    // ts-morph writes `any` for an optional parameter without a type.
    const type = parameter.type ?? (parameter.hasQuestionToken ? 'any' : undefined);
    printed.push(
      `${modifiers}${parameter.isRestParameter ? '...' : ''}${parameter.name}${parameter.hasQuestionToken ? '?' : ''}${present(type) ? `: ${type}` : ''}${
        present(parameter.initializer) ? ` = ${parameter.initializer}` : ''
      }`,
    );
  }
  return `(${printed.join(', ')})`;
}

function typeParameters(list: (string | OptionalKind<TypeParameterDeclarationStructure>)[] = []): string | undefined {
  if (!list.length) return '';
  const printed: string[] = [];
  for (const parameter of list) {
    if (typeof parameter === 'string') printed.push(parameter);
    else if (!setsOnly(parameter, ['name', 'constraint']) || (parameter.constraint !== undefined && typeof parameter.constraint !== 'string')) return undefined;
    else printed.push(`${parameter.name}${present(parameter.constraint) ? ` extends ${parameter.constraint}` : ''}`);
  }
  return `<${printed.join(', ')}>`;
}

/** `name<T>(params): R` of a function, method or overload. */
function signature(structure: Pick<FunctionDeclarationOverloadStructure, 'typeParameters' | 'parameters' | 'returnType'>): string | undefined {
  const types = typeParameters(structure.typeParameters);
  const params = parameters(structure.parameters);
  if (types === undefined || params === undefined || (structure.returnType !== undefined && typeof structure.returnType !== 'string')) return undefined;
  return `${types}${params}${present(structure.returnType) ? `: ${structure.returnType}` : ''}`;
}

/** The statements of a body, with the blank line ts-morph leaves after one that ends with `}`. */
function writeStatements(out: Lines, statements: StatementedNodeStructure['statements']): boolean {
  if (statements === undefined) return true;
  if (typeof statements === 'string') {
    out.write(statements);
    return true;
  }
  if (!Array.isArray(statements)) return false;
  let first = true;
  for (const statement of statements) {
    if (typeof statement !== 'string') return false;
    if (!first && out.endsWithBrace()) out.blank();
    out.write(statement);
    first = false;
  }
  return true;
}

const OVERLOAD_KEYS = ['docs', 'parameters', 'returnType', 'typeParameters'] as const;

function writeFunction(out: Lines, structure: OptionalKind<FunctionDeclarationStructure>): boolean {
  if (!setsOnly(structure, ['name', 'isExported', 'isAsync', 'docs', 'overloads', 'parameters', 'returnType', 'statements', 'typeParameters'])) return false;
  const exported = structure.isExported ? 'export ' : '';
  for (const overload of structure.overloads ?? []) {
    // An overload is exported with its function (ts-morph copies `isExported` to it), never async.
    const head = signature(overload);
    if (!setsOnly(overload, OVERLOAD_KEYS) || head === undefined || !writeDocs(out, overload)) return false;
    out.write(`${exported}function ${structure.name}${head};`);
  }
  const head = signature(structure);
  if (head === undefined || !writeDocs(out, structure)) return false;
  let written = true;
  out.block(`${exported}${structure.isAsync ? 'async ' : ''}function ${structure.name}${head}`, () => {
    written = writeStatements(out, structure.statements);
  });
  return written;
}

function writeMethod(out: Lines, method: OptionalKind<MethodDeclarationStructure>): boolean {
  if (!setsOnly(method, ['name', 'docs', 'overloads', 'parameters', 'returnType', 'statements', 'typeParameters'])) return false;
  for (const overload of method.overloads ?? []) {
    const head = signature(overload);
    if (!setsOnly(overload, OVERLOAD_KEYS) || head === undefined || !writeDocs(out, overload)) return false;
    out.write(`${method.name}${head};`);
  }
  const head = signature(method);
  if (head === undefined || !writeDocs(out, method)) return false;
  let written = true;
  out.block(`${method.name}${head}`, () => {
    written = writeStatements(out, method.statements);
  });
  return written;
}

function writeConstructor(out: Lines, ctor: OptionalKind<ConstructorDeclarationStructure>): boolean {
  const params = parameters(ctor.parameters);
  if (!setsOnly(ctor, ['parameters', 'statements']) || params === undefined) return false;
  let written = true;
  out.block(`constructor${params}`, () => {
    written = writeStatements(out, ctor.statements);
  });
  return written;
}

function writeClass(out: Lines, structure: OptionalKind<ClassDeclarationStructure>): boolean {
  if (!setsOnly(structure, ['name', 'isExported', 'docs', 'extends', 'properties', 'ctors', 'methods'])) return false;
  if ((structure.extends !== undefined && typeof structure.extends !== 'string') || !writeDocs(out, structure)) return false;
  let written = true;
  const head = `${structure.isExported ? 'export ' : ''}class ${structure.name}${present(structure.extends) ? ` extends ${structure.extends}` : ''}`;
  out.block(head, () => {
    let first = true;
    // Properties one per line; a blank line before the constructor and before and between the methods.
    for (const property of structure.properties ?? []) written &&= writeProperty(out, property);
    if (structure.properties?.length) first = false;
    for (const ctor of structure.ctors ?? []) {
      if (!first) out.blank();
      written &&= writeConstructor(out, ctor);
      first = false;
    }
    for (const method of structure.methods ?? []) {
      if (!first) out.blank();
      written &&= writeMethod(out, method);
      first = false;
    }
  });
  return written;
}

function writeProperty(out: Lines, property: OptionalKind<PropertyDeclarationStructure>): boolean {
  if (!setsOnly(property, ['name', 'type', 'isReadonly', 'docs']) || (property.type !== undefined && typeof property.type !== 'string')) return false;
  if (!writeDocs(out, property)) return false;
  out.write(`${property.isReadonly ? 'readonly ' : ''}${property.name}${present(property.type) ? `: ${property.type}` : ''};`);
  return true;
}

function writeInterface(out: Lines, structure: OptionalKind<InterfaceDeclarationStructure>): boolean {
  if (!setsOnly(structure, ['name', 'isExported', 'docs', 'properties']) || !writeDocs(out, structure)) return false;
  let written = true;
  out.block(`${structure.isExported ? 'export ' : ''}interface ${structure.name}`, () => {
    for (const property of structure.properties ?? []) written &&= writePropertySignature(out, property);
  });
  return written;
}

function writePropertySignature(out: Lines, property: OptionalKind<PropertySignatureStructure>): boolean {
  if (!setsOnly(property, ['name', 'type', 'hasQuestionToken', 'isReadonly', 'docs']) || (property.type !== undefined && typeof property.type !== 'string')) return false;
  if (!writeDocs(out, property)) return false;
  out.write(`${property.isReadonly ? 'readonly ' : ''}${property.name}${property.hasQuestionToken ? '?' : ''}${present(property.type) ? `: ${property.type}` : ''};`);
  return true;
}

function writeTypeAlias(out: Lines, structure: OptionalKind<TypeAliasDeclarationStructure>): boolean {
  const types = typeParameters(structure.typeParameters);
  if (!setsOnly(structure, ['name', 'isExported', 'docs', 'type', 'typeParameters']) || types === undefined || typeof structure.type !== 'string') return false;
  if (!writeDocs(out, structure)) return false;
  out.write(`${structure.isExported ? 'export ' : ''}type ${structure.name}${types}${present(structure.type) ? ` = ${structure.type}` : ''};`);
  return true;
}

function writeVariableStatement(out: Lines, structure: OptionalKind<VariableStatementStructure>): boolean {
  if (!setsOnly(structure, ['isExported', 'declarationKind', 'docs', 'declarations']) || !structure.declarations.length || !writeDocs(out, structure)) return false;
  const declarations: string[] = [];
  for (const declaration of structure.declarations) {
    if (!setsOnly(declaration, ['name', 'type', 'initializer'])) return false;
    if ((declaration.type !== undefined && typeof declaration.type !== 'string') || (declaration.initializer !== undefined && typeof declaration.initializer !== 'string'))
      return false;
    declarations.push(`${declaration.name}${present(declaration.type) ? `: ${declaration.type}` : ''}${present(declaration.initializer) ? ` = ${declaration.initializer}` : ''}`);
  }
  out.write(`${structure.isExported ? 'export ' : ''}${structure.declarationKind ?? 'let'} ${declarations.join(', ')};`);
  return true;
}

function writeImport(out: Lines, structure: OptionalKind<ImportDeclarationStructure>): boolean {
  const names = structure.namedImports ?? [];
  if (!setsOnly(structure, ['moduleSpecifier', 'isTypeOnly', 'namedImports']) || !Array.isArray(names) || !names.every((name) => typeof name === 'string')) return false;
  const named = names.length ? ` { ${names.join(', ')} } from` : '';
  out.write(`import${structure.isTypeOnly ? ' type' : ''}${named} ${quoted(structure.moduleSpecifier)};`);
  return true;
}

function writeExport(out: Lines, structure: OptionalKind<ExportDeclarationStructure>): boolean {
  const names = structure.namedExports ?? [];
  if (!setsOnly(structure, ['moduleSpecifier', 'isTypeOnly', 'namedExports']) || !Array.isArray(names) || !structure.moduleSpecifier) return false;
  const specifiers: string[] = [];
  for (const name of names) {
    if (typeof name === 'string') specifiers.push(name);
    else if (typeof name === 'object' && setsOnly(name, ['name', 'isTypeOnly'])) specifiers.push(`${name.isTypeOnly ? 'type ' : ''}${name.name}`);
    else return false;
  }
  const what = specifiers.length ? `{ ${specifiers.join(', ')} }` : '*';
  out.write(`export${structure.isTypeOnly ? ' type' : ''} ${what} from ${quoted(structure.moduleSpecifier)};`);
  return true;
}

function writeStatement(out: Lines, statement: StatementStructures): boolean {
  switch (statement.kind) {
    case STRUCTURE_KIND.Class:
      return writeClass(out, statement);
    case STRUCTURE_KIND.ExportDeclaration:
      return writeExport(out, statement);
    case STRUCTURE_KIND.Function:
      return writeFunction(out, statement);
    case STRUCTURE_KIND.ImportDeclaration:
      return writeImport(out, statement);
    case STRUCTURE_KIND.Interface:
      return writeInterface(out, statement);
    case STRUCTURE_KIND.TypeAlias:
      return writeTypeAlias(out, statement);
    case STRUCTURE_KIND.VariableStatement:
      return writeVariableStatement(out, statement);
    default:
      return false;
  }
}

/**
 * A run of statements as one text ending with a line break, each statement on lines of its own (a blank line
 * before a function, class or interface, and after a statement that ends with `}`, as ts-morph does), or
 * undefined when one sets something this printer does not print.
 */
export function printStatements(statements: StatementStructures[]): string | undefined {
  const out = new Lines();
  for (const statement of statements) {
    const spaced = statement.kind === STRUCTURE_KIND.Function || statement.kind === STRUCTURE_KIND.Class || statement.kind === STRUCTURE_KIND.Interface;
    if (out.lines.length && (spaced || out.endsWithBrace())) out.blank();
    if (!writeStatement(out, statement)) return undefined;
  }
  return out.lines.length ? `${out.lines.join('\n')}\n` : '';
}
