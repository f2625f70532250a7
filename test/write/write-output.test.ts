import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MANIFEST, writeOutput } from '../../generator/write/write-output.ts';
import { snapshotTree, tempDir } from '../helpers/run-cli.ts';

let dir: Awaited<ReturnType<typeof tempDir>>;
beforeEach(async () => {
  dir = await tempDir('sdkgen-write-');
});
afterEach(async () => dir.remove());

const files = (entries: Record<string, string>) => Object.entries(entries).map(([path, content]) => ({ path, content }));

describe('writeOutput', () => {
  it('writes the files and a manifest listing them', async () => {
    const result = await writeOutput(dir.path, files({ 'a.ts': 'a', 'src/b.ts': 'b' }));
    expect(result).toEqual({ written: 3, unchanged: 0, removed: 0 });
    expect(JSON.parse(await readFile(join(dir.path, MANIFEST), 'utf8')).files).toEqual(['a.ts', 'src/b.ts']);
  });

  it('leaves unchanged files alone and removes only files it generated before', async () => {
    await writeOutput(dir.path, files({ 'a.ts': 'a', 'src/old.ts': 'old', 'src/keep.ts': 'k' }));
    await mkdir(join(dir.path, 'dist'));
    await writeFile(join(dir.path, 'dist/index.js'), 'built by the user');
    await writeFile(join(dir.path, 'src/mine.ts'), 'written by hand');

    const result = await writeOutput(dir.path, files({ 'a.ts': 'a2', 'src/keep.ts': 'k' }));
    expect(result).toEqual({ written: 2, unchanged: 1, removed: 1 });
    const tree = await snapshotTree(dir.path);
    expect(Object.keys(tree).sort()).toEqual(['.sdkgen-manifest.json', 'a.ts', 'dist/index.js', 'src/keep.ts', 'src/mine.ts']);
    expect(tree['a.ts']).toBe('a2');
  });

  it('removes folders emptied by the removal, not others', async () => {
    await writeOutput(dir.path, files({ 'a.ts': 'a', 'src/operations/x.ts': 'x' }));
    await writeOutput(dir.path, files({ 'a.ts': 'a' }));
    expect((await readdir(dir.path)).sort()).toEqual(['.sdkgen-manifest.json', 'a.ts']);
  });

  it('a failed write leaves the previous output exactly as it was, with no temporary files', async () => {
    await writeOutput(dir.path, files({ 'a.ts': 'a', 'b.ts': 'b' }));
    // A plain file where the new output needs a folder makes the write fail midway.
    await writeFile(join(dir.path, 'blocker'), 'not a folder');
    const before = await snapshotTree(dir.path);
    await expect(writeOutput(dir.path, files({ 'a.ts': 'A', 'b.ts': 'B', 'blocker/c.ts': 'c' }))).rejects.toThrow();
    expect(await snapshotTree(dir.path)).toEqual(before);
  });

  it('refuses paths that leave the output folder', async () => {
    await expect(writeOutput(join(dir.path, 'out'), files({ '../escape.ts': 'x' }))).rejects.toThrow(/outside the output folder/);
  });
});
