/**
 * Collects ts-morph statement structures for one file; the file is then printed once from them (by
 * structure-printer.ts; by ts-morph's printer where that declines). Adding statements to a live ts-morph
 * SourceFile re-parses it every time, which made emitting quadratic. Statements whose final form is certain
 * (final-structures.ts) are collected as that text and kept out of the parts Prettier formats.
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
import type { FinalCall } from './preformatted-function.ts';
import { finalClass, finalFunction, finalImport, finalInterface, finalTypeAlias, withReturn } from './final-structures.ts';
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
    const final = returns && finalFunction(structure, returns);
    this.statements.push(final ? { kind: 'final', text: final } : { ...withReturn(structure, returns), kind: STRUCTURE_KIND.Function });
  }

  addVariableStatement(structure: OptionalKind<VariableStatementStructure>): void {
    this.statements.push({ ...structure, kind: STRUCTURE_KIND.VariableStatement });
  }

  addExportDeclaration(structure: OptionalKind<ExportDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: STRUCTURE_KIND.ExportDeclaration });
  }

  /** Import declarations, all in their final form (one statement, no blank lines between them) where preformatted.ts is certain of each. */
  insertImportDeclarations(index: number, structures: OptionalKind<ImportDeclarationStructure>[]): void {
    const finals = structures.map(finalImport);
    const final = finals.every((text): text is string => text !== undefined) && finals.join('');
    if (final) this.statements.splice(index, 0, { kind: 'final', text: final });
    else this.statements.splice(index, 0, ...structures.map((structure) => ({ ...structure, kind: STRUCTURE_KIND.ImportDeclaration }) as const));
  }

  /**
   * Adds a class; its methods can be added afterwards, each with its last statement given as structure (see
   * addFunction). The class is printed in its final form where preformatted-function.ts is certain of it.
   */
  addClass(structure: OptionalKind<ClassDeclarationStructure>): { addMethod(method: OptionalKind<MethodDeclarationStructure>, returns?: FinalCall): void } {
    const methods: OptionalKind<MethodDeclarationStructure>[] = [...(structure.methods ?? [])];
    const returns = new Map<OptionalKind<MethodDeclarationStructure>, FinalCall>();
    const cls = { ...structure, methods, kind: STRUCTURE_KIND.Class };
    this.statements.push(cls);
    this.classReturns.set(cls, returns);
    return {
      addMethod: (method, call) => {
        const added = withReturn(method, call);
        if (call) returns.set(added, call);
        methods.push(added);
      },
    };
  }

  /** The structured last statement of each method of a class, for its final form. */
  private readonly classReturns = new Map<object, Map<OptionalKind<MethodDeclarationStructure>, FinalCall>>();

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
    for (const added of this.statements) {
      const returns = this.classReturns.get(added);
      const final = returns && added.kind === STRUCTURE_KIND.Class ? finalClass(added, returns) : undefined;
      const statement: StatementStructures | FinalStatement = final ? { kind: 'final', text: final } : added;
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

/** A run of statements as text: by structure-printer.ts, or by ts-morph's own printer where that declines. */
function printRun(run: StatementStructures[]): string {
  return printStatements(run) ?? tsMorph().printStructure({ kind: tsMorph().StructureKind.SourceFile, statements: run });
}
