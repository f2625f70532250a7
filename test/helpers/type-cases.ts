/**
 * Given/want tables for modules of pure type declarations: each case is a snippet that uses the types, and
 * whether it must compile. All snippets of a table go into one program (one compiler run), one file each.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { ROOT } from './golden-cases.ts';

export interface TypeCase {
  name: string;
  /** Statements using the types; the table's `header` (its imports) goes above them. */
  code: string;
  /** Whether the snippet must compile; when not, a part of the compiler's message, if given. */
  compiles: boolean;
  error?: string;
}

/** Compiles every case under `.tmp/type-cases/<suite>/` (so relative imports of generator/ resolve) and returns each one's errors. */
export function compileTypeCases(suite: string, header: string, cases: TypeCase[]): Map<string, string[]> {
  const dir = join(ROOT, '.tmp/type-cases', suite);
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const files = cases.map((testCase, index) => {
    const file = join(dir, `case-${index}.ts`);
    writeFileSync(file, `${header}\n${testCase.code}\nexport {};\n`);
    return file;
  });
  const program = ts.createProgram(files, {
    strict: true,
    noEmit: true,
    target: ts.ScriptTarget.ES2022,
    module: ts.ModuleKind.NodeNext,
    moduleResolution: ts.ModuleResolutionKind.NodeNext,
    allowImportingTsExtensions: true,
    noUnusedLocals: false,
    types: ['node'],
    skipLibCheck: true,
  });
  const errors = new Map<string, string[]>(cases.map((testCase) => [testCase.name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const index = files.indexOf(diagnostic.file?.fileName ?? '');
    const message = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
    // A problem outside the snippets (in the declarations themselves) is every case's problem.
    for (const [name, list] of errors) if (index === -1 || cases[index]!.name === name) list.push(message);
  }
  return errors;
}

/** The table as tests: one per case, that it compiles, or that it does not (with the given part of the message). */
export function describeTypeCases(title: string, suite: string, header: string, cases: TypeCase[]): void {
  describe(title, () => {
    const errors = compileTypeCases(suite, header, cases);
    it.each(cases)('$name: compiles $compiles', ({ name, compiles, error }) => {
      const found = errors.get(name)!;
      if (compiles) expect(found).toEqual([]);
      else {
        expect(found.length).toBeGreaterThan(0);
        if (error) expect(found.join('\n')).toContain(error);
      }
    });
  });
}
