import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { resolvePackageSettings } from '../../generator/config.ts';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { GENERATED_TYPE_NAMES, GENERATED_VALUE_NAMES } from '../../generator/surface/names.ts';
import { callHomes, planSurface } from '../../generator/surface/plan-surface.ts';
import { runtimeNames } from '../../generator/surface/runtime-names.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import type { Resource, ResourceMethod, SurfaceEndpointGroup } from '../../generator/surface/types.ts';
import { surfaceOf } from '../helpers/surface-of.ts';

async function surface(spec: string, clientName = 'Client') {
  const { api } = buildApiModel(await loadSpec(spec));
  return planSurface(api, resolvePackageSettings({ clientName }, api.title, 'test'));
}

const gateway = await surface('spec/openapi.yaml', 'ImaRouter');

describe('planSurface on the gateway', () => {
  it('names each merged endpoint, its value list and its task helpers', () => {
    const merged = Object.fromEntries(
      gateway.endpointGroups.filter((group) => group.name).map((group) => [group.name, { andWait: group.andWaitName, waitFor: group.waitForName, values: group.valueNames?.list }]),
    );
    expect(merged).toMatchObject({
      createVideosByModel: { andWait: 'createVideosByModelAndWait', values: 'createVideosModels' },
      getVideos: { waitFor: 'waitForGetVideos' },
      createImagesGenerationsByModel: { values: 'createImagesGenerationsModels' },
    });
  });

  it('gives every exported type and function one name', () => {
    const types = [
      ...gateway.schemas.flatMap((schema) => [schema.name, ...(schema.requestName ? [schema.requestName] : [])]),
      ...gateway.operations.flatMap((operation) => operation.paramsTypeName ?? []),
    ];
    expect(new Set(types).size).toBe(types.length);
    const functions = [
      ...gateway.operations.map((operation) => operation.name),
      ...gateway.tasks.map((task) => task.createAndWaitName),
      // Lifecycles that share a fetch share its waitFor.
      ...new Set(gateway.tasks.map((task) => task.waitForName)),
      ...gateway.endpointGroups.flatMap((group) => [group.name, group.andWaitName, group.waitForName].filter((name) => name !== undefined)),
    ];
    expect(new Set(functions).size).toBe(functions.length);
    expect(gateway.operations.every((operation) => operation.name === operation.apiName)).toBe(true);
  });

  it('lays out nested resources and files', () => {
    expect(gateway.resources.map((resource) => resource.name)).toEqual(expect.arrayContaining(['videos', 'images', 'chat', 'assets']));
    expect(gateway.resources.find((resource) => resource.name === 'chat')!.children.map((child) => child.name)).toEqual(['completions']);
    expect(new Set(gateway.resources.map((resource) => resource.file)).size).toBe(gateway.resources.length);
  });

  it('gives every call one home: the file of the resource whose method calls it', () => {
    const files = new Set(gateway.resources.map((resource) => resource.file));
    expect(gateway.operations.filter((operation) => !files.has(operation.home))).toEqual([]);
    const home = (name: string) => gateway.operations.find((operation) => operation.name === name)!.home;
    // A variant without a method of its own lives beside its merged call.
    expect([home('createVideosWan26'), gateway.endpointGroups.find((group) => group.name === 'createVideosByModel')!.home]).toEqual(['videos', 'videos']);
    expect(home('createChatCompletions')).toBe('chat');
  });
});

describe('planSurface on hostile names', () => {
  it('moves reserved words aside', async () => {
    const api = await surface('test/fixtures/missing-ids.yaml');
    const renamed = api.operations.find((operation) => operation.apiName === 'delete')!;
    expect(renamed.name).toBe('delete_');
  });

  it('plans every file name: short, unique ignoring case, never a device name', async () => {
    const api = await surface('test/fixtures/unsafe-names.yaml');
    const names = api.resources.map((resource) => `resources/${resource.file}`);
    expect(names.filter((name) => !/^resources\/[a-z0-9-]{1,64}[0-9_]*$/.test(name))).toEqual([]);
    expect(new Set(names.map((name) => name.toLowerCase())).size).toBe(names.length);
    expect(names.filter((name) => /\/(con|prn|aux|nul|com\d|lpt\d)$/.test(name))).toEqual([]);
    // An operation's home is its planned file.
    expect(api.operations.find((operation) => operation.name === 'readConsole')!.home).toBe('con_');
  });
});

