/**
 * Formats many pieces at once, on this thread and on worker threads beside it. Prettier is single-threaded and
 * most of a cold generation's time, so on a machine with idle cores the pieces are shared out as soon as they
 * exist: the emitter hands each file over when it is printed (see FormatRun), and the workers format it while
 * this thread goes on printing the next. Every worker receives every piece and formats those it claims first,
 * through a shared array of claims (`Atomics.compareExchange`), so no piece is formatted twice and no worker idles
 * while another has a queue; this thread claims pieces too once it has nothing else to do. Every piece is formatted
 * by the same function wherever it runs and lands in its own slot, so the bytes never depend on the number of
 * workers or on which one claimed what.
 *
 * The pipeline starts the workers when a generation begins (startFormatWorkers), so they load Prettier while the
 * spec is read; they are kept for the life of the process (a `--watch` process reuses them warm) and do not keep
 * it alive while idle.
 */
import { createRequire } from 'node:module';
import { availableParallelism } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { formatPiece } from './format-piece.ts';
import type { Parser } from './prettier-options.ts';

export type Piece = {
  text: string;
  parser: Parser;
  /** The file the piece belongs to, for the error message. */
  file: string;
};

/** What a worker receives: a batch of pieces, the order to take them in, their shared claims, and its own tag. */
export interface BatchRequest {
  batch: number;
  pieces: Piece[];
  order: number[];
  claims: Int32Array;
  tag: number;
}

export type PieceReply = { batch: number; index: number; text: string; error?: undefined } | { batch: number; index: number; error: string; text?: undefined };

/** A piece's claim: UNCLAIMED, a worker's tag (1, 2, …), THIS_THREAD, or ABANDONED (no one left to format it). */
export const UNCLAIMED = 0;
const THIS_THREAD = -1;
const ABANDONED = -2;

/**
 * Below this much text to format, workers are not worth starting, nor is this thread worth joining workers that
 * run: each loads and compiles Prettier first (about a quarter of a second of CPU), which a small job would not
 * win back.
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

/** Indices of `pieces`, largest first: the workers take them in this order, so the last to finish are short. */
function largestFirst(pieces: Piece[]): number[] {
  return pieces.map((_, index) => index).sort((a, b) => pieces[b].text.length - pieces[a].text.length || a - b);
}

/** Pieces handed out together, with one claim per piece shared by every thread that may format it. */
class Batch {
  readonly claims: Int32Array;
  readonly order: number[];
  readonly results: Promise<string>[];
  private readonly settlers: { resolve(text: string): void; reject(error: Error): void }[] = [];
  private readonly settled: boolean[];
  private unsettled: number;
  /** Where this thread looks for the next unclaimed piece: from the smallest end, the opposite of the workers. */
  private cursor: number;

  constructor(
    readonly id: number,
    readonly pieces: Piece[],
  ) {
    this.claims = new Int32Array(new SharedArrayBuffer(4 * pieces.length));
    this.order = largestFirst(pieces);
    this.results = pieces.map(
      () =>
        new Promise<string>((resolve, reject) => {
          this.settlers.push({ resolve, reject });
        }),
    );
    // Awaited by whoever shared the pieces; until then a failure must not count as unhandled.
    for (const result of this.results) result.catch(() => undefined);
    this.settled = pieces.map(() => false);
    this.unsettled = pieces.length;
    this.cursor = pieces.length - 1;
  }

  get done(): boolean {
    return this.unsettled === 0;
  }

  settle(index: number, reply: { text?: string; error?: string | Error }): void {
    if (this.settled[index]) return;
    this.settled[index] = true;
    this.unsettled--;
    if (reply.error === undefined) this.settlers[index].resolve(reply.text!);
    else this.settlers[index].reject(reply.error instanceof Error ? reply.error : new Error(reply.error));
  }

  /** The next piece no one has claimed, now claimed by `tag`, smallest first; undefined when none is left. */
  claimSmallest(tag: number): number | undefined {
    for (; this.cursor >= 0; this.cursor--) {
      const index = this.order[this.cursor];
      if (Atomics.compareExchange(this.claims, index, UNCLAIMED, tag) === UNCLAIMED) return index;
    }
    return undefined;
  }

  unclaimedChars(): number {
    let chars = 0;
    for (let index = 0; index < this.pieces.length; index++) if (Atomics.load(this.claims, index) === UNCLAIMED) chars += this.pieces[index].text.length;
    return chars;
  }

  /** Fails the pieces that `tag` claimed and did not finish (its worker is gone), or, with no tag, every unclaimed one. */
  abandon(error: Error, tag?: number): void {
    for (let index = 0; index < this.pieces.length; index++) {
      const claimedByTag = tag !== undefined && Atomics.load(this.claims, index) === tag;
      const unclaimed = tag === undefined && Atomics.compareExchange(this.claims, index, UNCLAIMED, ABANDONED) === UNCLAIMED;
      if (claimedByTag || unclaimed) this.settle(index, { error });
    }
  }
}

/** Batches with pieces still being formatted, by id (the workers' replies name their batch). */
const openBatches = new Map<number, Batch>();
let nextBatch = 0;

