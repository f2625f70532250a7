/** api.md: every resource method and standalone function, with its signature, result and HTTP call. */
import { beforeAll, describe, expect, it } from 'vitest';
import { apiReference, resolvesTo, signatureText } from '../../generator/emit/api-reference.ts';
import type { CallContext } from '../../generator/emit/calls-file.ts';
import type { SurfaceApi } from '../../generator/surface/types.ts';
import { nameOfApi, petStore, surfaceOf, videoVariants } from '../helpers/surface-of.ts';

const contextOf = (api: SurfaceApi): CallContext => ({ api, nameOf: nameOfApi(api) });

describe('resolvesTo', () => {
  it.each([
    ['APIPromise<Pet>', 'Pet'],
    ['Promise<Array<Pet>>', 'Array<Pet>'],
    ['APIPromise<Stream<Chunk> | Reply>', 'Stream<Chunk> | Reply'],
    ['PagePromise<PetsPage, Pet>', 'PagePromise<PetsPage, Pet>'],
  ])('%s → %s', (returns, want) => expect(resolvesTo(returns)).toBe(want));
});

describe('signatureText', () => {
  it.each([
    ['no arguments', { args: [], returns: 'APIPromise<void>' }, false, 'f(): void'],
    [
      'positional, then optional',
      {
        args: [
          { name: 'petId', type: 'string', optional: false },
          { name: 'options', type: 'RequestOptions', optional: true },
        ],
        returns: 'APIPromise<Pet>',
      },
      false,
      'f(petId: string, options?: RequestOptions): Pet',
    ],
    ['the client first for a standalone function', { args: [{ name: 'params', type: 'P', optional: false }], returns: 'Promise<R>' }, true, 'f(client, params: P): R'],
    [
      'type parameters',
      { typeParameters: [{ name: 'M', constraint: 'Model' }], args: [{ name: 'params', type: 'ByModel[M]', optional: false }], returns: 'APIPromise<Out[M]>' },
      false,
      'f<M extends Model>(params: ByModel[M]): Out[M]',
    ],
  ])('%s', (_name, signature, withClient, want) => expect(signatureText('f', signature, withClient)).toBe(want));
});

describe('apiReference', () => {
  let pets: string;
  let videos: string;
  let petsApi: SurfaceApi;
  beforeAll(async () => {
    petsApi = await surfaceOf(petStore(), { packageName: 'pets-sdk', clientName: 'Pets' });
    pets = apiReference(contextOf(petsApi));
    videos = apiReference(contextOf(await surfaceOf(videoVariants(), { packageName: 'videos-sdk' })));
  });

  it('names the package and the client', () => {
    expect(pets).toMatch(/^# API reference: pets-sdk\n/);
    expect(pets).toContain('Every call of `Pets`');
  });

  it('lists every operation as a standalone function with its HTTP call', () => {
    const standalone = pets.slice(pets.indexOf('## Standalone functions'));
    for (const operation of petsApi.operations) {
      expect(standalone).toContain(`- \`${operation.name}(client`);
      expect(standalone).toContain(`\`${operation.method.toUpperCase()} ${operation.path}\``);
    }
  });

  it('gives each resource a heading one level below its parent, and each method its signature and wire call', () => {
    expect(pets).toContain('### `client.pets`');
    expect(pets).toMatch(/- `client\.pets\.retrieve\(petId: string, options\?: RequestOptions\): Pet`\n {2}— `GET \/pets\/\{pet_id\}`/);
  });

  it('shows a merged call once, with its variants and what tells them apart', () => {
    expect(videos).toMatch(/- `client\.videos\.create<\w+ extends \w+>\(params: [^`]+\)[^`]*`\n {2}— `POST \/videos`, 2 variants by `model`/);
    const standalone = videos.slice(videos.indexOf('## Standalone functions'));
    expect(standalone).toContain('#a`');
    expect(standalone).toContain('#b`');
  });
});

describe('the gateway package', () => {
  it('api.md lists every one of its operations, each with its HTTP call', async () => {
    const { readFileSync } = await import('node:fs');
    const { join } = await import('node:path');
    const { ROOT } = await import('../helpers/golden-cases.ts');
    const reference = readFileSync(join(ROOT, 'generated/imarouter/api.md'), 'utf8');
    const index = readFileSync(join(ROOT, 'generated/imarouter/src/operation-index.ts'), 'utf8');
    const names = [...index.matchAll(/\bentry\(\s*'(\w+)'/g)].map((match) => match[1]!);
    expect(names).toHaveLength(68);
    const standalone = reference.slice(reference.indexOf('## Standalone functions'));
    for (const name of names) expect(standalone).toContain(`- \`${name}`);
  });
});
