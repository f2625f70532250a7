#!/usr/bin/env node
/**
 * The `sdkgen` executable (package.json `bin`; `npx sdkgen`, `npm run sdkgen --`, and what `npm run generate`,
 * `api:diff` and `spec:update` call). Runs the CLI compiled to plain JavaScript in dist/ (what a published
 * generator ships), so that a run does not pay for compiling TypeScript at start-up. `npm ci` builds dist/
 * (the `prepare` script); when any file under generator/ or a tsconfig is newer than the build, this rebuilds
 * first, so an edited generator is never run stale.
 *
 *   node scripts/sdkgen.mjs generate|diff|release [flags]   # the subcommands (see generator/cli/)
 *   node scripts/sdkgen.mjs --build                         # build dist/ (npm run build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST_CLI = join(ROOT, 'dist/cli.js');
const INPUTS = ['generator', 'tsconfig.json', 'tsconfig.build.json'];

function newestMtime(path) {
  const stats = statSync(path);
  if (!stats.isDirectory()) return stats.mtimeMs;
  let newest = stats.mtimeMs;
  for (const name of readdirSync(path)) newest = Math.max(newest, newestMtime(join(path, name)));
  return newest;
}

function isStale() {
  if (!existsSync(DIST_CLI)) return true;
  const built = statSync(DIST_CLI).mtimeMs;
  // Without the sources (an installed copy) there is nothing to rebuild from.
  return INPUTS.some((input) => existsSync(join(ROOT, input)) && newestMtime(join(ROOT, input)) > built);
}

function build() {
  // A clean folder: files of renamed or deleted modules must not linger. noEmitOnError keeps a broken
  // build from leaving a half-written dist/ that would look fresh.
  rmSync(join(ROOT, 'dist'), { recursive: true, force: true });
  const tsc = join(ROOT, 'node_modules/typescript/bin/tsc');
  const result = spawnSync(process.execPath, [tsc, '-p', join(ROOT, 'tsconfig.build.json')], { stdio: 'inherit' });
  if (result.status !== 0) {
    console.error('sdkgen: building the generator (tsc -p tsconfig.build.json) failed; see the errors above');
    process.exit(1);
  }
}

if (process.argv[2] === '--build') {
  build();
} else {
  if (isStale()) build();
  if (process.argv[2] === 'generate' && !process.argv.includes('--help')) {
    // Format workers start loading Prettier now, on the other cores, while this thread loads the generator's
    // modules (ts-morph and TypeScript take the longest). The pipeline finds them running.
    try {
      const { startFormatWorkers } = await import(pathToFileURL(join(ROOT, 'dist/format/format-pool.js')).href);
      startFormatWorkers();
    } catch {
      // A bad SDKGEN_FORMAT_WORKERS: the pipeline reports it.
    }
  }
  await import(pathToFileURL(DIST_CLI).href);
}
