/** checkBounds: how deep and how big a document may be, refused at the pointer where it goes past. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.ts';
import { checkBounds, MAX_NESTING } from '../../generator/load/document-bounds.ts';
import { readDocument } from '../../generator/load/read-document.ts';
import { tempDir } from '../helpers/run-cli.ts';

const dir = await tempDir('document-bounds-');
afterAll(() => dir.remove());

/** `{ a: { a: … } }`, `levels` objects deep. */
function nested(levels: number): unknown {
  let value: unknown = 'leaf';
  for (let level = 0; level < levels; level++) value = { a: value };
  return value;
}

const refusal = (run: () => void): GeneratorError | undefined => {
  try {
    run();
  } catch (error) {
    return error as GeneratorError;
  }
  return undefined;
};
const locate = (pointer: string) => ({ file: 'spec.yaml', pointer });

describe('checkBounds', () => {
  const cases: { name: string; data: unknown; text: number; want?: { message: RegExp; pointer: string } }[] = [
    { name: `${MAX_NESTING} levels`, data: nested(MAX_NESTING), text: 10 },
    {
      name: `${MAX_NESTING + 1} levels`,
      data: nested(MAX_NESTING + 1),
      text: 10,
      want: { message: /nests objects and arrays more than 256 levels deep/, pointer: `#${'/a'.repeat(MAX_NESTING)}` },
    },
    {
      name: 'arrays count too',
      data: { list: JSON.parse(`${'['.repeat(MAX_NESTING)}${']'.repeat(MAX_NESTING)}`) },
      text: 10,
      want: { message: /256 levels/, pointer: `#/list${'/0'.repeat(MAX_NESTING - 1)}` },
    },
    { name: 'data as big as its text allows', data: { a: 'x'.repeat(1000) }, text: 1000 },
    {
      name: 'data far bigger than its text (aliases)',
      data: { a: 'x'.repeat(9_000_000), b: 'x'.repeat(9_000_000), c: 'x'.repeat(9_000_000) },
      text: 1000,
      want: { message: /expands to more than 16\.0 MB of data \(its text is 0\.0 MB\)/, pointer: '#/b' },
    },
  ];
  it.each(cases)('$name', ({ data, text, want }) => {
    const error = refusal(() => checkBounds(data, text, 'spec', locate));
    if (!want) return expect(error).toBeUndefined();
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error!.message).toMatch(want.message);
    expect(error!.location?.pointer).toBe(want.pointer);
  });

  it('checks only the nesting without a text length', () => {
    expect(refusal(() => checkBounds({ a: 'x'.repeat(100_000) }, undefined, 'spec', locate))).toBeUndefined();
  });
});

describe('documents past the bounds end in a located error, not a crash', () => {
  async function read(name: string, text: string) {
    const file = join(dir.path, name);
    await writeFile(file, text);
    return (await readDocument(file).catch((error: unknown) => error)) as GeneratorError;
  }

  it('a schema nested 10,000 deep (JSON)', async () => {
    const deep = `${'{"type":"object","properties":{"next":'.repeat(10_000)}{"type":"string"}${'}}'.repeat(10_000)}`;
    const error = await read('deep.json', `{"openapi":"3.1.0","components":{"schemas":{"S":${deep}}}}`);
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toBe('the spec nests objects and arrays more than 256 levels deep');
    expect(error.location?.pointer).toMatch(/^#\/components\/schemas\/S(\/properties\/next)+\/properties$/);
    expect(error.location?.line).toBe(1);
  });

  it('a YAML flow collection nested 10,000 deep', async () => {
    const error = await read('deep.yaml', `openapi: 3.1.0\nx-deep: ${'['.repeat(10_000)}${']'.repeat(10_000)}\n`);
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(/nests objects and arrays more than 256 levels deep/);
    expect(error.location?.line).toBe(2);
  });

  it('900 aliases of a 1 MB string', async () => {
    const schemas = Array.from({ length: 900 }, (_, index) => `    S${index + 1}: { type: string, description: *big }`).join('\n');
    const error = await read('aliases.yaml', `openapi: 3.1.0\ncomponents:\n  schemas:\n    S0: { type: string, description: &big ${'x'.repeat(1 << 20)} }\n${schemas}\n`);
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(/^the spec expands to more than 32\.\d MB of data \(its text is 1\.0 MB\): YAML aliases repeat large values$/);
    expect(error.location?.pointer).toMatch(/^#\/components\/schemas\/S\d+\/description$/);
    expect(error.location?.line).toBeGreaterThan(4);
  });
});
