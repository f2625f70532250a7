/**
 * A small structural check over IR types: can every value of one type be a value of another, and can two
 * alternatives of a `oneOf` both match one value? Approximate by design: when unsure it answers "no" for
 * assignability and "may overlap" for alternatives, so a doubtful change is judged the stricter way.
 */
import { fixedValuesOf, resolverFor } from '../ir/type-query.ts';
import type { LiteralValue, TypeNode } from '../ir/types.ts';
import type { ApiIndex } from './api-index.ts';
import { enumValues, flattenObject, splitNull, unwrapConditional, valueKey, type UnionNode } from './type-shapes.ts';

/** Can every value of `x` (in `from`) be a value of `y` (in `to`)? */
export function assignable(x: TypeNode, y: TypeNode, from: ApiIndex, to: ApiIndex, depth = 0): boolean {
  if (depth > 12) return false;
  const a = unwrapConditional(x);
  const b = unwrapConditional(y);
  const next = (p: TypeNode, q: TypeNode) => assignable(p, q, from, to, depth + 1);
  if (b.kind === 'unknown' || a.kind === 'never') return true;
  if (a.kind === 'unknown') return false;
  if (a.kind === 'ref' && b.kind === 'ref') {
    const sa = from.schemas.get(a.target);
    const sb = to.schemas.get(b.target);
    // The same named type: its own changes are reported where they happen.
    if (sa && sb && sa.name === sb.name) return true;
  }
  if (a.kind === 'ref') {
    const schema = from.schemas.get(a.target);
    return schema ? next(schema.type, b) : false;
  }
  if (b.kind === 'ref') {
    const schema = to.schemas.get(b.target);
    return schema ? next(a, schema.type) : false;
  }
  const sa = splitNull(a);
  const sb = splitNull(b);
  if (sa.nullable && !sb.nullable) return false;
  if (sa.nullable || sb.nullable) return next(sa.node, sb.node);
  const values = enumValues(a);
  if (values) return values.every((value) => valueFits(value, b, to, depth + 1));
  if (a.kind === 'union') return a.variants.every((variant) => next(variant, b));
  if (b.kind === 'union') return b.variants.some((variant) => next(a, variant));
  if (a.kind === 'primitive' && b.kind === 'primitive') return (a.type === b.type && !!a.binary === !!b.binary) || (a.type === 'integer' && b.type === 'number');
  if (a.kind === 'array' && b.kind === 'array') return next(a.items, b.items);
  const oa = flattenObject(a, from);
  const ob = flattenObject(b, to);
  if (oa && ob) {
    const before = new Map(oa.properties.map((property) => [property.name, property]));
    const after = new Map(ob.properties.map((property) => [property.name, property]));
    for (const [name, property] of after) {
      const old = before.get(name);
      if (!old) {
        if (property.required) return false;
        continue;
      }
      if (property.required && !old.required) return false;
      if (!next(old.type, property.type)) return false;
    }
    return ob.additionalProperties !== 'closed' || [...before.keys()].every((name) => after.has(name));
  }
  return false;
}

function valueFits(value: LiteralValue, y: TypeNode, index: ApiIndex, depth: number): boolean {
  if (depth > 12) return false;
  const b = unwrapConditional(y);
  if (b.kind === 'unknown') return true;
  if (b.kind === 'ref') {
    const schema = index.schemas.get(b.target);
    return schema ? valueFits(value, schema.type, index, depth + 1) : false;
  }
  if (b.kind === 'nullable') return value === null || valueFits(value, b.inner, index, depth + 1);
  const values = enumValues(b);
  if (values) return values.some((candidate) => valueKey(candidate) === valueKey(value));
  if (b.kind === 'union') return b.variants.some((variant) => valueFits(value, variant, index, depth + 1));
  if (b.kind === 'intersection') return b.members.every((part) => valueFits(value, part, index, depth + 1));
  if (b.kind === 'primitive') {
    if (value === null) return b.type === 'null';
    if (b.type === 'integer') return typeof value === 'number' && Number.isInteger(value);
    return typeof value === b.type;
  }
  return false;
}

/** The JSON kind of values a type admits, when it admits one kind only (`integer` counts as `number`). */
function jsonKind(node: TypeNode, index: ApiIndex, depth = 0): string | undefined {
  const current = unwrapConditional(node);
  if (depth > 8) return undefined;
  if (current.kind === 'ref') {
    const schema = index.schemas.get(current.target);
    return schema ? jsonKind(schema.type, index, depth + 1) : undefined;
  }
  if (current.kind === 'primitive') return current.type === 'integer' ? 'number' : current.type;
  if (current.kind === 'array') return 'array';
  if (current.kind === 'object' || flattenObject(current, index)) return 'object';
  const values = enumValues(current);
  if (values) {
    const kinds = new Set(values.map((value) => (value === null ? 'null' : typeof value)));
    return kinds.size === 1 ? [...kinds][0] : undefined;
  }
  return undefined;
}

/**
 * Can no value match two alternatives of the union? True when a discriminator tells them apart, when each
 * admits a different JSON kind, or when a property every alternative requires takes values no two share.
 */
export function alternativesDisjoint(union: UnionNode, index: ApiIndex): boolean {
  if (union.discriminator) return true;
  const kinds = union.variants.map((variant) => jsonKind(variant, index));
  if (kinds.every((kind) => kind !== undefined) && new Set(kinds).size === kinds.length) return true;
  const objects = union.variants.map((variant) => flattenObject(variant, index));
  if (!objects.every((object) => object !== undefined)) return false;
  const resolve = resolverFor(index.schemas);
  for (const property of objects[0]!.properties) {
    const sets = union.variants.map((variant) => fixedValuesOf(variant, property.name, resolve));
    if (!sets.every((set): set is LiteralValue[] => set !== undefined)) continue;
    const keys = sets.flatMap((set) => [...new Set(set.map(valueKey))]);
    if (new Set(keys).size === keys.length) return true;
  }
  return false;
}
