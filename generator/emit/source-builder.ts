/**
 * Collects ts-morph statement structures for one file; the file is then printed once from them (by
 * structure-printer.ts; by ts-morph's printer where that declines). Adding statements to a live ts-morph
 * SourceFile re-parses it every time, which made emitting quadratic. Statements already in their final form
 * (preformatted.ts) are collected as text and kept out of the parts Prettier formats.
 */
import type {
  ClassDeclarationStructure,
  ExportDeclarationStructure,
  FunctionDeclarationOverloadStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  MethodDeclarationOverloadStructure,
  MethodDeclarationStructure,
  OptionalKind,
  StatementStructures,
  TypeAliasDeclarationStructure,
  VariableStatementStructure,
} from 'ts-morph';
import { tsMorph } from '../ts-morph.ts';
import { preformattedImport, preformattedInterface, preformattedTypeAlias, type PreformattedMember } from './preformatted.ts';
import { expressionCode, preformattedClass, preformattedFunction, type FinalCall, type FinalClass, type FinalMethod, type FinalSignature } from './preformatted-function.ts';
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

  /** Adds a class; its methods can be added afterwards. */
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

/** The final text of an import of names. */
function finalImport(structure: OptionalKind<ImportDeclarationStructure>): string | undefined {
  const { moduleSpecifier, isTypeOnly, namedImports, ...rest } = structure;
  const names = Array.isArray(namedImports) && namedImports.every((name): name is string => typeof name === 'string') ? namedImports : undefined;
  return names && !setsMore(rest) ? preformattedImport(moduleSpecifier, names, Boolean(isTypeOnly)) : undefined;
}

/** The final text of a type alias without type parameters. */
function finalTypeAlias(structure: OptionalKind<TypeAliasDeclarationStructure>): string | undefined {
  const { name, isExported, docs, type, ...rest } = structure;
  const unsupported = setsMore(rest);
  const own = onlyDocs(docs);
  if (unsupported || !own || typeof type !== 'string') return undefined;
  return preformattedTypeAlias(name, own.text, type, Boolean(isExported));
}

/** A signature of plain parameters (a name, a type, maybe `?` or `...`), type parameters and a return type. */
function finalSignature(of: Pick<OptionalKind<FunctionDeclarationStructure>, 'parameters' | 'returnType' | 'typeParameters'>): Omit<FinalSignature, 'docs'> | undefined {
  const parameters = of.parameters ?? [];
  const plain = parameters.every(
    (parameter) => typeof parameter.type === 'string' && !setsMore({ ...parameter, name: undefined, type: undefined, hasQuestionToken: undefined, isRestParameter: undefined }),
  );
  const typeParameters: string[] = [];
  for (const parameter of of.typeParameters ?? []) {
    if (typeof parameter === 'string') typeParameters.push(parameter);
    else if (setsMore({ ...parameter, name: undefined, constraint: undefined }) || (parameter.constraint !== undefined && typeof parameter.constraint !== 'string'))
      return undefined;
    else typeParameters.push(`${parameter.name}${parameter.constraint ? ` extends ${parameter.constraint}` : ''}`);
  }
  if (!plain || typeof of.returnType !== 'string') return undefined;
  return {
    typeParameters,
    parameters: parameters.map((parameter) => ({
      name: parameter.name,
      type: parameter.type as string,
      optional: Boolean(parameter.hasQuestionToken),
      rest: Boolean(parameter.isRestParameter),
    })),
    returnType: of.returnType,
  };
}

/** The overloads of a function or method with plain docs and signatures, or undefined. */
function overloadsOf(overloads: (OptionalKind<FunctionDeclarationOverloadStructure> | OptionalKind<MethodDeclarationOverloadStructure>)[]): FinalSignature[] | undefined {
  const finalOverloads: FinalSignature[] = [];
  for (const overload of overloads) {
    const overloadDocs = onlyDocs(overload.docs);
    const printed = finalSignature(overload);
    const { docs: _docs, parameters: _parameters, returnType: _returnType, typeParameters: _typeParameters, ...others } = overload;
    if (!overloadDocs || !printed || setsMore(others)) return undefined;
    finalOverloads.push({ ...printed, docs: overloadDocs.text });
  }
  return finalOverloads;
}

