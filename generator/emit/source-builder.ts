/**
 * Collects ts-morph statement structures for one file; the file is then printed once from them (by
 * structure-printer.ts; by ts-morph's printer where that declines). Adding statements to a live ts-morph
 * SourceFile re-parses it every time, which made emitting quadratic. Statements already in their final form
 * (preformatted.ts) are collected as text and kept out of the parts Prettier formats.
 */
import type {
  ClassDeclarationStructure,
  ExportDeclarationStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  MethodDeclarationStructure,
  OptionalKind,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
} from 'ts-morph';
import { tsMorph } from '../ts-morph.ts';
import { preformattedInterface, preformattedTypeAlias, type PreformattedMember } from './preformatted.ts';
import { expressionCode, preformattedFunction, type FinalCall, type FinalSignature } from './preformatted-function.ts';
import { printStatements, STRUCTURE_KIND } from './structure-printer.ts';

/** About this many characters per printed part: small enough to cache finely, big enough that Prettier's fixed cost per call stays small. */
const PART_SIZE = 8_000;

/** A statement already in its final form: printed as it is, never formatted. */
interface FinalStatement {
  kind: 'final';
  text: string;
}

/** A part of a printed file: text Prettier formats, or text already `final`. Parts join with a blank line. */
export interface PrintedPart {
  text: string;
  final?: boolean;
}

export class SourceBuilder {
  readonly statements: (StatementStructures | FinalStatement)[] = [];

  /** An interface, in its final form where preformatted.ts is certain of it. */
  addInterface(structure: OptionalKind<InterfaceDeclarationStructure>): void {
    const final = finalInterface(structure);
    this.statements.push(final ? { kind: 'final', text: final } : { ...structure, kind: STRUCTURE_KIND.Interface });
  }

  /** A type alias, in its final form where preformatted.ts is certain of it. */
  addTypeAlias(structure: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.insertTypeAlias(this.statements.length, structure);
  }

  insertTypeAlias(index: number, structure: OptionalKind<TypeAliasDeclarationStructure>): void {
    const final = finalTypeAlias(structure);
    this.statements.splice(index, 0, final ? { kind: 'final', text: final } : { ...structure, kind: STRUCTURE_KIND.TypeAlias });
  }

  /**
   * A function. `returns` is its last statement, `return callee(args);`, given as structure (the others are in
   * `structure.statements`): with it the function is printed in its final form where preformatted-function.ts is
   * certain of it.
   */
  addFunction(structure: OptionalKind<FunctionDeclarationStructure>, returns?: FinalCall): void {
    if (!returns) {
      this.statements.push({ ...structure, kind: STRUCTURE_KIND.Function });
      return;
    }
    const final = finalFunction(structure, returns);
    const statements = [...((structure.statements as string[] | undefined) ?? []), `return ${returns.callee}(${returns.args.map(expressionCode).join(', ')});`];
    this.statements.push(final ? { kind: 'final', text: final } : { ...structure, statements, kind: STRUCTURE_KIND.Function });
  }

  addVariableStatement(structure: OptionalKind<VariableStatementStructure>): void {
    this.statements.push({ ...structure, kind: STRUCTURE_KIND.VariableStatement });
  }

  addExportDeclaration(structure: OptionalKind<ExportDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: STRUCTURE_KIND.ExportDeclaration });
  }

  insertImportDeclarations(index: number, structures: OptionalKind<ImportDeclarationStructure>[]): void {
    this.statements.splice(index, 0, ...structures.map((structure) => ({ ...structure, kind: STRUCTURE_KIND.ImportDeclaration }) as const));
  }

  /** Adds a class; its methods can be added afterwards. */
  addClass(structure: OptionalKind<ClassDeclarationStructure>): { addMethod(method: OptionalKind<MethodDeclarationStructure>): void } {
    const methods: OptionalKind<MethodDeclarationStructure>[] = [...(structure.methods ?? [])];
    this.statements.push({ ...structure, methods, kind: STRUCTURE_KIND.Class });
    return { addMethod: (method) => void methods.push(method) };
  }

  /** The whole file's text: its parts joined with a blank line. */
  text(header: string): string {
    return this.print(header)
      .map((part) => part.text)
      .join('\n');
  }

  /**
   * The file's text in parts of whole statements, `header` first. Parts split only where a blank line separates
   * statements (every declaration has one around it; runs of imports and of exports stay together), so each
   * part formats on its own to what it would be inside the whole file, and the parts join with a blank line.
   * Final statements make parts of their own.
   */
  print(header: string): PrintedPart[] {
    const runs: (StatementStructures | FinalStatement)[][] = [];
    for (const statement of this.statements) {
      const last = runs[runs.length - 1];
      const sameRun =
        last?.[0].kind === statement.kind &&
        (statement.kind === 'final' || statement.kind === STRUCTURE_KIND.ImportDeclaration || statement.kind === STRUCTURE_KIND.ExportDeclaration);
      if (sameRun) last.push(statement);
      else runs.push([statement]);
    }
    const parts: PrintedPart[] = [];
    let current: PrintedPart = { text: header };
    for (const run of runs) {
      const final = run[0].kind === 'final';
      for (const text of final ? (run as FinalStatement[]).map((statement) => statement.text) : [printRun(run as StatementStructures[])]) {
        if (current.text === header) current = { text: header + text, ...(final && { final }) };
        else if (Boolean(current.final) !== final || current.text.length + text.length > PART_SIZE) {
          parts.push(current);
          current = { text, ...(final && { final }) };
        } else current.text += `\n${text}`;
      }
    }
    parts.push(current);
    return parts;
  }
}

