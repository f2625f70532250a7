/**
 * The generators the bench runs, each as a fresh child process so that module loading counts as a user sees it:
 * ours (`node scripts/sdkgen.mjs generate`, what `npm run generate` runs: the compiled CLI in dist/) and two peers
 * run by node directly (what `npx` would run, without npm's own start-up, which our side does not pay either):
 * openapi-typescript (types only) and hey-api (a full SDK: types, client and one function per operation).
 * Both peers are dev dependencies of the bench only.
 */
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { failure, measureNode } from './child-process.ts';
import type { Options } from './options.ts';
import { CLI, ROOT, TSC } from './paths.ts';

export const PHASES = ['load', 'ir', 'surface', 'emit', 'format', 'write'] as const;
export type Phase = (typeof PHASES)[number];

export interface Run {
  ok: boolean;
  /** Why the run gave no figures. */
  error?: string;
  wallMs: number;
  rssKb?: number;
  cpuMs?: number;
  bytes?: number;
  files?: number;
  /** Ours only: the summary line's figures. */
  phases?: Record<Phase, number>;
  inProcessMs?: number;
  operations?: number;
  types?: number;
  written?: number;
  unchanged?: number;
}

export interface TscRun {
  ok: boolean;
  wallMs: number;
  errors: number;
  /** The first diagnostic, shortened. */
  first?: string;
}

export interface Generator {
  name: string;
  version: string;
  run(spec: string, output: string, options: Options): Promise<Run>;
  /** Type-checks an output folder of this generator. */
  tsc(output: string, options: Options): Promise<TscRun>;
}

async function folderSize(folder: string): Promise<{ bytes: number; files: number }> {
  let bytes = 0;
  let files = 0;
  for (const entry of await readdir(folder, { withFileTypes: true })) {
    const path = join(folder, entry.name);
    if (entry.isDirectory()) {
      const inner = await folderSize(path);
      bytes += inner.bytes;
      files += inner.files;
    } else if (entry.isFile()) {
      bytes += (await stat(path)).size;
      files++;
    }
  }
  return { bytes, files };
}

async function runTsc(args: string[], options: Options): Promise<TscRun> {
  const measured = await measureNode([TSC, '--noEmit', ...args], options);
  const output = `${measured.stdout}\n${measured.stderr}`;
  const errors = (output.match(/error TS\d+/g) ?? []).length;
  if (measured.code === 0) return { ok: true, wallMs: measured.wallMs, errors: 0 };
  const first = output.split('\n').find((line) => /error TS\d+/.test(line)) ?? output.trim().split('\n')[0];
  return { ok: false, wallMs: measured.wallMs, errors: Math.max(errors, 1), first: first?.replace(/\S*sdkgen-bench-[^/]+\//, '<out>/').slice(0, 200) };
}

/** A peer's output checked strict, as a user's project would (not with this project's tsconfig). */
const STRICT = ['--ignoreConfig', '--strict', '--skipLibCheck', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', '--lib', 'ES2022,DOM'];

const SUMMARY = /generated (\d+) operations and (\d+) types into .*: (\d+) written, (\d+) unchanged, \d+ removed; \d+ warnings; ([\d.]+) s \(([^)]*)\)/;

/** The figures of our summary line (undefined when the line is not there). */
export function parseSummary(line: string): Pick<Run, 'phases' | 'inProcessMs' | 'operations' | 'types' | 'written' | 'unchanged'> | undefined {
  const match = SUMMARY.exec(line);
  if (!match) return undefined;
  const phases = {} as Record<Phase, number>;
  for (const [, phase, seconds] of match[6].matchAll(/(\w+) ([\d.]+) s/g)) {
    if ((PHASES as readonly string[]).includes(phase)) phases[phase as Phase] = Number(seconds) * 1000;
  }
  return { phases, inProcessMs: Number(match[5]) * 1000, operations: Number(match[1]), types: Number(match[2]), written: Number(match[3]), unchanged: Number(match[4]) };
}

export const sdkgen: Generator = {
  name: 'sdkgen',
  version: (JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string }).version,
  async run(spec, output, options) {
    const measured = await measureNode([CLI, 'generate', '--spec', spec, '--out', output, '--quiet'], options, options.timeoutMs);
    if (measured.code !== 0) return { ok: false, error: failure(measured, options.timeoutMs), wallMs: measured.wallMs, rssKb: measured.rssKb, cpuMs: measured.cpuMs };
    const summary = parseSummary(measured.stdout);
    if (!summary) return { ok: false, error: `no summary line in: ${measured.stdout.trim().slice(0, 200)}`, wallMs: measured.wallMs, rssKb: measured.rssKb };
    return { ok: true, wallMs: measured.wallMs, rssKb: measured.rssKb, cpuMs: measured.cpuMs, ...(await folderSize(output)), ...summary };
  },
  tsc: (output, options) => runTsc(['-p', join(output, 'tsconfig.json')], options),
};

/** A peer installed under node_modules: its manifest's version and the file of one of its bins. */
function installed(name: string, bin: string): { bin: string; version: string } | undefined {
  const folder = join(ROOT, 'node_modules', name);
  if (!existsSync(join(folder, 'package.json'))) return undefined;
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string; bin: string | Record<string, string> };
  return { bin: join(folder, typeof manifest.bin === 'string' ? manifest.bin : manifest.bin[bin]), version: manifest.version };
}

function peer(name: string, bin: string, args: (spec: string, output: string) => string[], tscArgs: (output: string) => string[]): Generator | undefined {
  const found = installed(name, bin);
  if (!found) return undefined;
  return {
    name,
    version: found.version,
    async run(spec, output, options) {
      await mkdir(output, { recursive: true });
      const measured = await measureNode([found.bin, ...args(spec, output)], options, options.timeoutMs);
      if (measured.code !== 0) return { ok: false, error: failure(measured, options.timeoutMs), wallMs: measured.wallMs, rssKb: measured.rssKb, cpuMs: measured.cpuMs };
      return { ok: true, wallMs: measured.wallMs, rssKb: measured.rssKb, cpuMs: measured.cpuMs, ...(await folderSize(output)) };
    },
    tsc: (output, options) => runTsc([...STRICT, ...tscArgs(output)], options),
  };
}

/** The peers that are installed (npm ci installs both). */
export function peers(): Generator[] {
  const openapiTypescript = peer(
    'openapi-typescript',
    'openapi-typescript',
    (spec, output) => [spec, '-o', join(output, 'types.ts')],
    (output) => [join(output, 'types.ts')],
  );
  // hey-api reads a bare relative path as a registry shorthand, so the spec is given as an absolute path.
  const heyApi = peer(
    '@hey-api/openapi-ts',
    'openapi-ts',
    (spec, output) => ['-i', spec, '-o', output, '--silent', '--no-log-file'],
    (output) => [join(output, 'index.ts')],
  );
  return [openapiTypescript, heyApi].filter((generator): generator is Generator => generator !== undefined);
}
