/**
 * Formats many pieces at once, on this thread and on worker threads beside it. Prettier is single-threaded and
 * most of a cold generation's time, so on a machine with idle cores the pieces are shared out: this thread and
 * each worker take the next unformatted piece (the largest first, so the last to finish are short) until none is
 * left. Every piece is formatted by the same function wherever it runs and lands in its own slot, so the bytes
 * never depend on the number of workers or on which one finished first.
 *
 * The pipeline starts the workers when a generation begins (startFormatWorkers), so they load Prettier while the
 * spec is read and the code emitted; they are kept for the life of the process (a `--watch` process reuses them
 * warm) and do not keep it alive while idle.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatPiece } from './format-piece.ts';
import type { Parser } from './prettier-options.ts';

export interface PieceRequest {
  id: number;
  text: string;
  parser: Parser;
  /** The file the piece belongs to, for the error message. */
  file: string;
}

export type PieceReply = { id: number; text: string; error?: undefined } | { id: number; error: string; text?: undefined };

export type Piece = Omit<PieceRequest, 'id'>;

/**
 * Below this much text to format, workers are not worth starting: each loads and compiles Prettier first (about
 * a quarter of a second of CPU), which a small job would not win back.
 */
export const MIN_PARALLEL_CHARS = 60_000;

/** A laptop's eighth core gains little over its fourth, and every worker holds its own copy of Prettier. */
const MAX_WORKERS = 3;

/** Run from the TypeScript sources (tests, tsx scripts) rather than the compiled CLI in dist/. */
const FROM_SOURCES = import.meta.url.endsWith('.ts');

/**
 * The number of workers beside this thread: `SDKGEN_FORMAT_WORKERS` when set (0 formats on this thread only),
 * else one fewer than the cores the process may use, at most MAX_WORKERS. From the sources none unless asked:
 * a worker that loads its modules through tsx costs more CPU than it saves (a gateway `--check` from the sources
 * took 6.2 s of CPU with one worker, 2.6 s without), and the tests that need workers ask for them.
 */
export function defaultWorkerCount(env: NodeJS.ProcessEnv = process.env, cores = availableParallelism(), fromSources = FROM_SOURCES): number {
  const configured = env.SDKGEN_FORMAT_WORKERS;
  if (configured !== undefined && configured !== '') {
    if (!/^\d+$/.test(configured)) throw new Error(`SDKGEN_FORMAT_WORKERS must be a whole number of worker threads (0 for none), got ${JSON.stringify(configured)}`);
    return Number(configured);
  }
  if (fromSources) return 0;
  return Math.max(0, Math.min(MAX_WORKERS, cores - 1));
}

/** Pieces sent to a worker before it answers: one to format, one waiting, so it never idles on a busy main thread. */
const IN_FLIGHT = 2;

/**
 * The compiled CLI starts format-worker.js. From the TypeScript sources (tests, tsx) the worker loads
 * format-worker.ts through tsx's API: Node 20 does not apply a loader given in a worker's execArgv to its entry.
 */
function startWorker(): Worker {
  const url = new URL(`./format-worker${FROM_SOURCES ? '.ts' : '.js'}`, import.meta.url);
  if (!FROM_SOURCES) return new Worker(url);
  const load = `import(${JSON.stringify(tsxApi())}).then(({ tsImport }) => tsImport(${JSON.stringify(url.href)}, ${JSON.stringify(url.href)}))`;
  return new Worker(load, { eval: true });
}

/** tsx's ESM API (`tsx/esm/api`, import condition), located through its package's exports. */
export function tsxApi(): string {
  const require = createRequire(import.meta.url);
  const manifestPath = require.resolve('tsx/package.json');
  const manifest = require(manifestPath) as { exports: Record<string, { import: { default: string } }> };
  return pathToFileURL(join(dirname(manifestPath), manifest.exports['./esm/api'].import.default)).href;
}

class FormatWorker {
  private readonly worker: Worker;
  private readonly pending = new Map<number, { resolve(text: string): void; reject(error: Error): void }>();
  private nextId = 0;
  private failure: Error | undefined;

