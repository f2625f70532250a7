/**
 * The API's own names, made unique: operation names (from operationId, or derived by the rule below) and schema
 * names. Nothing here knows a target language: reserved words, runtime names, files and calls are planned by the
 * surface stage (`generator/surface/`). Names are plain ASCII words (`[A-Za-z_][A-Za-z0-9_]*`).
 */
import type { FixedHttpMethod, HttpMethod } from './types.ts';

/** Splits text into words at non-alphanumerics and at lower→upper case boundaries; keeps only ASCII letters/digits. */
export function words(text: string, { splitCase = true } = {}): string[] {
  const ascii = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^\x00-\x7f]/g, ' ');
  return (splitCase ? ascii.replace(/([a-z0-9])([A-Z])/g, '$1 $2') : ascii).split(/[^A-Za-z0-9]+/).filter(Boolean);
}

const capitalize = (word: string) => word.charAt(0).toUpperCase() + word.slice(1);

/** `get-user.by id` → `GetUserById`; an identifier already in PascalCase stays as it is. */
export function pascalCase(text: string, fallback = 'Unnamed'): string {
  const parts = words(text);
  const name = parts.length ? parts.map(capitalize).join('') : fallback;
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

export function camelCase(text: string, fallback = 'unnamed'): string {
  const pascal = pascalCase(text, capitalize(fallback));
  return pascal.startsWith('_') ? pascal : pascal.charAt(0).toLowerCase() + pascal.slice(1);
}

export const METHOD_VERBS: Record<FixedHttpMethod, string> = {
  get: 'get',
  put: 'replace',
  post: 'create',
  delete: 'delete',
  patch: 'update',
  head: 'head',
  options: 'options',
  trace: 'trace',
  query: 'query',
};

/** The verb of a method in derived names: its {@link METHOD_VERBS} entry, else the method itself (`LINK` → `link`). */
export function methodVerb(method: HttpMethod): string {
  return Object.hasOwn(METHOD_VERBS, method) ? METHOD_VERBS[method as FixedHttpMethod] : camelCase(method, 'call');
}

/**
 * The derived-name rule for an operation without an operationId (documented in the README):
 * a verb from the method (`get`, or `list` for a GET whose path does not end in a parameter; POST `create`,
 * PUT `replace`, PATCH `update`, DELETE `delete`), then the path's static segments without version segments
 * (`v1`, `v2beta`), then the fragment (a `?query` in the key is no part of it). When the last segment is itself an action verb (`POST /assets/get`,
 * `/assets/list`), that word is the verb: `getAssets`, `listAssets`. `POST /v1/videos#veo` → `createVideosVeo`,
 * `GET /v1/videos/{task_id}#veo` → `getVideosVeo`, `POST /v1/chat/completions` → `createChatCompletions`.
 * Collisions are settled by {@link NameRegistry}.
 */
export function deriveOperationName(method: HttpMethod, pathKey: string): string {
  const { path, fragment = '' } = splitPathKey(pathKey);
  const segments = path.split('/').filter(Boolean);
  const endsInParameter = /^\{.*\}$/.test(segments.at(-1) ?? '');
  let verb = method === 'get' && !endsInParameter ? 'list' : methodVerb(method);
  const staticSegments = segments.filter((segment) => !segment.includes('{') && !/^v\d+[a-z]*\d*$/i.test(segment));
  // RPC-style paths name their action last (`POST /assets/get`): that word is the verb, not the method.
  const last = segments.at(-1)?.toLowerCase() ?? '';
  if (!endsInParameter && ACTION_VERBS.has(last) && staticSegments.length > 1) {
    verb = last;
    staticSegments.pop();
  }
  return camelCase([verb, ...staticSegments, fragment].join(' '));
}

/** Final path segments that are verbs in RPC-style APIs. */
export const ACTION_VERBS = new Set([
  'get',
  'list',
  'create',
  'update',
  'delete',
  'remove',
  'search',
  'query',
  'submit',
  'cancel',
  'fetch',
  'upload',
  'download',
  'retrieve',
  'count',
]);

/** A path key taken apart: the wire path, the fixed query parameters written after `?`, and the `#fragment`. */
export interface PathKeyParts {
  path: string;
  /** `?beta=true` → `[{ name: 'beta', value: 'true' }]`: sent with every call of the operation, never part of a name. */
  fixedQuery: { name: string; value: string }[];
  fragment?: string;
}

/** `/v1/videos#veo` → `/v1/videos` and `veo`; `/responses/{id}?beta=true` → `/responses/{id}` and `beta=true`. */
export function splitPathKey(pathKey: string): PathKeyParts {
  const hash = pathKey.indexOf('#');
  const beforeHash = hash === -1 ? pathKey : pathKey.slice(0, hash);
  const question = beforeHash.indexOf('?');
  const path = question === -1 ? beforeHash : beforeHash.slice(0, question);
  const fixedQuery = question === -1 ? [] : [...new URLSearchParams(beforeHash.slice(question + 1))].map(([name, value]) => ({ name, value }));
  return { path, fixedQuery, ...(hash !== -1 && { fragment: pathKey.slice(hash + 1) }) };
}

/**
 * Hands out unique names in one namespace. The first claimant of a name keeps it; later ones get the next
 * free numeric suffix (`Foo2`, `Foo3`), so the order of claims (document order) decides, never chance.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(private readonly reserved: ReadonlySet<string> = new Set()) {}

  /** Whether `claim(candidate)` would hand out the candidate itself. */
  isFree(candidate: string): boolean {
    return !this.reserved.has(candidate) && !this.taken.has(candidate);
  }

  claim(candidate: string): string {
    let name = this.reserved.has(candidate) ? `${candidate}_` : candidate;
    // A name moved aside may be reserved or taken in turn (`requestIdOf_` is a function an argument must not shadow).
    for (let n = 2; this.taken.has(name) || this.reserved.has(name); n++) name = `${candidate}${n}`;
    this.taken.add(name);
    return name;
  }
}

/** Edit distance (Levenshtein), for "did you mean". */
function distance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = current;
  }
  return previous[b.length]!;
}

/** The candidate nearest to `text` (ties: the first), or undefined when there is none. */
export function nearest(text: string, candidates: Iterable<string>): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    const d = distance(text.toLowerCase(), candidate.toLowerCase());
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best;
}
