/**
 * TypeScript's naming rules for the surface: words a binding cannot take, global types a name must not shadow,
 * and the shapes of the names the surface invents (files, request forms, task helpers, value lists). Collisions
 * are settled by the IR's NameRegistry, seeded here with what is reserved.
 */
import { camelCase, NameRegistry, pascalCase, words } from '../ir/naming.ts';
import { runtimeNames } from './runtime-names.ts';

/** Words that cannot be a binding name in strict-mode ES modules, plus ones that confuse readers. */
export const RESERVED_WORDS: ReadonlySet<string> = new Set(
  (
    'break case catch class const continue debugger default delete do else enum export extends false finally for ' +
    'function if import in instanceof new null return super switch this throw true try typeof var void while with ' +
    'yield let static implements interface package private protected public await arguments eval undefined NaN Infinity'
  ).split(' '),
);

/** TypeScript's own type names and the platform globals the generated code uses: a schema called `Promise` or `Blob` must not hide the real one. */
export const GLOBAL_TYPE_NAMES: ReadonlySet<string> = new Set(
  (
    'any unknown never void object string number boolean bigint symbol null undefined ' +
    'Array Object String Number Boolean Symbol BigInt Function Promise Record Partial Required Readonly Pick Omit ' +
    'Exclude Extract NonNullable ReturnType Parameters Awaited Date Error RegExp Map Set WeakMap WeakSet JSON Math ' +
    'Blob File FormData Headers Request Response URL URLSearchParams ReadableStream AbortSignal AbortController ' +
    'ArrayBuffer Uint8Array TextDecoder TextEncoder Iterable AsyncIterable'
  ).split(' '),
);

/** Names the generated files declare beside the schema types (operation-index.ts, models.ts). */
export const GENERATED_TYPE_NAMES = ['Operations', 'OperationName', 'OperationInfo', 'JSONValue'];
/** The operation list of operation-index.ts (the merged calls' helpers are the runtime's: core/routing.ts). */
export const GENERATED_VALUE_NAMES = ['operations'];

/** Names a client class cannot take: the language's, the platform's, the runtime's and the generated files' own. */
export function isPackageName(name: string): boolean {
  return (
    RESERVED_WORDS.has(name) || GLOBAL_TYPE_NAMES.has(name) || runtimeNames().exported.has(name) || GENERATED_TYPE_NAMES.includes(name) || GENERATED_VALUE_NAMES.includes(name)
  );
}

/**
 * Values a path argument must not shadow: the calls that pass it on (`petId(this.client, petId)` would call the
 * number) and the runtime's functions and classes an operation body uses. The operation functions are added by
 * the caller, which knows their names.
 */
export function boundValueNames(): ReadonlySet<string> {
  return new Set([...runtimeNames().exported, ...GENERATED_VALUE_NAMES]);
}

/** Member names a resource or client class cannot give to a call or a child resource: they would break the object itself. */
const OBJECT_MEMBER_NAMES = ['constructor', 'then', 'toJSON', 'toString', 'valueOf', 'prototype', '__proto__', 'client'];

/** One namespace for every exported type: schemas, their request forms, params types, resource classes. */
export function typeNameRegistry(clientName: string): NameRegistry {
  return new NameRegistry(new Set([...GLOBAL_TYPE_NAMES, ...runtimeNames().exported, ...GENERATED_TYPE_NAMES, clientName]));
}

/** The types of a types-only package (no operations, so no client and no runtime): only the language's names and `JSONValue` are taken. */
export function typesOnlyNameRegistry(): NameRegistry {
  return new NameRegistry(new Set([...GLOBAL_TYPE_NAMES, 'JSONValue']));
}

/** One namespace for every exported value: operation functions, merged calls, task helpers, value lists. */
export function valueNameRegistry(clientName: string): NameRegistry {
  return new NameRegistry(new Set([...RESERVED_WORDS, ...runtimeNames().exported, ...GENERATED_VALUE_NAMES, clientName]));
}

/** Members of a resource class (and of the client, for top-level resources). */
export function memberNameRegistry(isClient: boolean): NameRegistry {
  return new NameRegistry(new Set([...OBJECT_MEMBER_NAMES, ...(isClient ? runtimeNames().clientMembers : [])]));
}

/** `Vidéo 生成` → `video`; `Seedance Video` → `seedance-video`. For file names. */
export function kebabCase(text: string, fallback = 'default'): string {
  // Split only at separators: `HappyHorse Video` → `happyhorse-video`, not `happy-horse-video`.
  const parts = words(text, { splitCase: false }).map((word) => word.toLowerCase());
  return parts.length ? parts.join('-') : fallback;
}

/** The request-side form of a type that reads differently in requests: `Pet` → `PetInput`. */
export function requestTypeName(typeName: string): string {
  return `${typeName}Input`;
}

/**
 * The names around a merged endpoint discriminated by `property` (`createVideosModels`, `CreateVideosModel`,
 * `CreateVideosRequestByModel`, `CreateVideosRequiredFieldsByModel`, `createVideosModelsAccepting`, …).
 */
export interface EndpointValueNames {
  /** The runtime list of values. */
  list: string;
  /** The union of the values. */
  type: string;
  /** Value → the params object of the variant it selects. */
  requestByValue: string;
  /** Value → what the call resolves to. */
  responseByValue: string;
  /** Value → what `…AndWait` resolves to (the finished task). */
  taskByValue: string;
  /** Value → the sets of params fields it requires (one per way of calling it). */
  requiredByValue: string;
  /** At run time, value → its required field sets and the fields it takes: what pickers filter by. */
  fieldsList: string;
  /** The values a params object can call with: a type of the params, and a function of them. */
  accepting: string;
  acceptingFunction: string;
}

export function endpointValueNames(derived: string, property: string): EndpointValueNames {
  const base = pascalCase(derived);
  const what = pascalCase(property);
  return {
    list: `${camelCase(derived)}${what}s`,
    type: `${base}${what}`,
    requestByValue: `${base}RequestBy${what}`,
    responseByValue: `${base}ResponseBy${what}`,
    taskByValue: `${base}TaskBy${what}`,
    requiredByValue: `${base}RequiredFieldsBy${what}`,
    fieldsList: `${camelCase(derived)}${what}Fields`,
    accepting: `${base}${what}sAccepting`,
    acceptingFunction: `${camelCase(derived)}${what}sAccepting`,
  };
}

/** `createVeoVideo` → `createVeoVideoAndWait`; the fetch `getVeoTask` → `waitForGetVeoTask`. */
export function createAndWaitName(create: string): string {
  return `${create}AndWait`;
}

export function waitForName(fetch: string): string {
  return `waitFor${pascalCase(fetch)}`;
}
