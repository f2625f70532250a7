import { describe, expect, it } from 'vitest';
import type { SurfaceConfig } from '../../generator/config.ts';
import { GeneratorError } from '../../generator/errors.ts';
import { callKey } from '../../generator/surface/surface-config.ts';
import type { Resource } from '../../generator/surface/types.ts';
import { petStore, surfaceOf } from '../helpers/surface-of.ts';

it('keys a call by its method in upper case and its path key as written', () => {
  expect(callKey({ method: 'post', pathKey: '/responses?beta=true' })).toBe('POST /responses?beta=true');
});

/** Every call of the client, `resource.path.method` → the operation it calls. */
function calls(resources: Resource[], prefix = ''): Record<string, string> {
  return Object.assign(
    {},
    ...resources.map((resource) => ({
      ...Object.fromEntries(resource.methods.map((method) => [`${prefix}${resource.name}.${method.name}`, 'operation' in method ? method.operation : ''])),
      ...calls(resource.children, `${prefix}${resource.name}.`),
    })),
  );
}

const withSecurity = () => {
  const spec = petStore();
  spec.components.securitySchemes.Admin = { type: 'apiKey', in: 'header', name: 'X-Admin' };
  spec.paths['/pets/{pet_id}'].get.security = [{ Admin: [] }];
  spec.paths['/pets/{pet_id}'].get.tags = ['admin-tag'];
  return spec;
};

describe('the surface config places calls (given the pet store, want its calls)', () => {
  it.each<[string, SurfaceConfig, Record<string, string>]>([
    ['no config: the rules', {}, { 'pets.list': 'listPets', 'pets.create': 'createPet', 'pets.retrieve': 'getPet', 'pets.photo.retrieve': 'getPetPhoto' }],
    [
      'a method renamed on its resource, one moved',
      { methods: { 'GET /pets': 'all', 'get /pets/{pet_id}/photo': 'pets.photo' } },
      { 'pets.all': 'listPets', 'pets.create': 'createPet', 'pets.retrieve': 'getPet', 'pets.photo': 'getPetPhoto' },
    ],
    ['an operation hidden', { methods: { 'POST /pets': false } }, { 'pets.list': 'listPets', 'pets.retrieve': 'getPet', 'pets.photo.retrieve': 'getPetPhoto' }],
    [
      'a resource moved, with what sits below it',
      { resources: { pets: 'animals.pets' } },
      { 'animals.pets.list': 'listPets', 'animals.pets.create': 'createPet', 'animals.pets.retrieve': 'getPet', 'animals.pets.photo.retrieve': 'getPetPhoto' },
    ],
    [
      'a namespace by path prefix (at a segment boundary)',
      { namespaces: { beta: { paths: ['/pets/{pet_id}'] } } },
      { 'pets.list': 'listPets', 'pets.create': 'createPet', 'beta.pets.retrieve': 'getPet', 'beta.pets.photo.retrieve': 'getPetPhoto' },
    ],
    [
      'a namespace by security scheme, then its resource moved',
      { namespaces: { admin: { security: ['Admin'] } }, resources: { 'admin.pets': 'admin.animals' } },
      { 'pets.list': 'listPets', 'pets.create': 'createPet', 'admin.animals.retrieve': 'getPet', 'pets.photo.retrieve': 'getPetPhoto' },
    ],
    [
      'a namespace by tag',
      { namespaces: { admin: { tags: ['admin-tag'] } } },
      { 'pets.list': 'listPets', 'pets.create': 'createPet', 'admin.pets.retrieve': 'getPet', 'pets.photo.retrieve': 'getPetPhoto' },
    ],
  ])('%s', async (_label, surface, want) => {
    const api = await surfaceOf(withSecurity(), { surface });
    expect(calls(api.resources)).toEqual(want);
    if (surface.methods?.['POST /pets'] === false) expect(api.operations.map((operation) => operation.name)).not.toContain('createPet');
  });
});

describe('an entry that matches nothing is a located error with the nearest key', () => {
  it.each<[string, SurfaceConfig, string, RegExp, string]>([
    ['a method key', { methods: { 'GET /pet/{pet_id}': 'pets.get' } }, '#/surface/methods/GET ~1pet~1{pet_id}', /names no operation/, 'did you mean "GET /pets/{pet_id}"'],
    ['a resource', { resources: { animals: 'pets2' } }, '#/surface/resources/animals', /names no resource/, 'did you mean'],
    ['a resource below', { resources: { 'pets.photos': 'pets.pictures' } }, '#/surface/resources/pets.photos', /names no resource/, 'did you mean "pets.photo"'],
    ['a namespace path', { namespaces: { beta: { paths: ['/pet'] } } }, '#/surface/namespaces/beta/paths/0', /selects no operation with paths "\/pet"/, 'did you mean "/pets"'],
    ['a namespace tag', { namespaces: { beta: { tags: ['pet'] } } }, '#/surface/namespaces/beta/tags/0', /selects no operation/, 'did you mean "pets"'],
    ['a namespace scheme', { namespaces: { admin: { security: ['Admn'] } } }, '#/surface/namespaces/admin/security/0', /selects no operation/, 'did you mean "Admin"'],
  ])('%s', async (_label, surface, pointer, message, hint) => {
    const thrown = await surfaceOf(withSecurity(), { surface }).catch((error: unknown) => error);
    expect(thrown).toBeInstanceOf(GeneratorError);
    const error = thrown as GeneratorError;
    expect(error.message).toMatch(message);
    expect(error.location).toEqual({ file: 'command line', pointer });
    expect(error.hint).toContain(hint);
  });
});
