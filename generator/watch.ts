/**
 * `generate --watch`: regenerates whenever the spec file changes, in one long-running process. Modules stay
 * loaded, the JIT stays warm and the format cache stays in memory, so a regeneration after an edit costs a
 * fraction of a cold run. A failed run (a typo mid-edit) writes nothing, as always, and the watch goes on.
 */
import { watch } from 'node:fs';
import { basename, dirname, resolve } from 'node:path';

/** Edits arrive as bursts of events (truncate, write, rename by an editor's atomic save): wait for quiet. */
const SETTLE_MS = 50;

/**
 * Calls `run` after every change of `file` until the process is stopped. The folder is watched, not the file:
 * editors that save by writing a new file and renaming it over the old one would end a watch on the file.
 */
export function watchFile(file: string, run: () => Promise<void>): Promise<never> {
  const path = resolve(file);
  const name = basename(path);
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> = Promise.resolve();
  let queued = false;
  const trigger = () => {
    // One run at a time; changes during a run give exactly one more run after it.
    if (queued) return;
    queued = true;
    running = running.then(async () => {
      queued = false;
      await run();
    });
  };
  return new Promise<never>((_, reject) => {
    const watcher = watch(dirname(path), (_event, changed) => {
      if (changed !== null && changed !== name) return;
      clearTimeout(timer);
      timer = setTimeout(trigger, SETTLE_MS);
    });
    watcher.on('error', reject);
  });
}