describe('a spec may name anything after the runtime (test/fixtures/runtime-names.yaml, whose golden must compile)', () => {
  const fixture = 'test/fixtures/runtime-names.yaml';
  const document = yaml.load(readFileSync(join(ROOT, fixture), 'utf8')) as {
    paths: Record<string, Record<string, { operationId?: string; parameters?: { name: string; in: string }[] }>>;
    components: { schemas: Record<string, unknown> };
  };
  const operations = Object.values(document.paths).flatMap((item) => Object.values(item));
  const reserved = [...runtimeNames().exported, ...GENERATED_TYPE_NAMES, ...GENERATED_VALUE_NAMES];

  it('names a schema, an operation and its path parameter after every name the runtime and the generated files declare', () => {
    const operationIds = new Set(operations.flatMap((operation) => operation.operationId ?? []));
    const pathParameters = new Set(
      operations.flatMap((operation) => (operation.parameters ?? []).filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name)),
    );
    const missing = reserved.filter((name) => !(name in document.components.schemas) || !operationIds.has(name) || !pathParameters.has(name));
    expect(missing, 'add them to the fixture, then npm run golden:update').toEqual([]);
  });

  it('plans no exported name the runtime declares, and no path argument named like a function', async () => {
    const planned = await surface(fixture, 'API');
    const classes = (resources: readonly Resource[]): string[] => resources.flatMap((resource) => [resource.className, ...classes(resource.children)]);
    const types = [...planned.schemas.map((schema) => schema.name), ...classes(planned.resources)];
    const functions = new Set(planned.operations.map((operation) => operation.name));
    expect([...types, ...functions].filter((name) => reserved.includes(name))).toEqual([]);
    const shadowing = planned.operations.flatMap((operation) =>
      operation.call.pathArguments.filter((argument) => functions.has(argument.name)).map((argument) => `${operation.name}(${argument.name})`),
    );
    expect(shadowing).toEqual([]);
  });
});

describe('types-only packages', () => {
  it.each([
    ['the gateway (operations)', 'spec/openapi.yaml', false],
    ['components only', 'test/fixtures/components-only.yaml', true],
    ['webhooks only', 'test/fixtures/webhooks-only-31.yaml', true],
  ])('%s → typesOnly %s', async (_what, spec, want) => {
    const planned = await surface(spec);
    expect(planned.typesOnly).toBe(want);
    if (want) expect([planned.resources, planned.operations]).toEqual([[], []]);
  });

  it('leaves a schema its name where only a client package would need it for the runtime', async () => {
    const planned = await surface('test/fixtures/components-only.yaml');
    expect(planned.schemas.map((schema) => schema.name)).toContain('APIError');
  });
});

describe('two calls the rules give one name', () => {
  const post = (operationId?: string) => ({ post: { ...(operationId && { operationId }), responses: { '200': { description: 'ok' } } } });
  const spec = (first?: string, second?: string) => ({
    openapi: '3.1.0',
    info: { title: 'Runs', version: '1' },
    paths: {
      '/threads/runs': post(first),
      '/threads/{thread_id}/runs': { ...post(second), parameters: [{ name: 'thread_id', in: 'path', required: true, schema: { type: 'string' } }] },
    },
  });
  it.each<[string, string | undefined, string | undefined, string]>([
    ['the second takes its operationId', 'createThreadAndRun', 'createRun', 'createRun'],
    ['without one, a numeric suffix', undefined, undefined, 'create2'],
  ])('%s, and a located warning says which two and the config entry that names it', async (_label, first, second, want) => {
    const api = await surfaceOf(spec(first, second));
    expect(api.resources[0]!.children[0]!.methods.map((method) => method.name)).toEqual(['create', want]);
    expect(api.warnings).toEqual([
      {
        kind: expect.objectContaining({ id: 'call-name-collision' }),
        message: `POST /threads/{thread_id}/runs and POST /threads/runs would both be \`client.threads.runs.create\`; POST /threads/{thread_id}/runs is \`client.threads.runs.${want}\`. Name it in the config's surface: "methods": { "POST /threads/{thread_id}/runs": "threads.runs.<name>" }`,
        pointer: '#/paths/~1threads~1{thread_id}~1runs/post',
      },
    ]);
  });
});

describe('callHomes', () => {
  const resource = (name: string, methods: ResourceMethod[], children: Resource[] = []): Resource & { file: string } => ({ name, className: name, methods, children, file: name });
  const group = (name: string | undefined, operations: string[]) => ({ name, operations }) as SurfaceEndpointGroup;
  const cases: { name: string; resources: (Resource & { file: string })[]; groups: SurfaceEndpointGroup[]; want: Record<string, string> }[] = [
    { name: 'a method: its resource file', resources: [resource('pets', [{ kind: 'operation', name: 'list', operation: 'listPets' }])], groups: [], want: { listPets: 'pets' } },
    {
      name: 'a nested resource: its top-level file',
      resources: [resource('chat', [], [resource('completions', [{ kind: 'operation', name: 'create', operation: 'createChat' }])])],
      groups: [],
      want: { createChat: 'chat' },
    },
    {
      name: 'the variants of a merged call: beside it',
      resources: [resource('videos', [{ kind: 'endpoint', name: 'create', group: 'createVideos' }])],
      groups: [group('createVideos', ['createA', 'createB'])],
      want: { createA: 'videos', createB: 'videos' },
    },
    {
      name: 'a variant of a group that is not one call: beside its primary',
      resources: [resource('videos', [{ kind: 'operation', name: 'create', operation: 'createA' }])],
      groups: [group(undefined, ['createA', 'createB'])],
      want: { createA: 'videos', createB: 'videos' },
    },
    {
      name: 'a variant with a method elsewhere keeps that home',
      resources: [
        resource('videos', [{ kind: 'endpoint', name: 'create', group: 'createVideos' }]),
        resource('legacy', [{ kind: 'operation', name: 'create', operation: 'createB' }]),
      ],
      groups: [group('createVideos', ['createA', 'createB'])],
      want: { createB: 'legacy', createA: 'videos' },
    },
  ];
  it.each(cases)('$name', ({ resources, groups, want }) => expect(Object.fromEntries(callHomes(resources, groups).operations)).toEqual(want));
});
