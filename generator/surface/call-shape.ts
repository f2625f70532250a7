/**
 * How a call takes its arguments (the rule docs/naming.md documents), as in the SDKs users already know:
 * `client.videos.retrieve('task_123')`, `client.chat.completions.create({ model, messages })`.
 * - The last path parameter is positional; the others are keys of the params object under their wire names
 *   (`runs.retrieve('run_1', { thread_id: 'th_1' })`), as in the leading SDKs. With `positionalPathParams: "all"`
 *   in the config, every path parameter is positional, in path order.
 * - Body fields and query, header and cookie parameters share one flat params object; per-call options come last.
 * - A body that is an object (or a union or intersection of objects) spreads its fields into the params object.
 *   Any other body (an array, a string, binary data, a body without a schema, a nullable object) is the value
 *   of the key `body`. A body offered as JSON and as `multipart/form-data` (both objects) takes either form; a
 *   call whose fields hold a file sends the multipart one.
 * - Body fields keep their wire names. A parameter whose name is taken — by a body field, or by a parameter of
 *   an earlier location (path, then query, header, cookie) — is keyed `<location>_<name>` (`header_model`).
 * - A call with nothing but path parameters takes no params object.
 */
import type { PositionalPathParams } from '../config.ts';
import { isMultipartMediaType, preferredContent } from '../ir/media-types.ts';
import { camelCase, NameRegistry } from '../ir/naming.ts';
import type { Resolve } from '../ir/type-query.ts';
import type { MediaContent, Operation, Parameter, TypeNode } from '../ir/types.ts';
import { RESERVED_WORDS } from './names.ts';

export interface PathArgument {
  /** The argument's name in the signature (camelCase of the parameter's). */
  name: string;
  parameter: Parameter;
}

export interface ParamsField {
  /** The key in the params object: the wire name, or `<location>_<name>` when that is taken. */
  key: string;
  parameter: Parameter;
}

export interface CallShape {
  pathArguments: PathArgument[];
  /** The parameters in the params object (path parameters before the last, query, header, cookie). */
  fields: ParamsField[];
  body?: {
    content: MediaContent;
    required: boolean;
    /** The body's fields are the params object's other keys; else the body is the value of `body`. */
    spread: boolean;
    /**
     * The `multipart/form-data` form the body offers beside its preferred one (JSON), both objects: the call takes
     * either, and sends this one when a field holds a file.
     */
    withFiles?: MediaContent;
  };
  /** Whether the call takes a params object at all, and whether the caller must pass it. */
  hasParams: boolean;
  paramsRequired: boolean;
}

/** Names the generated function body uses for itself; a path argument never takes them. */
export const CALL_LOCALS = ['client', 'params', 'options', 'body', 'fields'];

/**
 * Whether a type's values are always JSON objects, whose fields can sit beside the parameters. Each node is
 * judged once (`known`): a chain of intersections would otherwise be judged twice per link (some, then every),
 * 2^n times in all. A node met again while it is being judged (a cycle) counts as not an object.
 */
export function isObjectType(node: TypeNode, resolve: Resolve, known = new Map<TypeNode, boolean>()): boolean {
  const judged = known.get(node);
  if (judged !== undefined) return judged;
  known.set(node, false);
  const isObject = (member: TypeNode) => isObjectType(member, resolve, known);
  let result: boolean;
  switch (node.kind) {
    case 'ref': {
      const target = resolve(node);
      result = target !== undefined && isObject(target);
      break;
    }
    case 'object':
      result = true;
      break;
    case 'intersection':
      // A member that says nothing of the type (`allOf: [{ $ref }, { description }]`) does not stop the spread.
      result = node.members.some(isObject) && node.members.every((member) => member.kind === 'unknown' || isObject(member));
      break;
    case 'union':
      result = node.variants.length > 0 && node.variants.every(isObject);
      break;
    case 'conditional':
      result = isObject(node.expansion ?? node.base);
      break;
    default:
      result = false;
  }
  known.set(node, result);
  return result;
}

