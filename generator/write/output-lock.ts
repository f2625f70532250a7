/**
 * One writer at a time per output folder. Two runs into one folder (two terminals, a `--watch` beside
 * `npm run generate`, parallel CI steps) would otherwise swap trees under each other. The lock is a file beside
 * the folder, `.<name>.sdkgen-lock` in the same parent, holding the writer's pid and a token: created complete in
 * one step (a hard link of a file already written, so a kill never leaves a half-written lock), removed by its
 * owner when done. A lock whose pid no longer runs was left by a killed run and is taken over; a live one is
 * waited for, up to a bound, then the run fails with a message naming the lock.
 */
import { randomBytes } from 'node:crypto';
import { link, readdir, readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { GeneratorError } from '../errors.ts';

/** How long a run waits for another one writing the same folder (a gateway write takes well under a second). */
export const LOCK_WAIT_MS = 60_000;
const POLL_MS = 25;

export interface LockOptions {
  /** Milliseconds to wait for a live holder before failing (default LOCK_WAIT_MS). */
  waitMs?: number;
}

/** The lock file of an output folder. */
export function lockPath(outDir: string): string {
  return join(dirname(outDir), `.${basename(outDir)}.sdkgen-lock`);
}

/** Whether a process with this pid runs (EPERM: it runs, as another user). */
export function processRuns(pid: number): boolean {
  if (!Number.isSafeInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

const code = (error: unknown) => (error as NodeJS.ErrnoException).code;
const ignoreMissing = (error: unknown) => {
  if (code(error) !== 'ENOENT') throw error;
};

/** The pid in a lock's text; NaN for text no run of this generator wrote (taken over like a dead one). */
function holderPid(text: string): number {
  try {
    return Number((JSON.parse(text) as { pid?: unknown }).pid);
  } catch {
    return NaN;
  }
}

/**
 * Removes the lock a dead run left: moved aside first and checked to be the one read, so that a live run that
 * took it over meanwhile keeps its own (moved back if it was not the dead one's).
 */
async function takeOver(lock: string, staleText: string): Promise<void> {
  const aside = `${lock}-stale-${randomBytes(8).toString('hex')}`;
  try {
    await rename(lock, aside);
  } catch (error) {
    return ignoreMissing(error);
  }
  if ((await readFile(aside, 'utf8').catch(() => undefined)) !== staleText) await link(aside, lock).catch(() => undefined);
  await unlink(aside).catch(ignoreMissing);
}

/** Lock-file temporaries (`<lock>-<pid>-<token>`) of runs that no longer run: a kill between writing and linking leaves one. */
async function removeDeadTemporaries(lock: string): Promise<void> {
  const prefix = `${basename(lock)}-`;
  for (const name of await readdir(dirname(lock))) {
    const pid = name.startsWith(prefix) ? /^(\d+)-[0-9a-f]{16}$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (pid !== undefined && !processRuns(Number(pid))) await unlink(join(dirname(lock), name)).catch(ignoreMissing);
  }
}

async function acquire(outDir: string, waitMs: number): Promise<() => Promise<void>> {
  const lock = lockPath(outDir);
  const token = randomBytes(8).toString('hex');
  const text = `${JSON.stringify({ pid: process.pid, token })}\n`;
  const temporary = `${lock}-${process.pid}-${token}`;
  const deadline = Date.now() + waitMs;
  for (;;) {
    await writeFile(temporary, text);
    const linked = await link(temporary, lock).then(
      () => true,
      (error: unknown) => {
        if (code(error) !== 'EEXIST') throw error;
        return false;
      },
    );
    await unlink(temporary).catch(ignoreMissing);
    if (linked) break;
    const held = await readFile(lock, 'utf8').catch((error: unknown) => (ignoreMissing(error), undefined));
    if (held === undefined) continue; // released meanwhile
    const pid = holderPid(held);
    if (pid !== process.pid && !processRuns(pid)) {
      await takeOver(lock, held);
      continue;
    }
    if (Date.now() >= deadline) {
      throw new GeneratorError(
        `another run (pid ${pid}) is writing ${outDir}; waited ${(waitMs / 1000).toFixed(1)} s for it`,
        { file: lock },
        `let that run finish and try again; if no generator runs as pid ${pid}, delete ${lock}`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  await removeDeadTemporaries(lock);
  return async () => {
    // Only our own lock: one taken over as ours when we looked dead (a reused pid) is not ours to remove.
    if ((await readFile(lock, 'utf8').catch(() => undefined)) === text) await unlink(lock).catch(ignoreMissing);
  };
}

/** Runs `work` holding the output folder's lock (its parent folder must exist). */
export async function withOutputLock<T>(outDir: string, work: () => Promise<T>, options: LockOptions = {}): Promise<T> {
  const release = await acquire(outDir, options.waitMs ?? LOCK_WAIT_MS);
  try {
    return await work();
  } finally {
    await release();
  }
}
