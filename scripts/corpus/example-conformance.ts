/**
 * Examples conformance of one document: every request and response example that the document's own schema
 * accepts (example-oracle.ts) must compile against the generated package's type for it — a request body as a
 * caller writes it (a fresh object literal, so unknown keys are errors too) against `Operations[name]['body']`, a
 * response as data that arrives against `Operations[name]['responses'][status]`.
 * All examples of a document are checked in one TypeScript program.
 *
 * A response is never a literal in the consumer's code: the SDK hands the parsed body over as a value of the
 * declared type, so the question is whether the example is a member of that type. TypeScript object types are
 * open (a value with more properties than declared is a member), but two checks aimed at typos in code a person
 * writes — excess properties of a fresh literal, and a "weak" all-optional type that shares no property with the
 * value — would refuse a member whose only properties are undeclared ones, which JSON Schema accepts wherever
 * `additionalProperties` is not false (as do openapi-typescript's and hey-api's types, which are the same as ours
 * there). So a response example is checked as `Known<V, T>`: the value with, at every object, the properties no
 * member of the type declares left out (all of them kept under an index signature), which a type check compares
 * property by property; every declared property still has to be present when required and have its type.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import ts from 'typescript';
import { parse } from 'yaml';
import { documentExamples, exampleOracle, type DocumentExample } from './example-oracle.ts';

export interface OperationRef {
  name: string;
  /** Upper case, as in the package's `operations` index. */
  method: string;
  pathKey: string;
}

export interface Tally {
  /** Examples the schema accepts: the ones that must compile. */
  accepted: number;
  compiled: number;
  /** Examples the schema itself rejects (the spec's own mistakes): reported, not compiled. */
  rejected: number;
}

export interface ConformanceResult {
  request: Tally;
  response: Tally;
  /** Accepted examples that do not compile, with the compiler's message. */
  failures: { example: DocumentExample; message: string }[];
  rejected: { example: DocumentExample; reason: string }[];
  /** Examples the oracle cannot judge (a schema ajv cannot compile, an external reference). */
  unjudged: { example: DocumentExample; reason: string }[];
  /** Diagnostics outside the example files: the package itself does not compile. */
  packageErrors: string[];
}

export function readSpecDocument(file: string): Record<string, any> {
  const text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  return /\.json$/i.test(file) ? JSON.parse(text) : parse(text, { maxAliasCount: -1 });
}

/** What a type-check file says for one example: its type, then the statement. */
export function exampleStatement(example: DocumentExample, operation: string, index: number): string {
  const json = JSON.stringify(example.value) ?? 'undefined';
  if (example.kind === 'request') return `export const example${index}: Operations[${JSON.stringify(operation)}]['body'] = ${json};`;
  const type = `Operations[${JSON.stringify(operation)}]['responses'][${JSON.stringify(example.status)}]`;
  return `export const example${index}: ${type} = arrives<${type}>()(${json});`;
}

/**
 * Declarations the check file starts with: `arrives<T>()(value)` is the example as a member of `T` (see above),
 * `const` so that its strings stay literal types for enums.
 */
export const ARRIVES_DECLARATIONS = [
  'type ObjectKeys<T> = T extends readonly unknown[] ? never : T extends object ? keyof T : never;',
  'type ValueAt<T, K> = T extends readonly unknown[] ? never : T extends object ? (K extends keyof T ? T[K] : never) : never;',
  'type ElementOf<T> = T extends readonly (infer E)[] ? E : never;',
  'type Known<V, T> = 0 extends 1 & T ? V : unknown extends T ? V',
  '  : V extends readonly unknown[] ? { -readonly [I in keyof V]: Known<V[I], ElementOf<T>> }',
  '  : V extends object ? { -readonly [K in keyof V as K extends ObjectKeys<T> ? K : never]: Known<V[K], ValueAt<T, K>> } : V;',
  'declare function arrives<T>(): <const V>(value: V) => Known<V, T>;',
];

/** How a consumer's code is checked against a generated package (also test/helpers/compile.ts). */
export const COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  noEmit: true,
  target: ts.ScriptTarget.ES2022,
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  lib: ['lib.es2022.d.ts', 'lib.dom.d.ts'],
  types: [],
  skipLibCheck: true,
};

/**
 * Judges every example of `document` and compiles the accepted ones against the package in `packageDir`
 * (its `src/index.ts`), writing the check files into `workDir`.
 */
export function checkExamples(document: Record<string, any>, operations: readonly OperationRef[], packageDir: string, workDir: string): ConformanceResult {
  const examples = documentExamples(document);
  const oracle = exampleOracle(document);
  const result: ConformanceResult = {
    request: { accepted: 0, compiled: 0, rejected: 0 },
    response: { accepted: 0, compiled: 0, rejected: 0 },
    failures: [],
    rejected: [],
    unjudged: [],
    packageErrors: [],
  };
  const nameOf = new Map(operations.map((operation) => [`${operation.method.toUpperCase()} ${operation.pathKey}`, operation.name]));
  const accepted: { example: DocumentExample; operation: string }[] = [];
  for (const example of examples) {
    const operation = nameOf.get(`${example.method.toUpperCase()} ${example.pathKey}`);
    let reason: string | undefined;
    try {
      reason = oracle.errors(example);
    } catch (error) {
      result.unjudged.push({ example, reason: (error as Error).message });
      continue;
    }
    if (reason) {
      result.rejected.push({ example, reason });
      result[example.kind].rejected++;
    } else if (!operation) {
      result[example.kind].accepted++;
      result.failures.push({ example, message: 'the package has no operation for it' });
    } else {
      result[example.kind].accepted++;
      accepted.push({ example, operation });
    }
  }

  if (!accepted.length) return result;
  mkdirSync(workDir, { recursive: true });
  const importPath = relative(workDir, join(packageDir, 'src/index.js')).split('\\').join('/');
  const lines = [`import type { Operations } from '${importPath.startsWith('.') ? importPath : `./${importPath}`}';`, ...ARRIVES_DECLARATIONS];
  const lineOf = new Map<number, DocumentExample>();
  accepted.forEach(({ example, operation }, index) => {
    lineOf.set(lines.length + 1, example);
    lines.push(exampleStatement(example, operation, index));
  });
  const file = join(workDir, 'examples.ts');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const program = ts.createProgram([file], COMPILER_OPTIONS);
  const failing = new Map<DocumentExample, string>();
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    if (diagnostic.file && diagnostic.start !== undefined && diagnostic.file.fileName === file.split('\\').join('/')) {
      const example = lineOf.get(diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1);
      if (example && !failing.has(example)) failing.set(example, message);
      else if (!example) result.packageErrors.push(`${relative(dirname(file), file)}: ${message}`);
    } else {
      result.packageErrors.push(`${diagnostic.file ? relative(packageDir, diagnostic.file.fileName) : ''}: ${message}`);
    }
  }
  for (const { example } of accepted) {
    const message = failing.get(example);
    if (message) result.failures.push({ example, message });
    else result[example.kind].compiled++;
  }
  return result;
}

/** `requests 12/12, responses 30/31 compile (4 rejected by the schema)`: the figures of one document. */
export function describeConformance(result: ConformanceResult): string {
  const part = (label: string, tally: Tally) => `${label} ${tally.compiled}/${tally.accepted}`;
  const rejected = result.request.rejected + result.response.rejected;
  const notes = [rejected && `${rejected} rejected by the spec's own schema`, result.unjudged.length && `${result.unjudged.length} not judged`].filter(Boolean);
  return `${part('requests', result.request)}, ${part('responses', result.response)} compile${notes.length ? ` (${notes.join(', ')})` : ''}`;
}
