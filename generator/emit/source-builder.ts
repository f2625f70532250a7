/**
 * Collects ts-morph statement structures for one file; the file is then printed once from them. Adding
 * statements to a live ts-morph SourceFile re-parses it every time, which made emitting quadratic. Statements
 * already in their final form (preformatted.ts) are collected as text and kept out of the parts Prettier formats.
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

  /** A statement in its final form, ending with a newline (see preformatted.ts). */
  addFinal(text: string): void {
    this.statements.push({ kind: 'final', text });
  }

  addInterface(structure: OptionalKind<InterfaceDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: tsMorph().StructureKind.Interface });
  }

  addTypeAlias(structure: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: tsMorph().StructureKind.TypeAlias });
  }

  insertTypeAlias(index: number, structure: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.statements.splice(index, 0, { ...structure, kind: tsMorph().StructureKind.TypeAlias });
  }

  addFunction(structure: OptionalKind<FunctionDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: tsMorph().StructureKind.Function });
  }

  addVariableStatement(structure: OptionalKind<VariableStatementStructure>): void {
    this.statements.push({ ...structure, kind: tsMorph().StructureKind.VariableStatement });
  }

  addExportDeclaration(structure: OptionalKind<ExportDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: tsMorph().StructureKind.ExportDeclaration });
  }

  insertImportDeclarations(index: number, structures: OptionalKind<ImportDeclarationStructure>[]): void {
    this.statements.splice(index, 0, ...structures.map((structure) => ({ ...structure, kind: tsMorph().StructureKind.ImportDeclaration }) as const));
  }

  /** Adds a class; its methods can be added afterwards. */
  addClass(structure: OptionalKind<ClassDeclarationStructure>): { addMethod(method: OptionalKind<MethodDeclarationStructure>): void } {
    const methods: OptionalKind<MethodDeclarationStructure>[] = [...(structure.methods ?? [])];
    this.statements.push({ ...structure, methods, kind: tsMorph().StructureKind.Class });
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
        (statement.kind === 'final' || statement.kind === tsMorph().StructureKind.ImportDeclaration || statement.kind === tsMorph().StructureKind.ExportDeclaration);
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

function printRun(run: StatementStructures[]): string {
  return tsMorph().printStructure({ kind: tsMorph().StructureKind.SourceFile, statements: run });
}
