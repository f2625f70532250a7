/**
 * Writes the generated package as a whole, without losing anything:
 * - the new tree is built beside the output folder and swapped in by rename (tree-swap.ts), so that a failed or
 *   killed run leaves the previous output exactly as it was, or the new output complete, never a mix; what a
 *   killed run left is put right by the next one;
 * - one run at a time writes a folder (output-lock.ts); a second one waits for the first;
 * - several folders written together (the SDK and its MCP package) are built first, then swapped in together;
 * - files listed in the previous manifest but no longer generated are left out of the new tree, and folders that
 *   leaves empty; everything the generator never wrote (a `dist/`, `node_modules/`, a CHANGELOG.md, notes, empty
 *   folders) is carried into the new tree as it is (hard links: no copy, same bytes, same modification times), as
 *   are generated files whose content did not change.
 */
import { copyFile, link, lstat, mkdir, readdir, readFile, readlink, realpath, rm, symlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import type { GeneratedFile } from '../emit/emit-package.ts';
import { GeneratorError } from '../errors.ts';
import { withOutputLock, type LockOptions } from './output-lock.ts';
import { newTreeFolder, recoverInterruptedSwap, swapAllIn } from './tree-swap.ts';

export const MANIFEST = '.sdkgen-manifest.json';

export interface WriteResult {
  written: number;
  unchanged: number;
  removed: number;
}

/** A temporary file of the per-file writer this one replaced (`<file>.<8 hex>.tmp`): left by a killed run, never carried over. */
const OLD_TEMPORARY = /\.[0-9a-f]{8}\.tmp$/;

async function readPrevious(outDir: string): Promise<string[]> {
  try {
    const manifest = JSON.parse(await readFile(join(outDir, MANIFEST), 'utf8')) as { files?: unknown };
    return Array.isArray(manifest.files) ? manifest.files.filter((file): file is string => typeof file === 'string') : [];
  } catch {
    return [];
  }
}

function manifestFile(files: GeneratedFile[]): GeneratedFile {
  const content =
    JSON.stringify({ note: 'Files written by the SDK generator; it removes only these when they are no longer generated.', files: files.map((file) => file.path) }, null, 2) + '\n';
  return { path: MANIFEST, content };
}

async function readIfExists(path: string): Promise<string | undefined> {
  try {
    return await readFile(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** A generated path must stay inside the output folder. */
function target(outDir: string, path: string): string {
  const full = join(outDir, path);
  if (relative(outDir, full).split(sep).includes('..')) throw new Error(`internal: refusing to write outside the output folder: ${path}`);
  return full;
}

/**
 * The folder to swap: a symbolic link to the output folder stays, and its target is replaced. Its parent is
 * made when `create`; without, a missing parent gives undefined (there is nothing to recover there).
 */
async function swappedFolder(outDir: string, create: boolean): Promise<string | undefined> {
  const absolute = resolve(outDir);
  const real = await realpath(absolute).catch(() => undefined);
  if (real) return real;
  if (create) await mkdir(dirname(absolute), { recursive: true });
  const parent = await realpath(dirname(absolute)).catch(() => undefined);
  return parent === undefined ? undefined : join(parent, basename(absolute));
}

/** `from` hard-linked at `to`, or copied where the file system has no hard links. */
async function carry(from: string, to: string): Promise<void> {
  await link(from, to).catch((error: unknown) => {
    if (!['EPERM', 'ENOTSUP', 'EXDEV', 'EMLINK', 'ENOSYS'].includes((error as NodeJS.ErrnoException).code ?? '')) throw error;
    return copyFile(from, to);
  });
}

function inTheWay(path: string, error: unknown): Error {
  const code = (error as NodeJS.ErrnoException).code;
  if (code !== 'EEXIST' && code !== 'ENOTDIR' && code !== 'EISDIR') return error as Error;
  return new GeneratorError(
    `${path} in the output folder is not a file the generator wrote, and the generated package needs its place`,
    { file: path },
    'move it out of the output folder (or rename it) and run again',
  );
}

/**
 * Builds the new tree in `tree`: the generated files (a file whose content is unchanged is linked, keeping its
 * identity), then whatever in the old output the generator does not own.
 */
async function buildTree(outDir: string, tree: string, files: GeneratedFile[], previous: string[]): Promise<Pick<WriteResult, 'written' | 'unchanged'>> {
  let written = 0;
  let unchanged = 0;
  for (const file of files) {
    const old = target(outDir, file.path);
    const full = target(tree, file.path);
    try {
      await mkdir(dirname(full), { recursive: true });
      if ((await readIfExists(old)) === file.content && (await lstat(old)).isFile()) {
        await carry(old, full);
        unchanged++;
      } else {
        await writeFile(full, file.content, 'utf8');
        written++;
      }
    } catch (error) {
      throw inTheWay(join(outDir, file.path), error);
    }
  }
  const generated = new Set(files.map((file) => file.path));
  const owned = new Set([...previous, ...generated]);
  const carryFolder = async (relativeDir: string): Promise<void> => {
    const entries = await readdir(join(outDir, relativeDir), { withFileTypes: true }).catch(() => []);
    if (entries.length === 0 && relativeDir !== '') await mkdir(join(tree, relativeDir), { recursive: true });
    for (const entry of entries) {
      const path = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
      if (entry.isDirectory()) {
        await carryFolder(path);
        continue;
      }
      if (owned.has(path) || (OLD_TEMPORARY.test(path) && owned.has(path.replace(OLD_TEMPORARY, '')))) continue;
      if (!entry.isFile() && !entry.isSymbolicLink()) continue; // sockets, FIFOs: nothing to carry
      const from = join(outDir, path);
      const to = join(tree, path);
      try {
        await mkdir(dirname(to), { recursive: true });
        if (entry.isSymbolicLink()) await symlink(await readlink(from), to);
        else await carry(from, to);
      } catch (error) {
        throw inTheWay(from, error);
      }
    }
  };
  await carryFolder('');
  return { written, unchanged };
}

export async function writeOutput(outDir: string, generated: GeneratedFile[], options: LockOptions = {}): Promise<WriteResult> {
  return (await writeOutputs([{ outDir, files: generated }], options))[0]!;
}

export interface OutputFiles {
  outDir: string;
  files: GeneratedFile[];
}

/** Runs `work` holding the lock of every folder, taken in name order (two runs never each wait for the other). */
function withOutputLocks<T>(folders: string[], work: () => Promise<T>, options: LockOptions): Promise<T> {
  return [...folders].sort().reduceRight<() => Promise<T>>((inner, folder) => () => withOutputLock(folder, inner, options), work)();
}

const inside = (folder: string, other: string) => folder === other || folder.startsWith(other + sep);

/**
 * Writes several output folders as one (the SDK package and the MCP package beside it): every new tree is built
 * before any is swapped in, and a failure anywhere leaves every folder as it was (tree-swap.ts's swapAllIn).
 */
export async function writeOutputs(outputs: OutputFiles[], options: LockOptions = {}): Promise<WriteResult[]> {
  const absolute = outputs.map(({ outDir }) => resolve(outDir));
  for (const [index, folder] of absolute.entries()) {
    const other = absolute.find((entry, at) => at !== index && (inside(folder, entry) || inside(entry, folder)));
    if (other) throw new Error(`internal: output folders overlap: ${folder} and ${other}`);
  }
  const planned: { folder: string; files: GeneratedFile[] }[] = [];
  for (const { outDir, files: generated } of outputs) {
    const files = [...generated, manifestFile(generated)];
    for (const file of files) target(outDir, file.path);
    planned.push({ folder: (await swappedFolder(outDir, true))!, files });
  }
  return withOutputLocks(
    planned.map(({ folder }) => folder),
    async () => {
      const trees: string[] = [];
      try {
        const results: WriteResult[] = [];
        for (const { folder, files } of planned) {
          await recoverInterruptedSwap(folder);
          const previous = await readPrevious(folder);
          const tree = await newTreeFolder(folder);
          trees.push(tree);
          const built = await buildTree(folder, tree, files, previous);
          const current = new Set(files.map((file) => file.path));
          results.push({ ...built, removed: previous.filter((path) => !current.has(path)).length });
        }
        await swapAllIn(planned.map(({ folder }, index) => ({ outDir: folder, newTree: trees[index]! })));
        return results;
      } catch (error) {
        await Promise.all(trees.map((tree) => rm(tree, { recursive: true, force: true })));
        throw error;
      }
    },
    options,
  );
}

/**
 * Puts right what a killed write left beside the output folder (see tree-swap.ts), before a run reads the folder:
 * the output is then the old tree or the new one.
 */
export async function recoverOutput(outDir: string, options: LockOptions = {}): Promise<void> {
  const folder = await swappedFolder(outDir, false);
  if (folder !== undefined) await withOutputLock(folder, () => recoverInterruptedSwap(folder), options);
}

/** Compares without writing: the paths whose content differs from what would be written (for --check). */
export async function diffOutput(outDir: string, generated: GeneratedFile[]): Promise<string[]> {
  const files = [...generated, manifestFile(generated)];
  const differing: string[] = [];
  for (const file of files) if ((await readIfExists(join(outDir, file.path))) !== file.content) differing.push(file.path);
  const current = new Set(files.map((file) => file.path));
  for (const path of await readPrevious(outDir)) if (!current.has(path)) differing.push(path);
  return differing;
}
