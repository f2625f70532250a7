import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { newTreeFolder, recoverInterruptedSwap, swapAllIn } from '../../generator/write/tree-swap.ts';
import { snapshotTree, tempDir } from '../helpers/run-cli.ts';

let dir: Awaited<ReturnType<typeof tempDir>>;
let out: string;
beforeEach(async () => {
  dir = await tempDir('sdkgen-swap-');
  out = join(dir.path, 'sdk');
});
afterEach(async () => dir.remove());

/** Folders in the parent, each holding one file `v` with its name as content. */
async function folders(names: string[]): Promise<void> {
  for (const name of names) {
    await mkdir(join(dir.path, name));
    await writeFile(join(dir.path, name, 'v'), name);
  }
}

const OLD = '.sdk.sdkgen-old-0123456789abcdef';
const NEW = '.sdk.sdkgen-new-fedcba9876543210';

describe('recoverInterruptedSwap', () => {
  const cases: { name: string; given: string[]; want: { out?: string; left: string[]; restored: boolean; removed: number } }[] = [
    { name: 'nothing was interrupted', given: ['sdk'], want: { out: 'sdk', left: ['sdk'], restored: false, removed: 0 } },
    { name: 'killed while building the new tree: it goes', given: ['sdk', NEW], want: { out: 'sdk', left: ['sdk'], restored: false, removed: 1 } },
    { name: 'killed between the two renames: the old tree comes back', given: [OLD, NEW], want: { out: OLD, left: ['sdk'], restored: true, removed: 1 } },
    { name: 'killed while removing the old tree: the new one stays', given: ['sdk', OLD], want: { out: 'sdk', left: ['sdk'], restored: false, removed: 1 } },
    { name: 'the first write, killed before its rename: no folder, as before', given: [NEW], want: { left: [], restored: false, removed: 1 } },
    {
      name: 'names that only look like its siblings are not touched',
      given: ['sdk', '.sdk.sdkgen-new-xyz', '.other.sdkgen-new-0123456789abcdef', '.sdk.sdkgen-lock'],
      want: { out: 'sdk', left: ['.other.sdkgen-new-0123456789abcdef', '.sdk.sdkgen-lock', '.sdk.sdkgen-new-xyz', 'sdk'], restored: false, removed: 0 },
    },
  ];
  it.each(cases)('$name', async ({ given, want }) => {
    await folders(given);
    const recovery = await recoverInterruptedSwap(out);
    expect(recovery).toEqual({ restored: want.restored, removed: want.removed });
    expect((await readdir(dir.path)).sort()).toEqual(want.left);
    if (want.out) expect(await readFile(join(out, 'v'), 'utf8')).toBe(want.out);
  });
});

describe('swapAllIn', () => {
  it('replaces the folder by the new tree and removes the old one', async () => {
    await folders(['sdk']);
    const tree = await newTreeFolder(out);
    expect(tree).toMatch(/[/\\]\.sdk\.sdkgen-new-[0-9a-f]{16}$/);
    await writeFile(join(tree, 'w'), 'new');
    await swapAllIn([{ outDir: out, newTree: tree }]);
    expect(await snapshotTree(out)).toEqual({ w: 'new' });
    expect(await readdir(dir.path)).toEqual(['sdk']);
  });

  it('puts the first tree in place when there is no folder yet', async () => {
    const tree = await newTreeFolder(out);
    await swapAllIn([{ outDir: out, newTree: tree }]);
    expect(await readdir(dir.path)).toEqual(['sdk']);
  });

  it('leaves the old folder in place when the new tree cannot be moved there', async () => {
    await folders(['sdk']);
    await expect(swapAllIn([{ outDir: out, newTree: join(dir.path, 'missing') }])).rejects.toThrow(/ENOENT/);
    expect(await snapshotTree(out)).toEqual({ v: 'sdk' });
    expect(await readdir(dir.path)).toEqual(['sdk']);
  });

  it('swaps several folders as one: a failure on the second puts the first back', async () => {
    await folders(['sdk', 'mcp']);
    const tree = await newTreeFolder(out);
    await writeFile(join(tree, 'w'), 'new');
    const swaps = [
      { outDir: out, newTree: tree },
      { outDir: join(dir.path, 'mcp'), newTree: join(dir.path, 'missing') },
    ];
    await expect(swapAllIn(swaps)).rejects.toThrow(/ENOENT/);
    expect(await snapshotTree(out)).toEqual({ v: 'sdk' });
    expect(await snapshotTree(join(dir.path, 'mcp'))).toEqual({ v: 'mcp' });
    expect((await readdir(dir.path)).sort()).toEqual([basename(tree), 'mcp', 'sdk']);
  });
});
