/**
 * The specs whose generated output is pinned byte for byte, and where each output lives.
 *
 * `generated/imarouter/` is the whole package (it is what gets published). The fixtures' goldens under
 * `test/golden/<fixture>/` hold what the generator writes minus the static runtime (`src/core/*` files copied
 * from `templates/package/src/core/`): those are the same in every package, so they are pinned once, by the
 * templates themselves, and the golden test checks that every package gets them exactly as they are there.
 */
import { existsSync, readdirSync } from 'node:fs';
import { cp, mkdir, rm, writeFile } from 'node:fs/promises';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { packageSettingsOf, readConfig } from '../../generator/config.ts';
import { staticRuntimeFiles } from '../../generator/emit/static-runtime.ts';
import type { GenerateOptions } from '../../generator/pipeline.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'test/fixtures');
export const GOLDEN = join(ROOT, 'test/golden');
export const CONFIGS = join(FIXTURES, 'configs');

export interface GoldenCase extends GenerateOptions {
  name: string;
  /** The committed output leaves out the static runtime (test/golden/*), or is the whole package (generated/). */
  withoutStaticRuntime: boolean;
}

/** The static runtime files as every package gets them: path inside the package and content. */
export const STATIC_RUNTIME = staticRuntimeFiles();
export const STATIC_RUNTIME_PATHS = new Set(STATIC_RUNTIME.map((file) => file.path));

export async function goldenCases(): Promise<GoldenCase[]> {
  const config = await readConfig(join(ROOT, 'sdk.config.json'));
  const fixtures = readdirSync(FIXTURES)
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .sort()
    .map((file) => ({
      name: file.replace(/\.(ya?ml|json)$/, ''),
      spec: relative(ROOT, join(FIXTURES, file)),
      output: join(GOLDEN, file.replace(/\.(ya?ml|json)$/, '')),
      settings: {},
      settingsSource: 'command line',
      withoutStaticRuntime: true,
    }));
  // A fixture that needs settings (the surface config) has a config file of its own: test/fixtures/configs/<name>.json.
  for (const fixture of fixtures) {
    const file = join(CONFIGS, `${fixture.name}.json`);
    if (!existsSync(file)) continue;
    fixture.settings = packageSettingsOf(await readConfig(file));
    fixture.settingsSource = relative(ROOT, file);
  }
  return [
    {
      name: 'imarouter',
      spec: config.spec,
      overlays: config.overlays,
      output: config.output,
      settings: packageSettingsOf(config),
      settingsSource: 'sdk.config.json',
      withoutStaticRuntime: false,
    },
    ...fixtures,
  ];
}

/** Removes the static runtime files from a golden folder (after the generator wrote the whole package there). */
export async function removeStaticRuntime(dir: string): Promise<void> {
  await Promise.all(STATIC_RUNTIME.map((file) => rm(join(dir, file.path), { force: true })));
}

/**
 * The whole package a golden stands for, written to `dir`: the golden's files plus the static runtime (unless it
 * is a types-only package: no client, so no runtime).
 */
export async function materializeGolden(name: string, dir: string): Promise<void> {
  await cp(join(GOLDEN, name), dir, { recursive: true });
  if (!existsSync(join(dir, 'src/client.ts'))) return;
  for (const file of STATIC_RUNTIME) {
    await mkdir(dirname(join(dir, file.path)), { recursive: true });
    await writeFile(join(dir, file.path), file.content);
  }
}

/** Whether a golden folder holds a copy of any static runtime file (it must not). */
export function staticRuntimeCopiesIn(dir: string): string[] {
  return [...STATIC_RUNTIME_PATHS].filter((path) => existsSync(join(dir, path)));
}