/** Every field name a body may have, across union variants, intersections and conditional branches. */
export function bodyFieldNames(node: TypeNode, resolve: Resolve, seen = new Set<TypeNode>()): Set<string> {
  const names = new Set<string>();
  const visit = (current: TypeNode) => {
    if (seen.has(current)) return;
    seen.add(current);
    switch (current.kind) {
      case 'ref': {
        const target = resolve(current);
        if (target) visit(target);
        return;
      }
      case 'object':
        for (const property of current.properties) names.add(property.name);
        return;
      case 'intersection':
        current.members.forEach(visit);
        return;
      case 'union':
        current.variants.forEach(visit);
        return;
      case 'nullable':
        visit(current.inner);
        return;
      case 'conditional':
        visit(current.base);
        if (current.expansion) visit(current.expansion);
        for (const rule of current.rules) [rule.then, rule.else].forEach((branch) => branch && visit(branch));
        return;
      default:
        return;
    }
  };
  visit(node);
  return names;
}

const LOCATION_ORDER = ['path', 'query', 'header', 'cookie'] as const;

/** `positional`: which path parameters are positional; `bound`: module-level values the argument names must not shadow (see boundValueNames in names.ts). */
export function callShape(operation: Operation, resolve: Resolve, positional: PositionalPathParams = 'last', bound: ReadonlySet<string> = new Set()): CallShape {
  const content = operation.requestBody && preferredContent(operation.requestBody.contents);
  const spread = content !== undefined && isObjectType(content.type, resolve);
  const multipart = spread ? operation.requestBody!.contents.find((candidate) => candidate !== content && isMultipartMediaType(candidate.mediaType)) : undefined;
  const withFiles = multipart && isObjectType(multipart.type, resolve) ? multipart : undefined;
  const taken = new Set(content ? (spread ? [...bodyFieldNames(content.type, resolve), ...(withFiles ? bodyFieldNames(withFiles.type, resolve) : [])] : ['body']) : []);
  // A placeholder used twice (`/a/{id}/b/{id}`) is one argument: the runtime fills every occurrence from it.
  const occurrences = [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
  const parameterNamed = (name: string) => operation.parameters.find((candidate) => candidate.in === 'path' && candidate.name === name);
  const pathParameters = [...new Set(occurrences)].flatMap((name) => parameterNamed(name) ?? []);
  // The positional one is the placeholder that ends the path's parameters (`/a/{id}/{action}/{id}` → `id`).
  const last = [...occurrences].reverse().map(parameterNamed).find(Boolean);
  const positionalParameters = positional === 'all' ? pathParameters : last ? [last] : [];
  const fields: ParamsField[] = [];
  for (const location of LOCATION_ORDER) {
    const inParams =
      location === 'path' ? pathParameters.filter((parameter) => !positionalParameters.includes(parameter)) : operation.parameters.filter((candidate) => candidate.in === location);
    for (const parameter of inParams) {
      let key = taken.has(parameter.name) ? `${location}_${parameter.name}` : parameter.name;
      for (let n = 2; taken.has(key); n++) key = `${location}_${parameter.name}${n}`;
      taken.add(key);
      fields.push({ key, parameter });
    }
  }
  const argumentNames = new NameRegistry(new Set([...RESERVED_WORDS, ...CALL_LOCALS, ...bound]));
  const pathArguments = positionalParameters.map((parameter) => ({ name: argumentNames.claim(camelCase(parameter.name, 'id')), parameter }));
  const bodyRequired = Boolean(content && operation.requestBody!.required);
  return {
    pathArguments,
    fields,
    ...(content && { body: { content, required: bodyRequired, spread, ...(withFiles && { withFiles }) } }),
    hasParams: Boolean(content) || fields.length > 0,
    paramsRequired: bodyRequired || fields.some((field) => field.parameter.required),
  };
}
