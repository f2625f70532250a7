/**
 * Compares two IR types position by position and reports what changed at each field, in SDK terms: the named
 * type that holds the change (`VeoVideoCreateRequest.model`), not a JSON pointer. References are followed into
 * the named schemas they point at, so a change inside a shared schema is reported once, against that schema,
 * however many operations reach it (the caller merges the operations).
 */
import type { LiteralValue, NamedSchema, Property, SchemaId, TypeNode } from '../ir/types.ts';
import type { SurfaceApi as ApiModel } from '../surface/types.ts';
import { classify } from './classify.ts';
import type { RawChange } from './types.ts';

export type DataSide = 'request' | 'response';

export interface ApiIndex {
  api: ApiModel;
  schemas: Map<SchemaId, NamedSchema>;
}

export function indexApi(api: ApiModel): ApiIndex {
  return { api, schemas: new Map(api.schemas.map((schema) => [schema.id, schema])) };
}

/** The name the SDK exports for a schema on one side (a request-side form exists for some schemas). */
export function typeName(schema: NamedSchema, side: DataSide): string {
  const requestName = (schema as { requestName?: unknown }).requestName;
  return side === 'request' && typeof requestName === 'string' ? requestName : schema.name;
}

/** Every name a schema is exported under. */
export function exportedNames(schema: NamedSchema): string[] {
  const requestName = (schema as { requestName?: unknown }).requestName;
  return typeof requestName === 'string' && requestName !== schema.name ? [schema.name, requestName] : [schema.name];
}

/** `.name`, or `["odd-key"]` for keys that are not identifiers. */
export function member(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}

