/** markdown-shape.ts prints what Prettier's Markdown printer would, for blank lines and pipe tables. */
import { describe, expect, it } from 'vitest';
import { cellsOf, shapeMarkdown } from '../../generator/format/markdown-shape.ts';
import { formatText, stringWidth } from '../../generator/format/prettier-options.ts';

const width = await stringWidth();

describe('shapeMarkdown', () => {
  const cases: { name: string; given: string; want: string | undefined }[] = [
    { name: 'pads cells to the widest, at least 3', given: '| a | b |\n| --- | --- |\n| long | 1 |\n', want: '| a    | b   |\n| ---- | --- |\n| long | 1   |\n' },
    {
      name: 'keeps alignment marks and aligns the cells by them',
      given: '| l | c | r |\n| :-- | :-: | --: |\n| x | y | z |\n| left | centre | right |\n',
      want: '| l    |   c    |     r |\n| :--- | :----: | ----: |\n| x    |   y    |     z |\n| left | centre | right |\n',
    },
    { name: 'counts wide characters and emoji twice', given: '| a |\n| --- |\n| 中文 |\n| 🎉 |\n', want: '| a    |\n| ---- |\n| 中文 |\n| 🎉   |\n' },
    {
      name: 'keeps an escaped pipe inside its cell',
      given: '| a | b |\n| --- | --- |\n| `x \\| y` | 1 |\n',
      want: '| a        | b   |\n| -------- | --- |\n| `x \\| y` | 1   |\n',
    },
    { name: 'makes a run of blank lines one', given: 'a\n\n\n\nb\n', want: 'a\n\nb\n' },
    { name: 'leaves code blocks alone', given: '```\n| a |\n| - |\n\n\nx\n```\n', want: '```\n| a |\n| - |\n\n\nx\n```\n' },
    { name: 'gives up on a row with another number of cells', given: '| a | b |\n| --- | --- |\n| 1 |\n', want: undefined },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(shapeMarkdown(given, width)).toBe(want);
  });

  it.each(cases.filter((entry) => entry.want !== undefined))('$name, as Prettier does', async ({ given, want }) => {
    expect(await formatText(given, 'markdown')).toBe(want);
  });
});

describe('cellsOf', () => {
  it.each([
    { given: '| a | b |', want: ['a', 'b'] },
    { given: '|a|`b \\| c`|', want: ['a', '`b \\| c`'] },
    { given: '| a \\\\| b |', want: ['a \\\\', 'b'] },
    { given: 'a | b', want: undefined },
    { given: '| a \\|', want: undefined },
  ])('$given → $want', ({ given, want }) => {
    expect(cellsOf(given)).toEqual(want);
  });
});
