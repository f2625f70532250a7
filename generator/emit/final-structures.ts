/**
 * Which statement structures have a final form, and what it is: each reads a ts-morph structure (as the emitters
 * build it for SourceBuilder) into what preformatted.ts or preformatted-function.ts print, and returns undefined
 * for any structure that sets something those do not print (heritage, decorators, modifiers, docs that are not
 * plain text, a method without a structured return, …), which then goes to the structure printer and Prettier.
 */
import type {
  ClassDeclarationStructure,
  FunctionDeclarationOverloadStructure,
  FunctionDeclarationStructure,
  ImportDeclarationStructure,
  InterfaceDeclarationStructure,
  MethodDeclarationOverloadStructure,
  MethodDeclarationStructure,
  OptionalKind,
  TypeAliasDeclarationStructure,
} from 'ts-morph';
import { preformattedImport, preformattedInterface, preformattedTypeAlias, type PreformattedMember } from './preformatted.ts';
import { expressionCode, preformattedClass, preformattedFunction, type FinalCall, type FinalClass, type FinalMethod, type FinalSignature } from './preformatted-function.ts';

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
export function finalInterface(structure: OptionalKind<InterfaceDeclarationStructure>): string | undefined {
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
export function finalImport(structure: OptionalKind<ImportDeclarationStructure>): string | undefined {
  const { moduleSpecifier, isTypeOnly, namedImports, ...rest } = structure;
  const names = Array.isArray(namedImports) && namedImports.every((name): name is string => typeof name === 'string') ? namedImports : undefined;
  return names && !setsMore(rest) ? preformattedImport(moduleSpecifier, names, Boolean(isTypeOnly)) : undefined;
}

/** The final text of a type alias without type parameters. */
export function finalTypeAlias(structure: OptionalKind<TypeAliasDeclarationStructure>): string | undefined {
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

/** The final text of a function (not async) of plain parameters and one-line statements, ending with `returns`. */
export function finalFunction(structure: OptionalKind<FunctionDeclarationStructure>, returns: FinalCall): string | undefined {
  const { name, isExported, docs, overloads = [], parameters, returnType, typeParameters, statements = [], ...rest } = structure;
  const own = onlyDocs(docs);
  const implementation = finalSignature({ parameters, returnType, typeParameters });
  const finalOverloads = overloadsOf(overloads);
  if (setsMore(rest) || !own || !name || !implementation || !finalOverloads) return undefined;
  if (!Array.isArray(statements) || !statements.every((statement) => typeof statement === 'string')) return undefined;
  return preformattedFunction({ ...implementation, name, exported: Boolean(isExported), docs: own.text, overloads: finalOverloads, statements, returns });
}

/** A function's or method's structure with its last statement, `return callee(args);`, written into its statements. */
export function withReturn<T extends OptionalKind<FunctionDeclarationStructure> | OptionalKind<MethodDeclarationStructure>>(structure: T, returns: FinalCall | undefined): T {
  if (!returns) return structure;
  return { ...structure, statements: [...((structure.statements as string[] | undefined) ?? []), `return ${returns.callee}(${returns.args.map(expressionCode).join(', ')});`] };
}

/** The statements before the last of a structure written by withReturn, when they are all text. */
function leadingStatements(structure: { statements?: unknown }): string[] | undefined {
  const { statements = [] } = structure;
  return Array.isArray(statements) && statements.every((statement) => typeof statement === 'string') ? statements.slice(0, -1) : undefined;
}

/** The final text of a class of `readonly` properties, one constructor and methods that each end with a structured return. */
export function finalClass(structure: OptionalKind<ClassDeclarationStructure>, returns: Map<OptionalKind<MethodDeclarationStructure>, FinalCall>): string | undefined {
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
