/** Which parser formats which file, and the formatting version that keys the cache. */
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { FORMAT_VERSION, formatText, OPTIONS, oxcPlugin, parserFor } from '../../generator/format/prettier-options.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { emitted, realSpecs } from '../helpers/real-specs.ts';

describe('parserFor', () => {
  const cases: { given: string; want: string | undefined }[] = [
    { given: 'src/models.ts', want: 'typescript' },
    { given: 'package.json', want: 'json' },
    { given: 'README.md', want: 'markdown' },
    { given: '.npmignore', want: undefined },
    { given: 'src/core/x.js', want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(parserFor(given)).toBe(want);
  });
});

describe('FORMAT_VERSION', () => {
  it('names the Prettier version and the options, so a cache never outlives either', () => {
    const { version } = createRequire(import.meta.url)('prettier/package.json') as { version: string };
    expect(FORMAT_VERSION).toContain(version);
    expect(FORMAT_VERSION).toContain(JSON.stringify(OPTIONS));
  });
});

describe('formatText', () => {
  const cases: { name: string; given: string; parser: 'typescript' | 'markdown' | 'markdown-embedded'; want: string }[] = [
    { name: 'TypeScript with the fixed options', given: 'const a = {"b": "c"}', parser: 'typescript', want: "const a = { b: 'c' };\n" },
    { name: 'Markdown leaves code blocks as they are', given: '```ts\nlet a=1\n```\n', parser: 'markdown', want: '```ts\nlet a=1\n```\n' },
    { name: 'embedded Markdown formats them', given: '```ts\nlet a=1\n```\n', parser: 'markdown-embedded', want: '```ts\nlet a = 1;\n```\n' },
    // Babel's TypeScript parser refuses an accessibility modifier on a #private field; the typescript parser reads it.
    { name: 'what Babel declines goes to the typescript parser', given: 'class C { private #a; }', parser: 'typescript', want: 'class C {\n  private #a;\n}\n' },
  ];
  it.each(cases)('$name', async ({ given, parser, want }) => {
    expect(await formatText(given, parser)).toBe(want);
  });
});

describe('the oxc parser', () => {
  // The cache key and the goldens assume oxc, told the text is TSX, prints what Babel's parser would: checked on
  // the gateway SDK's files and every golden package's.
  const sourcesUnder = (dir: string) =>
    readdirSync(join(ROOT, dir), { recursive: true, encoding: 'utf8' })
      .filter((path) => path.endsWith('.ts') && !path.includes('node_modules'))
      .sort()
      .map((path) => join(dir, path));
  const sources = [...sourcesUnder('generated'), ...sourcesUnder('test/golden')];
  // Without it a piece is parsed again by the typescript parser, a module of megabytes Prettier loads on first use.
  it('reads every TypeScript piece the generator emits for real specs, unformatted', async () => {
    const { format } = await import('prettier');
    const oxc = await oxcPlugin();
    const declined: string[] = [];
    for (const real of await realSpecs()) {
      for (const file of await emitted(real)) {
        if (parserFor(file.path) !== 'typescript' || file.formatted) continue;
        for (const part of file.parts ?? [{ text: file.content }]) {
          await format(part.text, { ...OPTIONS, parser: 'oxc-ts', plugins: [oxc!], filepath: 'generated.tsx' }).catch(() => declined.push(`${real.spec}: ${file.path}`));
        }
      }
    }
    expect(declined).toEqual([]);
  }, 180_000);

  it('is installed, and prints every generated file as Babel does', async () => {
    const { format } = await import('prettier');
    expect(await oxcPlugin(), '@prettier/plugin-oxc did not load').toBeDefined();
    expect(sources.length).toBeGreaterThan(100);
    const differing: string[] = [];
    for (const path of sources) {
      const text = readFileSync(join(ROOT, path), 'utf8');
      const viaOxc = await formatText(text, 'typescript');
      const viaBabel = await format(text, { ...OPTIONS, parser: 'babel-ts' });
      if (viaOxc !== viaBabel) differing.push(path);
    }
    expect(differing).toEqual([]);
  }, 120_000);
});
