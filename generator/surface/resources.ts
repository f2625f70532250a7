/**
 * The client's shape: resources by wire path (see `resourcePlacement`), nested like the path
 * (`client.chat.completions`), each with one primary call per endpoint under its verb (`videos.create`,
 * `videos.retrieve`). The `#fragment` variants of an endpoint share that call when they can be called as one
 * (routed by their discriminating value); a variant's own call stays a standalone function, so the resource
 * shows only what a user reaches for first. Task lifecycles add `<verb>AndWait` and `waitFor` beside them.
 */
import { ACTION_VERBS, camelCase, methodVerb, pascalCase, words, type NameRegistry } from '../ir/naming.ts';
import { plainVariant } from '../ir/endpoints.ts';
import { returnsList } from '../ir/pagination.ts';
import type { Resolve } from '../ir/type-query.ts';
import type { HttpMethod, Operation } from '../ir/types.ts';
import { memberNameRegistry } from './names.ts';
import type { Resource, ResourceMethod, SurfaceEndpointGroup, SurfaceOperation, SurfaceTask } from './types.ts';

/** Where a call sits in the client: the resource path (`['images', 'generations']`) and the method verb. */
export interface ResourcePlacement {
  resource: string[];
  method: string;
}

/** Where a call sits, and why: `entry` when a surface config `methods` entry placed it, `namespace` when a namespace selected it. */
export interface ConfiguredPlacement extends ResourcePlacement {
  entry: boolean;
  namespace?: string;
}

/** What the rules know of the API's other paths (wire paths with every placeholder written `{}`). */
export interface PathFacts {
  /** Paths some other path continues below (`/a` for `/a/b` or `/a/{id}`). */
  hasBelow: Set<string>;
  /** Paths with an item path below them (`/a` for `/a/{id}`): collections. */
  hasItems: Set<string>;
  /** The methods declared on each path. */
  methods: Map<string, Set<HttpMethod>>;
  /** Paths whose GET returns one object (not a list): candidates for singletons. */
  getsOne: Set<string>;
}

const isParameter = (segment: string) => segment.includes('{');
const isVersion = (segment: string) => /^v\d+[a-z]*\d*$/i.test(segment);
const normalized = (segments: string[]) => `/${segments.map((segment) => (isParameter(segment) ? '{}' : segment)).join('/')}`;

export function pathFacts(operations: Operation[], resolve: Resolve): PathFacts {
  const facts: PathFacts = { hasBelow: new Set(), hasItems: new Set(), methods: new Map(), getsOne: new Set() };
  for (const operation of operations) {
    const segments = operation.path.split('/').filter(Boolean);
    const path = normalized(segments);
    facts.methods.set(path, new Set([...(facts.methods.get(path) ?? []), operation.method]));
    if (operation.method === 'get' && !returnsList(operation, resolve)) facts.getsOne.add(path);
    for (let length = 0; length < segments.length; length++) {
      const prefix = normalized(segments.slice(0, length));
      facts.hasBelow.add(prefix);
      if (isParameter(segments[length]!)) facts.hasItems.add(prefix);
    }
  }
  return facts;
}

const NO_FACTS: PathFacts = { hasBelow: new Set(), hasItems: new Set(), methods: new Map(), getsOne: new Set() };

/**
 * Words that make a path segment an action when they start it (`submit_tool_outputs`, `run`): the RPC verbs
 * and the lifecycle verbs APIs use for what happens to a thing.
 */
const ACTION_WORDS = new Set([
  ...ACTION_VERBS,
  ...'run validate activate deactivate archive unarchive restore pause resume start stop complete accept reject approve verify send reset refresh retry close reopen publish unpublish enable disable'.split(
    ' ',
  ),
]);

const wordsOf = (segment: string) => words(segment).map((word) => word.toLowerCase());
const startsWithAction = (segment: string) => ACTION_WORDS.has(wordsOf(segment)[0] ?? '');
/** `parts`, `tool_outputs` are plural nouns (things to list or add to); `status`, `class`, `complete` are not. */
const isPlural = (segment: string) => /[^su]s$/.test(wordsOf(segment).at(-1) ?? '') || /ies$/.test(wordsOf(segment).at(-1) ?? '');

