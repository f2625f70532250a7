/**
 * Golden files: regenerating every fixture (and the gateway spec) must give exactly the committed output, every
 * package gets the static runtime exactly as it is in templates/ (the fixtures' goldens hold no copy of it),
 * every output must compile under `tsc --strict`, and generation from cold processes gives the same bytes.
 */
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join, relative, sep } from 'node:path';
import { promisify } from 'node:util';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatText } from '../generator/format/prettier-options.ts';
import { generate, type GenerateResult } from '../generator/pipeline.ts';
import { goldenCases, materializeGolden, ROOT, STATIC_RUNTIME, STATIC_RUNTIME_PATHS, staticRuntimeCopiesIn, type GoldenCase } from './helpers/golden-cases.ts';
import { runCli, snapshotTree, tempDir } from './helpers/run-cli.ts';

const cases = await goldenCases();

/** One generation per case (check mode: nothing is written), shared by the tests that look at it. */
const results = new Map<string, Promise<GenerateResult>>();
function generated(goldenCase: GoldenCase): Promise<GenerateResult> {
  if (!results.has(goldenCase.name)) results.set(goldenCase.name, generate({ ...goldenCase, check: true }));
  return results.get(goldenCase.name)!;
}

/**
 * All outputs are type-checked in one program, with the generated packages' own compiler options (`tsc --strict`
 * on each would parse the standard library once per package). A golden without the static runtime is checked
 * as the whole package it stands for: its files plus the runtime, in a scratch folder.
 */
let packages: Awaited<ReturnType<typeof tempDir>>;
let diagnosticsByCase: Map<string, string[]>;
beforeAll(async () => {
  packages = await tempDir('sdkgen-golden-');
  const roots = await Promise.all(
    cases.map(async (goldenCase) => {
      const dir = goldenCase.withoutStaticRuntime ? join(packages.path, goldenCase.name) : goldenCase.output;
      if (goldenCase.withoutStaticRuntime) await materializeGolden(goldenCase.name, dir);
      const config = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(dir, 'tsconfig.json'), 'utf8')), ts.sys, dir);
      return { goldenCase, dir, config };
    }),
  );
  const program = ts.createProgram(
    roots.flatMap(({ config }) => config.fileNames),
    { ...roots[0]!.config.options, strict: true, noEmit: true, declaration: false, declarationMap: false, sourceMap: false, outDir: undefined, rootDir: undefined },
  );
  diagnosticsByCase = new Map(cases.map((goldenCase) => [goldenCase.name, []]));
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? '';
    const owner = roots.find(({ dir }) => file.startsWith(dir + sep) || file.startsWith(dir + '/'));
    const text = `${file}:${diagnostic.file?.getLineAndCharacterOfPosition(diagnostic.start ?? 0).line ?? 0} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`;
    diagnosticsByCase.get(owner?.goldenCase.name ?? cases[0]!.name)!.push(text);
  }
});
afterAll(async () => packages?.remove());

describe.each(cases)('golden output of $name', (goldenCase) => {
  it('is exactly what the generator produces (run `npm run golden:update` after an intended change)', async () => {
    const result = await generated(goldenCase);
    // A golden without the static runtime misses exactly those files; the next test pins them.
    const differing = result.differing!.filter((path) => !(goldenCase.withoutStaticRuntime && STATIC_RUNTIME_PATHS.has(path)));
    for (const path of differing) {
      const content = result.files.find((file) => file.path === path)?.content ?? '<not generated>';
      const onDisk = await readFile(join(goldenCase.output, path), 'utf8').catch(() => '<missing>');
      // toBe on strings prints a line diff, which is the readable report we want.
      expect(onDisk, `${goldenCase.name}/${path}`).toBe(content);
    }
    expect(differing).toEqual([]);
  });

  it('gets the static runtime exactly as templates/package/src/core/ has it (a types-only package none)', async () => {
    const result = await generated(goldenCase);
    // A types-only package (no operations) has no client, so no runtime either.
    expect(result.files.filter((file) => STATIC_RUNTIME_PATHS.has(file.path))).toEqual(result.api.typesOnly ? [] : STATIC_RUNTIME);
    for (const file of STATIC_RUNTIME) {
      // The file under templates/ is what goes into the package, behind the generated-file header.
      expect(file.content.endsWith(readFileSync(join(ROOT, 'templates/package', file.path), 'utf8')), file.path).toBe(true);
    }
    if (goldenCase.withoutStaticRuntime) expect(staticRuntimeCopiesIn(goldenCase.output)).toEqual([]);
  });

  // The format stage pads the README's tables and formats its TypeScript blocks, but runs no Prettier Markdown
  // pass (format/markdown-shape.ts): the rest of the README must already be what Prettier prints.
  it('has a README that Prettier leaves as it is', async () => {
    const readme = (await generated(goldenCase)).files.find((file) => file.path === 'README.md')!.content;
    expect(await formatText(readme, 'markdown')).toBe(readme);
  });

  it('compiles with tsc --noEmit --strict', () => {
    expect(diagnosticsByCase.get(goldenCase.name)).toEqual([]);
  });
});

/**
 * The committed files under a folder of the project, with their content: those git tracks, not what else lies
 * there (a `dist/` or `node_modules/` a build of the package left is no output of the generator).
 */
async function trackedTree(folder: string): Promise<Record<string, string>> {
  const { stdout } = await promisify(execFile)('git', ['ls-files', '-z', '--', folder], { cwd: ROOT });
  const tree: Record<string, string> = {};
  for (const path of stdout.split('\0').filter(Boolean)) tree[relative(folder, path)] = await readFile(join(ROOT, path), 'utf8');
  return tree;
}

describe('determinism', () => {
  it('cold processes give the same bytes as the committed output, whatever the locale and time zone', async () => {
    // Each run is a new process in a folder without node_modules: no format cache on disk or in memory, no
    // module state left over from an earlier generation. The second runs under another locale and time zone.
    const work = await tempDir('sdkgen-determinism-');
    try {
      const spec = join(ROOT, 'spec/openapi.yaml');
      const config = join(ROOT, 'sdk.config.json');
      const environments: NodeJS.ProcessEnv[] = [
        { TZ: 'UTC', LANG: 'C.UTF-8', LC_ALL: 'C.UTF-8' },
        { TZ: 'Pacific/Kiritimati', LANG: 'tr_TR.UTF-8', LC_ALL: 'tr_TR.UTF-8' },
      ];
      const trees = [];
      for (const [index, env] of environments.entries()) {
        const out = join(work.path, `run-${index}`);
        const run = await runCli(['generate', '--config', config, '--spec', spec, '--out', out, '--quiet'], work.path, env);
        expect(run, run.stderr).toMatchObject({ code: 0, stderr: '' });
        trees.push(await snapshotTree(out));
      }
      const committed = await trackedTree('generated/imarouter');
      expect(trees[0]).toEqual(committed);
      expect(trees[1]).toEqual(committed);
    } finally {
      await work.remove();
    }
  }, 180_000);

  it('the same bytes formatted afresh on the main thread alone and with two format workers', async () => {
    const goldenCase = cases.find((candidate) => candidate.name === 'imarouter') ?? cases[0]!;
    // No format cache: the second run must not be served what the first one formatted.
    const a = await generate({ ...goldenCase, check: true, noFormatCache: true, formatWorkers: 0 });
    const b = await generate({ ...goldenCase, check: true, noFormatCache: true, formatWorkers: 2 });
    expect(b.files.map((file) => file.path)).toEqual(a.files.map((file) => file.path));
    for (const [index, file] of a.files.entries()) expect(b.files[index]!.content).toBe(file.content);
  });
});
