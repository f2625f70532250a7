/**
 * Collects ts-morph statement structures for one file; the file is then printed once from them. Adding
 * statements to a live ts-morph SourceFile re-parses it every time, which made emitting quadratic.
 */
import {
  StructureKind,
  type ClassDeclarationStructure,
  type ExportDeclarationStructure,
  type FunctionDeclarationStructure,
  type ImportDeclarationStructure,
  type InterfaceDeclarationStructure,
  type MethodDeclarationStructure,
  type OptionalKind,
  type StatementStructures,
  type TypeAliasDeclarationStructure,
  type VariableStatementStructure,
  type WriterFunction,
  type CodeBlockWriter,
} from 'ts-morph';

export class SourceBuilder {
  readonly statements: StatementStructures[] = [];

  addInterface(structure: OptionalKind<InterfaceDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.Interface });
  }

  addTypeAlias(structure: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.TypeAlias });
  }

  insertTypeAlias(index: number, structure: OptionalKind<TypeAliasDeclarationStructure>): void {
    this.statements.splice(index, 0, { ...structure, kind: StructureKind.TypeAlias });
  }

  addFunction(structure: OptionalKind<FunctionDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.Function });
  }

  addVariableStatement(structure: OptionalKind<VariableStatementStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.VariableStatement });
  }

  addExportDeclaration(structure: OptionalKind<ExportDeclarationStructure>): void {
    this.statements.push({ ...structure, kind: StructureKind.ExportDeclaration });
  }

  insertImportDeclaration(index: number, structure: OptionalKind<ImportDeclarationStructure>): void {
    this.insertImportDeclarations(index, [structure]);
  }

  insertImportDeclarations(index: number, structures: OptionalKind<ImportDeclarationStructure>[]): void {
    this.statements.splice(index, 0, ...structures.map((structure) => ({ ...structure, kind: StructureKind.ImportDeclaration }) as const));
  }

  /** Adds a class; its methods can be added afterwards. */
  addClass(structure: OptionalKind<ClassDeclarationStructure>): { addMethod(method: OptionalKind<MethodDeclarationStructure>): void } {
    const methods: OptionalKind<MethodDeclarationStructure>[] = [...(structure.methods ?? [])];
    this.statements.push({ ...structure, methods, kind: StructureKind.Class });
    return { addMethod: (method) => void methods.push(method) };
  }

  /**
   * The statements with a blank line between declarations (the printer leaves none after type aliases and
   * variables; Prettier then folds any doubled blank lines into one).
   */
  printable(): (StatementStructures | WriterFunction)[] {
    return this.statements.flatMap((statement, index) => {
      const next = this.statements[index + 1];
      // Runs of imports and of exports stay together.
      const sameRun = next?.kind === statement.kind && (statement.kind === StructureKind.ImportDeclaration || statement.kind === StructureKind.ExportDeclaration);
      return next && !sameRun ? [statement, (writer: CodeBlockWriter) => void writer.blankLine()] : [statement];
    });
  }

  /** Whether any statement mentions an identifier (in a type, an initializer or a body). */
  mentions(identifier: string): boolean {
    return new RegExp(`\\b${identifier}\\b`).test(JSON.stringify(this.statements));
  }
}
