/** The pipeline: every phase timed, warnings the pipeline itself adds, check mode writes nothing, a failure writes nothing. */
import { existsSync } from 'node:fs';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../generator/errors.ts';
import { generate, type GenerateOptions } from '../generator/pipeline.ts';
import type { PackageSettings } from '../generator/config.ts';
import { snapshotTree, tempDir } from './helpers/run-cli.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  work = await tempDir('sdkgen-pipeline-');
});
afterAll(async () => work?.remove());

/** A one-operation API with the given info.version. */
async function spec(version: string): Promise<string> {
  const path = join(work.path, `spec-${version.replace(/\W+/g, '_')}.yaml`);
  await writeFile(
    path,
    [
      'openapi: 3.0.3',
      `info: { title: Pets, version: '${version}' }`,
      'paths:',
      '  /pets:',
      '    get:',
      '      operationId: listPets',
      '      responses:',
      "        '200':",
      '          description: the pets',
      '          content:',
      '            application/json:',
      '              schema: { type: array, items: { type: string } }',
      '',
    ].join('\n'),
  );
  return path;
}

function options(specPath: string, settings: PackageSettings = {}, output = join(work.path, 'never-written')): GenerateOptions {
  return { spec: specPath, output, settings, settingsSource: 'sdk.config.json', check: true };
}

describe('the package version warning', () => {
  const cases: { version: string; settings?: PackageSettings; warning?: string; packageVersion: string }[] = [
    { version: '1.2.0', packageVersion: '1.2.0' },
    { version: '2.0.0-beta.1', packageVersion: '2.0.0-beta.1' },
    { version: '2024-06-20', warning: 'info.version "2024-06-20" is not a semantic version; the package is versioned 2024.6.20', packageVersion: '2024.6.20' },
    { version: '01.2.3', warning: 'info.version "01.2.3" is not a semantic version; the package is versioned 1.2.3', packageVersion: '1.2.3' },
    { version: 'v2', warning: 'the package is versioned 2.0.0', packageVersion: '2.0.0' },
    { version: '2024-06-20', settings: { packageVersion: '3.1.0' }, packageVersion: '3.1.0' },
  ];
  it.each(cases)('info.version $version, settings $settings', async ({ version, settings, warning, packageVersion }) => {
    const result = await generate(options(await spec(version), settings));
    const versionWarnings = result.warnings.filter((item) => item.message.startsWith('info.version'));
    if (warning) {
      expect(versionWarnings).toHaveLength(1);
      expect(versionWarnings[0]!.message).toContain(warning);
      expect(versionWarnings[0]!.location).toMatchObject({ pointer: '#/info/version', line: 2 });
    } else {
      expect(versionWarnings).toEqual([]);
    }
    expect(JSON.parse(result.files.find((file) => file.path === 'package.json')!.content).version).toBe(packageVersion);
  });
});

it('warns, with its pointer in the config, about a taskStatus override for an operation that fetches no task', async () => {
  const result = await generate(options(await spec('1.0.0'), { taskStatus: { operations: { listPets: { success: ['done'] } } } }));
  expect(result.warnings).toEqual([
    {
      kind: { id: 'task-status-unknown-operation', summary: expect.any(String) },
      message: 'taskStatus names "listPets", which is not the fetch operation of any task; ignored',
      location: { file: 'sdk.config.json', pointer: '#/taskStatus/operations/listPets' },
    },
  ]);
});

describe('writing', () => {
  it('check mode times every phase, writes nothing and lists every file as differing', async () => {
    const output = join(work.path, 'checked');
    const result = await generate(options(await spec('1.0.0'), {}, output));
    expect(Object.keys(result.timings).sort()).toEqual(['emit', 'format', 'ir', 'load', 'surface', 'write']);
    expect(existsSync(output)).toBe(false);
    expect(result.write).toBeUndefined();
    expect(result.differing).toEqual([...result.files.map((file) => file.path), '.sdkgen-manifest.json']);
  });

  it('writes the files it lists; a second run in check mode finds nothing to change', async () => {
    const output = join(work.path, 'written');
    const written = await generate({ ...options(await spec('1.0.0'), {}, output), check: false });
    expect(written.write).toMatchObject({ written: written.files.length + 1, unchanged: 0, removed: 0 });
    const tree = await snapshotTree(output);
    for (const file of written.files) expect(tree[file.path], file.path).toBe(file.content);
    expect((await generate(options(await spec('1.0.0'), {}, output))).differing).toEqual([]);
  });

  it('onWarnings sees every warning before anything is written; throwing there writes nothing', async () => {
    const output = join(work.path, 'strict');
    await mkdir(output);
    await writeFile(join(output, 'mine.txt'), 'kept');
    let seen: string[] = [];
    const refuse = (warnings: readonly { kind: { id: string } }[]) => {
      seen = warnings.map((warning) => warning.kind.id);
      throw new GeneratorError('refused', undefined, 'hint');
    };
    const failure = await generate({ ...options(await spec('v2'), {}, output), check: false, onWarnings: refuse }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GeneratorError);
    expect(seen).toEqual(['version-not-semver']);
    expect(await snapshotTree(output)).toEqual({ 'mine.txt': 'kept' });
  });

  it('a bad setting fails before anything is written', async () => {
    const output = join(work.path, 'refused');
    await mkdir(output);
    await writeFile(join(output, 'mine.txt'), 'kept');
    const failure = await generate({ ...options(await spec('1.0.0'), { clientName: 'not-a-class' }, output), check: false }).catch((error: unknown) => error);
    expect(failure).toBeInstanceOf(GeneratorError);
    expect(await snapshotTree(output)).toEqual({ 'mine.txt': 'kept' });
  });
});

describe('the MCP package beside the SDK', () => {
  it('is planned, emitted and written with the SDK; --check compares both', async () => {
    const output = join(work.path, 'with-mcp', 'pets');
    const mcpOutput = join(work.path, 'with-mcp', 'pets-mcp');
    const run = { ...options(await spec('1.0.0'), {}, output), check: false, mcp: { output: mcpOutput } };
    const result = await generate(run);
    expect(result.mcp!.plan.tools.map((tool) => tool.name)).toEqual(['pets_list']);
    expect(result.mcp!.write).toMatchObject({ written: result.mcp!.files.length + 1, unchanged: 0, removed: 0 });
    expect(JSON.parse((await snapshotTree(mcpOutput))['package.json']!)).toMatchObject({ name: 'pets-mcp', dependencies: { 'pets-sdk': 'file:../pets' } });
    expect((await generate({ ...run, check: true })).differing).toEqual([]);
    await writeFile(join(mcpOutput, 'src/tools.ts'), 'edited');
    expect((await generate({ ...run, check: true })).differing).toEqual([join(mcpOutput, 'src/tools.ts')]);
  });

  it('is not generated for an API without operations, with a warning located at the config', async () => {
    const path = join(work.path, 'types-only.yaml');
    await writeFile(path, 'openapi: 3.0.3\ninfo: { title: Types, version: 1.0.0 }\npaths: {}\ncomponents: { schemas: { A: { type: string } } }\n');
    const result = await generate({ ...options(path), mcp: { output: join(work.path, 'never-mcp') } });
    expect(result.mcp).toBeUndefined();
    expect(result.warnings.filter((warning) => warning.kind.id === 'mcp-types-only').map((warning) => warning.location)).toEqual([{ file: 'sdk.config.json', pointer: '#/mcp' }]);
  });
});
