import { execFile } from 'node:child_process';
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.ts';
import { lockPath, processRuns, withOutputLock } from '../../generator/write/output-lock.ts';
import { tempDir } from '../helpers/run-cli.ts';

let dir: Awaited<ReturnType<typeof tempDir>>;
let out: string;
beforeEach(async () => {
  dir = await tempDir('sdkgen-lock-');
  out = join(dir.path, 'sdk');
});
afterEach(async () => dir.remove());

/** The pid of a process that has ended (and been reaped). */
async function deadPid(): Promise<number> {
  const child = execFile(process.execPath, ['-e', '0']);
  await new Promise((resolve) => child.on('close', resolve));
  return child.pid!;
}

describe('lockPath', () => {
  it('is a file beside the output folder, in the same parent', () => {
    expect(lockPath('/a/generated/imarouter')).toBe('/a/generated/.imarouter.sdkgen-lock');
  });
});

describe('processRuns', () => {
  const cases: { name: string; pid: () => number | Promise<number>; want: boolean }[] = [
    { name: 'this process', pid: () => process.pid, want: true },
    { name: 'an ended process', pid: deadPid, want: false },
    { name: 'no pid', pid: () => NaN, want: false },
    { name: 'pid 0 (a process group, not a process)', pid: () => 0, want: false },
    { name: 'a negative pid', pid: () => -1, want: false },
  ];
  it.each(cases)('$name → $want', async ({ pid, want }) => {
    expect(processRuns(await pid())).toBe(want);
  });
});

describe('withOutputLock', () => {
  it('holds a lock file with its pid while the work runs, and removes it after, also when the work fails', async () => {
    const seen = await withOutputLock(out, async () => JSON.parse(await readFile(lockPath(out), 'utf8')).pid);
    expect(seen).toBe(process.pid);
    await expect(withOutputLock(out, () => Promise.reject(new Error('work failed')))).rejects.toThrow('work failed');
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('runs the work of two callers one after the other, never both at once', async () => {
    const events: string[] = [];
    const work = (name: string) => async () => {
      events.push(`${name} starts`);
      await new Promise((resolve) => setTimeout(resolve, 20));
      events.push(`${name} ends`);
    };
    await Promise.all([withOutputLock(out, work('a')), withOutputLock(out, work('b'))]);
    // Either may come first; the other starts only after it ended.
    expect([
      ['a starts', 'a ends', 'b starts', 'b ends'],
      ['b starts', 'b ends', 'a starts', 'a ends'],
    ]).toContainEqual(events);
  });

  it.each([
    ['a pid that no longer runs', async () => `${JSON.stringify({ pid: await deadPid(), token: 'x' })}\n`],
    ['text no run of the generator wrote', async () => 'garbage'],
  ])('takes over a lock left by %s, and removes the temporaries dead runs left', async (_name, text) => {
    await writeFile(lockPath(out), await text());
    await writeFile(`${lockPath(out)}-${await deadPid()}-0123456789abcdef`, 'left by a kill');
    expect(await withOutputLock(out, async () => 'ran')).toBe('ran');
    expect(await readdir(dir.path)).toEqual([]);
  });

  it('waits for a live holder up to the bound, then fails naming the lock and how to clear it', async () => {
    const held = `${JSON.stringify({ pid: process.pid, token: 'another run' })}\n`;
    await writeFile(lockPath(out), held);
    const error = await withOutputLock(out, async () => 'ran', { waitMs: 100 }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).message).toBe(`another run (pid ${process.pid}) is writing ${out}; waited 0.1 s for it`);
    expect((error as GeneratorError).location).toEqual({ file: lockPath(out) });
    expect((error as GeneratorError).hint).toContain(`delete ${lockPath(out)}`);
    // The holder's lock is left as it was.
    expect(await readFile(lockPath(out), 'utf8')).toBe(held);
  });
});