/** What the SDK renders for a conditional schema: its expansion when there is one, else its base. */
function unwrapConditional(node: TypeNode): TypeNode {
  let current = node;
  while (current.kind === 'conditional') current = (current as { expansion?: TypeNode }).expansion ?? current.base;
  return current;
}

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
function splitNull(node: TypeNode): { node: TypeNode; nullable: boolean } {
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

const key = (value: LiteralValue) => JSON.stringify(value);

/** A short, one-line rendering of a type for reports: `string`, `'a' | 'b'`, `Pet[]`, `{ id, name }`. */
export function describeType(node: TypeNode, index: ApiIndex, side: DataSide, depth = 0): string {
  const inner = (child: TypeNode) => describeType(child, index, side, depth + 1);
  switch (node.kind) {
    case 'unknown':
      return 'unknown';
    case 'never':
      return 'never';
    case 'ref': {
      const schema = index.schemas.get(node.target);
      return schema ? typeName(schema, side) : 'unknown';
    }
    case 'primitive':
      return node.binary ? 'Blob' : node.type;
    case 'literal':
      return key(node.value);
    case 'enum':
      return node.values.length > 6 ? `${node.values.slice(0, 5).map(key).join(' | ')} | …` : node.values.map(key).join(' | ') || 'never';
    case 'object': {
      const names = node.properties.map((property) => property.name);
      return names.length ? `{ ${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''} }` : 'object';
    }
    case 'array': {
      const items = inner(node.items);
      return /[ |&]/.test(items) ? `(${items})[]` : `${items}[]`;
    }
    case 'union':
      return depth > 2 ? '…' : node.variants.map(inner).join(' | ');
    case 'intersection':
      return depth > 2 ? '…' : node.members.map(inner).join(' & ');
    case 'nullable':
      return `${inner(node.inner)} | null`;
    case 'conditional':
      return describeType(unwrapConditional(node), index, side, depth);
  }
}

/** Merges an intersection of objects (through references) into one object; undefined when it is not one. */
function flattenObject(node: TypeNode, index: ApiIndex, seen = new Set<string>()): Extract<TypeNode, { kind: 'object' }> | undefined {
  const current = unwrapConditional(node);
  if (current.kind === 'object') return current;
  if (current.kind === 'ref') {
    if (seen.has(current.target)) return undefined;
    const schema = index.schemas.get(current.target);
    return schema ? flattenObject(schema.type, index, new Set([...seen, current.target])) : undefined;
  }
  if (current.kind !== 'intersection') return undefined;
  const parts = current.members.map((part) => flattenObject(part, index, seen));
  if (!parts.every((part): part is Extract<TypeNode, { kind: 'object' }> => part !== undefined)) return undefined;
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

/** Can every value of `x` (in `from`) be a value of `y` (in `to`)? Approximate; unsure means no. */
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
  if (values) return values.some((candidate) => key(candidate) === key(value));
  if (b.kind === 'union') return b.variants.some((variant) => valueFits(value, variant, index, depth + 1));
  if (b.kind === 'intersection') return b.members.every((part) => valueFits(value, part, index, depth + 1));
  if (b.kind === 'primitive') {
    if (value === null) return b.type === 'null';
    if (b.type === 'integer') return typeof value === 'number' && Number.isInteger(value);
    return typeof value === b.type;
  }
  return false;
}

export interface CompareContext {
  side: DataSide;
  /** The named type (or operation part) that holds the current position. */
  subject: string;
  /** Path from the subject to the current position: `.results[].url`. */
  path: string;
  operation?: string;
  /** At the top of a request body (through references, unions and intersections): where `model` lives. */
  root: boolean;
  /** The position is the body's top-level `model` field: its values are model values. */
  modelField: boolean;
}

export class TypeComparer {
  private visited = new Set<string>();

  constructor(
    private readonly before: ApiIndex,
    private readonly after: ApiIndex,
    private sink: (change: RawChange) => void,
  ) {}

  /** Forget which schema pairs were compared (once per operation, so each operation is attributed). */
  reset(): void {
    this.visited.clear();
  }

  private emit(change: Omit<RawChange, 'side' | 'operation'>, context: CompareContext): void {
    this.sink({ ...change, side: context.side, ...(context.operation !== undefined && { operation: context.operation }) });
  }

  private here(context: CompareContext, name?: string): string {
    return `${context.subject}${context.path}${name === undefined ? '' : member(name)}`;
  }

  /** `shown`: the nodes to name in a report when `x`/`y` are what references resolved to. */
  compare(x: TypeNode, y: TypeNode, context: CompareContext, shown?: { a: TypeNode; b: TypeNode }): void {
    const a = unwrapConditional(x);
    const b = unwrapConditional(y);
    if (a.kind === 'ref' && b.kind === 'ref') return this.compareRefs(a.target, b.target, context);
    if (a.kind === 'ref' || b.kind === 'ref') {
      // A reference on one side only: compare what it stands for, here.
      const guard = `inline|${a.kind === 'ref' ? a.target : ''}|${b.kind === 'ref' ? b.target : ''}|${context.side}|${context.subject}${context.path}`;
      if (this.visited.has(guard)) return;
      this.visited.add(guard);
      const resolvedA = a.kind === 'ref' ? this.before.schemas.get(a.target)?.type : a;
      const resolvedB = b.kind === 'ref' ? this.after.schemas.get(b.target)?.type : b;
      if (resolvedA && resolvedB) this.compare(resolvedA, resolvedB, context, { a: x, b: y });
      return;
    }

    const na = splitNull(a);
    const nb = splitNull(b);
    if (na.nullable !== nb.nullable) {
      this.emit({ rule: nb.nullable ? 'nullable-added' : 'nullable-removed', subject: this.here(context) }, context);
    }
    if (na.nullable || nb.nullable) return this.compare(na.node, nb.node, context, shown);

    const valuesA = enumValues(a);
    const valuesB = enumValues(b);
    if (valuesA && valuesB) return this.compareValues(valuesA, valuesB, context);

    if (a.kind === b.kind) {
      switch (a.kind) {
        case 'unknown':
        case 'never':
          return;
        case 'primitive': {
          const other = b as typeof a;
          if (a.type !== other.type || !!a.binary !== !!other.binary) this.typeChanged(a, b, context, shown);
          return;
        }
        case 'array':
          return this.compare(a.items, (b as typeof a).items, { ...context, path: `${context.path}[]`, root: false, modelField: false });
        case 'object':
          return this.compareObjects(a, b as typeof a, context);
        case 'union':
          return this.compareUnions(a, b as typeof a, context);
        case 'intersection':
          return this.compareIntersections(a, b as typeof a, context);
      }
    }
    const objectA = flattenObject(a, this.before);
    const objectB = flattenObject(b, this.after);
    if (objectA && objectB) return this.compareObjects(objectA, objectB, context);
    this.typeChanged(a, b, context, shown);
  }

  private typeChanged(a: TypeNode, b: TypeNode, context: CompareContext, shown?: { a: TypeNode; b: TypeNode }): void {
    const widened = assignable(a, b, this.before, this.after);
    const narrowed = assignable(b, a, this.after, this.before);
    if (widened && narrowed) return;
    const before = describeType(shown?.a ?? a, this.before, context.side);
    const after = describeType(shown?.b ?? b, this.after, context.side);
    this.emit({ rule: 'type-changed', subject: this.here(context), before, after, widened, narrowed }, context);
  }

  private compareRefs(targetA: SchemaId, targetB: SchemaId, context: CompareContext): void {
    const schemaA = this.before.schemas.get(targetA);
    const schemaB = this.after.schemas.get(targetB);
    if (!schemaA || !schemaB) return;
    const nameA = typeName(schemaA, context.side);
    const nameB = typeName(schemaB, context.side);
    if (targetA !== targetB && nameA !== nameB) {
      // Another named type now sits here: one change, as severe as the differences between the two types.
      const found: RawChange[] = [];
      const { sink, visited } = this;
      this.sink = (change) => found.push(change);
      this.visited = new Set();
      try {
        this.compare(schemaA.type, schemaB.type, { ...context, subject: nameB, path: '' });
      } finally {
        this.sink = sink;
        this.visited = visited;
      }
      const compatible = !found.some((change) => classify(change) === 'breaking');
      this.emit({ rule: 'type-changed', subject: this.here(context), before: nameA, after: nameB, widened: compatible, narrowed: compatible }, context);
      return;
    }
    const visit = `${targetA}|${targetB}|${context.side}|${context.root}|${context.modelField}`;
    if (this.visited.has(visit)) return;
    this.visited.add(visit);
    if (JSON.stringify(schemaA.type) !== JSON.stringify(schemaB.type) && JSON.stringify(withoutDocs(schemaA.type)) === JSON.stringify(withoutDocs(schemaB.type))) {
      this.emit({ rule: 'docs-changed', subject: nameB, details: ['field documentation'] }, context);
    }
    this.compare(schemaA.type, schemaB.type, { ...context, subject: nameB, path: '' });
  }

  private compareValues(valuesA: LiteralValue[], valuesB: LiteralValue[], context: CompareContext): void {
    const setA = new Set(valuesA.map(key));
    const setB = new Set(valuesB.map(key));
    const subject = this.here(context);
    for (const value of valuesA) {
      if (!setB.has(key(value))) this.emit({ rule: context.modelField ? 'model-value-removed' : 'enum-value-removed', subject, value }, context);
    }
    for (const value of valuesB) {
      if (!setA.has(key(value))) this.emit({ rule: context.modelField ? 'model-value-added' : 'enum-value-added', subject, value }, context);
    }
  }

  private compareObjects(a: Extract<TypeNode, { kind: 'object' }>, b: Extract<TypeNode, { kind: 'object' }>, context: CompareContext): void {
    const { side } = context;
    // What each side sees: requests never carry readOnly fields, responses never writeOnly ones.
    const visible = (property: Property) => (side === 'request' ? !property.readOnly : !property.writeOnly);
    // A required field with a default may be left out by a client.
    const required = (property: Property) => property.required && !(side === 'request' && property.hasDefault);
    const before = new Map(a.properties.filter(visible).map((property) => [property.name, property]));
    const after = new Map(b.properties.filter(visible).map((property) => [property.name, property]));
    for (const [name, property] of before) {
      if (!after.has(name)) this.emit({ rule: 'field-removed', subject: this.here(context, name), required: required(property), before: describeType(property.type, this.before, side) }, context);
    }
    for (const [name, property] of after) {
      const old = before.get(name);
      if (!old) {
        this.emit({ rule: 'field-added', subject: this.here(context, name), required: required(property), after: describeType(property.type, this.after, side) }, context);
        continue;
      }
      if (required(old) !== required(property)) {
        this.emit({ rule: required(property) ? 'field-became-required' : 'field-became-optional', subject: this.here(context, name) }, context);
      }
      this.compare(old.type, property.type, {
        ...context,
        path: context.path + member(name),
        root: false,
        modelField: context.root && side === 'request' && name === 'model',
      });
    }
    const allows = (value: typeof a.additionalProperties) => value === 'open' || typeof value === 'object';
    if (allows(a.additionalProperties) !== allows(b.additionalProperties)) {
      this.emit({ rule: allows(b.additionalProperties) ? 'additional-properties-allowed' : 'additional-properties-disallowed', subject: this.here(context) }, context);
    } else if (typeof a.additionalProperties === 'object' && typeof b.additionalProperties === 'object') {
      this.compare(a.additionalProperties, b.additionalProperties, { ...context, path: `${context.path}[key]`, root: false, modelField: false });
    }
  }

  /** A stable key per alternative: referenced types by name, inline ones by kind and position among that kind. */
  private keyed(nodes: TypeNode[], index: ApiIndex, side: DataSide): Map<string, TypeNode> {
    const seen = new Map<string, number>();
    const keyed = new Map<string, TypeNode>();
    for (const node of nodes) {
      const current = unwrapConditional(node);
      const schema = current.kind === 'ref' ? index.schemas.get(current.target) : undefined;
      let base = schema ? `ref:${typeName(schema, side)}` : current.kind === 'primitive' ? `primitive:${current.type}` : current.kind;
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      if (count) base += `#${count}`;
      keyed.set(base, node);
    }
    return keyed;
  }

  private compareUnions(a: Extract<TypeNode, { kind: 'union' }>, b: Extract<TypeNode, { kind: 'union' }>, context: CompareContext): void {
    const before = this.keyed(a.variants, this.before, context.side);
    const after = this.keyed(b.variants, this.after, context.side);
    const subject = this.here(context);
    for (const [variantKey, variant] of before) {
      if (!after.has(variantKey)) this.emit({ rule: 'union-variant-removed', subject, before: describeType(variant, this.before, context.side) }, context);
    }
    for (const [variantKey, variant] of after) {
      const old = before.get(variantKey);
      if (old) this.compare(old, variant, context);
      else this.emit({ rule: 'union-variant-added', subject, after: describeType(variant, this.after, context.side) }, context);
    }
  }

  private compareIntersections(a: Extract<TypeNode, { kind: 'intersection' }>, b: Extract<TypeNode, { kind: 'intersection' }>, context: CompareContext): void {
    const before = this.keyed(a.members, this.before, context.side);
    const after = this.keyed(b.members, this.after, context.side);
    const sameMembers = before.size === after.size && [...before.keys()].every((memberKey) => after.has(memberKey));
    if (sameMembers) {
      // Member by member, so a change in a referenced base type is reported against that type.
      for (const [memberKey, part] of before) this.compare(part, after.get(memberKey)!, context);
      return;
    }
    const objectA = flattenObject(a, this.before);
    const objectB = flattenObject(b, this.after);
    if (objectA && objectB) return this.compareObjects(objectA, objectB, context);
    this.typeChanged(a, b, context);
  }
}

/** The type without its documentation, to tell a documentation-only change from a real one. */
export function withoutDocs(node: TypeNode): unknown {
  return JSON.parse(JSON.stringify(node, (name, value) => (name === 'docs' || name === 'examples' ? undefined : value)));
}
