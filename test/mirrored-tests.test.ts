/**
 * Every module of the generator and of the runtime core has a test file of the same name in the mirrored place:
 * `generator/ir/x.ts` → `test/ir/x.test.ts`, `generator/x.ts` → `test/x.test.ts`,
 * `templates/package/src/core/x.ts` (or `x.ts.hbs`) → `test/templates/package/src/core/x.test.ts`, likewise
 * `templates/mcp/src/runtime/x.ts`.
 * A module added without one fails here.
 */
import { existsSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT } from './helpers/golden-cases.ts';

/** The mirrored test file of a source file (paths relative to the project root). */
function mirroredTest(source: string): string {
  const inTest = source.startsWith('generator/') ? `test/${source.slice('generator/'.length)}` : `test/${source}`;
  return inTest.replace(/\.ts(\.hbs)?$/, '.test.ts');
}

function sources(folder: string): string[] {
  return readdirSync(join(ROOT, folder), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.ts(\.hbs)?$/.test(entry.name))
    .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

const all = [...sources('generator'), ...sources('templates/package/src/core'), ...sources('templates/mcp/src/runtime')];

describe('mirroredTest', () => {
  it.each([
    ['generator/ir/naming.ts', 'test/ir/naming.test.ts'],
    ['generator/cli.ts', 'test/cli.test.ts'],
    ['generator/cli/diff.ts', 'test/cli/diff.test.ts'],
  ])('%s → %s', (source, want) => {
    expect(mirroredTest(source)).toBe(want);
  });
});

describe('every module has its mirrored test file', () => {
  it('finds the sources', () => {
    expect(all).toContain('generator/pipeline.ts');
    expect(all).toContain('templates/package/src/core/retries.ts');
  });

  it('no module lacks one', () => {
    expect(all.filter((source) => !existsSync(join(ROOT, mirroredTest(source))))).toEqual([]);
  });
});
