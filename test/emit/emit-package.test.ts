import { describe, expect, it } from 'vitest';
import { resolvePackageSettings } from '../../generator/config.ts';
import { emitPackage } from '../../generator/emit/emit-package.ts';
import { STATIC_RUNTIME } from '../../generator/emit/static-runtime.ts';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { planSurface } from '../../generator/surface/plan-surface.ts';

async function emitted(spec: string) {
  const { api } = buildApiModel(await loadSpec(spec));
  return emitPackage(planSurface(api, resolvePackageSettings({}, api.title, 'test')));
}

describe('emitPackage: which files a package has', () => {
  const runtime = (paths: string[]) => paths.filter((path) => path.startsWith(STATIC_RUNTIME));
  it.each([
    ['components only: types, no client, no runtime', 'test/fixtures/components-only.yaml', ['README.md', 'package.json', 'src/index.ts', 'src/models.ts', 'tsconfig.json'], 0],
    ['webhooks only: the same', 'test/fixtures/webhooks-only-31.yaml', ['README.md', 'package.json', 'src/index.ts', 'src/models.ts', 'tsconfig.json'], 0],
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
