import { describe, expect, it } from 'vitest';
import { camelCase, deriveOperationName, NameRegistry, nearest, pascalCase, splitPathKey } from '../../generator/ir/naming.ts';

describe('deriveOperationName (the rule the README documents)', () => {
  it.each([
    ['post', '/v1/videos#veo', 'createVideosVeo'],
    ['get', '/v1/videos/{task_id}#veo', 'getVideosVeo'],
    ['post', '/v1/chat/completions', 'createChatCompletions'],
    ['post', '/v1/images/generations#doubao-seedream-45', 'createImagesGenerationsDoubaoSeedream45'],
    ['get', '/v1/assets', 'listAssets'],
    ['get', '/v1/assets/{id}', 'getAssets'],
    ['delete', '/v1/assets/{id}', 'deleteAssets'],
    ['patch', '/v2beta/things/{id}', 'updateThings'],
    ['put', '/things/{id}', 'replaceThings'],
    ['post', '/v1/assets/get', 'getAssets'],
    ['query', '/v1/assets', 'queryAssets'],
    ['link', '/pets/{petId}', 'linkPets'],
    ['m-search', '/devices', 'mSearchDevices'],
    ['post', '/v1/assets/group/list', 'listAssetsGroup'],
    ['post', '/search', 'createSearch'],
    ['get', '/responses/{id}?beta=true', 'getResponses'],
    ['post', '/responses?beta=true#x', 'createResponsesX'],
  ] as const)('%s %s → %s', (method, pathKey, expected) => {
    expect(deriveOperationName(method, pathKey)).toBe(expected);
  });
});

describe('case conversion', () => {
  it('keeps existing camel humps and drops what is not an identifier', () => {
    expect(pascalCase('KlingText2VideoRequest')).toBe('KlingText2VideoRequest');
    expect(camelCase('get-user.by id')).toBe('getUserById');
    expect(pascalCase('123abc')).toBe('_123abc');
    expect(pascalCase('生成')).toBe('Unnamed');
  });
});

describe('NameRegistry', () => {
  it('gives the first claimant the name and later ones a numeric suffix', () => {
    const names = new NameRegistry();
    expect(names.claim('KlingText2VideoRequest')).toBe('KlingText2VideoRequest');
    expect(names.claim('KlingText2VideoRequest')).toBe('KlingText2VideoRequest2');
    expect(names.claim('KlingText2VideoRequest')).toBe('KlingText2VideoRequest3');
  });

  it('moves a reserved name aside with an underscore, and knows no reserved names of its own', () => {
    const values = new NameRegistry(new Set(['operations']));
    expect(values.claim('operations')).toBe('operations_');
    expect(new NameRegistry().claim('delete')).toBe('delete');
  });

  it.each([
    ['the underscore form reserved too', ['toFile', 'toFile_'], [], 'toFile2'],
    ['a numbered form reserved', ['Page', 'Page_'], [], 'Page2'],
    ['the underscore form taken', ['x'], ['x_'], 'x2'],
    ['every form up to 3 reserved', ['a', 'a_', 'a2'], [], 'a3'],
  ])('never gives a reserved name: %s', (_what, reserved, claimed, want) => {
    const names = new NameRegistry(new Set(reserved));
    for (const name of claimed) names.claim(name);
    expect(names.claim(reserved[0] ?? claimed[0]!)).toBe(want);
  });
});

describe('splitPathKey (a path key: wire path, fixed query, fragment)', () => {
  it.each([
    ['/v1/videos', { path: '/v1/videos', fixedQuery: [] }],
    ['/v1/videos#veo', { path: '/v1/videos', fixedQuery: [], fragment: 'veo' }],
    ['/responses/{id}?beta=true', { path: '/responses/{id}', fixedQuery: [{ name: 'beta', value: 'true' }] }],
    [
      '/a?x=1&y=a%20b#f',
      {
        path: '/a',
        fixedQuery: [
          { name: 'x', value: '1' },
          { name: 'y', value: 'a b' },
        ],
        fragment: 'f',
      },
    ],
    ['/a#f?x=1', { path: '/a', fixedQuery: [], fragment: 'f?x=1' }],
  ])('%s', (pathKey, want) => expect(splitPathKey(pathKey)).toEqual(want));
});

describe('nearest (for "did you mean")', () => {
  it.each<[string, string[], string | undefined]>([
    ['GET /pet/{pet_id}', ['GET /pets', 'GET /pets/{pet_id}', 'POST /pets'], 'GET /pets/{pet_id}'],
    ['pets.photos', ['pets', 'pets.photo'], 'pets.photo'],
    ['PETS', ['pets', 'users'], 'pets'],
    ['x', [], undefined],
  ])('%s among %j → %s', (text, candidates, want) => expect(nearest(text, candidates)).toBe(want));
});
