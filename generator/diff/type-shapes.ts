/**
 * Reading the shape of an IR type the way the generated SDK renders it: conditionals by their expansion,
 * `null` split off, intersections of objects merged, literal sets as value lists.
 */
import type { LiteralValue, Property, TypeNode } from '../ir/types.ts';
import type { ApiIndex } from './api-index.ts';

export type ObjectNode = Extract<TypeNode, { kind: 'object' }>;
export type UnionNode = Extract<TypeNode, { kind: 'union' }>;
export type IntersectionNode = Extract<TypeNode, { kind: 'intersection' }>;

/** What the SDK renders for a conditional schema: its expansion when there is one, else its base. */
export function unwrapConditional(node: TypeNode): TypeNode {
  let current = node;
  while (current.kind === 'conditional') current = current.expansion ?? current.base;
  return current;
}

/** A value as a map key (`"a"` and `1` stay apart). */
export const valueKey = (value: LiteralValue): string => JSON.stringify(value);

/** The literal values a type consists of (literal, enum, or a union of those); undefined for other types. */
export function enumValues(node: TypeNode): LiteralValue[] | undefined {
  if (node.kind === 'literal') return [node.value];
  if (node.kind === 'enum') return node.values;
  if (node.kind === 'union' && node.variants.length) {
    const parts = node.variants.map((variant) => enumValues(unwrapConditional(variant)));
    if (parts.every((part): part is LiteralValue[] => part !== undefined)) return parts.flat();
  }
  return undefined;
}

/** Splits `null` off a type: `T | null`, `nullable: true`, an enum that lists `null`. */
export function splitNull(node: TypeNode): { node: TypeNode; nullable: boolean } {
  if (node.kind === 'nullable') return { node: splitNull(node.inner).node, nullable: true };
  if (node.kind === 'enum' && node.values.includes(null) && node.values.length > 1) {
    return { node: { ...node, values: node.values.filter((value) => value !== null) }, nullable: true };
  }
  if (node.kind === 'union') {
    const isNull = (variant: TypeNode) => (variant.kind === 'primitive' && variant.type === 'null') || (variant.kind === 'literal' && variant.value === null);
    const rest = node.variants.filter((variant) => !isNull(variant));
    if (rest.length && rest.length < node.variants.length) {
      return { node: rest.length === 1 ? rest[0]! : { ...node, variants: rest }, nullable: true };
    }
  }
  return { node, nullable: false };
}

/** Merges an intersection of objects (through references) into one object; undefined when it is not one. */
export function flattenObject(node: TypeNode, index: ApiIndex, seen = new Set<string>()): ObjectNode | undefined {
  const current = unwrapConditional(node);
  if (current.kind === 'object') return current;
  if (current.kind === 'ref') {
    if (seen.has(current.target)) return undefined;
    const schema = index.schemas.get(current.target);
    return schema ? flattenObject(schema.type, index, new Set([...seen, current.target])) : undefined;
  }
  if (current.kind !== 'intersection') return undefined;
  // Members that only annotate (an allOf entry with just a description) add nothing to the shape.
  const parts = current.members.filter((part) => !isAnnotationOnly(part)).map((part) => flattenObject(part, index, seen));
  if (!parts.every((part): part is ObjectNode => part !== undefined)) return undefined;
  const properties = new Map<string, Property>();
  for (const part of parts) {
    for (const property of part.properties) {
      const previous = properties.get(property.name);
      properties.set(property.name, previous ? { ...property, required: previous.required || property.required } : property);
    }
  }
  const additional = parts.map((part) => part.additionalProperties);
  return {
    kind: 'object',
    properties: [...properties.values()],
    additionalProperties: additional.includes('closed') ? 'closed' : additional.every((value) => value === 'unspecified') ? 'unspecified' : 'open',
  };
}

/** A schema that says nothing about values (only documentation): `{ description: … }` in an allOf. */
export function isAnnotationOnly(node: TypeNode): boolean {
  if (node.kind !== 'unknown') return false;
  const { docs } = node;
  if (!docs) return true;
  return Object.keys(docs).every((key) => ANNOTATIONS.has(key) || key === 'default');
}

/** Docs keys that only document; the rest (bounds, pattern, format, default, …) are validation facts. */
const ANNOTATIONS = new Set(['title', 'summary', 'description', 'examples', 'deprecated', 'deprecatedSince', 'sunset']);

/** The type without any docs: its shape alone (for telling response bodies apart). */
export function withoutDocs(node: TypeNode): unknown {
  return JSON.parse(JSON.stringify(node, (name, value) => (name === 'docs' || name === 'examples' ? undefined : value)));
}

/** The type without its annotations but with its validation facts, to tell a documentation-only change from a real one. */
export function withoutAnnotations(node: TypeNode): unknown {
  return JSON.parse(
    JSON.stringify(node, (name, value) => {
      if (name === 'examples') return undefined;
      if (name !== 'docs' || typeof value !== 'object' || value === null) return value;
      const kept = Object.entries(value as Record<string, unknown>).filter(([key]) => !ANNOTATIONS.has(key));
      return kept.length ? Object.fromEntries(kept) : undefined;
    }),
  );
}
