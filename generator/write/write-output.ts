/**
 * Writes the generated package without losing anything:
 * - every new file is first written beside its target as a temporary file; if any write fails, the
 *   temporaries are removed and the previous output is untouched;
 * - then each temporary is renamed over its target (rename is atomic per file);
 * - files listed in the previous manifest but no longer generated are removed; files the generator never
 *   wrote (a `dist/`, `node_modules/`, notes) are never touched.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readFile, rename, rm, rmdir, writeFile } from 'node:fs/promises';
import { dirname, join, relative, sep } from 'node:path';
import type { GeneratedFile } from '../emit/emit-package.ts';

export const MANIFEST = '.sdkgen-manifest.json';

export interface WriteResult {
  written: number;
  unchanged: number;
  removed: number;
}

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

export async function writeOutput(outDir: string, generated: GeneratedFile[]): Promise<WriteResult> {
  const files = [...generated, manifestFile(generated)];
  const previous = await readPrevious(outDir);
  const changed: { full: string; temporary: string }[] = [];
  let unchanged = 0;
  const suffix = `.${randomBytes(4).toString('hex')}.tmp`;
  try {
    for (const file of files) {
      const full = target(outDir, file.path);
      if ((await readIfExists(full)) === file.content) {
        unchanged++;
        continue;
      }
      await mkdir(dirname(full), { recursive: true });
      await writeFile(full + suffix, file.content, 'utf8');
      changed.push({ full, temporary: full + suffix });
    }
  } catch (error) {
    await Promise.all(changed.map(({ temporary }) => rm(temporary, { force: true })));
    throw error;
  }
  for (const { full, temporary } of changed) await rename(temporary, full);

  const current = new Set(files.map((file) => file.path));
  let removed = 0;
  for (const path of previous) {
    if (current.has(path)) continue;
    await rm(target(outDir, path), { force: true });
    removed++;
    // Drop folders the removal emptied (rmdir fails on non-empty ones, which is what we want).
    for (let dir = dirname(target(outDir, path)); dir.startsWith(outDir + sep); dir = dirname(dir)) {
      if (
        !(await rmdir(dir).then(
          () => true,
          () => false,
        ))
      )
        break;
    }
  }
  return { written: changed.length, unchanged, removed };
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
