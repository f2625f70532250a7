/** OpenAPI Overlay 1.0: checking overlay documents (errors located in the overlay file) and applying actions. */
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { GeneratorError } from '../../generator/errors.ts';
import { applyOverlays, readOverlay } from '../../generator/load/overlay.ts';
import { tempDir } from '../helpers/run-cli.ts';

const dir = await tempDir('overlay-');
afterAll(() => dir.remove());

let counter = 0;
async function overlayFile(actions: unknown[], extra: Record<string, unknown> = {}): Promise<string> {
  const file = join(dir.path, `overlay-${counter++}.json`);
  await writeFile(file, JSON.stringify({ overlay: '1.0.0', info: { title: 'test', version: '1.0.0' }, actions, ...extra }, null, 2));
  return file;
}

const spec = () => ({
  openapi: '3.1.0',
  info: { title: 'T', version: '1' },
  tags: [{ name: 'a' }],
  paths: {
    '/a': {
      get: { operationId: 'getA', description: 'old', responses: { 200: { description: 'ok' } } },
      post: { operationId: 'postA', responses: { 200: { description: 'ok' } } },
    },
    '/b': { get: { operationId: 'getB', 'x-internal': true, responses: { 200: { description: 'ok' } } } },
  },
  components: { schemas: { Pet: { type: 'object', required: ['id'], properties: { id: { type: 'string' }, tags: { type: 'array', items: { type: 'string' } } } } } },
});

describe('applyOverlays', () => {
  const cases: { name: string; actions: unknown[]; want: (document: ReturnType<typeof spec>) => unknown; got: (document: Record<string, unknown>) => unknown }[] = [
    {
      name: 'an object update merges key by key, recursively',
      actions: [{ target: '$.components.schemas.Pet', update: { description: 'A pet', properties: { name: { type: 'string' } } } }],
      got: (d) => (d as ReturnType<typeof spec>).components.schemas.Pet,
      want: (d) => ({ ...d.components.schemas.Pet, description: 'A pet', properties: { ...d.components.schemas.Pet.properties, name: { type: 'string' } } }),
    },
    {
      name: 'a scalar or array value in an update replaces the old one',
      actions: [{ target: '$.components.schemas.Pet', update: { required: ['id', 'name'], type: 'object' } }],
      got: (d) => (d as ReturnType<typeof spec>).components.schemas.Pet.required,
      want: () => ['id', 'name'],
    },
    {
      name: 'a wildcard target updates every node it selects',
      actions: [{ target: '$.paths.*.get', update: { tags: ['read'] } }],
      got: (d) => Object.values((d as ReturnType<typeof spec>).paths).map((item) => (item.get as { tags?: unknown }).tags),
      want: () => [['read'], ['read']],
    },
    {
      name: 'an array update is appended to an array target item by item',
      actions: [{ target: '$.tags', update: [{ name: 'b' }, { name: 'c' }] }],
      got: (d) => d.tags,
      want: () => [{ name: 'a' }, { name: 'b' }, { name: 'c' }],
    },
    {
      name: 'any other update is appended to an array target as one item',
      actions: [{ target: '$.tags', update: { name: 'b' } }],
      got: (d) => d.tags,
      want: () => [{ name: 'a' }, { name: 'b' }],
    },
    {
      name: 'remove deletes the selected keys (a filter selects by content)',
      actions: [{ target: "$.paths[?@.get['x-internal'] == true]", remove: true }],
      got: (d) => Object.keys(d.paths as object),
      want: () => ['/a'],
    },
    {
      name: 'remove deletes several items of one array without shifting the others',
      actions: [
        { target: '$.tags', update: [{ name: 'b' }, { name: 'c' }] },
        { target: "$.tags[?@.name != 'b']", remove: true },
      ],
      got: (d) => d.tags,
      want: () => [{ name: 'b' }],
    },
    {
      name: 'actions apply in order: a later one sees what an earlier one added',
      actions: [
        { target: '$.components.schemas', update: { Owner: { type: 'object' } } },
        { target: '$.components.schemas.Owner', update: { description: 'added then described' } },
      ],
      got: (d) => (d as { components: { schemas: Record<string, unknown> } }).components.schemas.Owner,
      want: () => ({ type: 'object', description: 'added then described' }),
    },
    {
      name: 'the root `$` can be updated',
      actions: [{ target: '$', update: { info: { title: 'Renamed' } } }],
      got: (d) => d.info,
      want: () => ({ title: 'Renamed', version: '1' }),
    },
    {
      name: 'a key with a slash and a quote is addressed with bracket notation',
      actions: [{ target: "$.paths['/a'].get", update: { description: "it's new" } }],
      got: (d) => ((d as ReturnType<typeof spec>).paths['/a'].get as { description: string }).description,
      want: () => "it's new",
    },
  ];

  for (const { name, actions, got, want } of cases) {
    it(name, async () => {
      const original = spec();
      const { document, warnings } = applyOverlays(original, [await readOverlay(await overlayFile(actions))]);
      expect(got(document)).toEqual(want(spec()));
      expect(warnings).toEqual([]);
      expect(original).toEqual(spec()); // the input document is not changed
    });
  }

  it('warns, located in the overlay, when a target selects nothing', async () => {
    const file = await overlayFile([{ target: "$.paths['/missing'].get", update: { description: 'x' } }]);
    const { warnings } = applyOverlays(spec(), [await readOverlay(file)]);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]!.message).toMatch(/selects nothing/);
    expect(warnings[0]!.location).toMatchObject({ file, pointer: '#/actions/0/target', line: 9 });
  });

  it('remembers where each node it wrote came from: that node and everything below it are located in the overlay', async () => {
    const file = await overlayFile([
      { target: '$.components.schemas', update: { Owner: { type: 'object', properties: { name: { type: 'string' } } } } },
      { target: '$.components.schemas.Pet.properties', update: { 'a/b': { type: 'integer' } } },
      { target: '$.tags', update: [{ name: 'b' }] },
    ]);
    const { origins } = applyOverlays(spec(), [await readOverlay(file)]);
    const cases: [string, string | undefined][] = [
      ['#/components/schemas/Owner', '#/actions/0/update/Owner'],
      ['#/components/schemas/Owner/properties/name/type', '#/actions/0/update/Owner/properties/name/type'],
      ['#/components/schemas/Pet/properties/a~1b', '#/actions/1/update/a~1b'],
      ['#/tags/1', '#/actions/2/update/0'],
      ['#/components/schemas/Pet', undefined],
      ['#/tags/0', undefined],
      ['#/paths', undefined],
    ];
    for (const [pointer, want] of cases) {
      const location = origins.locate(pointer);
      expect(location && { file: location.file, pointer: location.pointer }, pointer).toEqual(want && { file, pointer: want });
    }
    expect(origins.locate('#/components/schemas/Owner/properties/name')?.line).toBeGreaterThan(1);
  });

  it('applies several overlays in the order given', async () => {
    const first = await readOverlay(await overlayFile([{ target: '$.info', update: { title: 'one' } }]));
    const second = await readOverlay(await overlayFile([{ target: '$.info', update: { title: 'two' } }]));
    expect(applyOverlays(spec(), [first, second]).document.info).toEqual({ title: 'two', version: '1' });
  });
});

