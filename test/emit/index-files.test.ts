/** src/operation-index.ts: the runtime list of operations in spec order, and the Operations type, merged calls included. */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeOperationIndex } from '../../generator/emit/index-files.ts';
import { writeWithImports } from '../../generator/emit/imports.ts';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';
import { nameOfApi, petStore, surfaceOf } from '../helpers/surface-of.ts';

let text = '';
const flat = () => text.replace(/\s*\n\s*/g, ' ');
beforeAll(async () => {
  const doc = petStore();
  const variant = (model: string) => ({
    post: {
      operationId: `create${model}`,
      tags: ['videos'],
      requestBody: { required: true, content: { 'application/json': { schema: { type: 'object', required: ['model'], properties: { model: { const: model } } } } } },
      responses: { '200': { description: 'ok' } },
    },
  });
  doc.paths['/videos#a'] = variant('A');
  doc.paths['/videos#b'] = variant('B');
  const api = await surfaceOf(doc);
  const file = new SourceBuilder();
  writeWithImports(file, 'src/operation-index.ts', nameOfApi(api), (_imports, nameOf) => writeOperationIndex(file, api, nameOf));
  text = file.text('');
});

describe('writeOperationIndex', () => {
  it('imports only the types it names, type-only, first, from the file that declares each', () => {
    expect(text.trimStart().split('\n').slice(0, 2)).toEqual([
      "import type { Error_, ListPetsResponse, Pet, PetInput } from './resources/pets.js';",
      "import type { CreateABody, CreateBBody } from './resources/videos.js';",
    ]);
  });

  it('lists every operation in spec order with method upper case, wire path and path key', () => {
    const entries = [...text.matchAll(/entry\(([^)]*)\)/g)].map((match) => match[1]).filter((args) => args!.startsWith('"'));
    expect(entries).toEqual([
      '"listPets", "GET", "/pets", "/pets", ["pets"]',
      '"createPet", "POST", "/pets", "/pets", ["pets"]',
      '"getPet", "GET", "/pets/{pet_id}", "/pets/{pet_id}", ["pets"]',
      '"getPetPhoto", "GET", "/pets/{pet_id}/photo", "/pets/{pet_id}/photo", ["photos"]',
      '"createA", "POST", "/videos", "/videos#a", ["videos"]',
      '"createB", "POST", "/videos", "/videos#b", ["videos"]',
    ]);
    expect(flat()).toContain('export const operations: readonly OperationInfo[] = [');
  });

  const types: { name: string; want: string }[] = [
    {
      name: 'listPets',
      want: "listPets: { body: never; params: { query?: { limit?: number; }; }; response: ListPetsResponse; error: Error_; responses: { '200': ListPetsResponse; default: Error_; }; };",
    },
    { name: 'getPetPhoto', want: "getPetPhoto: { body: never; params: { path: { pet_id: string; }; }; response: Blob; error: unknown; responses: { '200': Blob; }; };" },
    { name: 'createPet', want: "createPet: { body: PetInput; params: Record<string, never>; response: Pet; error: unknown; responses: { '201': Pet; }; };" },
  ];
  it.each(types)('Operations.$name', ({ want }) => expect(flat()).toContain(want));

  it('a merged call is the union of its variants', () => {
    expect(flat()).toContain(
      "/** The merged call of `POST /videos`: any of its variants. */ createVideosByModel: { body: Operations['createA']['body'] | Operations['createB']['body']; params: Operations['createA']['params'] | Operations['createB']['params'];",
    );
  });

  it('OperationName is its keys', () => expect(flat()).toContain('export type OperationName = keyof Operations;'));
});
