/**
 * Generation benchmark (issue 8): our generator against openapi-typescript on the same specs, in the same run.
 * Prints figures; asserts nothing.
 *
 *   npm run bench                          # gateway spec (5 runs) and the largest corpus spec (3 runs)
 *   npm run bench -- --runs 3              # another number of runs for both specs
 *   npm run bench -- --only gateway        # or: --only corpus
 *   npm run bench -- --timeout 0           # no time limit per generator process (default 120 s)
 *
 * Every run is a fresh child process, so module loading counts as a user sees it. Ours is
 * `node scripts/sdkgen.mjs generate --spec S --out O --quiet` (what `npm run generate` runs: the compiled CLI in
 * dist/, built once before the first run); its summary line gives the time of each phase. Theirs is openapi-typescript's CLI run by node directly (what `npx openapi-typescript S -o O/types.ts`
 * runs, without npm's own start-up, which our side does not pay either). Runs alternate ours/theirs so drift
 * (load from other processes, CPU frequency) affects both alike; each figure is the median of the runs.
 *
 * Full runs never see the format cache: each goes to a fresh output folder (the cache is keyed by output folder),
 * and that folder's cache file in node_modules/.cache/sdkgen/ is deleted before and after. The regeneration figure
 * generates the gateway SDK into one folder once, then repeatedly changes one operation's summary in a copy of the
 * spec and regenerates into the same folder, as a developer iterating on a spec would: once with a fresh process
 * each time, and once with `generate --watch` running (timed from writing the spec to the watcher's summary line).
 *
 * Peak memory is the child's maximum resident set size, from `/usr/bin/time` when installed, else from
 * `process.resourceUsage().maxRSS` written at exit by the preloaded scripts/bench/measure.mjs (`--rss hook`
 * forces that). A generator process that exceeds `--timeout` is killed and reported as such; a side whose runs
 * would exceed `--budget` seconds for one spec gets fewer runs (at least one) so the bench stays a few minutes.
 */
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { basename, dirname, extname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, parseDocument, type Scalar, type YAMLMap } from 'yaml';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const NODE = process.execPath;
const CLI = join(ROOT, 'scripts/sdkgen.mjs');
const TSC = join(ROOT, 'node_modules/.bin/tsc');
const MEASURE = join(ROOT, 'scripts/bench/measure.mjs');
const GATEWAY_SPEC = join(ROOT, 'spec/openapi.yaml');
const CORPUS_MANIFEST = join(ROOT, 'scripts/corpus/corpus.json');
const CORPUS_SPECS = join(ROOT, '.cache/corpus/specs');
const FORMAT_CACHE = join(ROOT, 'node_modules/.cache/sdkgen');
const GNU_TIME = '/usr/bin/time';
const PHASES = ['load', 'ir', 'emit', 'format', 'write'] as const;
type Phase = (typeof PHASES)[number];

// ---------------------------------------------------------------------------------------------------- options

interface Options {
  gatewayRuns: number;
  corpusRuns: number;
  only?: 'gateway' | 'corpus';
  timeoutMs: number;
  budgetMs: number;
  rss: 'time' | 'hook';
}

function usage(): string {
  return [
    'usage: npm run bench -- [--runs N] [--only gateway|corpus] [--timeout S] [--budget S] [--rss time|hook]',
    '  --runs N      runs per spec (default: 5 for the gateway spec, 3 for the largest corpus spec)',
    '  --only X      only the gateway spec, or only the largest corpus spec',
    '  --timeout S   kill a generator process after S seconds (default 120; 0: no limit)',
    '  --budget S    seconds one side may spend on one spec before it stops adding runs (default 150; 0: no limit)',
    '  --rss X       peak memory from /usr/bin/time (default when installed) or from a preloaded exit hook',
  ].join('\n');
}

