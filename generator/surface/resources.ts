/**
 * The client's shape: resources by wire path (see `resourcePlacement`), nested like the path
 * (`client.chat.completions`), each with one primary call per endpoint under its verb (`videos.create`,
 * `videos.retrieve`). The `#fragment` variants of an endpoint share that call when they can be called as one
 * (routed by their discriminating value); a variant's own call stays a standalone function, so the resource
 * shows only what a user reaches for first. Task lifecycles add `<verb>AndWait` and `waitFor` beside them.
 */
import { ACTION_VERBS, camelCase, methodVerb, pascalCase, type NameRegistry } from '../ir/naming.ts';
import type { HttpMethod } from '../ir/types.ts';
import { memberNameRegistry } from './names.ts';
import type { Resource, ResourceMethod, SurfaceEndpointGroup, SurfaceOperation, SurfaceTask } from './types.ts';

/** Where a call sits in the client: the resource path (`['images', 'generations']`) and the method verb. */
export interface ResourcePlacement {
  resource: string[];
  method: string;
}

/**
 * The resource rule (documented in the README): a call lives under the path's static segments, camelCased,
 * without version segments (`v1`), a leading `api` and path parameters; its method is the path's trailing action
 * verb for RPC-style paths (`POST /assets/get` → `assets.get`), else `create` (POST), `retrieve` (GET of an
 * item), `list` (GET of a collection), `update` (PUT/PATCH), `delete` (DELETE).
 */
export function resourcePlacement(method: HttpMethod, path: string): ResourcePlacement {
  const segments = path.split('/').filter(Boolean);
  const endsInParameter = /^\{.*\}$/.test(segments.at(-1) ?? '');
  const statics = segments.filter((segment) => !segment.includes('{') && !/^v\d+[a-z]*\d*$/i.test(segment));
  if (statics[0]?.toLowerCase() === 'api' && statics.length > 1) statics.shift();
  const last = statics.at(-1)?.toLowerCase() ?? '';
  if (ACTION_VERBS.has(last) && statics.length > 1 && segments.at(-1)?.toLowerCase() === last) {
    return { resource: statics.slice(0, -1).map((segment) => camelCase(segment)), method: last };
  }
  const verb = method === 'get' ? (endsInParameter ? 'retrieve' : 'list') : method === 'put' ? 'update' : methodVerb(method);
  return { resource: statics.map((segment) => camelCase(segment)), method: verb };
}

interface Draft {
  name: string;
  path: string[];
  members: NameRegistry;
  methods: ResourceMethod[];
  children: Map<string, Draft>;
}

export function layoutResources(operations: SurfaceOperation[], groups: SurfaceEndpointGroup[], tasks: SurfaceTask[], typeNames: NameRegistry): Resource[] {
  const root: Draft = { name: '', path: [], members: memberNameRegistry(true), methods: [], children: new Map() };
  const draftFor = (path: string[]): Draft => {
    let draft = root;
    for (const segment of path) {
      let child = draft.children.get(segment);
      if (!child) {
        child = { name: draft.members.claim(segment), path: [...draft.path, segment], members: memberNameRegistry(false), methods: [], children: new Map() };
        draft.children.set(segment, child);
      }
      draft = child;
    }
    return draft;
  };

  // One primary call per endpoint (method and wire path): the merged call of its variants, else its only
  // operation, else the variant without a fragment (or the first). Other variants stay standalone functions.
  const placedAs = new Map<string, { draft: Draft; method: string }>();
  const byName = new Map(operations.map((operation) => [operation.name, operation]));
  const groupOf = new Map(groups.flatMap((group) => group.operations.map((name) => [name, group] as const)));
  const seenGroups = new Set<SurfaceEndpointGroup>();
  for (const operation of operations) {
    const group = groupOf.get(operation.name);
    if (group && seenGroups.has(group)) continue;
    const placement = resourcePlacement(operation.method, operation.path);
    const draft = draftFor(placement.resource.length ? placement.resource : ['default']);
    if (group) seenGroups.add(group);
    if (group?.name) {
      const method = draft.members.claim(placement.method);
      draft.methods.push({ kind: 'endpoint', name: method, group: group.name });
      if (group.andWaitName) draft.methods.push({ kind: 'endpointAndWait', name: draft.members.claim(`${method}AndWait`), group: group.name });
      if (group.waitForName) draft.methods.push({ kind: 'endpointWaitFor', name: draft.members.claim('waitFor'), group: group.name });
      continue;
    }
    const primary = group ? (group.operations.map((name) => byName.get(name)!).find((variant) => variant.fragment === undefined) ?? operation) : operation;
    const name = draft.members.claim(placement.method);
    draft.methods.push({ kind: 'operation', name, operation: primary.name });
    placedAs.set(primary.name, { draft, method: name });
  }
  for (const task of tasks) {
    const create = placedAs.get(task.create);
    if (create) create.draft.methods.push({ kind: 'createAndWait', name: create.draft.members.claim(`${create.method}AndWait`), task: task.create });
    const fetch = placedAs.get(task.fetch);
    if (fetch && !fetch.draft.methods.some((method) => method.kind === 'waitFor' && method.task === task.fetch)) {
      fetch.draft.methods.push({ kind: 'waitFor', name: fetch.draft.members.claim(`waitFor${fetch.method.replace(/^(retrieve|get|fetch|list)/, '')}`), task: task.fetch });
    }
  }

  const finish = (draft: Draft): Resource => ({
    name: draft.name,
    className: typeNames.claim(pascalCase(draft.path.join(' '), 'Resource')),
    methods: draft.methods,
    children: [...draft.children.values()].map(finish),
  });
  return [...root.children.values()].map(finish);
}
