/**
 * Pieces formatted together come back in their order with the same bytes whatever the number of workers
 * (nothing cached here: every run formats every piece).
 */
import { describe, expect, it } from 'vitest';
import { resolvePackageSettings } from '../../generator/config.ts';
import { emitPackage } from '../../generator/emit/emit-package.ts';
import { formatPiece } from '../../generator/format/format-piece.ts';
import { defaultWorkerCount, formatPieces, FormatShare, MIN_PARALLEL_CHARS, startFormatWorkers, type Piece } from '../../generator/format/format-pool.ts';
import { markdownSections } from '../../generator/format/markdown-sections.ts';
import { parserFor } from '../../generator/format/prettier-options.ts';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { planSurface } from '../../generator/surface/plan-surface.ts';

describe('defaultWorkerCount', () => {
  const cases: { name: string; env: Record<string, string>; cores: number; fromSources?: boolean; want: number | RegExp }[] = [
    { name: 'one core: none', env: {}, cores: 1, want: 0 },
    { name: 'two cores: one beside this thread', env: {}, cores: 2, want: 1 },
    { name: 'sixteen cores: at most three', env: {}, cores: 16, want: 3 },
    { name: 'SDKGEN_FORMAT_WORKERS wins', env: { SDKGEN_FORMAT_WORKERS: '0' }, cores: 8, want: 0 },
    { name: 'SDKGEN_FORMAT_WORKERS may ask for more', env: { SDKGEN_FORMAT_WORKERS: '5' }, cores: 2, want: 5 },
    { name: 'empty SDKGEN_FORMAT_WORKERS: the default', env: { SDKGEN_FORMAT_WORKERS: '' }, cores: 4, want: 3 },
    { name: 'not a number: a clear error', env: { SDKGEN_FORMAT_WORKERS: 'two' }, cores: 4, want: /whole number of worker threads/ },
    { name: 'from the TypeScript sources: none', env: {}, cores: 8, fromSources: true, want: 0 },
    { name: 'from the TypeScript sources, when asked', env: { SDKGEN_FORMAT_WORKERS: '2' }, cores: 8, fromSources: true, want: 2 },
  ];
  it.each(cases)('$name', ({ env, cores, fromSources = false, want }) => {
    if (want instanceof RegExp) expect(() => defaultWorkerCount(env, cores, fromSources)).toThrow(want);
    else expect(defaultWorkerCount(env, cores, fromSources)).toBe(want);
  });
});

async function gatewayPieces(): Promise<Piece[]> {
  const { api } = buildApiModel(await loadSpec('spec/openapi.yaml'));
  const files = await emitPackage(planSurface(api, resolvePackageSettings({ clientName: 'Client' }, api.title, 'test')));
  return files.flatMap((file) => {
    const parser = parserFor(file.path);
    if (!parser || file.formatted) return [];
    const texts = file.parts ? file.parts.filter((part) => !part.final).map((part) => part.text) : parser === 'markdown' ? markdownSections(file.content) : [file.content];
    return texts.map((text) => ({ text, parser, file: file.path }));
  });
}

describe('formatPieces', () => {
  it('gives the gateway pieces the same bytes on this thread alone and with one or two workers', async () => {
    const pieces = await gatewayPieces();
    expect(pieces.reduce((sum, piece) => sum + piece.text.length, 0)).toBeGreaterThan(MIN_PARALLEL_CHARS);
    const alone = await formatPieces(pieces, 0);
    // In order: piece i is piece i formatted.
    for (const index of [0, Math.floor(pieces.length / 2), pieces.length - 1]) {
      expect(alone[index]).toBe(await formatPiece(pieces[index].text, pieces[index].parser, pieces[index].file));
    }
    expect(await formatPieces(pieces, 1)).toEqual(alone);
    expect(await formatPieces(pieces, 2)).toEqual(alone);
  }, 180_000);

  it('fails with the file of a piece that does not parse, wherever it was formatted', async () => {
    const filler = Array.from({ length: 40 }, (_, index) => ({
      text: `export const a${index} = ${JSON.stringify('x'.repeat(2_000))};\n`,
      parser: 'typescript' as const,
      file: `src/f${index}.ts`,
    }));
    const broken = { text: `export const = ${'1'.repeat(5_000)};`, parser: 'typescript' as const, file: 'src/broken.ts' };
    for (const workers of [0, 2]) {
      await expect(formatPieces([...filler, broken], workers)).rejects.toThrow(/internal: generated src\/broken\.ts does not parse/);
    }
  }, 60_000);

  it('formats nothing for no pieces', async () => {
    expect(await formatPieces([], 2)).toEqual([]);
  });
});

/** Blocks this thread (as the emitter's synchronous loop does) until `done` or the deadline. */
function busyUntil(done: () => boolean, ms: number): void {
  const deadline = Date.now() + ms;
  while (!done() && Date.now() < deadline);
}

describe('FormatShare', () => {
  const pieces: Piece[] = [
    { text: 'const a = {"b":1}', parser: 'typescript', file: 'a.ts' },
    { text: '# t\n\n| a | b |\n| - | - |\n| long cell | 1 |\n', parser: 'markdown', file: 'README.md' },
    { text: '{"x":[1,2]}', parser: 'json', file: 'package.json' },
  ];

  it('formats on this thread, in drain, what it was given when no worker may run', async () => {
    const share = new FormatShare(0);
    const results = share.add(pieces);
    expect(share.unclaimedChars()).toBe(pieces.reduce((sum, piece) => sum + piece.text.length, 0));
    await share.drain();
    expect(await Promise.all(results)).toEqual(await formatPieces(pieces, 0));
  });

  it('has a running worker claim and format the pieces while this thread is busy, before drain', async () => {
    startFormatWorkers(1);
    const share = new FormatShare(1);
    const results = share.add(pieces);
    // No event turn happens here: only a worker can claim the pieces.
    busyUntil(() => share.unclaimedChars() === 0, 30_000);
    expect(share.unclaimedChars()).toBe(0);
    await share.drain();
    expect(await Promise.all(results)).toEqual(await formatPieces(pieces, 0));
  }, 60_000);

  it('gives each piece once, in order, however many threads claim', async () => {
    startFormatWorkers(2);
    const many = Array.from({ length: 60 }, (_, index) => ({ text: `export const v${index} = [${index},${index}]`, parser: 'typescript' as const, file: `f${index}.ts` }));
    const share = new FormatShare(2);
    const first = share.add(many.slice(0, 30));
    const second = share.add(many.slice(30));
    await share.drain();
    const got = [...(await Promise.all(first)), ...(await Promise.all(second))];
    expect(got).toEqual(many.map((_, index) => `export const v${index} = [${index}, ${index}];\n`));
  }, 60_000);
});