/** The one JSDoc text of a declaration (preformatted.ts prints no other kind of docs). */
function onlyDocs(docs: OptionalKind<InterfaceDeclarationStructure>['docs']): { text: string | undefined } | undefined {
  if (!docs?.length) return { text: undefined };
  return docs.length === 1 && typeof docs[0] === 'string' ? { text: docs[0] } : undefined;
}

/** Whether a structure sets anything besides what is read (a non-empty list, a true flag, a text). */
function setsMore(rest: object): boolean {
  return Object.entries(rest).some(([key, value]) => key !== 'kind' && (Array.isArray(value) ? value.length > 0 : Boolean(value)));
}

/** The final text of an interface of plain properties (no heritage, type parameters, methods or signatures). */
function finalInterface(structure: OptionalKind<InterfaceDeclarationStructure>): string | undefined {
  const { name, isExported, docs, properties = [], ...rest } = structure;
  const unsupported = setsMore(rest);
  const own = onlyDocs(docs);
  if (unsupported || !own) return undefined;
  const members: PreformattedMember[] = [];
  for (const property of properties) {
    const memberDocs = onlyDocs(property.docs);
    const plain = !property.leadingTrivia && !property.trailingTrivia;
    if (!memberDocs || !plain || typeof property.type !== 'string') return undefined;
    members.push({ key: property.name, type: property.type, optional: Boolean(property.hasQuestionToken), readonly: Boolean(property.isReadonly), docs: memberDocs.text });
  }
  return preformattedInterface(name, own.text, members, Boolean(isExported));
}

/** The final text of a type alias without type parameters. */
function finalTypeAlias(structure: OptionalKind<TypeAliasDeclarationStructure>): string | undefined {
  const { name, isExported, docs, type, ...rest } = structure;
  const unsupported = setsMore(rest);
  const own = onlyDocs(docs);
  if (unsupported || !own || typeof type !== 'string') return undefined;
  return preformattedTypeAlias(name, own.text, type, Boolean(isExported));
}

/** A signature of plain parameters (a name, a type, maybe `?`) and a return type, without type parameters. */
function finalSignature(
  of: Pick<OptionalKind<FunctionDeclarationStructure>, 'parameters' | 'returnType'> & { typeParameters?: unknown[] },
): Omit<FinalSignature, 'docs'> | undefined {
  const parameters = of.parameters ?? [];
  const plain = parameters.every((parameter) => typeof parameter.type === 'string' && !setsMore({ ...parameter, name: undefined, type: undefined, hasQuestionToken: undefined }));
  if (!plain || of.typeParameters?.length || typeof of.returnType !== 'string') return undefined;
  return {
    parameters: parameters.map((parameter) => ({ name: parameter.name, type: parameter.type as string, optional: Boolean(parameter.hasQuestionToken) })),
    returnType: of.returnType,
  };
}

/** The final text of a function of plain parameters and statements (no type parameters, no async), ending with `returns`. */
function finalFunction(structure: OptionalKind<FunctionDeclarationStructure>, returns: FinalCall): string | undefined {
  const { name, isExported, docs, overloads = [], parameters = [], returnType, statements = [], ...rest } = structure;
  const own = onlyDocs(docs);
  if (setsMore(rest) || !own || !name || typeof returnType !== 'string' || !Array.isArray(statements) || !statements.every((statement) => typeof statement === 'string'))
    return undefined;
  const finalOverloads: FinalSignature[] = [];
  for (const overload of overloads) {
    const overloadDocs = onlyDocs(overload.docs);
    const printed = finalSignature(overload);
    const { docs: _docs, parameters: _parameters, returnType: _returnType, typeParameters: _typeParameters, ...others } = overload;
    if (!overloadDocs || !printed || setsMore(others)) return undefined;
    finalOverloads.push({ ...printed, docs: overloadDocs.text });
  }
  const implementation = finalSignature({ parameters, returnType });
  if (!implementation) return undefined;
  return preformattedFunction({ ...implementation, name, exported: Boolean(isExported), docs: own.text, overloads: finalOverloads, statements, returns });
}

/** A run of statements as text: by structure-printer.ts, or by ts-morph's own printer where that declines. */
function printRun(run: StatementStructures[]): string {
  return printStatements(run) ?? tsMorph().printStructure({ kind: tsMorph().StructureKind.SourceFile, statements: run });
}
