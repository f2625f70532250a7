import { describe, expect, it } from 'vitest';
import type { HttpMethod, Operation, TypeNode } from '../../generator/ir/types.ts';
import { pathFacts, resourcePaths, resourcePlacement } from '../../generator/surface/resources.ts';

describe('resourcePlacement (the resource rules docs/naming.md documents), one path alone', () => {
  it.each([
    ['post', '/v1/videos', ['videos'], 'create'],
    ['get', '/v1/videos/{task_id}', ['videos'], 'retrieve'],
    ['get', '/v1/assets', ['assets'], 'list'],
    ['put', '/v1/assets/{id}', ['assets'], 'update'],
    ['patch', '/v1/assets/{id}', ['assets'], 'update'],
    ['post', '/v1/assets/{id}', ['assets'], 'update'],
    ['delete', '/v1/assets/{id}', ['assets'], 'delete'],
    ['post', '/v1/chat/completions', ['chat', 'completions'], 'create'],
    ['post', '/v1/assets/get', ['assets'], 'get'],
    ['query', '/v1/assets', ['assets'], 'query'],
    ['link', '/pets/{petId}', ['pets'], 'link'],
    ['post', '/v1/assets/group/list', ['assets', 'group'], 'list'],
    ['get', '/api/usage/token/user-balance', ['usage', 'token', 'userBalance'], 'list'],
    ['post', '/search', ['search'], 'create'],
    // Actions after an item: a method of the item's resource, camelCase of the segment.
    ['post', '/jobs/{id}/cancel', ['jobs'], 'cancel'],
    ['post', '/uploads/{id}/complete', ['uploads'], 'complete'],
    ['post', '/threads/{thread_id}/runs/{run_id}/submit_tool_outputs', ['threads', 'runs'], 'submitToolOutputs'],
    ['post', '/calls/{call_id}/accept', ['calls'], 'accept'],
    // A plural noun after an item is a sub-resource; so is a segment not after an item (nor a verb).
    ['post', '/uploads/{id}/parts', ['uploads', 'parts'], 'create'],
    ['post', '/audio/speech', ['audio', 'speech'], 'create'],
    ['post', '/graders/run', ['graders'], 'run'],
  ] as const)('%s %s → %j.%s', (method, path, resource, verb) => {
    expect(resourcePlacement(method, path)).toEqual({ resource, method: verb });
  });
});

const object: TypeNode = { kind: 'object', properties: [], additionalProperties: 'unspecified' };
const list: TypeNode = { kind: 'array', items: object };
function operation(key: string): Operation {
  const [method, path, returns] = key.split(' ') as [HttpMethod, string, string | undefined];
  const type = returns === 'list' ? list : object;
  return {
    name: key,
    nameSource: 'derived',
    method,
    pathKey: path,
    path,
    tags: [],
    deprecated: false,
    parameters: [],
    responses: [{ status: '200', contents: [{ mediaType: 'application/json', type, examples: [] }] }],
    security: [],
  };
}

describe('resourcePlacement among the other paths of the API', () => {
  // given: the API's operations (`<method> <path> [list]`); want: where the first one goes.
  it.each<[string, string[], string[], string]>([
    [
      'a singleton: its GET returns one object and no item sits below',
      ['get /organization/data_retention', 'post /organization/data_retention'],
      ['organization', 'dataRetention'],
      'retrieve',
    ],
    ['the same singleton, written to', ['post /organization/data_retention', 'get /organization/data_retention'], ['organization', 'dataRetention'], 'update'],
    ['a singleton below an item', ['delete /projects/{id}/spend_limit', 'get /projects/{id}/spend_limit'], ['projects', 'spendLimit'], 'delete'],
    ['a GET returning a list is a collection', ['get /users/{id}/roles list', 'post /users/{id}/roles'], ['users', 'roles'], 'list'],
    ['a GET of one object with items below is a collection', ['get /models', 'get /models/{id}'], ['models'], 'list'],
    ['a POST on a segment a GET reads is no action', ['post /jobs/{id}/pause', 'get /jobs/{id}/pause'], ['jobs', 'pause'], 'update'],
    ['a POST on that segment alone is one', ['post /jobs/{id}/pause'], ['jobs'], 'pause'],
    ['a POST below which more paths sit is no action', ['post /files/{id}/content', 'get /files/{id}/content/raw'], ['files', 'content'], 'create'],
    ['an action after a collection', ['post /certificates/activate', 'get /certificates/{id}'], ['certificates'], 'activate'],
    ['a plural noun after a collection is a sub-resource', ['post /videos/edits', 'get /videos/{id}'], ['videos', 'edits'], 'create'],
  ])('%s', (_label, keys, resource, method) => {
    const operations = keys.map(operation);
    const facts = pathFacts(operations, (node) => node);
    expect(resourcePlacement(operations[0]!.method, operations[0]!.path, facts)).toEqual({ resource, method });
  });
});

describe('resourcePaths', () => {
  it('lists every resource dotted, parents first', () => {
    const leaf = (name: string, children: any[] = []) => ({ name, className: name, methods: [], children });
    expect(resourcePaths([leaf('threads', [leaf('runs', [leaf('steps')])]), leaf('files')])).toEqual(['threads', 'threads.runs', 'threads.runs.steps', 'files']);
  });
});
