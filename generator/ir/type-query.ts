/** Reading facts off IR types: which properties a type has, and which fixed values a property takes. */
import type { LiteralValue, NamedSchema, Property, TypeNode } from './types.ts';

export type Resolve = (node: TypeNode) => TypeNode | undefined;

export function resolverFor(schemas: Iterable<NamedSchema> | Map<string, NamedSchema>): Resolve {
  const byId = schemas instanceof Map ? schemas : new Map([...schemas].map((schema) => [schema.id, schema]));
  return (node) => (node.kind === 'ref' ? byId.get(node.target)?.type : node);
}

const resolvers = new WeakMap<object, Resolve>();

/**
 * The resolver of a finished API model, built once per model: the stages after the IR ask for it per
 * operation, and building it each time was quadratic (about 0.9 s of GitHub's 1,223 operations).
 */
export function resolverOf(api: { readonly schemas: readonly NamedSchema[] }): Resolve {
  let resolve = resolvers.get(api);
  if (!resolve) resolvers.set(api, (resolve = resolverFor(api.schemas)));
  return resolve;
}

/** The object properties a type is made of, following references, intersections and conditionals' bases. */
export function propertiesOf(node: TypeNode, resolve: Resolve, seen = new Set<TypeNode>()): Property[] {
  if (seen.has(node)) return [];
  seen.add(node);
  if (node.kind === 'ref') {
    const target = resolve(node);
    return target ? propertiesOf(target, resolve, seen) : [];
  }
  if (node.kind === 'object') return node.properties;
  if (node.kind === 'intersection') return node.members.flatMap((member) => propertiesOf(member, resolve, seen));
  if (node.kind === 'conditional') return propertiesOf(node.base, resolve, seen);
  if (node.kind === 'nullable') return propertiesOf(node.inner, resolve, seen);
  return [];
}

export function literalValues(node: TypeNode): LiteralValue[] | undefined {
  if (node.kind === 'literal') return [node.value];
  if (node.kind === 'enum') return node.values;
  return undefined;
}

/**
 * The values a property can take across every shape of a type (union variants included), when each shape
 * pins it to fixed values and requires it; undefined otherwise.
 */
export function fixedValuesOf(node: TypeNode, property: string, resolve: Resolve, seen = new Set<TypeNode>()): LiteralValue[] | undefined {
  if (seen.has(node)) return undefined;
  seen.add(node);
  switch (node.kind) {
    case 'ref': {
      const target = resolve(node);
      return target && fixedValuesOf(target, property, resolve, seen);
    }
    case 'union': {
      const parts = node.variants.map((variant) => fixedValuesOf(variant, property, resolve, new Set(seen)));
      return parts.every((part) => part !== undefined) ? [...new Set(parts.flat() as LiteralValue[])] : undefined;
    }
    case 'conditional':
      return fixedValuesOf(node.expansion ?? node.base, property, resolve, seen);
    case 'intersection': {
      // The narrowest member that pins the property decides.
      const parts = node.members.map((member) => fixedValuesOf(member, property, resolve, new Set(seen))).filter((part) => part !== undefined);
      if (!parts.length) return undefined;
      return parts.reduce((narrowest, part) => narrowest.filter((value) => part.includes(value)));
    }
    case 'object': {
      const found = node.properties.find((candidate) => candidate.name === property);
      return found?.required ? literalValues(found.type) : undefined;
    }
    default:
      return undefined;
  }
}

/** The path to the first property (breadth-first, to the given depth) whose name passes the test. */
export function findPropertyPath(node: TypeNode, test: (property: Property) => boolean, resolve: Resolve, depth = 2): { path: string[]; property: Property } | undefined {
  let level: { path: string[]; node: TypeNode }[] = [{ path: [], node }];
  for (let current = 0; current < depth && level.length; current++) {
    const next: typeof level = [];
    for (const entry of level) {
      for (const property of propertiesOf(entry.node, resolve)) {
        if (test(property)) return { path: [...entry.path, property.name], property };
        next.push({ path: [...entry.path, property.name], node: property.type });
      }
    }
    level = next;
  }
  return undefined;
}

/** At most this many alternative field sets are told apart; beyond, only the fields all of them require are kept. */
const MAX_FIELD_SETS = 32;

