/**
 * Collects ts-morph statement structures for one file; the file is then printed once from them. Adding
 * statements to a live ts-morph SourceFile re-parses it every time, which made emitting quadratic.
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

export class SourceBuilder {
  readonly statements: StatementStructures[] = [];

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

  /**
   * The file's text in parts of whole statements, `header` first. Parts split only where a blank line separates
   * statements (every declaration has one around it; runs of imports and of exports stay together), so each
   * part formats on its own to what it would be inside the whole file, and the parts join with a blank line.
   */
  print(header: string): string[] {
    const runs: StatementStructures[][] = [];
    for (const statement of this.statements) {
      const last = runs[runs.length - 1];
      const sameRun =
        last?.[0].kind === statement.kind && (statement.kind === tsMorph().StructureKind.ImportDeclaration || statement.kind === tsMorph().StructureKind.ExportDeclaration);
      if (sameRun) last.push(statement);
      else runs.push([statement]);
    }
    const parts: string[] = [];
    let current = header;
    for (const run of runs) {
      const text = tsMorph().printStructure({ kind: tsMorph().StructureKind.SourceFile, statements: run });
      if (current === header) current += text;
      else if (current.length + text.length > PART_SIZE) {
        parts.push(current);
        current = text;
      } else current += `\n${text}`;
    }
    parts.push(current);
    return parts;
  }
}
