/**
 * Golden files: regenerating every fixture (and the gateway spec) must give exactly the committed output,
 * every output must compile under `tsc --strict`, and two runs must give the same bytes.
 */
import { execFile } from 'node:child_process';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { generate } from '../generator/pipeline.ts';
import { goldenCases, ROOT } from './helpers/golden-cases.ts';

const run = promisify(execFile);
const cases = await goldenCases();
const TSC = join(ROOT, 'node_modules/.bin/tsc');

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

  it('compiles with tsc --noEmit --strict', async () => {
    const outcome = await run(TSC, ['--noEmit', '--strict', '-p', join(goldenCase.output, 'tsconfig.json')]).then(
      () => '',
      (error: { stdout?: string }) => error.stdout ?? String(error),
    );
    expect(outcome).toBe('');
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
