/**
 * Formats the emitted files with Prettier, piece by piece: a TypeScript file in the pieces the emitter printed
 * (runs of whole top-level statements), a Markdown file in pieces of whole sections whose TypeScript blocks are
 * formatted as TypeScript. Formatted pieces are joined with a blank line, which gives the same bytes as
 * formatting each file whole (the golden tests pin that).
 *
 * The pieces no cache holds are formatted together by format-pool.ts, on this thread and on worker threads where
 * the machine has cores to spare; each lands in its own place, so the bytes do not depend on the workers.
 *
 * Formatted pieces are remembered per output folder, keyed by a hash of the unformatted text and the
 * formatting version: after a small spec change only the pieces that changed are formatted again. The cache
 * only saves time; the bytes written are the same with or without it.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmittedFile, GeneratedFile } from '../emit/emit-package.ts';
import type { PrintedPart } from '../emit/source-builder.ts';
import { FormatShare, type Piece } from './format-pool.ts';
import { markdownSections } from './markdown-sections.ts';
import { FORMAT_VERSION, parserFor, type Parser } from './prettier-options.ts';

function keyOf(parser: Parser, text: string): string {
  return createHash('sha256').update(FORMAT_VERSION).update('\0').update(parser).update('\0').update(text).digest('hex');
}

/** The cache file for one output folder, under the project's `node_modules/.cache` (none without node_modules). */
function cachePath(outputKey: string): string | undefined {
  const root = join(process.cwd(), 'node_modules');
  if (!existsSync(root)) return undefined;
  return join(root, '.cache', 'sdkgen', `${createHash('sha256').update(outputKey).digest('hex').slice(0, 16)}.json`);
}

/**
 * The caches of the last few output folders stay in memory too, so that a long-running process (`--watch`)
 * does not read and parse its cache file on every regeneration.
 */
const inMemory = new Map<string, Map<string, string>>();
const IN_MEMORY_FOLDERS = 4;

function readCache(path: string | undefined): Map<string, string> {
  if (!path) return new Map();
  const remembered = inMemory.get(path);
  if (remembered) return remembered;
  try {
    return new Map(Object.entries(JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>));
  } catch {
    return new Map();
  }
}

async function writeCache(path: string | undefined, entries: Map<string, string>): Promise<void> {
  if (!path) return;
  inMemory.delete(path);
  inMemory.set(path, entries);
  for (const stale of [...inMemory.keys()].slice(0, -IN_MEMORY_FOLDERS)) inMemory.delete(stale);
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

/** Keeps the cache folder to the most recently used output folders: generations into temporary folders add up. */
const CACHE_ENTRIES = 32;

async function pruneCache(dir: string): Promise<void> {
  const entries = await Promise.all((await readdir(dir)).filter((name) => name.endsWith('.json')).map(async (name) => ({ name, used: (await stat(join(dir, name))).mtimeMs })));
  entries.sort((a, b) => b.used - a.used);
  await Promise.all(entries.slice(CACHE_ENTRIES).map(({ name }) => rm(join(dir, name), { force: true })));
}

/** A file's pieces, in order: text to format, or text the emitter printed in its final form. */
function piecesOf(file: EmittedFile, parser: Parser): PrintedPart[] {
  if (file.parts) return file.parts;
  return (parser === 'markdown' ? markdownSections(file.content) : [file.content]).map((text) => ({ text }));
}

/**
 * A formatting run for one output folder: `add` hands a file's pieces to the format workers as soon as the
 * emitter has printed it (this thread goes on printing the next), `finish` formats what no worker took and puts
 * every file together. `outputKey` (the output folder) selects the cache; without one, nothing is cached.
 * `workers` is the number of worker threads that may help (format-pool.ts); the bytes are the same whatever it
 * is, and whichever thread formatted a piece.
 */
export class FormatRun {
  private readonly path: string | undefined;
  /** Read now, not awaited: `add` runs inside the emitter's synchronous loop, where no promise settles. */
  private readonly cache: Map<string, string>;
  private readonly share: FormatShare;
  /** Every piece handed out so far, by key. */
  private readonly started = new Map<string, Promise<string>>();

  constructor(outputKey: string | undefined, workers?: number) {
    this.path = outputKey === undefined ? undefined : cachePath(outputKey);
    this.cache = readCache(this.path);
    this.share = new FormatShare(workers);
  }

  /** Hands these files' pieces that no cache holds to the running workers, if any (see FormatShare). */
  add(files: EmittedFile[]): void {
    const pieces = new Map<string, Piece>();
    for (const { key, piece } of piecesToFormat(files)) if (!this.cache.has(key) && !this.started.has(key)) pieces.set(key, piece);
    const results = this.share.add([...pieces.values()]);
    [...pieces.keys()].forEach((key, index) => this.started.set(key, results[index]!));
  }

  async finish(files: EmittedFile[]): Promise<GeneratedFile[]> {
    this.add(files);
    await this.share.drain();
    const next = new Map<string, string>();
    const assembled = files.map((file) => {
      const parser = parserFor(file.path);
      if (!parser || file.formatted) return { file };
      const pieces = piecesOf(file, parser).map(({ text, final }) => (final ? { text } : { key: keyOf(parser, text) }));
      for (const { key } of pieces) if (key && this.cache.has(key)) next.set(key, this.cache.get(key)!);
      return { file, pieces };
    });
    for (const [key, formatting] of this.started) next.set(key, await formatting);
    await writeCache(this.path, next);
    return assembled.map(({ file, pieces }) => ({
      path: file.path,
      content: pieces ? pieces.map(({ key, text }) => (key ? next.get(key)! : text)).join('\n') : file.content,
    }));
  }
}

/** The pieces of the files that are formatted (not the static runtime, not final parts), with their cache keys, in order. */
function piecesToFormat(files: EmittedFile[]): { key: string; piece: Piece }[] {
  return files.flatMap((file) => {
    const parser = parserFor(file.path);
    if (!parser || file.formatted) return [];
    return piecesOf(file, parser)
      .filter(({ final }) => !final)
      .map(({ text }) => ({ key: keyOf(parser, text), piece: { text, parser, file: file.path } }));
  });
}

/** Formats the files in one go (see FormatRun). */
export function formatFiles(files: EmittedFile[], outputKey?: string, workers?: number): Promise<GeneratedFile[]> {
  return new FormatRun(outputKey, workers).finish(files);
}