function settle(batch: Batch, index: number, outcome: { text?: string; error?: string | Error }): void {
  batch.settle(index, outcome);
  if (batch.done) openBatches.delete(batch.id);
  // Idle workers must not keep the process alive.
  if (!openBatches.size) for (const worker of workers) worker.idle();
}

function settleReply(reply: PieceReply): void {
  const batch = openBatches.get(reply.batch);
  if (batch) settle(batch, reply.index, reply);
}

class FormatWorker {
  private readonly worker: Worker;
  private failure: Error | undefined;

  constructor(readonly tag: number) {
    this.worker = startWorker();
    this.worker.on('message', settleReply);
    const fail = (error: Error) => {
      if (this.failure) return;
      this.failure = new Error(`internal: a format worker failed: ${error.message}`);
      const othersLeft = workers.some((worker) => worker.usable);
      for (const batch of [...openBatches.values()]) {
        batch.abandon(this.failure, this.tag);
        if (!othersLeft) batch.abandon(this.failure);
        if (batch.done) openBatches.delete(batch.id);
      }
      if (!openBatches.size) for (const worker of workers) worker.idle();
    };
    this.worker.on('error', fail);
    this.worker.on('exit', (code) => fail(new Error(`it exited with code ${code}`)));
    // After the listeners: adding a 'message' listener refs the worker's port again.
    this.worker.unref();
  }

  get usable(): boolean {
    return this.failure === undefined;
  }

  idle(): void {
    this.worker.unref();
  }

  send(batch: Batch): void {
    if (this.failure) return;
    this.worker.ref();
    this.worker.postMessage({ batch: batch.id, pieces: batch.pieces, order: batch.order, claims: batch.claims, tag: this.tag } satisfies BatchRequest);
  }
}

const workers: FormatWorker[] = [];
let nextTag = 1;

/** The workers already running and usable, at most `count`. */
function runningWorkers(count: number): FormatWorker[] {
  for (let index = workers.length - 1; index >= 0; index--) if (!workers[index].usable) workers.splice(index, 1);
  return workers.slice(0, count);
}

/** At least `count` workers running (started now where needed); the first `count` of them. */
function startedWorkers(count: number): FormatWorker[] {
  runningWorkers(count);
  while (workers.length < count) workers.push(new FormatWorker(nextTag++));
  return workers.slice(0, count);
}

/** Lets the workers' answers be handled between two pieces formatted on this thread. */
const yieldToEvents = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Starts the workers now, so that they load and warm up Prettier while the earlier stages run on this thread:
 * then a small job (a regeneration after a small change) is formatted without this thread ever loading Prettier.
 */
export function startFormatWorkers(workerCount = defaultWorkerCount()): void {
  startedWorkers(workerCount);
}

/**
 * Pieces shared out as they come: `add` hands them to the running workers at once (this thread has other work
 * meanwhile), `drain` has this thread format what no worker has claimed yet, when that is worth it, and waits
 * for every piece.
 */
export class FormatShare {
  private readonly batches: Batch[] = [];

  constructor(private readonly workerCount = defaultWorkerCount()) {}

  /** The results in the order of `pieces`; awaiting them is the caller's (after `drain`). */
  add(pieces: Piece[]): Promise<string>[] {
    if (!pieces.length) return [];
    const batch = new Batch(nextBatch++, pieces);
    openBatches.set(batch.id, batch);
    this.batches.push(batch);
    for (const worker of runningWorkers(this.workerCount)) worker.send(batch);
    return batch.results;
  }

  /** How much text of the pieces added is not yet claimed by any thread. */
  unclaimedChars(): number {
    return this.batches.reduce((sum, batch) => sum + batch.unclaimedChars(), 0);
  }

  /**
   * This thread joins in when no worker runs, or when at least MIN_PARALLEL_CHARS are still unclaimed (loading
   * Prettier here pays off); else the workers finish alone. Resolves when every piece is settled.
   */
  async drain(): Promise<void> {
    const helpers = runningWorkers(this.workerCount);
    if (!helpers.length || this.unclaimedChars() >= MIN_PARALLEL_CHARS) {
      for (const batch of [...this.batches].reverse()) {
        for (let index = batch.claimSmallest(THIS_THREAD); index !== undefined; index = batch.claimSmallest(THIS_THREAD)) {
          const { text, parser, file } = batch.pieces[index];
          try {
            settle(batch, index, { text: await formatPiece(text, parser, file) });
          } catch (error) {
            settle(batch, index, { error: error as Error });
          }
          if (helpers.length) await yieldToEvents();
        }
      }
    }
    await Promise.allSettled(this.batches.flatMap((batch) => batch.results));
  }
}

/**
 * Formats every piece; the result has the same order as `pieces`. Up to `workerCount` workers help: started ones
 * always, and new ones when there is enough to format (MIN_PARALLEL_CHARS). This thread formats too, unless the
 * job is small and workers started earlier are there to do it.
 */
export async function formatPieces(pieces: Piece[], workerCount = defaultWorkerCount()): Promise<string[]> {
  const large = pieces.length > 1 && pieces.reduce((sum, piece) => sum + piece.text.length, 0) >= MIN_PARALLEL_CHARS;
  if (large) startedWorkers(workerCount);
  const share = new FormatShare(workerCount);
  const results = share.add(pieces);
  await share.drain();
  return Promise.all(results);
}
