/**
 * Compares two IR types position by position and reports what changed at each field, in SDK terms: the named
 * type that holds the change (`VeoVideoCreateRequest.model`), not a JSON pointer. References are followed into
 * the named schemas they point at, so a change inside a shared schema is reported once, against that schema,
 * however many operations reach it (the caller merges the operations). Beside the types, every position's
 * validation facts (bounds, lengths, pattern, format, default, const) are compared, since the server judges
 * requests by them.
 */
import { acceptsEveryString, openStringType } from '../emit/pattern-template.ts';
import { isStringLiteral } from '../emit/type-expression.ts';
import type { DeprecationDates, Docs, LiteralValue, Property, SchemaId, TypeNode } from '../ir/types.ts';
import { member, typeName, type ApiIndex, type DataSide } from './api-index.ts';
import { alternativesDisjoint, assignable } from './assignable.ts';
import { judge, severityOf } from './classify.ts';
import { compareConstraints, compareRules } from './compare-constraints.ts';
import { describeType } from './describe-type.ts';
import {
  enumValues,
  flattenObject,
  isAnnotationOnly,
  splitNull,
  unwrapConditional,
  valueKey,
  withoutAnnotations,
  type IntersectionNode,
  type ObjectNode,
  type UnionNode,
} from './type-shapes.ts';
import type { RawChange } from './types.ts';

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
  /** The position is a parameter's value (through references). */
  parameter?: boolean;
  /**
   * The position is a string alternative of a union with string literals, in the old and the new version: the
   * SDK types it by its pattern there (emit/pattern-template.ts), so a pattern change may change its type.
   */
  besideLiterals?: { before: boolean; after: boolean };
}

/** `deprecated` facts of a removed thing, for the report. */
export function deprecationOf(deprecated: boolean | undefined, dates: DeprecationDates | undefined): RawChange['deprecated'] {
  if (!deprecated) return undefined;
  return { ...(dates?.deprecatedSince && { since: dates.deprecatedSince }), ...(dates?.sunset && { sunset: dates.sunset }) };
}

const show = (value: unknown) => (value === undefined ? 'none' : JSON.stringify(value));

function isPlainString(node: TypeNode): boolean {
  return node.kind === 'primitive' && node.type === 'string' && !node.binary;
}

/**
 * The SDK's type of a string alternative before and after its pattern changed, when that changes it: beside string
 * literals a simple pattern is a template literal type (emit/pattern-template.ts); elsewhere, or for any other
 * pattern, the type accepts every string (`string`, `(string & {})`) and a pattern change is validation only.
 */
