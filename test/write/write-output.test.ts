import { spawn } from 'node:child_process';
import { lstat, mkdir, readdir, readFile, readlink, rename, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { GeneratedFile } from '../../generator/emit/emit-package.ts';
import { generate } from '../../generator/pipeline.ts';
import { MANIFEST, recoverOutput, writeOutput, writeOutputs } from '../../generator/write/write-output.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { tempDir } from '../helpers/run-cli.ts';

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  dir = await tempDir('sdkgen-write-');
});
afterEach(async () => dir.remove());

const files = (entries: Record<string, string>) => Object.entries(entries).map(([path, content]) => ({ path, content }));

/**
 * Everything under a folder, exactly: each file's bytes, each symbolic link's target, each empty folder; undefined
 * when the folder does not exist.
 */
async function treeOf(root: string): Promise<Record<string, string> | undefined> {
  if (!(await lstat(root).catch(() => undefined))) return undefined;
  const tree: Record<string, string> = {};
  const walk = async (relative: string): Promise<void> => {
    const entries = await readdir(join(root, relative), { withFileTypes: true });
    if (entries.length === 0 && relative) tree[`${relative}/`] = 'folder';
    for (const entry of entries) {
      const path = relative ? `${relative}/${entry.name}` : entry.name;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isSymbolicLink()) tree[path] = `link → ${await readlink(join(root, path))}`;
      else tree[path] = (await readFile(join(root, path))).toString('base64');
    }
  };
  await walk('');
  return tree;
}

describe('writeOutput', () => {
  it('writes the files and a manifest listing them', async () => {
    const result = await writeOutput(dir.path, files({ 'a.ts': 'a', 'src/b.ts': 'b' }));
    expect(result).toEqual({ written: 3, unchanged: 0, removed: 0 });
    expect(JSON.parse(await readFile(join(dir.path, MANIFEST), 'utf8')).files).toEqual(['a.ts', 'src/b.ts']);
  });

  it('keeps what it did not write and removes only files it generated before', async () => {
    const out = join(dir.path, 'out');
    await writeOutput(out, files({ 'a.ts': 'a', 'src/old.ts': 'old', 'src/keep.ts': 'k', 'src/gone/x.ts': 'x', 'src/kept/y.ts': 'y' }));
    const mine: Record<string, string> = {
      'dist/index.js': 'built by the user',
      'src/mine.ts': 'written by hand',
      'src/kept/notes.md': 'beside a generated file that goes',
      'CHANGELOG.md': 'written by a release',
      'node_modules/x/index.js': 'installed',
      'a.ts.notours.tmp': 'a name like a temporary, not one',
      'notes.12345678.tmp': 'a temporary name of no generated file',
    };
    for (const [path, content] of Object.entries(mine)) {
      await mkdir(join(out, path, '..'), { recursive: true });
      await writeFile(join(out, path), content);
    }
    await mkdir(join(out, 'empty'));
    await mkdir(join(out, 'node_modules/.bin'));
    await symlink('../x/index.js', join(out, 'node_modules/.bin/x'));
    // A temporary a per-file writer killed mid-write left beside a generated file.
    await writeFile(join(out, 'src/keep.ts.0badf00d.tmp'), 'half');
    const unchangedBefore = await lstat(join(out, 'src/keep.ts'));

    const result = await writeOutput(out, files({ 'a.ts': 'a2', 'src/keep.ts': 'k' }));
    expect(result).toEqual({ written: 2, unchanged: 1, removed: 3 });
    const want: Record<string, string> = {
      '.sdkgen-manifest.json': (await readFile(join(out, MANIFEST))).toString('base64'),
      'a.ts': Buffer.from('a2').toString('base64'),
      'src/keep.ts': Buffer.from('k').toString('base64'),
      'empty/': 'folder',
      'node_modules/.bin/x': 'link → ../x/index.js',
    };
    for (const [path, content] of Object.entries(mine)) want[path] = Buffer.from(content).toString('base64');
    // src/old.ts and src/gone/ (emptied) are gone, src/kept/ stays for the file in it; the temporary is cleaned.
    expect(await treeOf(out)).toEqual(want);
    // An unchanged file is the same file (linked, not rewritten): tools watching modification times see no change.
    const unchangedAfter = await lstat(join(out, 'src/keep.ts'));
    expect([unchangedAfter.ino, unchangedAfter.mtimeMs]).toEqual([unchangedBefore.ino, unchangedBefore.mtimeMs]);
    expect(await readdir(dir.path)).toEqual(['out']);
  });

  it('a failed write leaves the previous output exactly as it was, and nothing beside it', async () => {
    const out = join(dir.path, 'out');
    await writeOutput(out, files({ 'a.ts': 'a', 'b.ts': 'b' }));
    // A file of the user's where the new output needs a folder makes the write fail midway.
    await writeFile(join(out, 'blocker'), 'not a folder');
    const before = await treeOf(out);
    const error = await writeOutput(out, files({ 'a.ts': 'A', 'b.ts': 'B', 'blocker/c.ts': 'c' })).catch((caught: unknown) => caught);
    expect(String(error)).toMatch(/blocker in the output folder is not a file the generator wrote/);
    expect(await treeOf(out)).toEqual(before);
    expect(await readdir(dir.path)).toEqual(['out']);
  });

  it('removes folders emptied by the removal, not others', async () => {
    await writeOutput(dir.path, files({ 'a.ts': 'a', 'src/operations/x.ts': 'x' }));
    await writeOutput(dir.path, files({ 'a.ts': 'a' }));
    expect((await readdir(dir.path)).sort()).toEqual(['.sdkgen-manifest.json', 'a.ts']);
  });

  it('writes through a symbolic link to the output folder, which stays a link', async () => {
    await mkdir(join(dir.path, 'real'));
    await symlink('real', join(dir.path, 'out'));
    await writeOutput(join(dir.path, 'out'), files({ 'a.ts': 'a' }));
    expect((await lstat(join(dir.path, 'out'))).isSymbolicLink()).toBe(true);
    expect(await readFile(join(dir.path, 'real/a.ts'), 'utf8')).toBe('a');
  });

  it('refuses paths that leave the output folder', async () => {
    await expect(writeOutput(join(dir.path, 'out'), files({ '../escape.ts': 'x' }))).rejects.toThrow(/outside the output folder/);
  });
});