describe('overlay errors name the overlay file, line and pointer', () => {
  const cases: { name: string; write: () => Promise<string>; message: RegExp; pointer: string; apply?: boolean }[] = [
    { name: 'not an overlay', write: async () => overlayFile([], { overlay: undefined }), message: /not an Overlay document/, pointer: '#' },
    {
      name: 'unsupported version',
      write: async () => overlayFile([{ target: '$', update: {} }], { overlay: '2.0.0' }),
      message: /version "2.0.0" is not supported/,
      pointer: '#/overlay',
    },
    { name: 'info without a version', write: async () => overlayFile([{ target: '$', update: {} }], { info: { title: 'x' } }), message: /`info` needs/, pointer: '#/info' },
    { name: 'no actions', write: async () => overlayFile([]), message: /non-empty list/, pointer: '#/actions' },
    { name: 'an action without a target', write: async () => overlayFile([{ update: {} }]), message: /needs a `target`/, pointer: '#/actions/0/target' },
    { name: 'an action that does nothing', write: async () => overlayFile([{ target: '$.info' }]), message: /needs `update` or `remove: true`/, pointer: '#/actions/0' },
    { name: 'invalid JSONPath', write: async () => overlayFile([{ target: '$.paths[', update: {} }]), message: /not valid JSONPath/, pointer: '#/actions/0/target', apply: true },
    {
      name: 'an update of a string',
      write: async () => overlayFile([{ target: '$.info.title', update: { x: 1 } }]),
      message: /updates #\/info\/title, which is a string/,
      pointer: '#/actions/0/update',
      apply: true,
    },
    {
      name: 'removing the whole document',
      write: async () => overlayFile([{ target: '$', remove: true }]),
      message: /cannot remove the whole document/,
      pointer: '#/actions/0/target',
      apply: true,
    },
  ];
  for (const { name, write, message, pointer, apply } of cases) {
    it(name, async () => {
      const file = await write();
      const attempt = async () => {
        const overlay = await readOverlay(file);
        if (apply) applyOverlays(spec(), [overlay]);
      };
      const error = await attempt().then(
        () => undefined,
        (caught: unknown) => caught,
      );
      expect(error).toBeInstanceOf(GeneratorError);
      expect((error as GeneratorError).message).toMatch(message);
      expect((error as GeneratorError).location).toMatchObject({ file, pointer });
      expect((error as GeneratorError).location?.line).toBeGreaterThan(0);
    });
  }
});