function parseOptions(argv: string[]): Options {
  const options: Options = { gatewayRuns: 5, corpusRuns: 3, timeoutMs: 120_000, budgetMs: 150_000, rss: existsSync(GNU_TIME) ? 'time' : 'hook' };
  const value = (index: number): string => {
    const next = argv[index + 1];
    if (next === undefined) throw new Error(`${argv[index]} needs a value\n${usage()}`);
    return next;
  };
  const seconds = (index: number): number => {
    const number = Number(value(index));
    if (!Number.isFinite(number) || number < 0) throw new Error(`${argv[index]} takes a number of seconds ≥ 0, got ${argv[index + 1]}`);
    return number === 0 ? Infinity : number * 1000;
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    if (flag === '--runs') {
      const runs = Number(value(index));
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes an integer ≥ 1, got ${argv[index + 1]}`);
      options.gatewayRuns = options.corpusRuns = runs;
      index++;
    } else if (flag === '--only') {
      const only = value(index);
      if (only !== 'gateway' && only !== 'corpus') throw new Error(`--only takes gateway or corpus, got ${only}`);
      options.only = only;
      index++;
    } else if (flag === '--timeout') {
      options.timeoutMs = seconds(index++);
    } else if (flag === '--budget') {
      options.budgetMs = seconds(index++);
    } else if (flag === '--rss') {
      const rss = value(index++);
      if (rss !== 'time' && rss !== 'hook') throw new Error(`--rss takes time or hook, got ${rss}`);
      if (rss === 'time' && !existsSync(GNU_TIME)) throw new Error(`--rss time: ${GNU_TIME} is not installed`);
      options.rss = rss;
    } else {
      throw new Error(`unknown argument ${flag}\n${usage()}`);
    }
  }
  return options;
}

// ------------------------------------------------------------------------------------------ child processes

interface Measured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak resident set size, KiB. */
  rssKb?: number;
  /** User + system CPU time of the process, which other processes on the machine disturb less than wall time. */
  cpuMs?: number;
  timedOut: boolean;
}

const running = new Set<number>();
let scratch = '';
let rssCounter = 0;

function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
}

function limited(text: string, chunk: Buffer): string {
  return text.length > 1_000_000 ? text : text + chunk.toString();
}

/** Runs `node <args>` in its own process group, timing it from spawn to exit and taking its peak memory. */
async function measureNode(args: string[], options: Options, timeoutMs = Infinity): Promise<Measured> {
  const rssFile = join(scratch, `rss-${++rssCounter}.txt`);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  let command: string;
  let commandArgs: string[];
  if (options.rss === 'time') {
    command = GNU_TIME;
    commandArgs = ['-f', '%M %U %S', '-o', rssFile, NODE, ...args];
  } else {
    command = NODE;
    commandArgs = ['--import', MEASURE, ...args];
    env.BENCH_RSS_FILE = rssFile;
  }
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child.pid!);
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout = limited(stdout, chunk)));
  child.stderr.on('data', (chunk: Buffer) => (stderr = limited(stderr, chunk)));
  const timer =
    timeoutMs === Infinity
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          killGroup(child.pid!);
        }, timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  running.delete(child.pid!);
  let rssKb: number | undefined;
  let cpuMs: number | undefined;
  try {
    // "<max RSS KiB> <user s> <system s>"; GNU time may put "Command exited with non-zero status 1" before it.
    const lines = (await readFile(rssFile, 'utf8')).trim().split('\n');
    const [rss, user, system] = lines[lines.length - 1].trim().split(/\s+/).map(Number);
    if (Number.isFinite(rss) && rss > 0) rssKb = rss;
    if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user + system) * 1000;
    await rm(rssFile, { force: true });
  } catch {
    // Killed before the exit hook ran: no figure.
  }
  return { code, signal, stdout, stderr, wallMs, rssKb, cpuMs, timedOut };
}

// --------------------------------------------------------------------------------------------------- runs

interface Run {
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

function failure(measured: Measured, timeoutMs: number): string {
  if (measured.timedOut) return `timed out after ${(timeoutMs / 1000).toFixed(0)} s`;
  const lines = `${measured.stderr}\n${measured.stdout}`.split('\n').map((line) => line.trim()).filter(Boolean);
  const reason = lines.find((line) => /error/i.test(line)) ?? lines[0] ?? '';
  return `exit ${measured.code ?? measured.signal}${reason ? `: ${reason.slice(0, 160)}` : ''}`;
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

/** The format cache file of one output folder (generator/format/format-files.ts: keyed by the resolved --out). */
function formatCacheFile(output: string): string {
  return join(FORMAT_CACHE, `${createHash('sha256').update(output).digest('hex').slice(0, 16)}.json`);
}

const SUMMARY = /generated (\d+) operations and (\d+) types into .*: (\d+) written, (\d+) unchanged, \d+ removed; \d+ warnings; ([\d.]+) s \(([^)]*)\)/;

async function runOurs(spec: string, output: string, options: Options): Promise<Run> {
  const measured = await measureNode([CLI, 'generate', '--spec', spec, '--out', output, '--quiet'], options, options.timeoutMs);
  if (measured.code !== 0) return { ok: false, error: failure(measured, options.timeoutMs), wallMs: measured.wallMs, rssKb: measured.rssKb, cpuMs: measured.cpuMs };
  const match = SUMMARY.exec(measured.stdout);
  if (!match) return { ok: false, error: `no summary line in: ${measured.stdout.trim().slice(0, 200)}`, wallMs: measured.wallMs, rssKb: measured.rssKb };
  const phases = {} as Record<Phase, number>;
  for (const [, phase, seconds] of match[6].matchAll(/(\w+) ([\d.]+) s/g)) {
    if ((PHASES as readonly string[]).includes(phase)) phases[phase as Phase] = Number(seconds) * 1000;
  }
  return {
    ok: true,
    wallMs: measured.wallMs,
    rssKb: measured.rssKb,
    cpuMs: measured.cpuMs,
    ...(await folderSize(output)),
    phases,
    inProcessMs: Number(match[5]) * 1000,
    operations: Number(match[1]),
    types: Number(match[2]),
    written: Number(match[3]),
    unchanged: Number(match[4]),
  };
}

function openapiTypescript(): { bin: string; version: string } | undefined {
  const folder = join(ROOT, 'node_modules/openapi-typescript');
  if (!existsSync(join(folder, 'package.json'))) return undefined;
  const manifest = JSON.parse(readFileSync(join(folder, 'package.json'), 'utf8')) as { version: string; bin: string | Record<string, string> };
  const bin = typeof manifest.bin === 'string' ? manifest.bin : manifest.bin['openapi-typescript'];
  return { bin: join(folder, bin), version: manifest.version };
}

async function runTheirs(spec: string, output: string, options: Options): Promise<Run> {
  const ots = openapiTypescript()!;
  await mkdir(output, { recursive: true });
  const measured = await measureNode([ots.bin, spec, '-o', join(output, 'types.ts')], options, options.timeoutMs);
  if (measured.code !== 0) return { ok: false, error: failure(measured, options.timeoutMs), wallMs: measured.wallMs, rssKb: measured.rssKb, cpuMs: measured.cpuMs };
  return { ok: true, wallMs: measured.wallMs, rssKb: measured.rssKb, cpuMs: measured.cpuMs, ...(await folderSize(output)) };
}

interface TscRun {
  ok: boolean;
  wallMs: number;
  errors: number;
  /** The first diagnostic, shortened. */
  first?: string;
}

async function runTsc(args: string[], options: Options): Promise<TscRun> {
  const measured = await measureNode([TSC, '--noEmit', ...args], options);
  const output = `${measured.stdout}\n${measured.stderr}`;
  const errors = (output.match(/error TS\d+/g) ?? []).length;
  if (measured.code === 0) return { ok: true, wallMs: measured.wallMs, errors: 0 };
  const first = output.split('\n').find((line) => /error TS\d+/.test(line)) ?? output.trim().split('\n')[0];
  return { ok: false, wallMs: measured.wallMs, errors: Math.max(errors, 1), first: first?.replace(/\S*sdkgen-bench-[^/]+\//, '<out>/').slice(0, 200) };
}

const tscOurs = (output: string, options: Options) => runTsc(['-p', join(output, 'tsconfig.json')], options);
/** Their output is one types-only file; checked strict, as a user's project would (not with this project's tsconfig). */
const tscTheirs = (output: string, options: Options) =>
  runTsc(['--ignoreConfig', '--strict', '--skipLibCheck', '--target', 'ES2022', '--module', 'NodeNext', '--moduleResolution', 'NodeNext', join(output, 'types.ts')], options);

// ------------------------------------------------------------------------------------------------ figures

function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

function seconds(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function bytes(count: number | undefined): string {
  if (count === undefined) return '—';
  if (count < 1024 * 1024) return `${(count / 1024).toFixed(0)} KiB`;
  return `${(count / 1024 / 1024).toFixed(count < 100 * 1024 * 1024 ? 2 : 0)} MiB`;
}

function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined || theirs === 0) return '—';
  return `${(ours / theirs).toFixed(2)}×`;
}

function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    '  ' + cells.map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column]))).join('   ').trimEnd();
  return [line(header), '  ' + widths.map((width) => '─'.repeat(width)).join('   '), ...rows.map(line)].join('\n');
}

function progress(line: string): void {
  process.stderr.write(`  · ${line}\n`);
}

interface SideFigures {
  runs: Run[];
  ok: Run[];
  wallMs?: number;
  rssKb?: number;
  cpuMs?: number;
  bytes?: number;
  files?: number;
  tsc: TscRun[];
  tscMs?: number;
}

function figures(runs: Run[], tsc: TscRun[]): SideFigures {
  const ok = runs.filter((run) => run.ok);
  return {
    runs,
    ok,
    wallMs: median(ok.map((run) => run.wallMs)),
    rssKb: median(ok.flatMap((run) => (run.rssKb === undefined ? [] : [run.rssKb]))),
    cpuMs: median(ok.flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs]))),
    bytes: median(ok.map((run) => run.bytes!)),
    files: median(ok.map((run) => run.files!)),
    tsc,
    tscMs: median(tsc.map((run) => run.wallMs)),
  };
}

/** The cell of a side that has no successful run: why. */
function missing(side: SideFigures): string {
  return side.runs.find((run) => !run.ok)?.error ?? '—';
}

function phaseMedian(runs: Run[], phase: Phase): number | undefined {
  return median(runs.map((run) => run.phases![phase]));
}

function startupMedian(runs: Run[]): number | undefined {
  return median(runs.map((run) => run.wallMs - run.inProcessMs!));
}

// -------------------------------------------------------------------------------------------------- bench

interface SpecResult {
  ours: SideFigures;
  theirs?: SideFigures;
}

/** Stops adding runs to a side once its time so far predicts it would pass the budget. */
function planned(runs: Run[], plan: number, budgetMs: number): number {
  const last = runs[runs.length - 1];
  if (!last.ok) return runs.length;
  const spent = runs.reduce((sum, run) => sum + run.wallMs, 0);
  const perRun = spent / runs.length;
  const affordable = runs.length + Math.max(0, Math.floor((budgetMs - spent) / perRun));
  return Math.max(1, Math.min(plan, affordable));
}

/** Work done once per round of runs, between ours and theirs, so that it sees the same machine conditions. */
type Round = (index: number) => Promise<void>;

async function benchSpec(label: string, spec: string, runs: number, tscRuns: number, options: Options, round?: Round): Promise<SpecResult> {
  const withTheirs = openapiTypescript() !== undefined;
  const ours: Run[] = [];
  const theirs: Run[] = [];
  const oursTsc: TscRun[] = [];
  const theirsTsc: TscRun[] = [];
  let oursPlan = runs;
  let theirsPlan = withTheirs ? runs : 0;
  for (let index = 0; index < Math.max(oursPlan, theirsPlan); index++) {
    if (index < oursPlan) {
      const output = join(scratch, `${label}-ours-${index + 1}`);
      await rm(formatCacheFile(output), { force: true });
      const run = await runOurs(spec, output, options);
      ours.push(run);
      let note = '';
      if (run.ok && oursTsc.length < tscRuns) {
        const tsc = await tscOurs(output, options);
        oursTsc.push(tsc);
        note = `, tsc ${seconds(tsc.wallMs)}${tsc.ok ? '' : ` (${tsc.errors} errors; first: ${tsc.first})`}`;
      }
      progress(`${label} run ${index + 1}/${oursPlan}: sdkgen ${run.ok ? seconds(run.wallMs) : run.error}${note}`);
      await rm(output, { recursive: true, force: true });
      await rm(formatCacheFile(output), { force: true });
      oursPlan = planned(ours, oursPlan, options.budgetMs);
      if (round) await round(index);
    }
    if (index < theirsPlan) {
      const output = join(scratch, `${label}-theirs-${index + 1}`);
      const run = await runTheirs(spec, output, options);
      theirs.push(run);
      let note = '';
      if (run.ok && theirsTsc.length < tscRuns) {
        const tsc = await tscTheirs(output, options);
        theirsTsc.push(tsc);
        note = `, tsc ${seconds(tsc.wallMs)}${tsc.ok ? '' : ` (${tsc.errors} errors; first: ${tsc.first})`}`;
      }
      progress(`${label} run ${index + 1}/${theirsPlan}: openapi-typescript ${run.ok ? seconds(run.wallMs) : run.error}${note}`);
      await rm(output, { recursive: true, force: true });
      theirsPlan = planned(theirs, theirsPlan, options.budgetMs);
    }
  }
  return { ours: figures(ours, oursTsc), theirs: withTheirs ? figures(theirs, theirsTsc) : undefined };
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];

/** The first operation of the document, preferring one with a summary. */
function firstOperation(text: string): { path: string; method: string; summary?: string } {
  const document = parseDocument(text, { keepSourceTokens: false });
  const paths = document.get('paths');
  let first: { path: string; method: string; summary?: string } | undefined;
  if (isMap(paths)) {
    for (const pathItem of (paths as YAMLMap).items) {
      if (!isMap(pathItem.value)) continue;
      for (const operation of (pathItem.value as YAMLMap).items) {
        const method = String(isScalar(operation.key) ? operation.key.value : operation.key);
        if (!METHODS.includes(method) || !isMap(operation.value)) continue;
        const summary = (operation.value as YAMLMap).get('summary');
        const found = { path: String(isScalar(pathItem.key) ? pathItem.key.value : pathItem.key), method, summary: typeof summary === 'string' ? summary : undefined };
        if (found.summary !== undefined) return found;
        first ??= found;
      }
    }
  }
  if (!first) throw new Error('the spec has no operation to change');
  return first;
}

/** The spec text with one operation's summary replaced, the rest of the text byte for byte. */
function withSummary(text: string, target: { path: string; method: string }, summary: string, json: boolean): string {
  const document = parseDocument(text);
  const node = document.getIn(['paths', target.path, target.method, 'summary'], true) as Scalar | undefined;
  if (node?.range) return text.slice(0, node.range[0]) + JSON.stringify(summary) + text.slice(node.range[1]);
  if (json) {
    const parsed = JSON.parse(text) as { paths: Record<string, Record<string, { summary?: string }>> };
    parsed.paths[target.path][target.method].summary = summary;
    return JSON.stringify(parsed, null, 2);
  }
  document.setIn(['paths', target.path, target.method, 'summary'], summary);
  return document.toString();
}

interface Regeneration {
  target: string;
  initial?: Run;
  /** One fresh process per regeneration. */
  runs: Run[];
  /** `generate --watch`: wall time from writing the spec to the summary line, and the line's in-process time. */
  watched: { wallMs: number; inProcessMs: number; written: number }[];
  watchError?: string;
  /** Regenerates once after the next one-operation change (a no-op once a run failed). */
  round: Round;
  dispose(): Promise<void>;
}

/** A `generate --watch` process on its own copy of the spec: each edit resolves with the next summary line. */
async function startWatcher(copy: string, output: string): Promise<{ edit(text: string): Promise<{ wallMs: number; inProcessMs: number; written: number }>; stop(): void }> {
  const child = spawn(NODE, [CLI, 'generate', '--spec', copy, '--out', output, '--quiet', '--watch'], { cwd: ROOT, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child.pid!);
  let pending: ((line: string) => void) | undefined;
  let buffered = '';
  let stderr = '';
  const lines: string[] = [];
  child.stderr.on('data', (chunk: Buffer) => (stderr = limited(stderr, chunk)));
  child.stdout.on('data', (chunk: Buffer) => {
    buffered += chunk.toString();
    for (let end = buffered.indexOf('\n'); end >= 0; end = buffered.indexOf('\n')) {
      const line = buffered.slice(0, end);
      buffered = buffered.slice(end + 1);
      if (pending) {
        const resolve = pending;
        pending = undefined;
        resolve(line);
      } else lines.push(line);
    }
  });
  const nextLine = (timeoutMs = 60_000) =>
    new Promise<string>((resolve, reject) => {
      const queued = lines.shift();
      if (queued !== undefined) return resolve(queued);
      const timer = setTimeout(() => reject(new Error(`the watcher printed nothing for ${timeoutMs / 1000} s${stderr ? `: ${stderr.trim().slice(0, 200)}` : ''}`)), timeoutMs);
      pending = (line) => {
        clearTimeout(timer);
        resolve(line);
      };
    });
  const stop = () => {
    killGroup(child.pid!);
    running.delete(child.pid!);
  };
  // The first generation, then "watching …".
  for (let line = await nextLine(); !line.startsWith('watching'); line = await nextLine());
  return {
    stop,
    async edit(text) {
      const started = performance.now();
      await writeFile(copy, text);
      const line = await nextLine();
      const wallMs = performance.now() - started;
      const match = SUMMARY.exec(line);
      if (!match) throw new Error(`unexpected watcher output: ${line.slice(0, 200)}`);
      return { wallMs, inProcessMs: Number(match[5]) * 1000, written: Number(match[3]) };
    },
  };
}

/**
 * Generates into one folder once, then each round changes one operation's summary in a copy of the spec (a new
 * text each time) and regenerates into that folder: only what the change touches misses the format cache.
 * The same edit then goes to a second copy that a `generate --watch` process is watching.
 */
async function prepareRegeneration(spec: string, options: Options): Promise<Regeneration> {
  const folder = join(scratch, 'regen');
  // The spec's whole folder, so that relative $refs still resolve from the copy.
  await cp(dirname(spec), join(folder, 'spec'), { recursive: true });
  await cp(dirname(spec), join(folder, 'watched-spec'), { recursive: true });
  const copy = join(folder, 'spec', basename(spec));
  const watchedCopy = join(folder, 'watched-spec', basename(spec));
  const output = join(folder, 'out');
  const watchedOutput = join(folder, 'watched-out');
  const original = await readFile(copy, 'utf8');
  const operation = firstOperation(original);
  const json = extname(spec) === '.json' || original.trimStart().startsWith('{');
  await rm(formatCacheFile(output), { force: true });
  await rm(formatCacheFile(watchedOutput), { force: true });
  let watcher: Awaited<ReturnType<typeof startWatcher>> | undefined;
  const result: Regeneration = {
    target: `${operation.method.toUpperCase()} ${operation.path}`,
    runs: [],
    watched: [],
    round: async (index) => {
      if (!result.initial?.ok || result.runs.some((run) => !run.ok)) return;
      const edited = withSummary(original, operation, `${operation.summary ?? 'Operation'} (bench edit ${index + 1})`, json);
      await writeFile(copy, edited);
      const run = await runOurs(copy, output, options);
      result.runs.push(run);
      let note = '';
      if (watcher && !result.watchError) {
        try {
          const watched = await watcher.edit(edited);
          result.watched.push(watched);
          note = `; with --watch ${seconds(watched.wallMs)} (${watched.written} written)`;
        } catch (error) {
          result.watchError = (error as Error).message;
        }
      }
      progress(`regeneration ${index + 1}: ${run.ok ? `${seconds(run.wallMs)}, ${run.written} written, ${run.unchanged} unchanged` : run.error}${note}`);
    },
    dispose: async () => {
      watcher?.stop();
      await rm(formatCacheFile(output), { force: true });
      await rm(formatCacheFile(watchedOutput), { force: true });
    },
  };
  result.initial = await runOurs(copy, output, options);
  progress(`regeneration: first full generation into its folder ${result.initial.ok ? seconds(result.initial.wallMs) : result.initial.error}`);
  try {
    watcher = await startWatcher(watchedCopy, watchedOutput);
  } catch (error) {
    result.watchError = (error as Error).message;
  }
  return result;
}

// ---------------------------------------------------------------------------------------------- the corpus

interface CorpusEntry {
  name: string;
  path: string;
  bytes: number;
  sha256: string;
  expect?: string;
}

function largestCorpusSpec(): CorpusEntry | undefined {
  if (!existsSync(CORPUS_MANIFEST)) return undefined;
  const manifest = JSON.parse(readFileSync(CORPUS_MANIFEST, 'utf8')) as { specs: CorpusEntry[] };
  return manifest.specs.filter((spec) => spec.expect !== 'refuse').sort((a, b) => b.bytes - a.bytes)[0];
}

const corpusFile = (spec: CorpusEntry) => join(CORPUS_SPECS, `${spec.name}${extname(spec.path)}`);

async function isCached(spec: CorpusEntry): Promise<boolean> {
  const file = corpusFile(spec);
  if (!existsSync(file) || (await stat(file)).size !== spec.bytes) return false;
  return createHash('sha256').update(await readFile(file)).digest('hex') === spec.sha256;
}

/** The cached document, fetching it with the project's own script when it is not there yet. */
async function corpusSpec(spec: CorpusEntry): Promise<string | undefined> {
  if (await isCached(spec)) return corpusFile(spec);
  process.stderr.write(`  · ${relative(ROOT, corpusFile(spec))} is not cached: npm run corpus:fetch -- --only ${spec.name}\n`);
  spawnSync('npm', ['run', '--silent', 'corpus:fetch', '--', '--only', spec.name], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  return (await isCached(spec)) ? corpusFile(spec) : undefined;
}

// ------------------------------------------------------------------------------------------------- report

function specTable(result: SpecResult): string {
  const { ours, theirs } = result;
  const none = '';
  const oursOk = ours.ok;
  const rows: string[][] = [];
  for (const phase of PHASES) rows.push([`  ${phase}`, oursOk.length ? seconds(phaseMedian(oursOk, phase)) : '—', none, none]);
  rows.push(['  start-up, module loading, exit', oursOk.length ? seconds(startupMedian(oursOk)) : '—', none, none]);
  const wall = (side: SideFigures | undefined) => (side === undefined ? 'not installed' : side.ok.length ? seconds(side.wallMs) : missing(side));
  rows.push(['total wall time', wall(ours), wall(theirs), ratio(ours.wallMs, theirs?.wallMs)]);
  const spread = (side: SideFigures | undefined) => {
    if (!side?.ok.length) return '—';
    const walls = side.ok.map((run) => run.wallMs);
    return `${seconds(Math.min(...walls))} – ${seconds(Math.max(...walls))}`;
  };
  rows.push(['  range over runs', spread(ours), spread(theirs), none]);
  const cpu = (side: SideFigures | undefined) => (side?.cpuMs === undefined ? '—' : seconds(side.cpuMs));
  rows.push(['CPU time (user + system)', cpu(ours), cpu(theirs), ratio(ours.cpuMs, theirs?.cpuMs)]);
  const rss = (side: SideFigures | undefined) => (side?.rssKb === undefined ? '—' : bytes(side.rssKb * 1024));
  rows.push(['peak memory (max RSS)', rss(ours), rss(theirs), ratio(ours.rssKb, theirs?.rssKb)]);
  const size = (side: SideFigures | undefined) =>
    side?.bytes === undefined ? '—' : `${bytes(side.bytes)} in ${side.files} file${side.files === 1 ? '' : 's'}`;
  rows.push(['output size', size(ours), size(theirs), ratio(ours.bytes, theirs?.bytes)]);
  const tsc = (side: SideFigures | undefined) => {
    if (!side?.tsc.length) return '—';
    const failed = side.tsc.find((run) => !run.ok);
    return `${seconds(side.tscMs)}${failed ? ` (${failed.errors} errors)` : ''}`;
  };
  rows.push(['tsc --noEmit of the output', tsc(ours), tsc(theirs), ratio(ours.tscMs, theirs?.tscMs)]);
  const runs = (side: SideFigures | undefined) => (side ? `${side.ok.length} of ${side.runs.length}${side.tsc.length ? ` (tsc ${side.tsc.length})` : ''}` : '—');
  rows.push(['runs (ok of run)', runs(ours), runs(theirs), none]);
  return table(['median', 'sdkgen', 'openapi-typescript', 'ours/theirs'], rows);
}

function regenTable(full: SideFigures, regen: Regeneration): string {
  const runs = regen.runs.filter((run) => run.ok);
  const rows: string[][] = [];
  for (const phase of PHASES) {
    const before = phaseMedian(full.ok, phase);
    const after = phaseMedian(runs, phase);
    rows.push([`  ${phase}`, seconds(before), seconds(after), ratio(after, before)]);
  }
  const startupFull = startupMedian(full.ok);
  const startupRegen = startupMedian(runs);
  rows.push(['  start-up, module loading, exit', seconds(startupFull), seconds(startupRegen), ratio(startupRegen, startupFull)]);
  const wall = median(runs.map((run) => run.wallMs));
  rows.push(['total wall time', seconds(full.wallMs), runs.length ? seconds(wall) : (regen.runs.find((run) => !run.ok)?.error ?? regen.initial?.error ?? '—'), ratio(wall, full.wallMs)]);
  const filesFull = full.ok[0]?.files;
  const written = median(runs.map((run) => run.written!));
  rows.push(['files written', filesFull === undefined ? '—' : `${filesFull}`, written === undefined ? '—' : `${written} of ${runs[0].written! + runs[0].unchanged!}`, '']);
  const cpuFull = full.cpuMs;
  const cpuRegen = median(runs.flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs])));
  rows.push(['CPU time (user + system)', seconds(cpuFull), seconds(cpuRegen), ratio(cpuRegen, cpuFull)]);
  rows.push(['runs', `${full.ok.length}`, `${runs.length} of ${regen.runs.length}`, '']);
  const watchWall = median(regen.watched.map((run) => run.wallMs));
  const watchInProcess = median(regen.watched.map((run) => run.inProcessMs));
  rows.push(['with generate --watch: spec write → output written', seconds(full.wallMs), regen.watched.length ? seconds(watchWall) : (regen.watchError ?? '—'), ratio(watchWall, full.wallMs)]);
  rows.push(['  of which the regeneration itself', '', regen.watched.length ? seconds(watchInProcess) : '—', '']);
  return table(['median', 'full generation', 'regeneration', 'regen/full'], rows);
}

function machine(): string {
  const [one, five] = loadavg();
  return `load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min)`;
}

function verdict(met: boolean | undefined): string {
  return met === undefined ? 'no figure' : met ? 'met' : 'NOT met';
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(usage());
    return 0;
  }
  const options = parseOptions(argv);
  scratch = await mkdtemp(join(tmpdir(), 'sdkgen-bench-'));
  const cleanUp = () => {
    for (const pid of running) killGroup(pid);
  };
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      cleanUp();
      spawnSync('rm', ['-rf', scratch]);
      process.exit(130);
    });
  }
  // Built before the first timed run, so that no run pays for (re)building the compiled CLI.
  if (spawnSync(NODE, [CLI, '--build'], { cwd: ROOT, stdio: ['ignore', 2, 2] }).status !== 0) throw new Error('building the generator failed');
  const ots = openapiTypescript();
  const started = performance.now();
  console.log(`sdkgen generation benchmark (issue 8): node ${process.version}, ${cpus().length} cores, ${machine()} at start`);
  console.log(
    `openapi-typescript ${ots?.version ?? 'not installed (npm ci)'}; peak memory from ${options.rss === 'time' ? GNU_TIME : 'process.resourceUsage().maxRSS (scripts/bench/measure.mjs)'}; ` +
      `timeout ${options.timeoutMs === Infinity ? 'none' : seconds(options.timeoutMs)} per generator process; figures are medians`,
  );
  if (loadavg()[0] > cpus().length) {
    console.log('note: the load average is above the core count: other processes compete for the CPUs, so absolute figures are inflated (runs alternate, so ratios suffer less)');
  }
  const targets: string[][] = [];
  try {
    if (options.only !== 'corpus') {
      const specBytes = (await stat(GATEWAY_SPEC)).size;
      process.stderr.write(`\n(a) gateway spec, ${options.gatewayRuns} runs, each followed by a regeneration\n`);
      const regen = await prepareRegeneration(GATEWAY_SPEC, options);
      const result = await benchSpec('gateway', GATEWAY_SPEC, options.gatewayRuns, Math.min(options.gatewayRuns, 3), options, regen.round).finally(() => regen.dispose());
      const first = result.ours.ok[0];
      console.log(
        `\n(a) gateway: ${relative(ROOT, GATEWAY_SPEC)} (${bytes(specBytes)}${first ? `, ${first.operations} operations, ${first.types} types` : ''})`,
      );
      console.log(specTable(result));
      console.log(`\n    regeneration after a one-operation change (the summary of ${regen.target}, regenerated into the same folder)`);
      console.log(regenTable(result.ours, regen));
      const regenWall = median(regen.runs.filter((run) => run.ok).map((run) => run.wallMs));
      const regenCpu = median(regen.runs.flatMap((run) => (run.ok && run.cpuMs !== undefined ? [run.cpuMs] : [])));
      const watchWall = median(regen.watched.map((run) => run.wallMs));
      const oursWall = result.ours.wallMs;
      const theirsWall = result.theirs?.wallMs;
      targets.push(
        ['gateway end to end no slower than openapi-typescript', `${seconds(oursWall)} vs ${seconds(theirsWall)} (CPU ${ratio(result.ours.cpuMs, result.theirs?.cpuMs)})`, verdict(oursWall === undefined || theirsWall === undefined ? undefined : oursWall <= theirsWall)],
        ['gateway regeneration under 1/3 of a full generation (fresh process)', `${ratio(regenWall, oursWall)} (CPU ${ratio(regenCpu, result.ours.cpuMs)})`, verdict(regenWall === undefined || oursWall === undefined ? undefined : regenWall < oursWall / 3)],
        ['… with generate --watch running', ratio(watchWall, oursWall), verdict(watchWall === undefined || oursWall === undefined ? undefined : watchWall < oursWall / 3)],
        ['tsc --noEmit on the gateway SDK under 5 s', seconds(result.ours.tscMs), verdict(result.ours.tscMs === undefined ? undefined : result.ours.tscMs < 5000)],
      );
    }
    if (options.only !== 'gateway') {
      const entry = largestCorpusSpec();
      process.stderr.write(`\n(b) largest corpus spec${entry ? ` (${entry.name})` : ''}, ${options.corpusRuns} runs\n`);
      const spec = entry && (await corpusSpec(entry));
      if (!entry || !spec) {
        console.log(`\n(b) largest corpus spec${entry ? ` (${entry.name})` : ''}: skipped: corpus not fetched (npm run corpus:fetch)`);
        targets.push(['largest corpus spec within 2× of openapi-typescript', 'skipped', 'no figure'], ['largest corpus spec peak memory under 1 GiB', 'skipped', 'no figure']);
      } else {
        const result = await benchSpec(entry.name, spec, options.corpusRuns, 1, options);
        const first = result.ours.ok[0];
        console.log(
          `\n(b) largest corpus spec: ${entry.name}, ${relative(ROOT, spec)} (${bytes(entry.bytes)}${first ? `, ${first.operations} operations, ${first.types} types` : ''})`,
        );
        console.log(specTable(result));
        const oursWall = result.ours.wallMs;
        const theirsWall = result.theirs?.wallMs;
        const timedOut = result.ours.runs.find((run) => !run.ok)?.error;
        targets.push(
          [
            `${entry.name} within 2× of openapi-typescript`,
            oursWall === undefined ? `${timedOut ?? '—'} vs ${seconds(theirsWall)}` : `${ratio(oursWall, theirsWall)} (CPU ${ratio(result.ours.cpuMs, result.theirs?.cpuMs)})`,
            verdict(oursWall === undefined || theirsWall === undefined ? (timedOut && theirsWall !== undefined && options.timeoutMs > 2 * theirsWall ? false : undefined) : oursWall <= 2 * theirsWall),
          ],
          [
            `${entry.name} peak memory under 1 GiB`,
            result.ours.rssKb === undefined ? '—' : bytes(result.ours.rssKb * 1024),
            verdict(result.ours.rssKb === undefined ? undefined : result.ours.rssKb < 1024 * 1024),
          ],
        );
      }
    }
  } finally {
    cleanUp();
    await rm(scratch, { recursive: true, force: true });
  }
  console.log('\nissue 8 acceptance');
  console.log(table(['target', 'figure', ''], targets));
  console.log(`\n${machine()} at the end; the bench took ${seconds(performance.now() - started)}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  return 2;
});
