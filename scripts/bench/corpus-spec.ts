/** The largest document of the corpus (GitHub REST), fetched with the project's own script when not cached. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, relative } from 'node:path';
import { CORPUS_MANIFEST, CORPUS_SPECS, ROOT } from './paths.ts';

export interface CorpusEntry {
  name: string;
  path: string;
  bytes: number;
  sha256: string;
  expect?: string;
}

export function largestCorpusSpec(): CorpusEntry | undefined {
  if (!existsSync(CORPUS_MANIFEST)) return undefined;
  const manifest = JSON.parse(readFileSync(CORPUS_MANIFEST, 'utf8')) as { specs: CorpusEntry[] };
  return manifest.specs.filter((spec) => spec.expect !== 'refuse').sort((a, b) => b.bytes - a.bytes)[0];
}

const corpusFile = (spec: CorpusEntry) => join(CORPUS_SPECS, `${spec.name}${extname(spec.path)}`);

async function isCached(spec: CorpusEntry): Promise<boolean> {
  const file = corpusFile(spec);
  if (!existsSync(file) || (await stat(file)).size !== spec.bytes) return false;
  return (
    createHash('sha256')
      .update(await readFile(file))
      .digest('hex') === spec.sha256
  );
}

/** The cached document's path, fetching it first when it is not there yet; undefined when it cannot be had. */
export async function corpusSpec(spec: CorpusEntry): Promise<string | undefined> {
  if (await isCached(spec)) return corpusFile(spec);
  process.stderr.write(`  · ${relative(ROOT, corpusFile(spec))} is not cached: npm run corpus:fetch -- --only ${spec.name}\n`);
  spawnSync('npm', ['run', '--silent', 'corpus:fetch', '--', '--only', spec.name], { cwd: ROOT, stdio: ['ignore', 2, 2] });
  return (await isCached(spec)) ? corpusFile(spec) : undefined;
}
