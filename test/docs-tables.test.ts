/** The tables of docs/ that are written from the generator's registries are current (`npm run docs:update`). */
import { describe, expect, it } from 'vitest';
import { docsTables, markdownTable, readDoc, withTable } from '../scripts/update-docs.ts';

describe('markdownTable', () => {
  it.each([
    [['a', 'b'], [['1', '2']], '| a | b |\n| --- | --- |\n| 1 | 2 |'],
    [['x'], [['a | b']], '| x |\n| --- |\n| a \\| b |'],
  ])('%j', (head, rows, want) => expect(markdownTable(head, rows)).toBe(want));
});

describe('withTable', () => {
  const table = { file: 'docs/x.md', name: 't', markdown: '| new |' };
  it('replaces what the markers enclose and nothing else', () => {
    expect(withTable('before\n<!-- t:start -->\nold\n<!-- t:end -->\nafter', table)).toBe('before\n<!-- t:start -->\n| new |\n<!-- t:end -->\nafter');
  });
  it('refuses a file without the markers', () => expect(() => withTable('no markers', table)).toThrow(/markers/));
});

describe('docs tables', () => {
  it.each(docsTables().map((table) => [`${table.file} (${table.name})`, table] as const))('%s is current (npm run docs:update)', (_name, table) => {
    const text = readDoc(table.file);
    expect(text).toBe(withTable(text, table));
  });
});
