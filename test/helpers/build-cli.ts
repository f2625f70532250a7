/**
 * Vitest global setup: brings the compiled CLI (dist/, what `sdkgen` runs) up to date once, before any test
 * starts one. The tests run the CLI as users do, through scripts/sdkgen.mjs, which rebuilds a stale dist/ on
 * start; doing that here first keeps concurrent test runs from rebuilding it at the same time.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

export default function setup(): void {
  const result = spawnSync(process.execPath, [join(ROOT, 'scripts/sdkgen.mjs'), '--help'], { cwd: ROOT, encoding: 'utf8' });
  if (result.status !== 0) throw new Error(`building the CLI (scripts/sdkgen.mjs) failed:\n${result.stdout}${result.stderr}`);
}