describe('writeOutputs', () => {
  it('writes several folders, each with its manifest, and leaves nothing beside them', async () => {
    const results = await writeOutputs([
      { outDir: join(dir.path, 'sdk'), files: files({ 'a.ts': 'a' }) },
      { outDir: join(dir.path, 'mcp'), files: files({ 'b.ts': 'b', 'c.ts': 'c' }) },
    ]);
    expect(results).toEqual([
      { written: 2, unchanged: 0, removed: 0 },
      { written: 3, unchanged: 0, removed: 0 },
    ]);
    expect(JSON.parse(await readFile(join(dir.path, 'mcp', MANIFEST), 'utf8')).files).toEqual(['b.ts', 'c.ts']);
    expect((await readdir(dir.path)).sort()).toEqual(['mcp', 'sdk']);
  });

  it('a failed write in the second folder leaves the first as it was too', async () => {
    const outputs = (sdk: string, mcp: Record<string, string>) => [
      { outDir: join(dir.path, 'sdk'), files: files({ 'a.ts': sdk }) },
      { outDir: join(dir.path, 'mcp'), files: files(mcp) },
    ];
    await writeOutputs(outputs('a', { 'b.ts': 'b' }));
    await writeFile(join(dir.path, 'mcp', 'blocker'), 'not a folder');
    const before = await treeOf(dir.path);
    await expect(writeOutputs(outputs('A', { 'b.ts': 'B', 'blocker/c.ts': 'c' }))).rejects.toThrow(/blocker in the output folder/);
    expect(await treeOf(dir.path)).toEqual(before);
  });

  it('refuses folders inside one another', async () => {
    const outputs = [
      { outDir: join(dir.path, 'sdk'), files: files({ 'a.ts': 'a' }) },
      { outDir: join(dir.path, 'sdk', 'mcp'), files: files({ 'b.ts': 'b' }) },
    ];
    await expect(writeOutputs(outputs)).rejects.toThrow(/output folders overlap/);
    expect(await readdir(dir.path)).toEqual([]);
  });
});