/** Without duplicates, and without a set that holds another (it asks for more than it needs). */
function minimalSets(sets: string[][]): string[][] {
  const unique = [...new Map(sets.map((set) => [[...set].sort().join('\u0000'), [...new Set(set)]])).values()];
  return unique.filter((set, index) => !unique.some((other, otherIndex) => otherIndex !== index && other.length < set.length && other.every((name) => set.includes(name))));
}

/** The fields every set holds: what is left of too many alternatives. */
function commonFields(sets: string[][]): string[] {
  return sets.reduce((common, set) => common.filter((name) => set.includes(name)));
}

/**
 * The sets of properties a body of this type must carry when `property` holds `value`, one per way of being
 * valid (a body needs every property of one set): of an object, its required properties; of an intersection,
 * what every member requires, combined; of a union, the sets of the variants that admit the value (a variant
 * that pins `property` to other values is left out), so `anyOf: [{ required: [image] }, { required: [images] }]`
 * gives `[image]` and `[images]`. `property` itself is left out; a type that requires nothing gives `[[]]`.
 */
export function requiredFieldSets(node: TypeNode, property: string, value: LiteralValue, resolve: Resolve, seen = new Set<TypeNode>()): string[][] {
  if (seen.has(node)) return [[]];
  const inner = new Set(seen).add(node);
  switch (node.kind) {
    case 'ref': {
      const target = resolve(node);
      return target ? requiredFieldSets(target, property, value, resolve, inner) : [[]];
    }
    case 'conditional':
      return requiredFieldSets(node.expansion ?? node.base, property, value, resolve, inner);
    case 'nullable':
      return requiredFieldSets(node.inner, property, value, resolve, inner);
    case 'intersection': {
      let combined: string[][] = [[]];
      for (const member of node.members) {
        const sets = requiredFieldSets(member, property, value, resolve, inner);
        combined = minimalSets(combined.flatMap((left) => sets.map((right) => [...left, ...right])));
        if (combined.length > MAX_FIELD_SETS) combined = [commonFields(combined)];
      }
      return combined;
    }
    case 'union': {
      const admitting = node.variants.filter((variant) => fixedValuesOf(variant, property, resolve)?.includes(value) ?? true);
      const sets = minimalSets(admitting.flatMap((variant) => requiredFieldSets(variant, property, value, resolve, inner)));
      if (!sets.length) return [[]];
      return sets.length > MAX_FIELD_SETS ? [commonFields(sets)] : sets;
    }
    case 'object':
      return [node.properties.filter((candidate) => candidate.required && !candidate.readOnly && candidate.name !== property).map((candidate) => candidate.name)];
    default:
      return [[]];
  }
}

/**
 * The properties a body of this type may carry when `property` holds `value` (`property` included), or undefined
 * when it takes any other key too (`additionalProperties`): of a union, those of the variants that admit the
 * value; of an intersection, those of every member. `readOnly` properties are never sent, so not among them.
 */
export function declaredFieldsFor(node: TypeNode, property: string, value: LiteralValue, resolve: Resolve, seen = new Set<TypeNode>()): string[] | undefined {
  if (seen.has(node)) return [];
  const inner = new Set(seen).add(node);
  const joined = (parts: (string[] | undefined)[]) => (parts.some((part) => part === undefined) ? undefined : [...new Set(parts.flat() as string[])]);
  switch (node.kind) {
    case 'ref': {
      const target = resolve(node);
      return target ? declaredFieldsFor(target, property, value, resolve, inner) : undefined;
    }
    case 'conditional':
      return declaredFieldsFor(node.expansion ?? node.base, property, value, resolve, inner);
    case 'nullable':
      return declaredFieldsFor(node.inner, property, value, resolve, inner);
    case 'intersection':
      return joined(node.members.map((member) => declaredFieldsFor(member, property, value, resolve, inner)));
    case 'union':
      return joined(
        node.variants
          .filter((variant) => fixedValuesOf(variant, property, resolve)?.includes(value) ?? true)
          .map((variant) => declaredFieldsFor(variant, property, value, resolve, inner)),
      );
    case 'object':
      // Without properties and not closed, an object is a record of anything (see type-expression.ts).
      if (node.additionalProperties === 'open' || typeof node.additionalProperties === 'object' || (!node.properties.length && node.additionalProperties !== 'closed'))
        return undefined;
      return node.properties.filter((candidate) => !candidate.readOnly).map((candidate) => candidate.name);
    default:
      return undefined;
  }
}
