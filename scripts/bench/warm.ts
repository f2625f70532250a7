/**
 * The warm figures: regeneration after a one-operation change. The gateway SDK is generated into one folder once;
 * then each round changes one operation's summary in a copy of the spec (a new text each time) and regenerates into
 * that folder with a fresh process, as a developer iterating on a spec would: only what the change touches misses
 * the format cache. The same edit then goes to a second copy that a `generate --watch` process is watching (timed
 * from writing the spec to the watcher's summary line).
 */
import { spawn } from 'node:child_process';
import { cp, readFile, writeFile } from 'node:fs/promises';
import { basename, dirname, extname, join } from 'node:path';
import { killGroup, limited, running } from './child-process.ts';
import { seconds } from './figures.ts';
import { forgetFormatCache } from './format-cache.ts';
import { parseSummary, sdkgen, type Run } from './generators.ts';
import type { Options } from './options.ts';
import { CLI, NODE, ROOT } from './paths.ts';
import { firstOperation, withSummary } from './spec-edit.ts';

export interface WatchedRun {
  wallMs: number;
  inProcessMs: number;
  written: number;
}

export interface Regeneration {
  /** The changed operation, `POST /v1/...`. */
  target: string;
  initial?: Run;
  /** One fresh process per regeneration. */
  runs: Run[];
  /** `generate --watch`: wall time from writing the spec to the summary line, and the line's in-process time. */
  watched: WatchedRun[];
  watchError?: string;
  /** Regenerates once after the next one-operation change (a no-op once a run failed). */
  round(index: number): Promise<void>;
  dispose(): Promise<void>;
}

/** A `generate --watch` process on its own copy of the spec: each edit resolves with the next summary line. */
async function startWatcher(copy: string, output: string): Promise<{ edit(text: string): Promise<WatchedRun>; stop(): void }> {
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
  // The first generation, then "watching …".
  for (let line = await nextLine(); !line.startsWith('watching'); line = await nextLine());
  return {
    stop: () => killGroup(child.pid!),
    async edit(text) {
      const started = performance.now();
      await writeFile(copy, text);
      const line = await nextLine();
      const wallMs = performance.now() - started;
      const summary = parseSummary(line);
      if (!summary) throw new Error(`unexpected watcher output: ${line.slice(0, 200)}`);
      return { wallMs, inProcessMs: summary.inProcessMs!, written: summary.written! };
    },
  };
}

export async function prepareRegeneration(spec: string, scratch: string, options: Options, progress: (line: string) => void): Promise<Regeneration> {
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
  await forgetFormatCache(output);
  await forgetFormatCache(watchedOutput);
  let watcher: Awaited<ReturnType<typeof startWatcher>> | undefined;
  const result: Regeneration = {
    target: `${operation.method.toUpperCase()} ${operation.path}`,
    runs: [],
    watched: [],
    round: async (index) => {
      if (!result.initial?.ok || result.runs.some((run) => !run.ok)) return;
      const edited = withSummary(original, operation, `${operation.summary ?? 'Operation'} (bench edit ${index + 1})`, json);
      await writeFile(copy, edited);
      const run = await sdkgen.run(copy, output, options);
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
      progress(`warm regeneration ${index + 1}: ${run.ok ? `${seconds(run.wallMs)}, ${run.written} written, ${run.unchanged} unchanged` : run.error}${note}`);
    },
    dispose: async () => {
      watcher?.stop();
      await forgetFormatCache(output);
      await forgetFormatCache(watchedOutput);
    },
  };
  result.initial = await sdkgen.run(copy, output, options);
  progress(`warm: first full generation into its folder ${result.initial.ok ? seconds(result.initial.wallMs) : result.initial.error}`);
  try {
    watcher = await startWatcher(watchedCopy, watchedOutput);
  } catch (error) {
    result.watchError = (error as Error).message;
  }
  return result;
}
