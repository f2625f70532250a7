/**
 * Prettier, once per file, with fixed options (never a user's or machine's config: same input, same bytes).
 * Formatting is most of a regeneration's cost, so results are remembered per output folder, keyed by a hash
 * of the unformatted text and the options: after a small spec change only the files that changed are
 * formatted again. The cache only saves time; the bytes written are the same with or without it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as prettier from 'prettier';
import type { GeneratedFile } from '../emit/emit-package.ts';

const OPTIONS: prettier.Options = {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
  proseWrap: 'preserve',
};

function parserFor(path: string): string | undefined {
  if (path.endsWith('.ts')) return 'typescript';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.md')) return 'markdown';
  return undefined;
}

const CACHE_VERSION = `${prettier.version}:${JSON.stringify(OPTIONS)}`;

function keyOf(file: GeneratedFile): string {
  return createHash('sha256').update(CACHE_VERSION).update('\0').update(file.path).update('\0').update(file.content).digest('hex');
}

/** The cache file for one output folder, under the project's `node_modules/.cache` (none without node_modules). */
function cachePath(outputKey: string): string | undefined {
  const root = join(process.cwd(), 'node_modules');
  if (!existsSync(root)) return undefined;
  return join(root, '.cache', 'sdkgen', `${createHash('sha256').update(outputKey).digest('hex').slice(0, 16)}.json`);
}

async function readCache(path: string | undefined): Promise<Map<string, string>> {
  if (!path) return new Map();
  try {
    return new Map(Object.entries(JSON.parse(await readFile(path, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

async function writeCache(path: string | undefined, entries: Map<string, string>): Promise<void> {
  if (!path) return;
  try {
    await mkdir(join(path, '..'), { recursive: true });
    const temporary = `${path}.${process.pid}.tmp`;
    await writeFile(temporary, JSON.stringify(Object.fromEntries(entries)));
    await rename(temporary, path);
    await pruneCache(join(path, '..'));
  } catch {
    // A cache that cannot be written only costs time next run.
  }
}

async function formatOne(file: GeneratedFile, cache: Map<string, string>, next: Map<string, string>): Promise<GeneratedFile> {
  const parser = parserFor(file.path);
  if (!parser) return file;
  const key = keyOf(file);
  let content = cache.get(key);
  if (content === undefined) {
    try {
      content = await prettier.format(file.content, { ...OPTIONS, parser });
    } catch (error) {
      // Unparseable output is a generator bug; say which file so it can be reproduced.
      throw new Error(`internal: generated ${file.path} does not parse: ${(error as Error).message}`);
    }
  }
  next.set(key, content);
  return { path: file.path, content };
}

/** Keeps the cache folder to the most recently used output folders: generations into temporary folders add up. */
const CACHE_ENTRIES = 32;

async function pruneCache(dir: string): Promise<void> {
  const entries = await Promise.all(
    (await readdir(dir)).filter((name) => name.endsWith('.json')).map(async (name) => ({ name, used: (await stat(join(dir, name))).mtimeMs })),
  );
  entries.sort((a, b) => b.used - a.used);
  await Promise.all(entries.slice(CACHE_ENTRIES).map(({ name }) => rm(join(dir, name), { force: true })));
}

export async function formatFiles(files: GeneratedFile[], outputKey?: string): Promise<GeneratedFile[]> {
  const path = outputKey === undefined ? undefined : cachePath(outputKey);
  const cache = await readCache(path);
  const next = new Map<string, string>();
  // One file at a time: Prettier is CPU-bound anyway, and holding every file's AST at once doubles peak memory on big specs.
  const formatted: GeneratedFile[] = [];
  for (const file of files) formatted.push(await formatOne(file, cache, next));
  await writeCache(path, next);
  return formatted;
}
