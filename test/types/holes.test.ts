/**
 * Holes: request body types must say what may be sent. The compiler walks every operation's `body` type in the
 * generated declarations and counts `any` and `unknown` anywhere inside it.
 */
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/golden-cases.ts';

function findHoles(entry: string, interfaceName: string, member: string): string[] {
  const program = ts.createProgram([entry], {
    strict: true,
    noEmit: true,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    target: ts.ScriptTarget.ES2022,
    lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
    types: [],
  });
  const checker = program.getTypeChecker();
  const source = program.getSourceFile(entry)!;
  const symbol = checker.getExportsOfModule(checker.getSymbolAtLocation(source)!).find((candidate) => candidate.name === interfaceName)!;
  const operations = checker.getDeclaredTypeOfSymbol(checker.getAliasedSymbol(symbol));
  const holes: string[] = [];

  const walk = (type: ts.Type, path: string, seen: Set<ts.Type>) => {
    if (type.flags & ts.TypeFlags.Any) return void holes.push(`${path}: any`);
    if (type.flags & ts.TypeFlags.Unknown) return void holes.push(`${path}: unknown`);
    if (seen.has(type)) return;
    seen.add(type);
    if (type.isUnionOrIntersection()) return type.types.forEach((part) => walk(part, path, seen));
    if (!(type.flags & ts.TypeFlags.Object)) return;
    if (checker.isArrayType(type) || checker.isTupleType(type)) {
      return checker.getTypeArguments(type as ts.TypeReference).forEach((item) => walk(item, `${path}[]`, seen));
    }
    const symbolName = type.getSymbol()?.getName();
    if (symbolName === 'Blob') return;
    for (const property of type.getProperties()) walk(checker.getTypeOfSymbol(property), `${path}.${property.getName()}`, seen);
    for (const info of checker.getIndexInfosOfType(type)) walk(info.type, `${path}[key]`, seen);
  };

  for (const operation of operations.getProperties()) {
    const shape = checker.getTypeOfSymbol(operation);
    const body = shape.getProperty(member);
    if (body) walk(checker.getTypeOfSymbol(body), `${operation.getName()}.${member}`, new Set());
  }
  return holes;
}

describe('request bodies have no any/unknown', () => {
  it('in the gateway SDK', () => {
    const holes = findHoles(join(ROOT, 'generated/imarouter/src/index.ts'), 'Operations', 'body');
    console.log(`any/unknown in request bodies: ${holes.length}`);
    expect(holes).toEqual([]);
  });
});
