/** The runtime files copied as they are: every .ts of templates/package/src/core/, sorted, with the generated header. */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';

// The file system lists the folder in reverse here, so the order the files come in must be the module's own.
vi.mock('node:fs', async (importOriginal) => {
  const fs = await importOriginal<typeof import('node:fs')>();
  return { ...fs, readdirSync: (...args: Parameters<typeof fs.readdirSync>) => [...(fs.readdirSync(...args) as unknown[])].reverse() };
});
import { GENERATED_HEADER, STATIC_RUNTIME, staticRuntimeFiles } from '../../generator/emit/static-runtime.ts';
import { ROOT } from '../helpers/golden-cases.ts';

const CORE = join(ROOT, 'templates/package/src/core');

describe('staticRuntimeFiles', () => {
  const files = staticRuntimeFiles();

  it('lists every .ts file of the core (not the .hbs templates), sorted, under src/core/', () => {
    const want = readdirSync(CORE)
      .filter((name) => name.endsWith('.ts'))
      .sort()
      .map((name) => `${STATIC_RUNTIME}${name}`);
    expect(files.map((file) => file.path)).toEqual(want);
    expect(files.map((file) => file.path)).not.toContain('src/core/base-client.ts');
    expect(files.map((file) => file.path)).toContain('src/core/retries.ts');
  });

  it('each is the template text after the generated header, byte for byte', () => {
    for (const file of files) expect(file.content).toBe(GENERATED_HEADER + readFileSync(join(CORE, file.path.slice(STATIC_RUNTIME.length)), 'utf8'));
  });

  it('the header is one comment line', () => {
    expect(GENERATED_HEADER).toMatch(/^\/\/ [^\n]*\n$/);
  });
});
