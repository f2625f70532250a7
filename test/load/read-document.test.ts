/**
 * readDocument reads YAML with js-yaml when that gives the same data as the `yaml` library, and with `yaml`
 * otherwise; either way the data, the refusals and the line numbers are those of `yaml`.
 */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { readDocument } from '../../generator/load/read-document.ts';
import { GeneratorError } from '../../generator/errors.ts';
import { tempDir } from '../helpers/run-cli.ts';

const dir = await tempDir('read-document-');
afterAll(() => dir.remove());

async function read(name: string, text: string) {
  const file = join(dir.path, name);
  await writeFile(file, text);
  return readDocument(file);
}

const CASES: Record<string, string> = {
  plain: 'openapi: 3.1.0\ninfo: {title: T, version: "1"}\npaths:\n  /a:\n    get:\n      responses:\n        "200": {description: ok}\n',
  scalars: 'a: 0o17\nb: 0x1F\nc: .inf\nd: -.Inf\ne: .nan\nf: 1e3\ng: ~\nh: 2024-01-01\ni: yes\nj: True\nk: "\\u00e9\\t"\nl: 012\n',
  anchors: 'base: &base {type: object, properties: {a: {type: string}}}\nother: *base\nlist: [*base, *base]\n',
  merge: 'base: &b {x: 1}\nderived:\n  <<: *b\n  y: 2\n',
  yaml11: '%YAML 1.1\n---\nflag: yes\nwhen: 2024-01-01\n',
  tags: 'a: !!str 123\nb: !!float 1\nc: !custom x\n',
  bangs: 'description: Hello! wow !important\n',
  blocks: 'text: |\n  line **bold** & *em*\n  second\nfolded: >-\n  one\n  two\n',
};

describe('readDocument', () => {
  for (const [name, text] of Object.entries(CASES)) {
    it(`reads ${name} YAML into the same data as the yaml library`, async () => {
      const document = await read(`${name}.yaml`, text);
      expect(document.data).toEqual(parse(text, { uniqueKeys: true }));
    });
  }

  it('refuses aliases that expand exponentially, pointing at the first alias', async () => {
    const levels = ['a: &a ["x","x","x","x","x","x","x","x","x","x"]'];
    for (let level = 1; level < 9; level++) {
      const previous = String.fromCharCode(96 + level);
      const name = String.fromCharCode(97 + level);
      levels.push(`${name}: &${name} [${Array(10).fill(`*${previous}`).join(',')}]`);
    }
    const error = await read('bomb.yaml', `${levels.join('\n')}\n`).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).message).toMatch(/cannot be expanded/);
    expect((error as GeneratorError).location?.line).toBe(2);
  });

  it('reports duplicate keys and syntax errors with their line', async () => {
    for (const [text, line] of [
      ['a: 1\nb: 2\na: 3\n', 3],
      ['a: 1\nb: [1, 2\nc: 3\n', 3],
    ] as const) {
      const error = await read('broken.yaml', text).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(GeneratorError);
      expect((error as GeneratorError).location?.line).toBeGreaterThanOrEqual(line - 1);
    }
  });

  it('points a JSON pointer at its line and column, in YAML and JSON alike', async () => {
    const yamlDocument = await read('plain.yaml', CASES.plain);
    expect(yamlDocument.locate('#/paths/~1a/get/responses')).toMatchObject({ pointer: '#/paths/~1a/get/responses', line: 7, column: 9 });
    const jsonDocument = await read('plain.json', JSON.stringify(parse(CASES.plain), null, 2));
    expect(jsonDocument.locate('#/info/version')).toMatchObject({ line: 5 });
    // A pointer past what exists points at its nearest ancestor.
    expect(yamlDocument.locate('#/paths/~1a/post').line).toBe(5);
  });
});