  constructor() {
    this.worker = startWorker();
    this.worker.on('message', (reply: PieceReply) => {
      const waiting = this.pending.get(reply.id);
      if (!waiting) return;
      this.pending.delete(reply.id);
      if (!this.pending.size) this.worker.unref();
      if (reply.error !== undefined) waiting.reject(new Error(reply.error));
      else waiting.resolve(reply.text);
    });
    const fail = (error: Error) => {
      this.failure = new Error(`internal: a format worker failed: ${error.message}`);
      for (const waiting of this.pending.values()) waiting.reject(this.failure);
      this.pending.clear();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`it exited with code ${code}`)));
    // After the listeners: adding a 'message' listener refs the worker's port again.
    this.worker.unref();
  }

  get usable(): boolean {
    return this.failure === undefined;
  }

  format(piece: Piece): Promise<string> {
    if (this.failure) return Promise.reject(this.failure);
    const id = this.nextId++;
    return new Promise<string>((resolve, reject) => {
      if (!this.pending.size) this.worker.ref();
      this.pending.set(id, { resolve, reject });
      this.worker.postMessage({ id, ...piece } satisfies PieceRequest);
    });
  }
}

const workers: FormatWorker[] = [];

/** The workers already running and usable, at most `count`. */
function runningWorkers(count: number): FormatWorker[] {
  for (let index = workers.length - 1; index >= 0; index--) if (!workers[index].usable) workers.splice(index, 1);
  return workers.slice(0, count);
}

/** At least `count` workers running (started now where needed); the first `count` of them. */
function startedWorkers(count: number): FormatWorker[] {
  runningWorkers(count);
  while (workers.length < count) workers.push(new FormatWorker());
  return workers.slice(0, count);
}

/** Lets a worker's answer be handled between two pieces formatted on this thread. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Starts the workers now, so that they load and warm up Prettier while the earlier stages run on this thread:
 * then a small job (a regeneration after a small change) is formatted without this thread ever loading Prettier.
 */
export function startFormatWorkers(workerCount = defaultWorkerCount()): void {
  startedWorkers(workerCount);
}

/**
 * Hands the pieces to the workers already running, none to this thread, sharing them out by size; the results
 * in the order of `pieces`. Undefined when no worker runs (this thread then formats them later, with the rest).
 */
export function formatOnWorkers(pieces: Piece[], workerCount = defaultWorkerCount()): Promise<string>[] | undefined {
  const helpers = runningWorkers(workerCount);
  if (!helpers.length) return undefined;
  const load = helpers.map(() => 0);
  const results = new Array<Promise<string>>(pieces.length);
  const order = pieces.map((_, index) => index).sort((a, b) => pieces[b].text.length - pieces[a].text.length || a - b);
  for (const index of order) {
    const least = load.indexOf(Math.min(...load));
    load[least] += pieces[index].text.length;
    results[index] = helpers[least].format(pieces[index]);
  }
  return results;
}

/**
 * Formats every piece; the result has the same order as `pieces`. Up to `workerCount` workers help: started ones
 * always, and new ones when there is enough to format (MIN_PARALLEL_CHARS). This thread formats too, unless the
 * job is small and workers started earlier are there to do it.
 */
export async function formatPieces(pieces: Piece[], workerCount = defaultWorkerCount()): Promise<string[]> {
  const results = new Array<string>(pieces.length);
  if (!pieces.length) return results;
  const order = pieces.map((_, index) => index).sort((a, b) => pieces[b].text.length - pieces[a].text.length || a - b);
  let next = 0;
  const take = () => (next < order.length ? order[next++] : undefined);
  const large = pieces.length > 1 && pieces.reduce((sum, piece) => sum + piece.text.length, 0) >= MIN_PARALLEL_CHARS;
  const helpers = large ? startedWorkers(workerCount) : runningWorkers(workerCount);
  const onThisThread = async () => {
    for (let index = take(); index !== undefined; index = take()) {
      results[index] = await formatPiece(pieces[index].text, pieces[index].parser, pieces[index].file);
      if (helpers.length) await yieldToEvents();
    }
  };
  const onWorker = async (worker: FormatWorker) => {
    for (let index = take(); index !== undefined; index = take()) results[index] = await worker.format(pieces[index]);
  };
  const onWorkers = helpers.flatMap((worker) => Array.from({ length: IN_FLIGHT }, () => onWorker(worker)));
  await Promise.all(large || !helpers.length ? [onThisThread(), ...onWorkers] : onWorkers);
  return results;
}
