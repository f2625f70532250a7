/** Where Markdown is cut into independently formatted pieces, and which TypeScript blocks are taken out. */
import { describe, expect, it } from 'vitest';
import { markdownSections, typescriptBlocks } from '../../generator/format/markdown-sections.ts';

describe('markdownSections', () => {
  it('splits at ## and ### headings outside code fences, into pieces that join back to the text', () => {
    const section = (title: string) => `## ${title}\n\n${'Some words. '.repeat(400)}\n\n\`\`\`ts\n## not a heading\nconst a = 1;\n\`\`\`\n`;
    const text = ['# Title\n', section('One'), section('Two'), section('Three')].join('\n');
    const pieces = markdownSections(text);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.every((piece) => !piece.startsWith('## not a heading'))).toBe(true);
    expect(pieces.join('\n')).toBe(text);
  });
});

describe('typescriptBlocks', () => {
  it('takes out top-level ts blocks and puts code back in their place', () => {
    const text = 'Intro\n\n```ts\nconst a   = 1\n```\n\n```sh\nnpm i\n```\n\n````typescript\nlet b\n````\n';
    const blocks = typescriptBlocks(text)!;
    expect(blocks.codes).toEqual(['const a   = 1', 'let b']);
    expect(blocks.assemble(blocks.codes)).toBe(text);
    expect(blocks.assemble(['X', 'Y'])).toBe('Intro\n\n```ts\nX\n```\n\n```sh\nnpm i\n```\n\n````typescript\nY\n````\n');
  });

  it('leaves to Prettier the texts it would format differently: indented ts blocks, other formatted languages', () => {
    expect(typescriptBlocks('- item\n\n  ```ts\n  const a = 1\n  ```\n')).toBeUndefined();
    expect(typescriptBlocks('```json\n{"a":1}\n```\n')).toBeUndefined();
  });
});

describe('markdownSections, small texts', () => {
  const cases: { name: string; given: string; want: string[] }[] = [
    { name: 'no heading: one piece', given: 'a\n\nb\n', want: ['a\n\nb\n'] },
    { name: 'short sections share a piece', given: '# T\n\n## A\n\nx\n\n## B\n\ny\n', want: ['# T\n\n## A\n\nx\n\n## B\n\ny\n'] },
    { name: 'blank text: nothing', given: '\n\n', want: [] },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(markdownSections(given)).toEqual(want);
  });
});