/** The verb of a call on one thing (an item, a singleton). */
const itemVerb = (method: HttpMethod) => (method === 'get' ? 'retrieve' : method === 'post' || method === 'put' || method === 'patch' ? 'update' : methodVerb(method));

/**
 * The resource rules (documented in docs/naming.md): a call lives under the path's static segments, camelCased,
 * without version segments (`v1`), a leading `api` and path parameters. Its method is, in order:
 * 1. on an item (the path ends in a parameter): `retrieve` (GET), `update` (POST, PUT, PATCH), `delete`;
 * 2. an RPC verb ending the path (`POST /assets/get` → `assets.get`, `POST /jobs/{id}/cancel` → `jobs.cancel`);
 * 3. an action (`POST /uploads/{id}/complete` → `uploads.complete`, `…/submit_tool_outputs` → `submitToolOutputs`):
 *    a POST on a last segment nothing sits below and no GET reads, after an item or a collection (or starting with
 *    an action verb), and not a plural noun (unless it starts with a verb): a plural one is a sub-resource
 *    (`POST /uploads/{id}/parts` → `uploads.parts.create`);
 * 4. on a singleton (its GET returns one object, not a list, and no item path sits below it): `retrieve`, `update`
 *    (POST, PUT, PATCH), `delete`;
 * 5. on a collection: `list` (GET), `create` (POST), `update` (PUT, PATCH), `delete`.
 */
export function resourcePlacement(method: HttpMethod, path: string, facts: PathFacts = NO_FACTS): ResourcePlacement {
  const segments = path.split('/').filter(Boolean);
  const statics = segments.filter((segment) => !isParameter(segment) && !isVersion(segment));
  if (statics[0]?.toLowerCase() === 'api' && statics.length > 1) statics.shift();
  const resource = statics.map((segment) => camelCase(segment));
  const last = segments.at(-1) ?? '';
  if (isParameter(last)) return { resource, method: itemVerb(method) };
  const here = normalized(segments);
  const parent = resource.slice(0, -1);
  if (ACTION_VERBS.has(last.toLowerCase()) && statics.length > 1) return { resource: parent, method: last.toLowerCase() };
  const action =
    method === 'post' &&
    statics.length > 1 &&
    !facts.hasBelow.has(here) &&
    !facts.methods.get(here)?.has('get') &&
    (isParameter(segments.at(-2) ?? '') || facts.hasItems.has(normalized(segments.slice(0, -1))) || startsWithAction(last)) &&
    (startsWithAction(last) || !isPlural(last));
  if (action) return { resource: parent, method: camelCase(last) };
  if (facts.getsOne.has(here) && !facts.hasItems.has(here)) return { resource, method: itemVerb(method) };
  const verb = method === 'get' ? 'list' : method === 'put' ? 'update' : methodVerb(method);
  return { resource, method: verb };
}

interface Draft {
  name: string;
  path: string[];
  /** `client.threads.runs`: how messages name it. */
  label: string;
  members: NameRegistry;
  methods: ResourceMethod[];
  children: Map<string, Draft>;
  /** Which call claimed each method name (`POST /threads/runs`), to say which two collide. */
  claimedBy: Map<string, string>;
}

/** Where each operation goes (the rules, then the surface config) and the key that names it (`POST /a/{id}`). */
export interface CallPlacer {
  place(operation: SurfaceOperation): ConfiguredPlacement;
  key(operation: SurfaceOperation): string;
}

export interface ResourceLayout {
  resources: Resource[];
  /** Two calls that wanted one name on one resource: which two, and the config entry that names the second. */
  collisions: { operation: SurfaceOperation; message: string }[];
}

