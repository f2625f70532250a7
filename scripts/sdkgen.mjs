#!/usr/bin/env node
/**
 * The `sdkgen` executable (package.json `bin`; `npx sdkgen`, `npm run sdkgen --`, and what `npm run generate`,
 * `api:diff` and `spec:update` call). Runs the CLI compiled to plain JavaScript in dist/ (what a published
 * generator ships), so that a run does not pay for compiling TypeScript at start-up. `npm ci` builds dist/
 * (the `prepare` script); when any file under generator/ or a tsconfig is newer than the build, this rebuilds
 * first, so an edited generator is never run stale. The build also records V8's compiled code of the CommonJS
 * dependencies (ts-morph and the TypeScript it bundles) in dist/code-cache, by generating a small sample
 * package, and every run compiles them from it (see generator/code-cache.ts).
 *
 *   node scripts/sdkgen.mjs generate|diff|release [flags]   # the subcommands (see generator/cli/)
 *   node scripts/sdkgen.mjs --build                         # build dist/ (npm run build)
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST_CLI = join(ROOT, 'dist/cli.js');
const CODE_CACHE = join(ROOT, 'dist/code-cache');
/** Set in the sample generation that records the code cache. */
const RECORD = 'SDKGEN_RECORD_CODE_CACHE';
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
  recordCodeCache();
}

/** A small API that loads and exercises every stage: a model, a path parameter, a query parameter, a JSON body. */
const SAMPLE = {
  openapi: '3.1.0',
  info: { title: 'Sample', version: '1.0.0' },
  paths: {
    '/things/{id}': {
      get: {
        operationId: 'getThing',
        tags: ['Things'],
        parameters: [
          { name: 'id', in: 'path', required: true, schema: { type: 'string' } },
          { name: 'expand', in: 'query', schema: { type: 'boolean' } },
        ],
        responses: { 200: { description: 'The thing', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
      },
    },
    '/things': {
      post: {
        operationId: 'createThing',
        tags: ['Things'],
        requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } },
        responses: { 201: { description: 'Created', content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
      },
    },
  },
  components: {
    schemas: {
      Thing: {
        type: 'object',
        required: ['name'],
        properties: { name: { type: 'string', description: 'Its name.' }, kind: { enum: ['a', 'b'] }, tags: { type: 'array', items: { type: 'string' } } },
      },
    },
  },
};

/**
 * Generates the sample in a scratch folder (no config, no cache) with recording on. Best effort: without a
 * cache a run only compiles as before.
 */
function recordCodeCache() {
  rmSync(CODE_CACHE, { recursive: true, force: true });
  const scratch = mkdtempSync(join(tmpdir(), 'sdkgen-code-cache-'));
  try {
    writeFileSync(join(scratch, 'sample.json'), JSON.stringify(SAMPLE));
    spawnSync(process.execPath, [fileURLToPath(import.meta.url), 'generate', '--spec', 'sample.json', '--out', 'out', '--quiet'], {
      cwd: scratch,
      env: { ...process.env, [RECORD]: '1', SDKGEN_FORMAT_WORKERS: '0' },
      stdio: 'ignore',
    });
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--build') {
  build();
} else {
  if (isStale()) build();
  const { useCodeCache } = await import(pathToFileURL(join(ROOT, 'dist/code-cache.js')).href);
  const codeCache = useCodeCache(CODE_CACHE);
  if (process.env[RECORD]) process.on('exit', () => codeCache.save());
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
