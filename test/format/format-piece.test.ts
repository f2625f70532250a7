/** One piece formatted as Prettier formats it, whatever its language; a piece that does not parse names its file. */
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { formatCodeBlocks, formatPiece } from '../../generator/format/format-piece.ts';
import { OPTIONS } from '../../generator/format/prettier-options.ts';

describe('formatPiece', () => {
  const cases: { name: string; given: string; parser: 'typescript' | 'json' | 'markdown'; want: string }[] = [
    { name: 'TypeScript', given: 'export const a = {b:1,\n c: "x"}', parser: 'typescript', want: "export const a = { b: 1, c: 'x' };\n" },
    { name: 'JSON', given: '{"a":[1,2],\n"b":{}}', parser: 'json', want: '{ "a": [1, 2], "b": {} }\n' },
    { name: 'Markdown with a ts block', given: '# T\n\n```ts\nconst a = {b:1}\n```\n', parser: 'markdown', want: '# T\n\n```ts\nconst a = { b: 1 };\n```\n' },
    { name: 'Markdown with a json block (Prettier formats it itself)', given: '# T\n\n```json\n{"a":1}\n```\n', parser: 'markdown', want: '# T\n\n```json\n{ "a": 1 }\n```\n' },
    { name: 'a Markdown table', given: '| a | bb |\n|-|-|\n| ccc | d |\n', parser: 'markdown', want: '| a   | bb  |\n| --- | --- |\n| ccc | d   |\n' },
  ];
  it.each(cases)('$name', async ({ given, parser, want }) => {
    expect(await formatPiece(given, parser, 'x')).toBe(want);
  });

  it('names the file of a piece that does not parse', async () => {
    await expect(formatPiece('export const = ;', 'typescript', 'src/models.ts')).rejects.toThrow(/^internal: generated src\/models\.ts does not parse/);
  });
});

describe('formatCodeBlocks', () => {
  const whole = async (code: string) => (await prettier.format(code, { ...OPTIONS, parser: 'typescript' })).replace(/\n$/, '');
  const cases: { name: string; given: string[] }[] = [
    { name: 'statements ending in semicolons (one batch)', given: ['const a = {b:1};', 'await client.x.create({ model: "m" });'] },
    { name: 'a block without a final semicolon (block by block)', given: ['const a = {b:1}', '(async () => { await a })()'] },
    { name: 'a block holding the boundary comment itself', given: ['// @sdkgen-code-block-boundary\nlet x = 1;', 'let y = 2;'] },
    { name: 'one block', given: ['foo(1,\n2);'] },
  ];
  it.each(cases)('$name: each block as Prettier formats it alone', async ({ given }) => {
    expect(await formatCodeBlocks(given)).toEqual(await Promise.all(given.map(whole)));
  });
});
