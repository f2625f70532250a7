/** `watchFile`: which events give a run, how bursts and changes during a run are coalesced, how a watch ends. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { watchFile } from '../generator/watch.ts';
import { tempDir } from './helpers/run-cli.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  work = await tempDir('sdkgen-watch-');
});
afterAll(async () => work?.remove());

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** A watch on a fresh file with a counting `run`; `until` waits (generously: CI machines are busy) for a count. */
async function watching(name: string, run: (count: number) => Promise<void> = async () => undefined) {
  const file = join(work.path, name);
  await writeFile(file, 'v0');
  await sleep(100); // the creation's own event must not count
  const controller = new AbortController();
  let runs = 0;
  const ended = watchFile(file, async () => run(++runs), { signal: controller.signal, settleMs: 200 }).catch((error: unknown) => error);
  const until = async (count: number) => {
    for (let waited = 0; runs < count; waited += 20) {
      if (waited > 20_000) throw new Error(`${runs} runs, waited for ${count}`);
      await sleep(20);
    }
  };
  return { file, runs: () => runs, until, stop: () => controller.abort(new Error('stopped')), ended };
}

describe('watchFile', () => {
  it('runs once per change, once for a burst of writes, and not for other files in the folder', async () => {
    const watch = await watching('spec.yaml');
    try {
      await writeFile(watch.file, 'v1');
      await watch.until(1);
      for (let i = 2; i < 7; i++) await writeFile(watch.file, `v${i}`);
      await watch.until(2);
      await writeFile(join(work.path, 'other.yaml'), 'x');
      await sleep(600);
      expect(watch.runs()).toBe(2);
    } finally {
      watch.stop();
    }
    expect(await watch.ended).toEqual(new Error('stopped'));
  });

  it('changes during a run give exactly one more run after it, never two at once', async () => {
    let active = 0;
    let overlapped = false;
    let release!: () => void;
    const firstRunBlocked = new Promise<void>((resolve) => (release = resolve));
    const watch = await watching('slow.yaml', async (count) => {
      overlapped ||= active > 0;
      active++;
      if (count === 1) await firstRunBlocked;
      active--;
    });
    try {
      await writeFile(watch.file, 'v1');
      await watch.until(1);
      // Three separate changes while the first run is still going.
      for (let i = 2; i < 5; i++) {
        await writeFile(watch.file, `v${i}`);
        await sleep(400);
      }
      expect(watch.runs()).toBe(1);
      release();
      await watch.until(2);
      await sleep(600);
      expect(watch.runs()).toBe(2);
      expect(overlapped).toBe(false);
    } finally {
      watch.stop();
    }
  });

  it('a run that throws ends the watch with its error', async () => {
    const watch = await watching('throws.yaml', async () => {
      throw new Error('run failed');
    });
    await writeFile(watch.file, 'v1');
    expect(await watch.ended).toEqual(new Error('run failed'));
  });

  it('an aborted signal ends it at once', async () => {
    const controller = new AbortController();
    controller.abort(new Error('never started'));
    await expect(watchFile(join(work.path, 'spec.yaml'), async () => undefined, { signal: controller.signal })).rejects.toThrow('never started');
  });
});