export function layoutResources(operations: SurfaceOperation[], groups: SurfaceEndpointGroup[], tasks: SurfaceTask[], typeNames: NameRegistry, placer: CallPlacer): ResourceLayout {
  const root: Draft = { name: '', path: [], label: 'client', members: memberNameRegistry(true), methods: [], children: new Map(), claimedBy: new Map() };
  const draftFor = (path: string[]): Draft => {
    let draft = root;
    for (const segment of path) {
      let child = draft.children.get(segment);
      if (!child) {
        const name = draft.members.claim(segment);
        child = {
          name,
          path: [...draft.path, segment],
          label: `${draft.label}.${name}`,
          members: memberNameRegistry(false),
          methods: [],
          children: new Map(),
          claimedBy: new Map(),
        };
        draft.children.set(segment, child);
      }
      draft = child;
    }
    return draft;
  };

  // A call's name on its resource: the rule's (or the config's); when another call has it, the operation's own name
  // (its operationId), else a numeric suffix, with a warning that says which two calls and how to name the second.
  const collisions: ResourceLayout['collisions'] = [];
  const claimCall = (draft: Draft, wanted: string, operation: SurfaceOperation, fallback: string): string => {
    const key = placer.key(operation);
    const holder = draft.claimedBy.get(wanted);
    const name = holder === undefined ? draft.members.claim(wanted) : draft.members.claim(draft.members.isFree(fallback) ? fallback : wanted);
    draft.claimedBy.set(name, key);
    if (holder !== undefined) {
      const place = `${draft.label.replace(/^client\.?/, '')}.<name>`;
      collisions.push({
        operation,
        message: `${key} and ${holder} would both be \`${draft.label}.${wanted}\`; ${key} is \`${draft.label}.${name}\`. Name it in the config's surface: "methods": { "${key}": "${place}" }`,
      });
    }
    return name;
  };

  // One primary call per endpoint (method and wire path): the merged call of its variants, else its only
  // operation, else the variant without a fragment or fixed query (or the first). Other variants stay standalone
  // functions, unless the config places them (a `methods` entry, or a namespace other than the primary's).
  const placedAs = new Map<string, { draft: Draft; method: string }>();
  const byName = new Map(operations.map((operation) => [operation.name, operation]));
  const groupOf = new Map(groups.flatMap((group) => group.operations.map((name) => [name, group] as const)));
  const seenGroups = new Set<SurfaceEndpointGroup>();
  const draftAt = (placement: ResourcePlacement) => draftFor(placement.resource.length ? placement.resource : ['default']);
  const placeOperation = (operation: SurfaceOperation, placement: ResourcePlacement) => {
    const draft = draftAt(placement);
    // The operationId is the API's own name for the call; a derived name says no more than the rule did.
    const name = claimCall(draft, placement.method, operation, operation.nameSource === 'operationId' ? camelCase(operation.apiName) : placement.method);
    draft.methods.push({ kind: 'operation', name, operation: operation.name });
    placedAs.set(operation.name, { draft, method: name });
  };
  for (const operation of operations) {
    const group = groupOf.get(operation.name);
    const placed = placer.place(operation);
    if (!group) {
      placeOperation(operation, placed);
      continue;
    }
    const members = group.operations.map((name) => byName.get(name)!);
    const primary = plainVariant(members)!;
    const lead = placer.place(primary);
    if (!group.name && operation !== primary && (placed.entry || placed.namespace !== lead.namespace)) {
      placeOperation(operation, placed);
      continue;
    }
    if (seenGroups.has(group)) continue;
    seenGroups.add(group);
    if (!group.name) {
      placeOperation(primary, lead);
      continue;
    }
    // A merged call goes where a `methods` entry of any of its variants says, else where its primary goes.
    const at = members.map((member) => placer.place(member)).find((placement) => placement.entry) ?? lead;
    const draft = draftAt(at);
    const method = claimCall(draft, at.method, primary, group.name);
    draft.methods.push({ kind: 'endpoint', name: method, group: group.name });
    if (group.andWaitName) draft.methods.push({ kind: 'endpointAndWait', name: draft.members.claim(`${method}AndWait`), group: group.name });
    if (group.waitForName) draft.methods.push({ kind: 'endpointWaitFor', name: draft.members.claim('waitFor'), group: group.name });
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
  return { resources: [...root.children.values()].map(finish), collisions };
}

/** Every resource's place, dotted (`threads`, `threads.runs`), as the config's `resources` entries name them. */
export function resourcePaths(resources: Resource[], prefix = ''): string[] {
  return resources.flatMap((resource) => [`${prefix}${resource.name}`, ...resourcePaths(resource.children, `${prefix}${resource.name}.`)]);
}
