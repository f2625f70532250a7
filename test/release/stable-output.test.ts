/**
 * Stable output: a change in the spec changes only the generated files it must — no reordering churn, no
 * timestamps. Adding one operation with a new tag (in the middle of the document) touches exactly its resource
 * file (which declares the types only it names), the client, the operation index, the package index, the README,
 * api.md and the writer's manifest, and (README's table padding aside) only by insertions.
 */
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generate } from '../../generator/pipeline.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { snapshotTree, tempDir } from '../helpers/run-cli.ts';
import { changedFiles, changedLines } from './changed-lines.ts';

const FIXTURE = join(ROOT, 'test/fixtures-diff/stable-output');
let work: Awaited<ReturnType<typeof tempDir>>;
let before: Record<string, string>;
let after: Record<string, string>;
let again: Awaited<ReturnType<typeof generate>>;

beforeAll(async () => {
  work = await tempDir('sdkgen-stable-');
  const options = { output: join(work.path, 'sdk'), settings: {}, settingsSource: 'command line' };
  await generate({ ...options, spec: join(FIXTURE, 'old.yaml') });
  before = await snapshotTree(options.output);
  await generate({ ...options, spec: join(FIXTURE, 'new.yaml') });
  after = await snapshotTree(options.output);
  again = await generate({ ...options, spec: join(FIXTURE, 'new.yaml') });
});
afterAll(async () => work?.remove());

describe('stable output', () => {
  it('adding an operation with a new tag changes exactly the files that list it', () => {
    // A new resource (`client.orders`) also joins the client class; its own types live in its file, so the shared models stay as they were.
    expect(changedFiles(before, after)).toEqual([
      '.sdkgen-manifest.json',
      'README.md',
      'api.md',
      'src/client.ts',
      'src/index.ts',
      'src/operation-index.ts',
      'src/resources/orders.ts',
    ]);
  });

  it('the changed files only gain lines: nothing is reordered or rewritten', () => {
    for (const path of ['.sdkgen-manifest.json', 'api.md', 'src/index.ts', 'src/operation-index.ts']) {
      const { removed, added } = changedLines(before[path], after[path]);
      // An import list that grows past the line width is wrapped by Prettier; nothing else may go.
      expect(
        removed.filter((line) => !line.startsWith('import ')),
        path,
      ).toEqual([]);
      expect(added.length, path).toBeGreaterThan(0);
    }
    // README: Prettier pads Markdown table columns to the widest cell, so a longer operation name (listOrders)
    // re-pads the existing rows of the operations table. Only that table's rows may change.
    const readme = changedLines(before['README.md'], after['README.md']);
    expect(
      readme.removed.every((line) => line.startsWith('|')),
      readme.removed.join('\n'),
    ).toBe(true);
    expect(readme.added.filter((line) => line.includes('`listOrders`'))).toHaveLength(1);
    expect(after['src/resources/orders.ts']).toContain('export function listOrders(');
    expect(changedLines(before['src/index.ts'], after['src/index.ts']).added).toEqual(["export * from './resources/orders.js';"]);
  });

  it('regenerating the same spec writes nothing (no timestamps, no churn)', () => {
    expect(again.write).toMatchObject({ written: 0, removed: 0 });
  });
});
