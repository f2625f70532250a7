/** Small algebra on IR types that keeps generated types readable without changing what they accept. */
import { literalValues } from './type-query.ts';
import type { Property, TypeNode } from './types.ts';

type PlainObject = Extract<TypeNode, { kind: 'object' }>;

function intersectValues(a: TypeNode, b: TypeNode): TypeNode | undefined {
  const left = literalValues(a);
  const right = literalValues(b);
  if (!left || !right) return undefined;
  const common = left.filter((value) => right.includes(value));
  return common.length === 0 ? { kind: 'never' } : common.length === 1 ? { kind: 'literal', value: common[0]! } : { kind: 'enum', values: common };
}

function isPlainObject(node: TypeNode): node is PlainObject {
  return node.kind === 'object' && node.additionalProperties === 'unspecified';
}

/** The intersection of two property types, folded where the result is plain. */
function intersectTypes(a: TypeNode, b: TypeNode): TypeNode {
  if (a.kind === 'never' || b.kind === 'never') return { kind: 'never' };
  if (isPlainObject(a) && isPlainObject(b)) return mergeObjects([a, b])[0]!;
  return intersectValues(a, b) ?? { kind: 'intersection', members: [a, b] };
}

/**
 * Folds the plain object members of an intersection into one object literal (recursively for properties that
 * are plain objects on both sides), so that `{a: 1} & {b?: never} & {c?: {d?: never}}` reads as one object.
 * Members that are not plain objects (references, closed objects, unions) stay as they are.
 */
export function mergeObjects(nodes: TypeNode[]): TypeNode[] {
  const plain = nodes.filter(isPlainObject);
  if (plain.length < 2) return nodes;
  const merged = new Map<string, Property>();
  for (const object of plain) {
    for (const property of object.properties) {
      const existing = merged.get(property.name);
      merged.set(
        property.name,
        existing
          ? {
              ...existing,
              required: existing.required || property.required,
              type: { ...intersectTypes(existing.type, property.type), docs: existing.type.docs ?? property.type.docs },
            }
          : property,
      );
    }
  }
  const first = nodes.indexOf(plain[0]!);
  const rest = nodes.filter((node) => !isPlainObject(node));
  const result: TypeNode = { kind: 'object', properties: [...merged.values()], additionalProperties: 'unspecified' };
  // The merged object takes the place of the first plain one, so member order stays recognisable.
  return [...rest.slice(0, first), result, ...rest.slice(first)];
}
