/** src/resources/<name>.ts: resource classes forwarding (in the same file) to the standalone calls, with their overloads, docs and examples. */
import { beforeAll, describe, expect, it } from 'vitest';
import type { CallContext } from '../../generator/emit/calls-file.ts';
import { writeWithImports } from '../../generator/emit/imports.ts';
import { writeResource } from '../../generator/emit/resources-file.ts';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';
import { nameOfApi, petStore, surfaceOf, videoVariants } from '../helpers/surface-of.ts';

async function resources(document: Record<string, unknown>): Promise<string> {
  const api = await surfaceOf(document);
  const context: CallContext = { api, nameOf: nameOfApi(api) };
  return api.resources
    .map((resource) => {
      const file = new SourceBuilder();
      writeWithImports(file, `src/resources/${resource.file}.ts`, context.nameOf, (imports, nameOf) => writeResource(file, resource, imports, { ...context, nameOf }));
      return file.text('').replace(/ *\n\s*/g, ' ');
    })
    .join('\n');
}

describe('writeResource', () => {
  let videos = '';
  let pets = '';
  beforeAll(async () => {
    videos = await resources(videoVariants());
    const doc = petStore();
    // A nested resource: /pets/{pet_id}/photo lives under pets.
    pets = await resources(doc);
  });

  const cases: { name: string; of: () => string; want: string }[] = [
    { name: 'a class holding the client', of: () => videos, want: 'export class Videos { constructor(private readonly client: APIClient) {} /**' },
    {
      name: 'a one-signature method forwards its arguments',
      of: () => videos,
      want: 'waitFor(taskId: string, options?: WaitOptions<GetAResponse | GetBResponse>): Promise<GetAResponse | GetBResponse> { return waitForGetVideos(this.client, taskId, options); }',
    },
    {
      name: 'overloads keep the types; the implementation hands the arguments on',
      of: () => videos,
      want: 'create(...args: unknown[]): APIPromise<unknown> { return (createVideosByModel as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)( this.client, ...args, ); }',
    },
    {
      name: 'a generic overload keeps its type parameter',
      of: () => videos,
      want: 'create<TModel extends CreateVideosModel>( params: CreateVideosRequestByModel[TModel] & { model: TModel }, options?: RequestOptions, ): APIPromise<CreateVideosResponseByModel[TModel]>;',
    },
    { name: 'a task helper returns a plain promise', of: () => videos, want: 'createAndWait(...args: unknown[]): Promise<unknown>' },
    {
      // The calls, the merged types and the types only these calls name are declared in the same file, their home: none is imported.
      name: 'imports: the runtime types it names',
      of: () => videos,
      want: "import type { APIPromise } from '../core/api-promise.js'; import type { APIClient, RequestOptions } from '../core/http.js'; import type { WaitOptions } from '../core/polling.js'; import type { Unlisted } from '../core/unlisted.js'; export class",
    },
    { name: 'an example of the method call itself', of: () => pets, want: '@example * const result = await client.pets.create({ *   name: "Rex", * });' },
    {
      name: 'an operation method forwards to its function',
      of: () => pets,
      want: 'retrieve(petId: string, options?: RequestOptions): APIPromise<Pet> { return getPet(this.client, petId, options); }',
    },
  ];
  it.each(cases)('$name', ({ of, want }) => expect(of()).toContain(want));

  it('children are declared before their parent, held as read-only properties and created with the client', () => {
    const text = pets;
    const child = text.indexOf('export class PetsPhoto');
    const parent = text.indexOf('export class Pets {');
    expect(child).toBeGreaterThan(-1);
    expect(child).toBeLessThan(parent);
    expect(text).toContain('readonly photo: PetsPhoto; constructor(private readonly client: APIClient) { this.photo = new PetsPhoto(client); }');
  });
});
