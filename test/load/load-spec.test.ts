/** loadSpec: which documents are read (and as which version), overlays applied first, refusals located. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.ts';
import { failedReference, isExtension, loadSpec, withExtensions, withoutExtensions } from '../../generator/load/load-spec.ts';
import { tempDir } from '../helpers/run-cli.ts';

const dir = await tempDir('load-spec-');
afterAll(() => dir.remove());

let counter = 0;
async function file(content: unknown, name = `spec-${counter++}.json`): Promise<string> {
  const path = join(dir.path, name);
  await writeFile(path, typeof content === 'string' ? content : JSON.stringify(content, null, 2));
  return path;
}

const paths = { '/a': { get: { responses: { 200: { description: 'ok' } } } } };

describe('versions', () => {
  const cases: { openapi: unknown; want: string | RegExp }[] = [
    { openapi: '3.0.3', want: '3.0' },
    { openapi: '3.1.1', want: '3.1' },
    { openapi: '3.2.0', want: '3.2' },
    { openapi: '3.3.0', want: /OpenAPI version "3.3.0" is not supported/ },
    { openapi: '4.0.0', want: /OpenAPI version "4.0.0" is not supported/ },
    { openapi: undefined, want: /not an OpenAPI document/ },
    // Unquoted in YAML (or a number in JSON): read as the version it spells, with a warning (version-check.ts).
    { openapi: 3, want: '3.0' },
    { openapi: 3.1, want: '3.1' },
    { openapi: 4, want: /OpenAPI version 4 is not supported/ },
  ];
  for (const { openapi, want } of cases) {
    it(`openapi: ${String(openapi)} → ${String(want)}`, async () => {
      const loading = loadSpec(await file({ openapi, info: { title: 'T', version: '1' }, paths }));
      if (typeof want === 'string') expect((await loading).openapiVersion).toBe(want);
      else await expect(loading).rejects.toThrow(want);
    });
  }
});

describe('the fixtures with unquoted versions', () => {
  it.each([
    ['test/fixtures/numeric-version-swagger-2.yaml', '3.0', '#/swagger', 3],
    ['test/fixtures/numeric-version-openapi-31.yaml', '3.1', '#/openapi', 4],
  ])('%s is read as OpenAPI %s, with a located warning', async (spec, version, pointer, line) => {
    const loaded = await loadSpec(spec);
    expect(loaded.openapiVersion).toBe(version);
    const warning = loaded.warnings.find((found) => found.kind.id === 'version-as-number');
    expect(warning && { pointer: warning.location.pointer, line: warning.location.line }).toEqual({ pointer, line });
  });
});

describe('documents without operations are read (the IR makes a types-only package of them)', () => {
  const schemas = { components: { schemas: { Pet: { type: 'object' } } } };
  it.each([
    ['3.0, components only', { openapi: '3.0.3', ...schemas }, '3.0'],
    ['3.1, components only', { openapi: '3.1.0', ...schemas }, '3.1'],
    ['3.1, webhooks only', { openapi: '3.1.0', webhooks: { a: { post: { responses: {} } } } }, '3.1'],
    ['3.0, empty paths', { openapi: '3.0.3', paths: {}, ...schemas }, '3.0'],
  ])('%s', async (_what, given, want) => {
    expect((await loadSpec(await file({ info: { title: 'T', version: '1' }, ...given }))).openapiVersion).toBe(want);
  });
});

describe('overlays', () => {
  it('are applied before the document is checked and read', async () => {
    const spec = await file({ openapi: '3.2.0', info: { title: 'T', version: '1' }, paths });
    const overlay = await file(
      "overlay: 1.0.0\ninfo: { title: add a schema, version: 1.0.0 }\nactions:\n  - target: $\n    update:\n      components: { schemas: { Pet: { type: object } } }\n  - target: $.paths['/a'].get\n    update: { operationId: listA }\n",
      'add.overlay.yaml',
    );
    const loaded = await loadSpec(spec, { overlays: [overlay] });
    expect(loaded.document.components).toEqual({ schemas: { Pet: { type: 'object' } } });
    expect((loaded.document.paths as typeof paths)['/a'].get).toMatchObject({ operationId: 'listA' });
  });

  it('that break a reference are reported like any dangling reference', async () => {
    const spec = await file({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths,
      components: { schemas: { Pet: { type: 'object' }, List: { type: 'array', items: { $ref: '#/components/schemas/Pet' } } } },
    });
    const overlay = await file({ overlay: '1.0.0', info: { title: 'x', version: '1' }, actions: [{ target: '$.components.schemas.Pet', remove: true }] });
    await expect(loadSpec(spec, { overlays: [overlay] })).rejects.toThrow(/"#\/components\/schemas\/Pet" points at nothing/);
  });

  it('may add OpenAPI 3.2 `itemSchema` to an older document without a warning; other out-of-version keywords warn, located in the overlay', async () => {
    const spec = await file({
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: { '/a': { get: { responses: { 200: { description: 'ok', content: { 'text/event-stream': {} } } } } } },
    });
    const overlay = await file(
      [
        'overlay: 1.0.0',
        'info: { title: stream items, version: 1.0.0 }',
        'actions:',
        "  - target: $.paths['/a'].get.responses['200'].content['text/event-stream']",
        '    update:',
        '      itemSchema:',
        '        type: object',
        '        properties:',
        '          event: { const: tick }',
        '',
      ].join('\n'),
      'items.overlay.yaml',
    );
    const { warnings } = await loadSpec(spec, { overlays: [overlay] });
    expect(warnings.map((warning) => [warning.message.split(';')[0], warning.location])).toEqual([
      [
        '`const` is not part of OpenAPI 3.0 schemas (it is JSON Schema / OpenAPI 3.1)',
        { file: overlay, pointer: '#/actions/0/update/itemSchema/properties/event/const', line: 9, column: 27 },
      ],
    ]);
  });

  it('`itemSchema` written in a 3.0 document itself is honoured with a warning at its line', async () => {
    const content = { 'text/event-stream': { itemSchema: { type: 'object' } } };
    const spec = await file({ openapi: '3.1.0', info: { title: 'T', version: '1' }, paths: { '/a': { get: { responses: { 200: { description: 'ok', content } } } } } });
    const { warnings } = await loadSpec(spec);
    expect(warnings.map((warning) => [warning.message, warning.location.file, warning.location.pointer])).toEqual([
      ['`itemSchema` is OpenAPI 3.2 (this document is 3.1.0); honoured anyway', spec, '#/paths/~1a/get/responses/200/content/text~1event-stream/itemSchema'],
    ]);
  });

  it('that do not exist are an error naming the overlay file', async () => {
    const spec = await file({ openapi: '3.1.0', info: { title: 'T', version: '1' }, paths });
    const error = await loadSpec(spec, { overlays: [join(dir.path, 'missing.overlay.yaml')] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).location?.file).toBe(join(dir.path, 'missing.overlay.yaml'));
    expect((error as GeneratorError).message).toBe('the overlay file does not exist');
  });
});

describe('external references resolve into any JSON or YAML file', () => {
  const pet = { type: 'object', properties: { name: { type: 'string' } } };
  const files = {
    'library.json': { info: { title: 'shared', version: 1 }, definitions: { Pet: pet } },
    'plain-schema.json': { $schema: 'http://json-schema.org/draft-07/schema#', ...pet },
    'fragments.yaml': 'Pet:\n  type: object\n  properties:\n    name: { type: string }\n',
  };
  const root = (openapi: string, ref: string, extra: object = {}) => ({
    openapi,
    info: { title: 'T', version: 1 },
    ...extra,
    components: { schemas: { Pet: { $ref: ref } } },
  });
  it.each([
    ['a schema library (numeric info.version, no openapi)', root('3.0.3', './library.json#/definitions/Pet', { paths })],
    ['a plain JSON Schema file', root('3.1.0', './plain-schema.json', { paths })],
    ['a YAML file of bare schemas', root('3.1.0', './fragments.yaml#/Pet', { paths })],
    ['from a root without paths', root('3.0.3', './library.json#/definitions/Pet')],
    ['from an OpenAPI 3.2 root', root('3.2.0', './library.json#/definitions/Pet', { paths })],
  ])('%s', async (name, given) => {
    for (const [fileName, content] of Object.entries(files)) await file(content, fileName);
    const loaded = await loadSpec(await file(given, `${name.replace(/\W+/g, '-')}.json`));
    expect((loaded.document.components as { schemas: { Pet: unknown } }).schemas.Pet).toMatchObject({ type: 'object', properties: { name: { type: 'string' } } });
  });

  // swagger-parser is handed the root with openapi, info.version and paths in shapes it accepts (bundleWith).
  it.each([
    ['3.2.0', 1, undefined],
    ['3.0.3', '2.1', { '/pets': { $ref: './path-item.json' } }],
  ])('keeps the root of an OpenAPI %s document as written (info.version %j), bundling what paths refer to', async (openapi, version, rootPaths) => {
    for (const [fileName, content] of Object.entries(files)) await file(content, fileName);
    await file(
      { get: { responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: './library.json#/definitions/Pet' } } } } } } },
      'path-item.json',
    );
    const given = { ...root(openapi, './library.json#/definitions/Pet'), info: { title: 'T', version }, ...(rootPaths && { paths: rootPaths }) };
    const { document } = await loadSpec(await file(given, `root-${openapi}.json`));
    expect(document.openapi).toBe(openapi);
    expect((document.info as { version: unknown }).version).toBe(version);
    if (rootPaths) expect(JSON.stringify(document.paths)).not.toContain('path-item.json');
    else expect('paths' in document).toBe(false);
  });

  it.each([
    ['a missing file', './no-such-file.json#/Pet', /no-such-file\.json/],
    ['a missing target in an existing file', './library.json#/definitions/Nope', /#\/definitions\/Nope/],
  ])('%s is refused at the $ref that names it', async (_what, ref, message) => {
    await file(files['library.json'], 'library.json');
    const spec = await file({
      openapi: '3.1.0',
      info: { title: 'T', version: '1' },
      paths,
      components: { schemas: { Fine: { $ref: './library.json#/definitions/Pet' }, Broken: { $ref: ref } } },
    });
    const error = (await loadSpec(spec).catch((caught: unknown) => caught)) as GeneratorError;
    expect(error).toBeInstanceOf(GeneratorError);
    expect(error.message).toMatch(message);
    expect(error.location?.pointer).toBe('#/components/schemas/Broken/$ref');
  });
});

describe('failedReference: which external $ref a bundler message is about', () => {
  const refs = ['./a.json#/definitions/Pet', './b.yaml', '../shared/a.json#/definitions/Owner'].map((ref) => ({ ref }));
  it.each([
    ['Error opening file /x/b.yaml: ENOENT', './b.yaml'],
    ['Missing $ref pointer "#/definitions/Owner". Token "Owner" does not exist.', '../shared/a.json#/definitions/Owner'],
    ['Error resolving $ref pointer "/x/a.json#/definitions/Pet"', './a.json#/definitions/Pet'],
    ['something else entirely', './a.json#/definitions/Pet'],
  ])('%s → %s', (message, want) => expect(failedReference(message, refs)?.ref).toBe(want));

  it('none when there is no external reference', () => expect(failedReference('x', [])).toBeUndefined());
});

describe('vendor extensions are opaque: their $refs are neither checked nor resolved', () => {
  it.each([
    ['x-ms-examples', true],
    ['x-', true],
    ['examples', false],
    ['X-Upper', false],
  ])('isExtension(%j) → %s', (given, want) => expect(isExtension(given)).toBe(want));

  it('set aside and put back around bundling, with the objects they came from', () => {
    const document = { paths: { '/a': { get: { 'x-ms-examples': { one: { $ref: './examples/one.json' } }, responses: {} } } }, 'x-root': 1, tags: [{ name: 't', 'x-tag': true }] };
    const { without, extensions } = withoutExtensions(document);
    expect(without).toEqual({ paths: { '/a': { get: { responses: {} } } }, tags: [{ name: 't' }] });
    expect(extensions.map(({ path, key }) => [path.join('/'), key])).toEqual([
      ['paths//a/get', 'x-ms-examples'],
      ['', 'x-root'],
      ['tags/0', 'x-tag'],
    ]);
    expect(withExtensions(without, extensions)).toEqual(document);
  });

  it('a spec whose extension names a missing file (and a dangling internal ref) still loads; a real external ref is bundled', async () => {
    await file({ type: 'object', properties: { id: { type: 'string' } } }, 'item.json');
    const spec = await file({
      openapi: '3.0.3',
      info: { title: 'T', version: '1' },
      paths: {
        '/a': {
          get: {
            'x-ms-examples': { one: { $ref: './examples/missing.json' }, two: { $ref: '#/nowhere' } },
            responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: './item.json' } } } } },
          },
        },
      },
    });
    const loaded = await loadSpec(spec);
    const get = (loaded.document.paths as Record<string, Record<string, Record<string, unknown>>>)['/a']!.get!;
    expect(get['x-ms-examples']).toEqual({ one: { $ref: './examples/missing.json' }, two: { $ref: '#/nowhere' } });
    expect(JSON.stringify(get.responses)).toContain('"id":{"type":"string"}');
  });
});

describe('a spec given as text', () => {
  it('is read instead of the file it names, whose folder still roots its relative $refs', async () => {
    await file({ type: 'object', properties: { name: { type: 'string' } } }, 'in-memory-pet.json');
    const text = JSON.stringify({ openapi: '3.1.0', info: { title: 'T', version: '1' }, paths, components: { schemas: { Pet: { $ref: './in-memory-pet.json' } } } });
    const loaded = await loadSpec(join(dir.path, 'never-written.json'), { text });
    expect((loaded.document.components as { schemas: { Pet: unknown } }).schemas.Pet).toMatchObject({ properties: { name: { type: 'string' } } });
    expect(loaded.source.file).toBe(join(dir.path, 'never-written.json'));
  });

  it('is refused like a file, located at the file it names', async () => {
    const error = await loadSpec(join(dir.path, 'bad.yaml'), { text: 'info: {}\n' }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).location).toMatchObject({ file: join(dir.path, 'bad.yaml') });
  });
});
