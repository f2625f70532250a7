/** The whole package as a list of files: which files exist for which API, their order, versions, and what is left unformatted. */
import { beforeAll, describe, expect, it } from 'vitest';
import { resolvePackageSettings } from '../../generator/config.ts';
import { emitPackage, type EmittedFile } from '../../generator/emit/emit-package.ts';
import { GENERATED_HEADER, STATIC_RUNTIME, staticRuntimeFiles } from '../../generator/emit/static-runtime.ts';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { planSurface } from '../../generator/surface/plan-surface.ts';
import type { SurfaceApi } from '../../generator/surface/types.ts';
import { petStore, surfaceOf, videoVariants } from '../helpers/surface-of.ts';

async function emitted(spec: string) {
  const { api } = buildApiModel(await loadSpec(spec));
  return emitPackage(planSurface(api, resolvePackageSettings({}, api.title, 'test')));
}

describe('emitPackage: which files a package has', () => {
  const runtime = (paths: string[]) => paths.filter((path) => path.startsWith(STATIC_RUNTIME));
  it.each([
    [
      'components only: types, no client, no runtime',
      'test/fixtures/components-only.yaml',
      ['README.md', 'package.json', 'src/index.ts', 'src/models.ts', 'tsconfig.cjs.json', 'tsconfig.json'],
      0,
    ],
    ['webhooks only: the same', 'test/fixtures/webhooks-only-31.yaml', ['README.md', 'package.json', 'src/index.ts', 'src/models.ts', 'tsconfig.cjs.json', 'tsconfig.json'], 0],
  ])('%s', async (_what, spec, want, runtimeFiles) => {
    const paths = (await emitted(spec)).map((file) => file.path);
    expect(paths).toEqual(want);
    expect(runtime(paths)).toHaveLength(runtimeFiles);
  });

  it('a client package: client, resources, operations, the runtime and the package files, sorted', async () => {
    const paths = (await emitted('test/fixtures/parameters.yaml')).map((file) => file.path);
    expect(paths).toEqual([...paths].sort());
    expect(paths).toEqual(
      expect.arrayContaining(['README.md', 'package.json', 'tsconfig.json', 'src/client.ts', 'src/index.ts', 'src/models.ts', 'src/version.ts', 'src/core/base-client.ts']),
    );
    expect(runtime(paths).length).toBeGreaterThan(5);
  });

  it.each([
    ['components-only', 'test/fixtures/components-only.yaml', 'TypeScript types for Shared Billing Schemas', /has \*\*no client\*\*/],
    ['client', 'test/fixtures/parameters.yaml', 'TypeScript SDK for', /## Quickstart/],
  ])('%s: package description and README', async (_what, spec, description, readme) => {
    const files = await emitted(spec);
    expect(JSON.parse(files.find((file) => file.path === 'package.json')!.content).description).toContain(description);
    expect(files.find((file) => file.path === 'README.md')!.content).toMatch(readme);
  });

  it('the types-only index re-exports the models as types only', async () => {
    const index = (await emitted('test/fixtures/components-only.yaml')).find((file) => file.path === 'src/index.ts')!;
    expect(index.content).toMatch(/^export type \* from ["']\.\/models\.js["'];$/m);
  });
});

let petsApi: SurfaceApi;
let pets: EmittedFile[];
let videos: EmittedFile[];
beforeAll(async () => {
  const doc = petStore();
  doc.info.version = 'v2';
  petsApi = await surfaceOf(doc, { packageName: 'pets-sdk', clientName: 'PetStore' });
  pets = emitPackage(petsApi);
  videos = emitPackage(await surfaceOf(videoVariants(), { packageName: 'videos-sdk' }));
});
const paths = (files: EmittedFile[]) => files.map((file) => file.path);
const file = (files: EmittedFile[], path: string) => files.find((candidate) => candidate.path === path)!;

describe('emitPackage: what the files hold', () => {
  const generatedSources = [
    'src/client.ts',
    'src/index.ts',
    'src/models.ts',
    'src/operation-index.ts',
    'src/version.ts',
    'src/core/base-client.ts',
    'package.json',
    'tsconfig.json',
    'README.md',
  ];

  const cases: { name: string; of: () => EmittedFile[]; has: string[]; lacks: string[] }[] = [
    {
      name: 'a plain API: one file per top-level resource, the home of its calls',
      of: () => pets,
      has: [...generatedSources, 'src/resources/pets.ts'],
      lacks: ['src/resources/photos.ts'],
    },
    {
      name: 'variants and tasks: merged calls and wait twins live in their resource file too',
      of: () => videos,
      has: [...generatedSources, 'src/resources/videos.ts'],
      lacks: [],
    },
  ];
  it.each(cases)('$name', ({ of, has, lacks }) => {
    for (const path of has) expect(paths(of())).toContain(path);
    for (const path of lacks) expect(paths(of())).not.toContain(path);
    // One home per call: no file of operations, merged calls or task helpers beside the resources.
    expect(paths(of()).filter((path) => /^src\/(operations\/|endpoints\.ts|tasks\.ts)/.test(path))).toEqual([]);
  });

  it('each resource file holds its classes, the functions they call and the routing and waits of its merged calls', () => {
    const text = file(videos, 'src/resources/videos.ts').content;
    for (const declared of [
      'export class Videos',
      'export function createA(',
      'export function createVideosByModel(',
      'export async function createAAndWait(',
      'export function waitForGetVideos(',
      'export const createVideosModels',
    ])
      expect(text).toContain(declared);
    expect(text).toContain("import { named, routeOf } from '../core/routing.js';");
  });

  it('lists the files sorted by path, each once', () => {
    const list = paths(pets);
    expect(list).toEqual([...list].sort());
    expect(new Set(list).size).toBe(list.length);
  });

  it('copies the static runtime as it is, marked formatted; only those are', () => {
    for (const runtime of staticRuntimeFiles()) expect(file(pets, runtime.path)).toEqual({ ...runtime, formatted: true });
    expect(pets.filter((candidate) => candidate.formatted).length).toBe(staticRuntimeFiles().length);
  });

  it('TypeScript built from structures comes in parts that make its content; every .ts starts with the header', () => {
    for (const candidate of pets.filter((entry) => entry.path.endsWith('.ts'))) {
      expect(candidate.content.startsWith(GENERATED_HEADER)).toBe(true);
      if (candidate.parts) expect(candidate.parts.map((part) => part.text).join('\n')).toBe(candidate.content);
    }
    expect(file(pets, 'src/models.ts').parts).toBeDefined();
    expect(file(pets, 'src/core/base-client.ts').parts).toBeUndefined();
  });

  const versions: { name: string; packageVersion?: string; want: string }[] = [
    { name: "the spec's version made semver", want: '2.0.0' },
    { name: 'the configured package version', packageVersion: '3.1.4', want: '3.1.4' },
  ];
  it.each(versions)('version: $name', ({ packageVersion, want }) => {
    const files = emitPackage({ ...petsApi, settings: { ...petsApi.settings, ...(packageVersion && { packageVersion }) } });
    expect(JSON.parse(file(files, 'package.json').content).version).toBe(want);
    expect(file(files, 'src/version.ts').content).toBe(`${GENERATED_HEADER}/** This package's version, sent in the User-Agent. */\nexport const VERSION = "${want}";\n`);
  });

  it('the entry point exports the client, the runtime surface and every module', () => {
    const index = file(pets, 'src/index.ts').content;
    for (const part of ['export { PetStore } from "./client.js";', 'export type * from "./models.js";', 'export * from "./resources/pets.js";', 'isAPIError'])
      expect(index).toContain(part);
    expect(index).not.toContain('./core/polling.js');
    expect(file(videos, 'src/index.ts').content).toContain('export * from "./resources/videos.js";');
    expect(file(videos, 'src/index.ts').content).toContain('export { TaskFailedError, TaskTimeoutError, type WaitOptions } from "./core/polling.js";');
  });

  it('the base client gets the security schemes and the base URL', () => {
    const base = file(pets, 'src/core/base-client.ts').content;
    expect(base).toContain('const SECURITY_SCHEMES: Record<string, SecurityScheme> = {"Bearer":{"kind":"bearer"}};');
    expect(base).toContain('"https://pets.example.com/v1"');
  });
});
