/**
 * Example calls for the generated README, made from the IR: the spec's own request examples where it has
 * them, otherwise a minimal body sampled from the request type (required fields only). Rendered as TypeScript
 * source that must compile (the README test checks every block).
 */
import { resolverOf, type Resolve } from '../ir/type-query.ts';
import type { TypeNode } from '../ir/types.ts';
import type { Resource, SurfaceApi, SurfaceOperation } from '../surface/types.ts';
import { objectKey, stringLiteral } from './ts-syntax.ts';
import { isStringLiteral } from './type-expression.ts';

/** A file part in a sampled multipart body: rendered as a `Blob`. */
const BLOB = Symbol('blob');

function sample(node: TypeNode, resolve: Resolve, depth = 0): unknown {
  if (depth > 8) return {};
  switch (node.kind) {
    case 'ref': {
      const target = resolve(node);
      return target ? sample(target, resolve, depth + 1) : {};
    }
    case 'primitive':
      if (node.type === 'string')
        return node.binary
          ? BLOB
          : node.docs?.format === 'uri'
            ? 'https://example.com/input.png'
            : (node.docs?.examples?.find((example) => typeof example === 'string') ?? 'string');
      if (node.type === 'integer' || node.type === 'number') return typeof node.docs?.minimum === 'number' ? node.docs.minimum : 1;
      return node.type === 'boolean' ? false : null;
    case 'literal':
      return node.value;
    case 'enum':
      return node.values[0] ?? null;
    case 'array':
      return [];
    case 'object': {
      const value: Record<string, unknown> = {};
      for (const property of node.properties) {
        if (property.required && !property.readOnly) value[property.name] = sample(property.type, resolve, depth + 1);
      }
      return value;
    }
    case 'union': {
      // Free text beside listed values (typed as a template literal or `(string & {})`): a listed value is the example.
      const listed = node.variants.some(isPlainString) ? node.variants.find((variant) => isStringLiteral(variant, (id) => resolve({ kind: 'ref', target: id }))) : undefined;
      const chosen = listed ?? node.variants[0];
      return chosen ? sample(chosen, resolve, depth + 1) : null;
    }
    case 'intersection':
      return Object.assign(
        {},
        ...node.members.map((member) => sample(member, resolve, depth + 1)).filter((part) => part !== null && typeof part === 'object' && !Array.isArray(part)),
      );
    case 'nullable':
      return sample(node.inner, resolve, depth + 1);
    case 'conditional':
      return sample(node.expansion ?? node.base, resolve, depth + 1);
    default:
      return 'value';
  }
}

function isPlainString(node: TypeNode): boolean {
  return node.kind === 'primitive' && node.type === 'string' && !node.binary;
}

/** A JSON-like value as TypeScript source. Backticks are escaped so no value can close a Markdown code fence. */
export function tsValue(value: unknown, indent = ''): string {
  if (value === BLOB) return "new Blob(['…'])";
  if (typeof value === 'string') return stringLiteral(value).replace(/`/g, '\\u0060');
  if (value === null || typeof value !== 'object') return String(value);
  const inner = `${indent}  `;
  if (Array.isArray(value)) return value.length ? `[\n${value.map((item) => inner + tsValue(item, inner)).join(',\n')},\n${indent}]` : '[]';
  const entries = Object.entries(value);
  if (!entries.length) return '{}';
  return `{\n${entries.map(([key, item]) => `${inner}${objectKey(key).replace(/`/g, '\\u0060')}: ${tsValue(item, inner)}`).join(',\n')},\n${indent}}`;
}

/** `client.videos.createVeo` for every call the resources expose, by operation, endpoint group and task helper. */
export function callPaths(resources: Resource[]): Map<string, string> {
  const paths = new Map<string, string>();
  const walk = (resource: Resource, prefix: string) => {
    const here = `${prefix}.${resource.name}`;
    for (const method of resource.methods) {
      const key =
        method.kind === 'operation'
          ? method.operation
          : method.kind === 'endpoint'
            ? `endpoint:${method.group}`
            : `${method.kind}:${'task' in method ? method.task : method.group}`;
      if (!paths.has(key)) paths.set(key, `${here}.${method.name}`);
    }
    for (const child of resource.children) walk(child, here);
  };
  for (const resource of resources) walk(resource, 'client');
  return paths;
}

export interface OperationExample {
  /** The arguments after the client as TypeScript source (path values, then the params object), or undefined when there are none. */
  request?: string;
  /** Whether the params object is among them (so per-call options can follow it). */
  hasParams: boolean;
  /** Whether the body came from the spec's examples (else it was sampled from the schema). */
  fromSpec: boolean;
}

const isRecord = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

/** An example call's arguments in the surface's call shape: path values, then one params object. */
export function requestExample(operation: SurfaceOperation, api: SurfaceApi, resolve: Resolve = resolverOf(api)): OperationExample {
  const { call } = operation;
  const args = call.pathArguments.map(() => stringLiteral('abc123'));
  const params: Record<string, unknown> = {};
  const content = call.body?.content;
  const specExample = content?.examples.find((example) => example.value !== null && typeof example.value === 'object');
  if (content && (call.body!.required || specExample)) {
    const value = specExample ? specExample.value : sample(content.type, resolve);
    if (call.body!.spread) Object.assign(params, isRecord(value) ? value : sample(content.type, resolve));
    else params.body = value;
  }
  for (const field of call.fields) if (field.parameter.required) params[field.key] = sample(field.parameter.type, resolve);
  const hasParams = call.hasParams && (call.paramsRequired || Object.keys(params).length > 0);
  if (hasParams) args.push(tsValue(params));
  return { ...(args.length && { request: args.join(', ') }), hasParams, fromSpec: Boolean(specExample) };
}
