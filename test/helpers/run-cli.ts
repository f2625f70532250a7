import { execFile } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { ROOT } from './golden-cases.ts';

export interface CliResult {
  code: number;
  stdout: string;
  stderr: string;
}

/**
 * The `sdkgen` executable: the CLI compiled to dist/ (kept fresh by the global setup, test/helpers/build-cli.ts),
 * which starts in a fraction of the time tsx needs to compile the generator in every new process.
 */
export const SDKGEN = join(ROOT, 'scripts/sdkgen.mjs');

/** Runs the generator's CLI as a user would, in `cwd` (the project root by default), with `env` added to the environment. */
export function runCli(args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): Promise<CliResult> {
  return new Promise((resolve) => {
    execFile(process.execPath, [SDKGEN, ...args], { cwd, timeout: 120_000, env: { ...process.env, ...env } }, (error, stdout, stderr) => {
      const code = error ? (typeof error.code === 'number' ? error.code : 1) : 0;
      resolve({ code, stdout, stderr });
    });
  });
}

export async function tempDir(prefix = 'sdkgen-'): Promise<{ path: string; remove: () => Promise<void> }> {
  const path = await mkdtemp(join(tmpdir(), prefix));
  return { path, remove: () => rm(path, { recursive: true, force: true }) };
}

/** Every file under a folder with its content: to show that a failed run changed nothing. */
export async function snapshotTree(dir: string): Promise<Record<string, string>> {
  const snapshot: Record<string, string> = {};
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else snapshot[relative(dir, full)] = await readFile(full, 'utf8');
    }
  };
  await walk(dir);
  return snapshot;
}

export { cp };
