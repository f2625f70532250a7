import { describe, expect, it } from 'vitest';
import { resourcePlacement } from '../../generator/surface/resources.ts';

describe('resourcePlacement (the resource rule the README documents)', () => {
  it.each([
    ['post', '/v1/videos', ['videos'], 'create'],
    ['get', '/v1/videos/{task_id}', ['videos'], 'retrieve'],
    ['get', '/v1/assets', ['assets'], 'list'],
    ['put', '/v1/assets/{id}', ['assets'], 'update'],
    ['patch', '/v1/assets/{id}', ['assets'], 'update'],
    ['delete', '/v1/assets/{id}', ['assets'], 'delete'],
    ['post', '/v1/chat/completions', ['chat', 'completions'], 'create'],
    ['post', '/v1/assets/get', ['assets'], 'get'],
    ['query', '/v1/assets', ['assets'], 'query'],
    ['link', '/pets/{petId}', ['pets'], 'link'],
    ['post', '/v1/assets/group/list', ['assets', 'group'], 'list'],
    ['get', '/api/usage/token/user-balance', ['usage', 'token', 'userBalance'], 'list'],
    ['post', '/search', ['search'], 'create'],
  ] as const)('%s %s → %j.%s', (method, path, resource, verb) => {
    expect(resourcePlacement(method, path)).toEqual({ resource, method: verb });
  });
});
