/** src/client.ts: the client class extends the transport and holds one instance per top-level resource. */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeClient } from '../../generator/emit/client-file.ts';
import { Imports } from '../../generator/emit/imports.ts';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';
import type { SurfaceApi } from '../../generator/surface/types.ts';
import { petStore, surfaceOf } from '../helpers/surface-of.ts';

function client(api: SurfaceApi, title = api.title): string {
  const file = new SourceBuilder();
  const imports = new Imports('src/client.ts');
  writeClient(file, imports, { ...api, title }, 'PetStore');
  imports.writeTo(file);
  return file.text('').replace(/\s*\n\s*/g, ' ');
}

let api: SurfaceApi;
beforeAll(async () => {
  api = await surfaceOf(petStore());
});

describe('writeClient', () => {
  it('imports the transport and each resource class', () => {
    expect(client(api)).toContain(
      "import { BaseClient } from './core/base-client.js'; import type { ClientOptions } from './core/base-client.js'; import { Pets } from './resources/pets.js';",
    );
  });

  it('declares one read-only property per resource and creates it with the client', () => {
    const text = client(api);
    expect(text).toContain('export class PetStore extends BaseClient {');
    expect(text).toContain('readonly pets: Pets;');
    expect(text).toContain('constructor(options: ClientOptions = {}) { super(options); this.pets = new Pets(this); }');
  });

  it.each([
    ['Pet Store', 'Client for Pet Store. Calls are grouped by resource, after the wire path (`client.pets`); every call is also a standalone function'],
    ['Evil */ title', 'Client for Evil *\\/ title.'],
  ])('documents the client for %j', (title, want) => expect(client(api, title)).toContain(want));

  it('without resources: no example in the docs, no properties', () => {
    const text = client({ ...api, resources: [] });
    expect(text).toContain('Client for Pet Store. Calls are grouped by resource, after the wire path; every call');
    expect(text).toContain('constructor(options: ClientOptions = {}) { super(options); }');
  });
});
