/**
 * Every name the generator invents or cleans up comes from here: operation names, type names and the
 * derived-name rule for operations without an operationId. Names are plain ASCII identifiers
 * (`[A-Za-z_][A-Za-z0-9_]*`), safe as identifiers in JavaScript-family targets.
 */
import type { HttpMethod } from './types.ts';

/** Words that cannot be a binding name in strict-mode ES modules, plus ones that confuse readers. */
const RESERVED_VALUE_NAMES = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined NaN Infinity'
  ).split(' '),
);

/**
 * Type names the generated code itself uses or that shadow well-known globals: a schema called `Promise` or
 * `Blob` must not hide the real one inside the generated package.
 */
const RESERVED_TYPE_NAMES = new Set(
  (
    'any unknown never void object string number boolean bigint symbol null undefined ' +
    'Array Object String Number Boolean Symbol BigInt Function Promise Record Partial Required Readonly Pick Omit ' +
    'Exclude Extract NonNullable ReturnType Parameters Awaited Date Error RegExp Map Set WeakMap WeakSet JSON Math ' +
    'Blob File FormData Headers Request Response URL URLSearchParams ReadableStream AbortSignal AbortController ' +
    'ArrayBuffer Uint8Array TextDecoder TextEncoder Iterable AsyncIterable Operations OperationName Client ' +
    'ClientOptions RequestOptions APIError SDKError JSONValue Stream ServerSentEvent WithResponse APIClient ' +
    'BadRequestError AuthenticationError PermissionDeniedError NotFoundError ConflictError UnprocessableEntityError ' +
    'RateLimitError InternalServerError APIConnectionError APIConnectionTimeoutError APIUserAbortError APIStreamError ' +
    'TaskFailedError TaskTimeoutError WaitOptions OperationInfo APIPromise WithRequestID RateLimit RateLimitWindow ' +
    'VariantCall APICall'
  ).split(' '),
);

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

/** `Vidéo 生成` → `video`; `Seedance Video` → `seedance-video`. For file names. */
export function kebabCase(text: string, fallback = 'default'): string {
  // Split only at separators: `HappyHorse Video` → `happyhorse-video`, not `happy-horse-video`.
  const parts = words(text, { splitCase: false }).map((word) => word.toLowerCase());
  return parts.length ? parts.join('-') : fallback;
}

const METHOD_VERBS: Record<HttpMethod, string> = {
  get: 'get',
  put: 'replace',
  post: 'create',
  delete: 'delete',
  patch: 'update',
  head: 'head',
  options: 'options',
  trace: 'trace',
};

/**
 * The derived-name rule for an operation without an operationId (documented in the README):
 * a verb from the method (`get`, or `list` for a GET whose path does not end in a parameter; POST `create`,
 * PUT `replace`, PATCH `update`, DELETE `delete`), then the path's static segments without version segments
 * (`v1`, `v2beta`), then the fragment. When the last segment is itself an action verb (`POST /assets/get`,
 * `/assets/list`), that word is the verb: `getAssets`, `listAssets`. `POST /v1/videos#veo` → `createVideosVeo`,
 * `GET /v1/videos/{task_id}#veo` → `getVideosVeo`, `POST /v1/chat/completions` → `createChatCompletions`.
 * Collisions are settled by {@link NameRegistry}.
 */
export function deriveOperationName(method: HttpMethod, pathKey: string): string {
  const [path, fragment = ''] = splitFragment(pathKey);
  const segments = path.split('/').filter(Boolean);
  const endsInParameter = /^\{.*\}$/.test(segments.at(-1) ?? '');
  let verb = method === 'get' && !endsInParameter ? 'list' : METHOD_VERBS[method];
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
const ACTION_VERBS = new Set(['get', 'list', 'create', 'update', 'delete', 'remove', 'search', 'query', 'submit', 'cancel', 'fetch', 'upload', 'download', 'retrieve', 'count']);

/** `/v1/videos#veo` → [`/v1/videos`, `veo`]. */
export function splitFragment(pathKey: string): [string, string | undefined] {
  const hash = pathKey.indexOf('#');
  return hash === -1 ? [pathKey, undefined] : [pathKey.slice(0, hash), pathKey.slice(hash + 1)];
}

/** The request-side form of a type that reads differently in requests: `Pet` → `PetInput`. */
export function requestTypeName(typeName: string): string {
  return `${typeName}Input`;
}

/** Where a call sits in the client: the resource path (`['images', 'generations']`) and the method verb. */
export interface ResourcePlacement {
  resource: string[];
  method: string;
}

const RESOURCE_VERBS: Record<HttpMethod, string> = { ...METHOD_VERBS, put: 'update' };

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
  const verb = method === 'get' ? (endsInParameter ? 'retrieve' : 'list') : RESOURCE_VERBS[method];
  return { resource: statics.map((segment) => camelCase(segment)), method: verb };
}

/** Names around a merged endpoint discriminated by `property`: `createVideosModels`, `CreateVideosModel`, `CreateVideosRequestByModel`. */
export function endpointValueNames(derived: string, property: string): { list: string; type: string; requestByValue: string } {
  const base = pascalCase(derived);
  const what = pascalCase(property);
  return { list: `${camelCase(derived)}${what}s`, type: `${base}${what}`, requestByValue: `${base}RequestBy${what}` };
}

/** `createVeoVideo` → `createVeoVideoAndWait`; the fetch `getVeoTask` → `waitForGetVeoTask`. */
export function createAndWaitName(create: string): string {
  return `${create}AndWait`;
}

export function waitForName(fetch: string): string {
  return `waitFor${pascalCase(fetch)}`;
}

/** Member names a resource or client class cannot give to a call: they would break the object itself. */
export const RESERVED_MEMBER_NAMES = [
  'constructor', 'then', 'toJSON', 'toString', 'valueOf', 'prototype', '__proto__', 'client',
  // The runtime client's own members (core/base-client.ts).
  'request', 'baseURL', 'timeout', 'maxRetries', 'withResponse', 'asResponse', 'withOptions',
];

/**
 * Hands out unique names in one namespace. The first claimant of a name keeps it; later ones get the next
 * free numeric suffix (`Foo2`, `Foo3`), so the order of claims (document order) decides, never chance.
 */
export class NameRegistry {
  private readonly taken = new Set<string>();

  constructor(private readonly reserved: ReadonlySet<string>) {}

  static forTypes(extraReserved: string[] = []): NameRegistry {
    return new NameRegistry(new Set([...RESERVED_TYPE_NAMES, ...extraReserved]));
  }

  static forValues(extraReserved: string[] = []): NameRegistry {
    return new NameRegistry(new Set([...RESERVED_VALUE_NAMES, ...extraReserved]));
  }

  isFree(name: string): boolean {
    return !this.taken.has(name) && !this.reserved.has(name);
  }

  claim(candidate: string): string {
    let name = this.reserved.has(candidate) ? `${candidate}_` : candidate;
    for (let n = 2; this.taken.has(name); n++) name = `${candidate}${n}`;
    this.taken.add(name);
    return name;
  }
}