export function patternTypeChange(before: string | undefined, after: string | undefined, besideLiterals: CompareContext['besideLiterals']): RawChange['sdkType'] {
  if (!besideLiterals) return undefined;
  const typeBefore = besideLiterals.before ? openStringType(before) : 'string';
  const typeAfter = besideLiterals.after ? openStringType(after) : 'string';
  if (typeBefore === typeAfter || (acceptsEveryString(typeBefore) && acceptsEveryString(typeAfter))) return undefined;
  return { before: typeBefore, after: typeAfter };
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

  /** Bounds, lengths, pattern, format and default of one position. */
  private compareValidation(a: Docs | undefined, b: Docs | undefined, context: CompareContext): void {
    const subject = this.here(context);
    for (const change of compareConstraints(a, b)) {
      const sdkType = change.keyword === 'pattern' ? patternTypeChange(a?.pattern, b?.pattern, context.besideLiterals) : undefined;
      this.emit({ rule: 'constraint-changed', subject, ...change, ...(sdkType && { sdkType }) }, context);
    }
    if (show(a?.default) !== show(b?.default)) {
      this.emit({ rule: 'default-changed', subject, before: show(a?.default), after: show(b?.default), ...(context.parameter && { parameter: true }) }, context);
    }
  }

  /** `shown`: the nodes to name in a report when `x`/`y` are what references resolved to. */
  compare(x: TypeNode, y: TypeNode, context: CompareContext, shown?: { a: TypeNode; b: TypeNode }): void {
    if (x.kind === 'conditional' || y.kind === 'conditional') {
      // The rules are validation the SDK may only approximate: judged as written, beside the expanded types.
      const rules = (node: TypeNode) => (node.kind === 'conditional' ? node.rules.map((rule) => rule.text) : []);
      const change = compareRules(rules(x), rules(y));
      if (change) this.emit({ rule: 'constraint-changed', subject: this.here(context), ...change }, context);
    }
    // A conditional's own facts (its bounds, its keywords) hold for whatever it expands to.
    const unwrap = (node: TypeNode): TypeNode => {
      const inner = unwrapConditional(node);
      return node.kind === 'conditional' && node.docs ? { ...inner, docs: { ...inner.docs, ...node.docs } } : inner;
    };
    let a = unwrap(x);
    let b = unwrap(y);
    // A reference on one side only is compared by what it stands for (below), facts and all.
    if ((a.kind === 'ref') === (b.kind === 'ref')) this.compareValidation(a.docs, b.docs, context);
    // One member becoming an `allOf` of several (or the reverse) is a member added (removed).
    if (b.kind === 'intersection' && b.allOf && a.kind !== 'intersection') a = { kind: 'intersection', members: [a], allOf: true };
    else if (a.kind === 'intersection' && a.allOf && b.kind !== 'intersection') b = { kind: 'intersection', members: [b], allOf: true };
    if (a.kind === 'ref' && b.kind === 'ref') return this.compareRefs(a.target, b.target, context);
    if (a.kind === 'ref' || b.kind === 'ref') {
      const guard = `inline|${a.kind === 'ref' ? a.target : ''}|${b.kind === 'ref' ? b.target : ''}|${context.side}|${context.subject}${context.path}`;
      if (this.visited.has(guard)) return;
      this.visited.add(guard);
      const resolve = (node: TypeNode, index: ApiIndex): TypeNode | undefined => {
        if (node.kind !== 'ref') return node;
        const target = index.schemas.get(node.target)?.type;
        // Facts written beside the `$ref` (a default, say) hold here on top of the target's own.
        return target && node.docs ? { ...target, docs: { ...target.docs, ...node.docs } } : target;
      };
      const resolvedA = resolve(a, this.before);
      const resolvedB = resolve(b, this.after);
      if (resolvedA && resolvedB) this.compare(resolvedA, resolvedB, context, { a: x, b: y });
      return;
    }

    const na = splitNull(a);
    const nb = splitNull(b);
    if (na.nullable !== nb.nullable) {
      this.emit({ rule: nb.nullable ? 'nullable-added' : 'nullable-removed', subject: this.here(context) }, context);
    }
    if (na.nullable || nb.nullable) return this.compareShapes(na.node, nb.node, context, shown);
    this.compareShapes(a, b, context, shown);
  }

  /** The comparison after `null` is split off (validation facts are compared by the caller). */
  private compareShapes(a: TypeNode, b: TypeNode, context: CompareContext, shown?: { a: TypeNode; b: TypeNode }): void {
    if (a.kind === 'literal' && (b.kind === 'literal' || b.kind === 'enum') && !(b.kind === 'literal' && valueKey(a.value) === valueKey(b.value))) {
      // A fixed value (`const`) replaced or opened up: not "a value added and one removed".
      const values = enumValues(b)!;
      const kept = values.some((value) => valueKey(value) === valueKey(a.value));
      return this.emit(
        { rule: 'const-changed', subject: this.here(context), before: valueKey(a.value), after: values.map(valueKey).join(' | '), widened: kept, narrowed: false },
        context,
      );
    }
    const valuesA = enumValues(a);
    const valuesB = enumValues(b);
    if (valuesA && valuesB) return this.compareValues(valuesA, valuesB, context);

    // An object turned into a `oneOf` of objects (not a 3.1 type list, not a nullable wrapper: split off above).
    if (b.kind === 'union' && b.exclusive && a.kind !== 'union' && flattenObject(a, this.before)) return this.wrappedInOneOf(a, b, context, shown);

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
          return this.compare(a.items, (b as typeof a).items, { ...context, path: `${context.path}[]`, root: false, modelField: false, parameter: false });
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

  private wrappedInOneOf(a: TypeNode, b: UnionNode, context: CompareContext, shown?: { a: TypeNode; b: TypeNode }): void {
    this.emit(
      {
        rule: 'wrapped-in-one-of',
        subject: this.here(context),
        before: describeType(shown?.a ?? a, this.before, context.side),
        after: describeType(shown?.b ?? b, this.after, context.side),
        widened: assignable(a, b, this.before, this.after),
        narrowed: assignable(b, a, this.after, this.before),
        disjoint: alternativesDisjoint(b, this.after),
      },
      context,
    );
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
      const compatible = !found.some((change) => severityOf(judge(change)) === 'breaking');
      this.emit({ rule: 'type-changed', subject: this.here(context), before: nameA, after: nameB, widened: compatible, narrowed: compatible }, context);
      return;
    }
    const visit = `${targetA}|${targetB}|${context.side}|${context.root}|${context.modelField}|${!!context.parameter}`;
    if (this.visited.has(visit)) return;
    this.visited.add(visit);
    if (JSON.stringify(schemaA.type) !== JSON.stringify(schemaB.type) && JSON.stringify(withoutAnnotations(schemaA.type)) === JSON.stringify(withoutAnnotations(schemaB.type))) {
      this.emit({ rule: 'docs-changed', subject: nameB, details: ['field documentation'] }, context);
    }
    this.compare(schemaA.type, schemaB.type, { ...context, subject: nameB, path: '' });
  }

  private compareValues(valuesA: LiteralValue[], valuesB: LiteralValue[], context: CompareContext): void {
    const setA = new Set(valuesA.map(valueKey));
    const setB = new Set(valuesB.map(valueKey));
    const subject = this.here(context);
    for (const value of valuesA) {
      if (!setB.has(valueKey(value))) this.emit({ rule: context.modelField ? 'model-value-removed' : 'enum-value-removed', subject, value }, context);
    }
    for (const value of valuesB) {
      if (!setA.has(valueKey(value))) this.emit({ rule: context.modelField ? 'model-value-added' : 'enum-value-added', subject, value }, context);
    }
  }

  private compareObjects(a: ObjectNode, b: ObjectNode, context: CompareContext): void {
    const { side } = context;
    // What each side sees: requests never carry readOnly fields, responses never writeOnly ones.
    const visible = (property: Property) => (side === 'request' ? !property.readOnly : !property.writeOnly);
    const hidden = side === 'request' ? 'read-only' : 'write-only';
    // Required beats default: a required field must be sent even when the server documents a default for it.
    const before = new Map(a.properties.map((property) => [property.name, property]));
    const after = new Map(b.properties.map((property) => [property.name, property]));
    for (const [name, property] of before) {
      if (!visible(property)) continue;
      const now = after.get(name);
      if (now && visible(now)) continue;
      const visibility = now ? (`now ${hidden}` as const) : undefined;
      const deprecated = deprecationOf(property.type.docs?.deprecated, property.type.docs);
      this.emit(
        {
          rule: 'field-removed',
          subject: this.here(context, name),
          required: property.required,
          before: describeType(property.type, this.before, side),
          ...(visibility && { visibility }),
          ...(deprecated && { deprecated }),
        },
        context,
      );
    }
    for (const [name, property] of after) {
      if (!visible(property)) continue;
      const old = before.get(name);
      if (!old || !visible(old)) {
        const visibility = old ? (`no longer ${hidden}` as const) : undefined;
        this.emit(
          {
            rule: 'field-added',
            subject: this.here(context, name),
            required: property.required,
            after: describeType(property.type, this.after, side),
            ...(visibility && { visibility }),
          },
          context,
        );
        continue;
      }
      if (old.required !== property.required) {
        this.emit({ rule: property.required ? 'field-became-required' : 'field-became-optional', subject: this.here(context, name) }, context);
      }
      this.compare(old.type, property.type, {
        ...context,
        path: context.path + member(name),
        root: false,
        modelField: context.root && side === 'request' && name === 'model',
        parameter: false,
      });
    }
    const allows = (value: ObjectNode['additionalProperties']) => value === 'open' || typeof value === 'object';
    if (allows(a.additionalProperties) !== allows(b.additionalProperties)) {
      this.emit({ rule: allows(b.additionalProperties) ? 'additional-properties-allowed' : 'additional-properties-disallowed', subject: this.here(context) }, context);
    } else if (typeof a.additionalProperties === 'object' && typeof b.additionalProperties === 'object') {
      this.compare(a.additionalProperties, b.additionalProperties, { ...context, path: `${context.path}[key]`, root: false, modelField: false, parameter: false });
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

  private compareUnions(a: UnionNode, b: UnionNode, context: CompareContext): void {
    const before = this.keyed(a.variants, this.before, context.side);
    const after = this.keyed(b.variants, this.after, context.side);
    const subject = this.here(context);
    for (const [variantKey, variant] of before) {
      if (!after.has(variantKey)) this.emit({ rule: 'union-variant-removed', subject, before: describeType(variant, this.before, context.side) }, context);
    }
    const literalsBefore = a.variants.some((variant) => isStringLiteral(variant, (id) => this.before.schemas.get(id)?.type));
    const literalsAfter = b.variants.some((variant) => isStringLiteral(variant, (id) => this.after.schemas.get(id)?.type));
    for (const [variantKey, variant] of after) {
      const old = before.get(variantKey);
      const besideLiterals =
        (literalsBefore || literalsAfter) && old && isPlainString(old) && isPlainString(variant) ? { before: literalsBefore, after: literalsAfter } : undefined;
      if (old) this.compare(old, variant, besideLiterals ? { ...context, besideLiterals } : context);
      else this.emit({ rule: 'union-variant-added', subject, after: describeType(variant, this.after, context.side), exclusive: b.exclusive }, context);
    }
  }

  private compareIntersections(a: IntersectionNode, b: IntersectionNode, context: CompareContext): void {
    const before = this.keyed(a.members, this.before, context.side);
    const after = this.keyed(b.members, this.after, context.side);
    const sameMembers = before.size === after.size && [...before.keys()].every((memberKey) => after.has(memberKey));
    if (sameMembers) {
      // Member by member, so a change in a referenced base type is reported against that type.
      for (const [memberKey, part] of before) this.compare(part, after.get(memberKey)!, context);
      return;
    }
    if (a.allOf || b.allOf) {
      const subject = this.here(context);
      for (const [memberKey, part] of before) {
        if (!after.has(memberKey))
          this.emit({ rule: 'all-of-member-removed', subject, before: describeType(part, this.before, context.side), annotationOnly: isAnnotationOnly(part) }, context);
      }
      for (const [memberKey, part] of after) {
        if (!before.has(memberKey))
          this.emit({ rule: 'all-of-member-added', subject, after: describeType(part, this.after, context.side), annotationOnly: isAnnotationOnly(part) }, context);
      }
    }
    const objectA = flattenObject(a, this.before);
    const objectB = flattenObject(b, this.after);
    if (objectA && objectB) return this.compareObjects(objectA, objectB, context);
    this.typeChanged(a, b, context);
  }
}
