/**
 * Replaces an output folder by a new tree as a whole, so that a run killed at any moment leaves the old tree or
 * the new one, never a mix. The new tree is built beside the folder, in the same parent (so a rename moves it, on
 * one file system, in one step): `.<name>.sdkgen-new-<hex>`. Then two renames swap it in — the folder to
 * `.<name>.sdkgen-old-<hex>`, the new tree to the folder — and the old tree is removed.
 *
 * A kill leaves at most these siblings behind, and the next run (holding the output lock) puts things right
 * before it writes: while the folder is missing (a kill between the two renames) the old tree is renamed back;
 * every other sibling (a new tree half built or never swapped in, an old tree half removed) is deleted.
 */
import { randomBytes } from 'node:crypto';
import { lstat, mkdir, readdir, rename, rm } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

type Kind = 'new' | 'old';

function sibling(outDir: string, kind: Kind): string {
  return join(dirname(outDir), `.${basename(outDir)}.sdkgen-${kind}-${randomBytes(8).toString('hex')}`);
}

/** The siblings of the output folder that a swap makes, by kind, in name order. */
async function siblingsOf(outDir: string): Promise<Record<Kind, string[]>> {
  const prefix = `.${basename(outDir)}.sdkgen-`;
  const found: Record<Kind, string[]> = { new: [], old: [] };
  for (const name of (await readdir(dirname(outDir))).sort()) {
    const kind = name.startsWith(prefix) ? /^(new|old)-[0-9a-f]{16}$/.exec(name.slice(prefix.length))?.[1] : undefined;
    if (kind) found[kind as Kind].push(join(dirname(outDir), name));
  }
  return found;
}

const exists = (path: string) =>
  lstat(path).then(
    () => true,
    () => false,
  );

export interface Recovery {
  /** The old tree was renamed back: a run was killed between the two renames of its swap. */
  restored: boolean;
  /** Siblings removed (new trees never swapped in, old trees not yet removed). */
  removed: number;
}

/** Undoes what a killed swap left (call it holding the output lock): the folder ends as the old tree or the new one. */
export async function recoverInterruptedSwap(outDir: string): Promise<Recovery> {
  const siblings = await siblingsOf(outDir);
  let restored = false;
  if (siblings.old.length && !(await exists(outDir))) {
    await rename(siblings.old.shift()!, outDir);
    restored = true;
  }
  const leftovers = [...siblings.new, ...siblings.old];
  for (const path of leftovers) await rm(path, { recursive: true, force: true });
  return { restored, removed: leftovers.length };
}

/** A new, empty folder beside the output folder for the next tree. */
export async function newTreeFolder(outDir: string): Promise<string> {
  const path = sibling(outDir, 'new');
  await mkdir(path);
  return path;
}

/** Undoes one folder's swap: the new tree back where it was built, the old tree (if any) back in place. */
async function swapBack({ outDir, newTree }: { outDir: string; newTree: string }, old: string | undefined): Promise<void> {
  await rename(outDir, newTree).catch(() => undefined);
  if (old) await rename(old, outDir);
}

/**
 * Puts each tree built in `newTree` in place of its output folder (which may not exist yet), and removes the old
 * ones. Several folders (an SDK package and the MCP package beside it) are swapped as one: the
 * old trees are removed only once every new tree is in place, and a failure on any folder puts every folder
 * swapped before it back, so a failed run leaves them all as they were. (A kill between two folders' swaps
 * leaves each folder old or new, put right per folder by recoverInterruptedSwap; the next run writes them all.)
 */
export async function swapAllIn(swaps: readonly { outDir: string; newTree: string }[]): Promise<void> {
  const done: { swap: (typeof swaps)[number]; old: string | undefined }[] = [];
  try {
    for (const swap of swaps) {
      const old = sibling(swap.outDir, 'old');
      const hadOld = await rename(swap.outDir, old).then(
        () => true,
        (error: unknown) => {
          if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
          return false;
        },
      );
      try {
        await rename(swap.newTree, swap.outDir);
      } catch (error) {
        if (hadOld) await rename(old, swap.outDir);
        throw error;
      }
      done.push({ swap, old: hadOld ? old : undefined });
    }
  } catch (error) {
    for (const { swap, old } of done.reverse()) await swapBack(swap, old);
    throw error;
  }
  for (const { old } of done) if (old) await rm(old, { recursive: true, force: true });
}
