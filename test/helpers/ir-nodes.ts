/** Short builders for IR type nodes, for the given/want tables of the IR and emit tests. */
import type { LiteralValue, Operation, Property, TypeNode } from '../../generator/ir/types.ts';

export const str: TypeNode = { kind: 'primitive', type: 'string' };
export const num: TypeNode = { kind: 'primitive', type: 'number' };
export const int: TypeNode = { kind: 'primitive', type: 'integer' };
export const bool: TypeNode = { kind: 'primitive', type: 'boolean' };
export const unknown: TypeNode = { kind: 'unknown' };
export const never: TypeNode = { kind: 'never' };
export const lit = (value: LiteralValue): TypeNode => ({ kind: 'literal', value });
export const oneOf = (...values: LiteralValue[]): TypeNode => ({ kind: 'enum', values });
export const ref = (name: string): TypeNode => ({ kind: 'ref', target: `#/components/schemas/${name}` });
export const array = (items: TypeNode): TypeNode => ({ kind: 'array', items });
export const nullable = (inner: TypeNode): TypeNode => ({ kind: 'nullable', inner });
export const union = (...variants: TypeNode[]): TypeNode => ({ kind: 'union', variants, exclusive: false });
export const and = (...members: TypeNode[]): TypeNode => ({ kind: 'intersection', members });

/** A property: `name` required, `name?` optional. */
export function prop(key: string, type: TypeNode, extra: Partial<Property> = {}): Property {
  const required = !key.endsWith('?');
  return { name: required ? key : key.slice(0, -1), required, hasDefault: false, readOnly: false, writeOnly: false, type, ...extra };
}

/** An object type from `{ 'name': type, 'optional?': type }`. */
export function obj(shape: Record<string, TypeNode>, additionalProperties: Extract<TypeNode, { kind: 'object' }>['additionalProperties'] = 'unspecified'): TypeNode {
  return { kind: 'object', properties: Object.entries(shape).map(([key, type]) => prop(key, type)), additionalProperties };
}

/** An operation with only what a test sets. */
export function operation(name: string, extra: Partial<Operation> = {}): Operation {
  const pathKey = extra.pathKey ?? extra.path ?? `/${name}`;
  return {
    name,
    nameSource: 'operationId',
    operationId: name,
    method: 'post',
    pathKey,
    path: pathKey.split('#')[0]!,
    tags: [],
    deprecated: false,
    parameters: [],
    responses: [],
    security: [],
    ...extra,
  };
}

/** A JSON request body of the given type. */
export function jsonBody(type: TypeNode): Operation['requestBody'] {
  return { required: true, contents: [{ mediaType: 'application/json', type, examples: [] }] };
}
