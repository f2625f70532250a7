/** The specs whose generated output is pinned byte for byte, and where each output lives. */
import { readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readConfig } from '../../generator/config.ts';
import type { GenerateOptions } from '../../generator/pipeline.ts';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const FIXTURES = join(ROOT, 'test/fixtures');
export const GOLDEN = join(ROOT, 'test/golden');

export interface GoldenCase extends GenerateOptions {
  name: string;
}

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
    }));
  return [
    {
      name: 'imarouter',
      spec: config.spec,
      output: config.output,
      settings: { packageName: config.packageName, clientName: config.clientName, envPrefix: config.envPrefix, packageVersion: config.packageVersion, taskStatus: config.taskStatus },
      settingsSource: 'sdk.config.json',
    },
    ...fixtures,
  ];
}