/** The final text of a function of plain parameters and statements (no type parameters, no async), ending with `returns`. */
function finalFunction(structure: OptionalKind<FunctionDeclarationStructure>, returns: FinalCall): string | undefined {
  const { name, isExported, docs, overloads = [], parameters, returnType, typeParameters, statements = [], ...rest } = structure;
  const own = onlyDocs(docs);
  const implementation = finalSignature({ parameters, returnType, typeParameters });
  const finalOverloads = overloadsOf(overloads);
  if (setsMore(rest) || !own || !name || !implementation || !finalOverloads) return undefined;
  if (!Array.isArray(statements) || !statements.every((statement) => typeof statement === 'string')) return undefined;
  return preformattedFunction({ ...implementation, name, exported: Boolean(isExported), docs: own.text, overloads: finalOverloads, statements, returns });
}

/** A function's or method's structure with its last statement, `return callee(args);`, written into its statements. */
function withReturn<T extends OptionalKind<FunctionDeclarationStructure> | OptionalKind<MethodDeclarationStructure>>(structure: T, returns: FinalCall | undefined): T {
  if (!returns) return structure;
  return { ...structure, statements: [...((structure.statements as string[] | undefined) ?? []), `return ${returns.callee}(${returns.args.map(expressionCode).join(', ')});`] };
}

/** The statements before the last of a structure written by withReturn, when they are all text. */
function leadingStatements(structure: { statements?: unknown }): string[] | undefined {
  const { statements = [] } = structure;
  return Array.isArray(statements) && statements.every((statement) => typeof statement === 'string') ? statements.slice(0, -1) : undefined;
}

/** The final text of a class of `readonly` properties, one constructor and methods that each end with a structured return. */
function finalClass(structure: OptionalKind<ClassDeclarationStructure>, returns: Map<OptionalKind<MethodDeclarationStructure>, FinalCall>): string | undefined {
  const { name, isExported, docs, properties = [], ctors = [], methods = [], ...rest } = structure;
  const own = onlyDocs(docs);
  if (setsMore(rest) || !own || !name || ctors.length > 1) return undefined;
  const finalProperties: FinalClass['properties'] = [];
  for (const { name: property, type, isReadonly, ...others } of properties) {
    if (!isReadonly || typeof type !== 'string' || setsMore(others)) return undefined;
    finalProperties.push({ name: property, type });
  }
  let ctor: FinalClass['ctor'];
  if (ctors.length) {
    const { parameters = [], statements = [], ...others } = ctors[0]!;
    const texts: string[] = [];
    for (const { name: parameter, type, scope, isReadonly, ...more } of parameters) {
      if (typeof type !== 'string' || setsMore(more)) return undefined;
      texts.push(`${scope ? `${scope} ` : ''}${isReadonly ? 'readonly ' : ''}${parameter}: ${type}`);
    }
    if (setsMore(others) || !Array.isArray(statements) || !statements.every((statement) => typeof statement === 'string')) return undefined;
    ctor = { parameters: texts, statements };
  }
  const finalMethods: FinalMethod[] = [];
  for (const method of methods) {
    const call = returns.get(method);
    const { name: methodName, docs: methodDocs, overloads = [], parameters, returnType, typeParameters, statements, ...others } = method;
    const methodOwn = onlyDocs(methodDocs);
    const implementation = finalSignature({ parameters, returnType, typeParameters });
    const leading = leadingStatements({ statements });
    const finalOverloads = overloadsOf(overloads);
    if (!call || setsMore(others) || !methodOwn || !implementation || !leading || !finalOverloads) return undefined;
    finalMethods.push({ ...implementation, name: methodName, docs: methodOwn.text, overloads: finalOverloads, statements: leading, returns: call });
  }
  return preformattedClass({ name, exported: Boolean(isExported), docs: own.text, properties: finalProperties, ctor, methods: finalMethods });
}

/** A run of statements as text: by structure-printer.ts, or by ts-morph's own printer where that declines. */
function printRun(run: StatementStructures[]): string {
  return printStatements(run) ?? tsMorph().printStructure({ kind: tsMorph().StructureKind.SourceFile, statements: run });
}
