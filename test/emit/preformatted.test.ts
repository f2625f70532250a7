/**
 * A declaration printed in its final form must be exactly what Prettier makes of it: each wanted text below is
 * checked against Prettier too (so the table cannot drift from what Prettier does), and every final part the
 * emitter prints for the gateway, the golden fixtures and the quick corpus is formatted again and must come back
 * unchanged.
 */
import { describe, expect, it } from 'vitest';
import { preformattedImport, preformattedInterface, preformattedTypeAlias, PRINT_WIDTH, type PreformattedMember } from '../../generator/emit/preformatted.ts';
import { formatText, OPTIONS } from '../../generator/format/prettier-options.ts';
import { emitted, realSpecs } from '../helpers/real-specs.ts';

const member = (key: string, type: string, more: Partial<PreformattedMember> = {}): PreformattedMember => ({ key, type, optional: false, readonly: false, ...more });

describe('preformattedInterface', () => {
  const cases: { name: string; docs?: string; members: PreformattedMember[]; want: string | undefined }[] = [
    {
      name: 'members on their lines, JSON strings in single quotes',
      members: [member('id', 'string'), member('"x-kind"', '"a" | "b"', { optional: true }), member('tags', 'string[]', { readonly: true })],
      want: "export interface T {\n  id: string;\n  'x-kind'?: 'a' | 'b';\n  readonly tags: string[];\n}\n",
    },
    {
      name: 'one-line docs stay on one line; longer ones become a block, keeping a Markdown line break',
      docs: 'The thing.',
      members: [member('a', 'number', { docs: 'First line.  \nsecond   \n\n  indented' })],
      want: '/** The thing. */\nexport interface T {\n  /**\n   * First line.  \n   * second  \n   *\n   *   indented\n   */\n  a: number;\n}\n',
    },
    {
      name: 'an expanded object, an array of one and one or null, with an index signature and a nested block',
      members: [
        member('meta', '{\n/**\n * Its name.\n */\nname?: string;\n[key: string]: unknown;\n}', { optional: true }),
        member('items', '{\nid: number;\nmore: {\nok: boolean;\n}[];\n}[]'),
        member('owner', '{\nlogin: string;\n} | null'),
      ],
      want:
        'export interface T {\n  meta?: {\n    /**\n     * Its name.\n     */\n    name?: string;\n    [key: string]: unknown;\n  };\n' +
        '  items: {\n    id: number;\n    more: {\n      ok: boolean;\n    }[];\n  }[];\n  owner: {\n    login: string;\n  } | null;\n}\n',
    },
    {
      name: 'an array of a union keeps its parentheses',
      members: [member('sizes', '("1K" | "2K")[]')],
      want: "export interface T {\n  sizes: ('1K' | '2K')[];\n}\n",
    },
    {
      name: 'a union over the width goes one level deeper, on one line where it fits there',
      members: [member('a_property_with_a_long_name', Array.from({ length: 9 }, (_, index) => `"value_${index}"`).join(' | '), { optional: true })],
      want: `export interface T {\n  a_property_with_a_long_name?:\n    ${Array.from({ length: 9 }, (_, index) => `'value_${index}'`).join(' | ')};\n}\n`,
    },
    {
      name: 'else one member a line',
      members: [member('a', Array.from({ length: 20 }, (_, index) => `"value${index}"`).join(' | '))],
      want: `export interface T {\n  a:\n${Array.from({ length: 20 }, (_, index) => `    | 'value${index}'`).join('\n')};\n}\n`,
    },
    {
      name: 'an array of a union over the width: the union inside the parentheses, on one line where it fits there',
      members: [member('sort', `(${Array.from({ length: 4 }, (_, index) => `"value_${index}_${'x'.repeat(16)}"`).join(' | ')})[]`, { optional: true })],
      want: `export interface T {\n  sort?: (\n    ${Array.from({ length: 4 }, (_, index) => `'value_${index}_${'x'.repeat(16)}'`).join(' | ')}\n  )[];\n}\n`,
    },
    {
      name: 'else one member a line',
      members: [member('sort', `(${Array.from({ length: 6 }, (_, index) => `"value_${index}_${'x'.repeat(16)}"`).join(' | ')})[]`)],
      want: `export interface T {\n  sort: (\n${Array.from({ length: 6 }, (_, index) => `    | 'value_${index}_${'x'.repeat(16)}'`).join('\n')}\n  )[];\n}\n`,
    },
    {
      name: 'arrays of two unions side by side are no array of one union: a union of two arrays, broken as a union',
      members: [member('a', `("${'x'.repeat(60)}" | "b")[] | ("${'y'.repeat(60)}" | "c")[]`)],
      want: `export interface T {\n  a:\n    | ('${'x'.repeat(60)}' | 'b')[]\n    | ('${'y'.repeat(60)}' | 'c')[];\n}\n`,
    },
    { name: 'a union member over the width by itself', members: [member('a', `"${'x'.repeat(130)}" | "b"`)], want: undefined },
    { name: 'a long type that is no union', members: [member('a', `Record<${'X'.repeat(60)}, ${'Y'.repeat(60)}>`)], want: undefined },
    { name: 'East Asian text in a type: Prettier counts its width otherwise', members: [member('a', '"视频" | "图片"')], want: undefined },
    { name: 'a string with a quote or an escape', members: [member('a', `"won't"`)], want: undefined },
    { name: 'an escaped string', members: [member('a', '"a\\nb"')], want: undefined },
    {
      name: 'a union of names and literals in parentheses, as a member of a union, keeps them',
      members: [member('a', '("x" | "y" | null) | null'), member('b', '(string[] | null) | (number | null)')],
      want: "export interface T {\n  a: ('x' | 'y' | null) | null;\n  b: (string[] | null) | (number | null);\n}\n",
    },
    { name: 'parentheses Prettier drops: around one name', members: [member('a', '(A) | null')], want: undefined },
    { name: 'parentheses Prettier drops: around the whole type', members: [member('a', '(A | B)')], want: undefined },
    { name: 'parentheses Prettier drops: in a type argument', members: [member('a', 'Array<(A | B)>')], want: undefined },
    { name: 'a number with an exponent', members: [member('a', '1e+21')], want: undefined },
    { name: 'an intersection in a union: Prettier adds parentheses', members: [member('a', 'Status & string | null')], want: undefined },
    { name: 'an object in a union with a named type', members: [member('a', '{\nb: string;\n} | Other')], want: undefined },
    { name: 'an object in an intersection', members: [member('a', 'Base & {\nb: string;\n}')], want: undefined },
    { name: 'no members', members: [], want: undefined },
  ];
  it.each(cases)('$name', async ({ docs, members, want }) => {
    const got = preformattedInterface('T', docs, members);
    expect(got).toBe(want);
    if (got) expect(await formatText(got, 'typescript')).toBe(got);
  });
});