describe('recoverOutput', () => {
  it('restores the old tree a run killed between its two renames left aside, and makes no folder', async () => {
    const out = join(dir.path, 'out');
    await writeOutput(out, files({ 'a.ts': 'a' }));
    const old = await treeOf(out);
    // The state between the renames: the old tree aside, the new one not yet in place.
    await rename(out, join(dir.path, '.out.sdkgen-old-0123456789abcdef'));
    await mkdir(join(dir.path, '.out.sdkgen-new-fedcba9876543210'));
    await recoverOutput(out);
    expect(await treeOf(out)).toEqual(old);
    expect(await readdir(dir.path)).toEqual(['out']);
    await recoverOutput(join(dir.path, 'missing/parent/out'));
    expect(await readdir(dir.path)).toEqual(['out']);
  });
});

/**
 * Writes killed at random moments, as `kill -9` does, each in a process of its own: a small spec's package
 * (test/fixtures-diff/stable-output, old → new: files added and changed) regenerated into its previous output,
 * which also holds what a user put there (a build, installed packages with a link, notes, an empty folder).
 */
describe('a write killed at any moment', () => {
  const CHILD = join(ROOT, 'test/helpers/write-output-child.mjs');
  const TRIES = 20;
  let work: Awaited<ReturnType<typeof tempDir>>;
  let out: string;
  const json: Record<'old' | 'new', string> = { old: '', new: '' };
  const generated: Record<'old' | 'new', GeneratedFile[]> = { old: [], new: [] };
  const trees: Record<'old' | 'new', Record<string, string>> = { old: {}, new: {} };

  /** Deterministic pseudo-random numbers in [0, 1) (mulberry32): the same seed, the same kill moments. */
  const random = (seed: number) => () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };

  /** Runs the child writing `version`; with `killAfterMs`, SIGKILLs it that long after it starts writing. */
  const child = (version: 'old' | 'new', killAfterMs?: number) =>
    new Promise<{ code: number | null; signal: string | null; stdout: string; stderr: string }>((resolve, reject) => {
      const process_ = spawn(process.execPath, [CHILD, out, json[version]], { cwd: ROOT });
      let stdout = '';
      let stderr = '';
      process_.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk;
        if (killAfterMs !== undefined && stdout.startsWith('writing\n') && stdout.length === chunk.length) {
          setTimeout(() => process_.kill('SIGKILL'), killAfterMs);
        }
      });
      process_.stderr.on('data', (chunk: Buffer) => (stderr += chunk));
      process_.on('error', reject);
      process_.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
    });

  beforeAll(async () => {
    work = await tempDir('sdkgen-kill-');
    out = join(work.path, 'sdk');
    for (const version of ['old', 'new'] as const) {
      const spec = join(ROOT, `test/fixtures-diff/stable-output/${version}.yaml`);
      generated[version] = (await generate({ spec, output: out, settings: {}, settingsSource: 'test', check: true, noFormatCache: true })).files;
      json[version] = join(work.path, `${version}.json`);
      await writeFile(json[version], JSON.stringify(generated[version]));
    }
    await writeOutput(out, generated.old);
    // What the user has in the folder: enough files that carrying them over takes a while too.
    for (let index = 0; index < 30; index++) {
      await mkdir(join(out, `node_modules/pkg${index}`), { recursive: true });
      await writeFile(join(out, `node_modules/pkg${index}/index.js`), `module.exports = ${index};\n`);
    }
    await mkdir(join(out, 'node_modules/.bin'));
    await symlink('../pkg1/index.js', join(out, 'node_modules/.bin/pkg1'));
    await mkdir(join(out, 'dist'));
    await writeFile(join(out, 'dist/index.js'), 'built');
    await writeFile(join(out, 'CHANGELOG.md'), '# Changes\n');
    await mkdir(join(out, 'empty'));
    trees.old = (await treeOf(out))!;
    await writeOutput(out, generated.new);
    trees.new = (await treeOf(out))!;
    await writeOutput(out, generated.old);
    expect(await treeOf(out)).toEqual(trees.old);
    expect(Object.keys(trees.new).filter((path) => !(path in trees.old)).length).toBeGreaterThan(0);
  }, 60_000);
  afterAll(async () => work?.remove());

  it(`${TRIES} kill -9 tries each leave the old tree or the new one exactly, and a rerun gives exactly the new one`, async () => {
    // The kill moments spread over the write: from its start to a little past its usual end.
    const unkilled = await child('new');
    expect(unkilled, unkilled.stderr).toMatchObject({ code: 0 });
    const writeMs = Number(/done ([\d.]+)/.exec(unkilled.stdout)![1]);
    const outcomes: string[] = [];
    // Each try regenerates the other version into the tree the last one ended with: files added and changed
    // (old → new), then removed and changed back (new → old).
    for (let seed = 1; seed <= TRIES; seed++) {
      const [from, to] = seed % 2 === 1 ? (['new', 'old'] as const) : (['old', 'new'] as const);
      const killAfterMs = Math.floor(random(seed)() * writeMs * 1.2);
      const run = await child(to, killAfterMs);
      const where = `try ${seed} (${from} → ${to}), killed ${killAfterMs} ms into a ${writeMs} ms write (${run.signal ?? `exit ${run.code}`})`;
      expect(run.stderr, where).toBe('');
      const left = JSON.stringify(await treeOf(out));
      const aside = (await readdir(work.path)).filter((name) => name.startsWith('.sdk.sdkgen-old-'));
      // Between the two renames the folder is briefly missing, the old tree aside: the next run puts it back.
      const between = left === undefined && aside.length === 1 && JSON.stringify(await treeOf(join(work.path, aside[0]!))) === JSON.stringify(trees[from]);
      const outcome = between ? 'between' : left === JSON.stringify(trees[from]) ? 'old' : left === JSON.stringify(trees[to]) ? 'new' : 'mixed';
      expect(outcome, where).not.toBe('mixed');
      outcomes.push(outcome);
      await recoverOutput(out);
      expect([JSON.stringify(trees[from]), JSON.stringify(trees[to])], where).toContain(JSON.stringify(await treeOf(out)));
      // The rerun (a run of its own, as the next `generate` would be) gives exactly the new tree, nothing beside it.
      await writeOutput(out, generated[to]);
      expect(await treeOf(out), where).toEqual(trees[to]);
      expect((await readdir(work.path)).sort(), where).toEqual(['new.json', 'old.json', 'sdk']);
    }
    const counts = Object.fromEntries(['old', 'between', 'new'].map((outcome) => [outcome, outcomes.filter((seen) => seen === outcome).length]));
    console.log(`${TRIES} kills during a ${writeMs} ms write: ${JSON.stringify(counts)}`);
    // About 15 s on a quiet machine (a child process per try); the bound is for a machine ten times oversubscribed.
  }, 300_000);

  it('two runs into one folder at once end in one complete tree, nothing left beside it', async () => {
    for (let round = 0; round < 2; round++) {
      const [a, b] = await Promise.all([child('new'), child(round === 0 ? 'old' : 'new')]);
      expect([a.code, b.code], `${a.stderr}${b.stderr}`).toEqual([0, 0]);
      expect([JSON.stringify(trees.old), JSON.stringify(trees.new)]).toContain(JSON.stringify(await treeOf(out)));
      expect((await readdir(work.path)).sort()).toEqual(['new.json', 'old.json', 'sdk']);
    }
  }, 60_000);
});
