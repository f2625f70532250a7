/**
 * Golden files: regenerating every fixture (and the gateway spec) must give exactly the committed output,
 * every output must compile under `tsc --strict`, and two runs must give the same bytes.
 */
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, sep } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../generator/pipeline.ts';
import { goldenCases } from './helpers/golden-cases.ts';

const cases = await goldenCases();

/**
 * All outputs are type-checked in one program, with the generated packages' own compiler options
 * (`tsc --strict` on each would parse the standard library once per package).
 */
let diagnosticsByCase: Map<string, string[]>;
beforeAll(() => {
  const roots = cases.map((goldenCase) => {
    const config = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(goldenCase.output, 'tsconfig.json'), 'utf8')), ts.sys, goldenCase.output);
    return { goldenCase, config };
  });
  const program = ts.createProgram(
    roots.flatMap(({ config }) => config.fileNames),
    { ...roots[0]!.config.options, strict: true, noEmit: true, declaration: false, sourceMap: false, outDir: undefined, rootDir: undefined },
  );
  diagnosticsByCase = new Map(cases.map((goldenCase) => [goldenCase.name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? '';
    const owner = cases.find((goldenCase) => file.startsWith(goldenCase.output + sep) || file.startsWith(goldenCase.output + '/'));
    const text = `${file}:${diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? 0} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    diagnosticsByCase.get(owner?.name ?? cases[0]!.name)!.push(text);
  }
});

describe.each(cases)('golden output of $name', (goldenCase) => {
  it('is exactly what the generator produces (run `npm run golden:update` after an intended change)', async () => {
    const result = await generate({ ...goldenCase, check: true });
    for (const path of result.differing!) {
      const generated = result.files.find((file) => file.path === path)?.content ?? '<not generated>';
      const onDisk = await readFile(join(goldenCase.output, path), 'utf8').catch(() => '<missing>');
      // toBe on strings prints a line diff, which is the readable report we want.
      expect(onDisk, `${goldenCase.name}/${path}`).toBe(generated);
    }
    expect(result.differing).toEqual([]);
  });

  it('compiles with tsc --noEmit --strict', () => {
    expect(diagnosticsByCase.get(goldenCase.name)).toEqual([]);
  });
});

describe('determinism', () => {
  it('two runs give the same bytes', async () => {
    const [first, second] = [cases[0]!, cases[0]!];
    const a = await generate({ ...first, check: true });
    const b = await generate({ ...second, check: true });
    expect(b.files.map((file) => file.path)).toEqual(a.files.map((file) => file.path));
    for (const [index, file] of a.files.entries()) expect(b.files[index]!.content).toBe(file.content);
  });
});