describe('preformattedTypeAlias', () => {
  const cases: { name: string; type: string; want: string | undefined }[] = [
    { name: 'a union that fits', type: 'A | B | null', want: 'export type T = A | B | null;\n' },
    { name: 'an expanded object', type: '{\na: string;\n}', want: 'export type T = {\n  a: string;\n};\n' },
    { name: 'an inline index signature', type: '{ [key: string]: JSONValue }', want: 'export type T = { [key: string]: JSONValue };\n' },
    {
      name: 'a long union, one member a line',
      type: Array.from({ length: 15 }, (_, index) => `VeryLongTypeName${index}`).join(' | '),
      want: `export type T =\n${Array.from({ length: 15 }, (_, index) => `  | VeryLongTypeName${index}`).join('\n')};\n`,
    },
    { name: 'a union of a string holding " | "', type: `"a | b" | ${'C'.repeat(120)}`, want: undefined },
  ];
  it.each(cases)('$name', async ({ type, want }) => {
    const got = preformattedTypeAlias('T', undefined, type);
    expect(got).toBe(want);
    if (got) expect(await formatText(got, 'typescript')).toBe(got);
  });

  it('uses the width Prettier formats with', () => {
    expect(PRINT_WIDTH).toBe(OPTIONS.printWidth);
  });
});

describe('preformattedImport', () => {
  const long = Array.from({ length: 12 }, (_, index) => `ModelNumber${index}`);
  const cases: { name: string; given: [string, string[], boolean]; want: string | undefined }[] = [
    { name: 'on one line when it fits', given: ['./models.js', ['A', 'B'], true], want: "import type { A, B } from './models.js';\n" },
    { name: 'one name per line when not', given: ['./models.js', long, false], want: `import {\n${long.map((name) => `  ${name},\n`).join('')}} from './models.js';\n` },
    {
      name: 'one name stays on its line, however long',
      given: [`./resources/${'x'.repeat(120)}.js`, ['X'], false],
      want: `import { X } from './resources/${'x'.repeat(120)}.js';\n`,
    },
    { name: 'a module specifier with a quote: declined', given: ["./it's.js", ['A'], false], want: undefined },
    { name: 'a non-ASCII module specifier: declined', given: ['./café.js', ['A'], false], want: undefined },
  ];
  it.each(cases)('$name', async ({ given, want }) => {
    const printed = preformattedImport(...given);
    expect(printed).toBe(want);
    if (printed !== undefined) expect(await formatText(printed, 'typescript')).toBe(printed);
  });
});

describe('final parts of real specs', () => {
  it('are what Prettier makes of them, for the gateway, every golden fixture and the cached quick corpus', async () => {
    // The whole corpus (216 documents, 2,607 final parts) was checked the same way when these rules were written.
    let finals = 0;
    for (const real of await realSpecs()) {
      for (const file of await emitted(real)) {
        for (const part of file.parts ?? []) {
          if (!part.final) continue;
          finals++;
          expect(await formatText(part.text, 'typescript'), `${real.spec}: ${file.path}`).toBe(part.text);
        }
      }
    }
    expect(finals).toBeGreaterThan(20);
  }, 180_000);
});
