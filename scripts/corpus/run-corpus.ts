/**
 * The corpus tier: generates an SDK from every real-world document of `corpus.json` with the project's CLI and
 * type-checks it with `tsc --noEmit --strict`, printing time and peak memory per document and `N/N` at the end.
 *
 *   npm run test:corpus                              # the whole corpus (fetches what is not cached)
 *   npm run test:corpus -- --quick                   # the CI subset
 *   npm run test:corpus -- --only github,stripe-apisguru --jobs 1 --timeout 3600
 *   npm run test:corpus -- --out-dir /tmp/corpus-cold   # fresh output folders: no warm format cache
 *
 * Documents marked `expect: "refuse"` (Swagger 2.0, which the README lists as unsupported) pass when the CLI
 * stops with exit 1 and a located message with a hint. Outputs stay in `.cache/corpus/out/<name>/` for a look;
 * a machine-readable report is written to `.cache/corpus/report.json`. Exit code 1 when any document fails.
 * The generator keeps a format cache per output folder (node_modules/.cache/sdkgen), so a rerun into the same
 * folders is a warm regeneration; `--out-dir` with a new folder measures a cold one.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { CACHE, fetchCorpus, loadManifest, parseListFlag, ROOT, selectSpecs, specFile, type CorpusSpec } from './fetch-corpus.ts';

const TSX = join(ROOT, 'node_modules/.bin/tsx');
const TSC = join(ROOT, 'node_modules/.bin/tsc');
const CLI = join(ROOT, 'generator/cli.ts');
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
async function runStep(command: string, args: string[], timeoutMs: number): Promise<StepResult> {
  const hook = await rssHook();
  const started = performance.now();
  return new Promise((resolve) => {
    const child = spawn(command, args, {
      cwd: ROOT,
      detached: true,
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ''} --require ${JSON.stringify(hook)}`.trim(), FORCE_COLOR: '0' },
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

/** Generates one corpus document with the CLI and type-checks the result. */
export async function checkSpec(spec: CorpusSpec, options: { outDir?: string; timeoutMs?: number } = {}): Promise<SpecOutcome> {
  const out = resolve(options.outDir ?? join(OUT_DIR, spec.name));
  const timeoutMs = options.timeoutMs ?? 30 * 60_000;
  await rm(out, { recursive: true, force: true });
  const generate = await runStep(TSX, [CLI, 'generate', '--spec', specFile(spec), '--out', out, '--quiet'], timeoutMs);
  const summary = generate.stdout.split('\n').find((line) => line.startsWith('generated '));
  const outcome = (status: Status, ok: boolean, errors: string[], extra: Partial<SpecOutcome> = {}): SpecOutcome => ({ spec, ok, status, generate, summary, errors, ...extra });

  if (generate.timedOut) return outcome('timeout', false, [`generation did not finish within ${timeoutMs / 1000} s`]);
  if (generate.code !== 0) {
    const crashed = /internal error/.test(generate.stderr) || !/^error: /m.test(generate.stderr) || generate.signal !== null;
    const located = /^ {2}at .+/m.test(generate.stderr) && /^ {2}hint: /m.test(generate.stderr);
    if (crashed) return outcome('crashed', false, firstLines(generate.stderr, 8));
    return outcome(spec.expect === 'refuse' && located ? 'refused-as-expected' : 'refused', spec.expect === 'refuse' && located, firstLines(generate.stderr, 4));
  }
  if (spec.expect === 'refuse') return outcome('generated-unexpectedly', false, ['the generator accepted a document the manifest expects it to refuse']);

  const tsc = await runStep(TSC, ['--noEmit', '--strict', '--pretty', 'false', '-p', join(out, 'tsconfig.json')], timeoutMs);
  if (tsc.timedOut) return outcome('timeout', false, [`tsc did not finish within ${timeoutMs / 1000} s`], { tsc });
  if (tsc.code !== 0) {
    const errorLines = tsc.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
    const shown = (errorLines.length ? errorLines : firstLines(tsc.stdout + tsc.stderr, 5)).slice(0, 5).map((line) =>
      line
        .replace(`${relative(ROOT, out)}/`, '')
        .replace(`${out}/`, '')
        .slice(0, 400),
    );
    return outcome('tsc-errors', false, shown, { tsc, tscErrorCount: errorLines.length });
  }
  return outcome('compiled', true, [], { tsc });
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
  const jobs = numberFlag(argv, '--jobs') ?? Math.max(1, Math.min(2, availableParallelism()));
  const timeoutMs = (numberFlag(argv, '--timeout') ?? 1800) * 1000;
  const maxBytes = numberFlag(argv, '--max-bytes') ?? Infinity;
  const outDirFlag = argv.indexOf('--out-dir');
  const outRoot = outDirFlag === -1 ? OUT_DIR : resolve(argv[outDirFlag + 1] ?? OUT_DIR);
  const started = performance.now();

  await fetchCorpus({ only, quick, log: (line) => console.log(line) });
  const specs = selectSpecs(loadManifest(), { only, quick }).filter((spec) => spec.bytes <= maxBytes);
  console.log(`corpus: ${specs.length} documents, ${jobs} at a time, ${timeoutMs / 1000} s limit per step; outputs in ${relative(ROOT, outRoot)}/`);

  const outcomes = new Map<string, SpecOutcome>();
  // Largest first, so the long ones overlap with everything else.
  await pool(
    [...specs].sort((a, b) => b.bytes - a.bytes),
    jobs,
    async (spec) => {
      const outcome = await checkSpec(spec, { outDir: join(outRoot, spec.name), timeoutMs });
      outcomes.set(spec.name, outcome);
      console.log(describeOutcome(outcome));
      for (const line of outcome.errors) console.log(`        ${line}`);
    },
  );

  const ordered = specs.map((spec) => outcomes.get(spec.name)!);
  const toGenerate = ordered.filter((outcome) => outcome.spec.expect === 'generate');
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
      (toRefuse.length ? `; ${refused}/${toRefuse.length} refused as expected (unsupported per README)` : '') +
      `; ${seconds(performance.now() - started)} total`,
  );
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
