/**
 * Formats the emitted files with Prettier, piece by piece: a TypeScript file in the pieces the emitter printed
 * (runs of whole top-level statements), a Markdown file in pieces of whole sections whose TypeScript blocks are
 * formatted as TypeScript. Formatted pieces are joined with a blank line, which gives the same bytes as
 * formatting each file whole (the golden tests pin that).
 *
 * One piece at a time, on this thread: worker threads were measured to gain nothing on two cores, where V8's
 * own compiler and collector threads already keep the second core busy while Prettier runs cold.
 *
 * Formatted pieces are remembered per output folder, keyed by a hash of the unformatted text and the
 * formatting version: after a small spec change only the pieces that changed are formatted again. The cache
 * only saves time; the bytes written are the same with or without it.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { EmittedFile, GeneratedFile } from '../emit/emit-package.ts';
import { markdownSections, typescriptBlocks } from './markdown-sections.ts';
import { FORMAT_VERSION, formatText, parserFor, type Parser } from './prettier-options.ts';

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

async function readCache(path: string | undefined): Promise<Map<string, string>> {
  if (!path) return new Map();
  const remembered = inMemory.get(path);
  if (remembered) return remembered;
  try {
    return new Map(Object.entries(JSON.parse(await readFile(path, 'utf8')) as Record<string, string>));
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
  const entries = await Promise.all(
    (await readdir(dir)).filter((name) => name.endsWith('.json')).map(async (name) => ({ name, used: (await stat(join(dir, name))).mtimeMs })),
  );
  entries.sort((a, b) => b.used - a.used);
  await Promise.all(entries.slice(CACHE_ENTRIES).map(({ name }) => rm(join(dir, name), { force: true })));
}

function piecesOf(file: EmittedFile, parser: Parser): string[] {
  if (file.parts) return file.parts;
  return parser === 'markdown' ? markdownSections(file.content) : [file.content];
}

/**
 * Between code blocks formatted in one Prettier call: each call has a fixed cost of about a millisecond, which
 * for a README with an example per call was most of its formatting time.
 */
const BOUNDARY = '// @sdkgen-code-block-boundary';

/**
 * Formats code blocks as TypeScript, several per call where that cannot change them: blocks that end with a
 * semicolon are whole statements, so a line comment between two of them separates them exactly (no automatic
 * semicolon insertion can join them, and Prettier keeps a comment line as it is). Anything else, or a batch
 * that does not split back into as many blocks, is formatted block by block.
 */
async function formatCodeBlocks(codes: string[]): Promise<string[]> {
  const one = async (code: string) => (await formatText(code, 'typescript')).replace(/\n$/, '');
  const batchable = codes.length > 1 && codes.every((code) => /;\s*$/.test(code) && !code.includes(BOUNDARY));
  if (batchable) {
    const parts = (await formatText(codes.join(`\n${BOUNDARY}\n`), 'typescript')).split(`${BOUNDARY}\n`);
    if (parts.length === codes.length) return parts.map((part) => part.replace(/^\n+/, '').replace(/\n+$/, ''));
  }
  const formatted: string[] = [];
  for (const code of codes) formatted.push(await one(code));
  return formatted;
}

/** One piece; a Markdown piece's TypeScript blocks are formatted as TypeScript first (see typescriptBlocks). */
async function formatPiece(text: string, parser: Parser, file: string): Promise<string> {
  try {
    if (parser !== 'markdown') return await formatText(text, parser);
    const blocks = typescriptBlocks(text);
    if (!blocks) return await formatText(text, 'markdown-embedded');
    return await formatText(blocks.assemble(await formatCodeBlocks(blocks.codes)), 'markdown');
  } catch (error) {
    // Unparseable output is a generator bug; say which file so it can be reproduced.
    throw new Error(`internal: generated ${file} does not parse: ${(error as Error).message}`);
  }
}

/** `outputKey` (the output folder) selects the cache; without one, nothing is cached. */
export async function formatFiles(files: EmittedFile[], outputKey?: string): Promise<GeneratedFile[]> {
  const path = outputKey === undefined ? undefined : cachePath(outputKey);
  const cache = await readCache(path);
  const next = new Map<string, string>();
  const formatted: GeneratedFile[] = [];
  for (const file of files) {
    const parser = parserFor(file.path);
    if (!parser || file.formatted) {
      formatted.push({ path: file.path, content: file.content });
      continue;
    }
    const pieces: string[] = [];
    for (const text of piecesOf(file, parser)) {
      const key = keyOf(parser, text);
      const piece = next.get(key) ?? cache.get(key) ?? (await formatPiece(text, parser, file.path));
      next.set(key, piece);
      pieces.push(piece);
    }
    formatted.push({ path: file.path, content: pieces.join('\n') });
  }
  await writeCache(path, next);
  return formatted;
}
