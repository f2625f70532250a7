/** Type-checks TypeScript source text against the generated package with the compiler API. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { COMPILER_OPTIONS } from '../../scripts/corpus/example-conformance.ts';
import { ROOT } from './golden-cases.ts';

export interface Diagnostic {
  line: number;
  message: string;
}

/**
 * A compiler host that parses each library and generated file once per test file: the checks of one test file
 * type-check several sources against the same package, and parsing the DOM library and the package's sources
 * again for each took most of their time. The checked source itself is read fresh every time.
 */
const parsed = new Map<string, ts.SourceFile>();
const base = ts.createCompilerHost(COMPILER_OPTIONS);
const host: ts.CompilerHost = {
  ...base,
  getSourceFile(fileName, languageVersion, onError, shouldCreate) {
    if (fileName.includes('/.tmp/typecheck/')) return base.getSourceFile(fileName, languageVersion, onError, shouldCreate);
    let source = parsed.get(fileName);
    if (!source) {
      source = base.getSourceFile(fileName, languageVersion, onError, shouldCreate);
      if (source) parsed.set(fileName, source);
    }
    return source;
  },
};

/** Writes the file under .tmp/ (so that relative imports of generated/ resolve) and returns its errors by line. */
export function typeCheck(name: string, source: string): Diagnostic[] {
  const dir = join(ROOT, '.tmp/typecheck');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, name);
  writeFileSync(file, source);
  const program = ts.createProgram([file], COMPILER_OPTIONS, host);
  return ts.getPreEmitDiagnostics(program).map((diagnostic) => ({
    line: diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0,
    message: ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'),
  }));
}

/** The import of the generated gateway package, relative to the files typeCheck writes. */
export const GATEWAY_IMPORT = '../../generated/imarouter/src/index.js';
