/**
 * `generate --watch`: regenerates whenever the spec file changes, in one long-running process. Modules stay
 * loaded, the JIT stays warm and the format cache stays in memory, so a regeneration after an edit costs a
 * fraction of a cold run. A failed run (a typo mid-edit) writes nothing, as always, and the watch goes on.
 */
import { watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** Edits arrive as bursts of events (truncate, write, rename by an editor's atomic save): wait for quiet. */
const SETTLE_MS = 50;

export interface WatchOptions {
  /** Ends the watch: the returned promise rejects with the signal's reason. */
  signal?: AbortSignal;
  /** How long the folder must be quiet after an event before `run` is called. */
  settleMs?: number;
}

/**
 * Calls `run` after every change of `file` until the process is stopped (or `signal` aborts). The folder is
 * watched, not the file: editors that save by writing a new file and renaming it over the old one would end a
 * watch on the file. `run` reports its own failures (a generation error must not end the watch); if it throws
 * anyway, the watch ends with that error rather than going on silently dead.
 */
export function watchFile(file: string, run: () => Promise<void>, options: WatchOptions = {}): Promise<never> {
  const path = resolve(file);
  const name = basename(path);
  const settleMs = options.settleMs ?? SETTLE_MS;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  return new Promise<never>((_, reject) => {
    const stop = (reason: unknown) => {
      clearTimeout(timer);
      watcher.close();
      options.signal?.removeEventListener('abort', onAbort);
      reject(reason);
    };
    const onAbort = () => stop(options.signal!.reason);
    const trigger = () => {
      // One run at a time; changes during a run give exactly one more run after it.
      if (queued) return;
      queued = true;
      running = running.then(async () => {
        queued = false;
        await run();
      });
      running.catch(stop);
    };
    const watcher = watch(dirname(path), (_event, changed) => {
      if (changed !== null && changed !== name) return;
      clearTimeout(timer);
      timer = setTimeout(trigger, settleMs);
    });
    watcher.on('error', stop);
    if (options.signal?.aborted) onAbort();
    else options.signal?.addEventListener('abort', onAbort);
  });
}
