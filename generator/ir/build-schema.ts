/**
 * Turns JSON Schema / OpenAPI schema objects into the IR type algebra. `$ref`s become references to named
 * schemas (so shared and recursive schemas are named once, and cycles are just self-references), never copies.
 */
import type { GeneratorWarning, SourceLocation } from '../errors.ts';
import { getAtPath, pathFromPointer, pointerFromPath } from '../load/json-pointer.ts';
import { isObject } from '../load/schema-walk.ts';
import { expandConditional } from './expand-conditional.ts';
import { NameRegistry, pascalCase } from './naming.ts';
import { mergeObjects } from './simplify.ts';
import type { ConditionalRule, DeprecationDates, Discriminator, Docs, LiteralValue, NamedSchema, Property, SchemaId, TypeNode } from './types.ts';
import { WARNING_KINDS } from '../warning-kinds.ts';

type Schema = Record<string, unknown>;
type Path = readonly string[];

const DOC_KEYS = [
  'title',
  'description',
  'default',
  'deprecated',
  'format',
  'minimum',
  'maximum',
  'exclusiveMinimum',
  'exclusiveMaximum',
  'minLength',
  'maxLength',
  'pattern',
  'minItems',
  'maxItems',
  'multipleOf',
  'uniqueItems',
  'minProperties',
  'maxProperties',
] as const;
/** Validation keywords no TypeScript type can show; kept as written so changes to them can be judged. */
const UNTYPED_KEYWORDS = [
  'contains',
  'minContains',
  'maxContains',
  'prefixItems',
  'dependentRequired',
  'dependentSchemas',
  'patternProperties',
  'propertyNames',
  'unevaluatedItems',
  'unevaluatedProperties',
  'contentSchema',
  'contentMediaType',
  'contentEncoding',
  // An open list of known values (Zalando's guideline): the type stays `string`, the values are still promises.
  'x-extensible-enum',
] as const;
/** Keywords beside a `$ref` that only document it (and so do not change its type). */
const ANNOTATION_KEYS = new Set([
  '$ref',
  'description',
  'summary',
  'title',
  'example',
  'examples',
  'deprecated',
  'readOnly',
  'writeOnly',
  'nullable',
  'default',
  'externalDocs',
  'xml',
]);

const PRIMITIVE_TYPES = new Set(['string', 'number', 'integer', 'boolean', 'null']);

export function extractDocs(schema: Schema): Docs | undefined {
  const docs: Docs = {};
  for (const key of DOC_KEYS) if (schema[key] !== undefined) (docs as Record<string, unknown>)[key] = schema[key];
  const examples = Array.isArray(schema.examples) ? schema.examples : 'example' in schema ? [schema.example] : [];
  if (examples.length) docs.examples = examples;
  Object.assign(docs, deprecationDates(schema));
  const keywords = Object.fromEntries(UNTYPED_KEYWORDS.filter((key) => schema[key] !== undefined).map((key) => [key, schema[key]]));
  if (Object.keys(keywords).length) docs.keywords = keywords;
  return Object.keys(docs).length ? docs : undefined;
}

/** A date-like extension value as text (YAML may have read `2025-01-01` as a date). */
function dateText(value: unknown): string | undefined {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return typeof value === 'string' || typeof value === 'number' ? String(value) : undefined;
}

/** `x-deprecated-since` (or `x-deprecated-at`) and `x-sunset` (or `x-sunset-date`) of a schema, parameter or operation. */
export function deprecationDates(object: Record<string, unknown>): DeprecationDates {
  const since = dateText(object['x-deprecated-since'] ?? object['x-deprecated-at']);
  const sunset = dateText(object['x-sunset'] ?? object['x-sunset-date']);
  return { ...(since !== undefined && { deprecatedSince: since }), ...(sunset !== undefined && { sunset }) };
}

function withDocs(node: TypeNode, docs: Docs | undefined): TypeNode {
  return docs ? { ...node, docs: { ...node.docs, ...docs } } : node;
}

function isLiteral(value: unknown): value is LiteralValue {
  return value === null || ['string', 'number', 'boolean'].includes(typeof value);
}

/**
 * The single chain of required keys a requirement-only branch names (`{required: [metadata], properties:
 * {metadata: {required: [media]}}}` → `metadata.media`), or undefined for anything richer.
 */
function requirementPath(schema: unknown): string[] | undefined {
  if (!isObject(schema) || !Object.keys(schema).every((key) => ['required', 'properties', 'description', 'title'].includes(key))) return undefined;
  const required = Array.isArray(schema.required) ? schema.required : [];
  if (required.length !== 1) return undefined;
  const [name] = required as string[];
  const properties = isObject(schema.properties) ? schema.properties : {};
  const others = Object.keys(properties).filter((key) => key !== name);
  if (others.length) return undefined;
  if (!(name! in properties)) return [name!];
  const nested = requirementPath(properties[name!]);
  return nested ? [name!, ...nested] : undefined;
}

/** "This key chain is absent": `metadata.media` → `{ metadata?: { media?: never } }`. */
function absent(path: string[]): TypeNode {
  const [name, ...rest] = path;
  const type: TypeNode = rest.length ? absent(rest) : { kind: 'never' };
  return { kind: 'object', properties: [{ name: name!, required: false, hasDefault: false, readOnly: false, writeOnly: false, type }], additionalProperties: 'unspecified' };
}

/**
 * `oneOf` of requirement-only branches means exactly one of them holds: each variant also says the others'
 * keys are absent. Branches that require more than one chain cannot be negated as a plain type; then the
 * union stays "at least one", which is wider than the schema but never narrower.
 */
function exclusiveRequirements(list: unknown[], variants: TypeNode[]): TypeNode[] {
  const paths = list.map(requirementPath);
  if (paths.some((path) => path === undefined)) return variants;
  return variants.map((variant, index) => ({
    kind: 'intersection',
    members: mergeObjects([variant, ...paths.filter((_, other) => other !== index).map((path) => absent(path!))]),
  }));
}

/**
 * How many named schemas are built one inside another: a `$ref` met while building a schema builds its target
 * first (so a conditional or a discriminator can read it), which for a chain of schemas each referring to the next
 * would hold the whole chain on the stack. Past this depth a target is built after the outermost schema, as the
 * target of a cycle is (its referrer sees it unbuilt); no real spec chains this deep.
 */
const NESTED_BUILDS = 64;

export class SchemaBuilder {
  readonly named = new Map<SchemaId, NamedSchema>();
  /** Named schemas met while NESTED_BUILDS others were being built, built once the outermost one is done. */
  private readonly deferred: NamedSchema[] = [];
  private nesting = 0;

  constructor(
    private readonly document: Schema,
    private readonly typeNames: NameRegistry,
    private readonly warn: (warning: GeneratorWarning) => void,
    private readonly locate: (pointer: string) => SourceLocation,
  ) {}

  /** Components claim their names first, in document order, so a spec's own names win over synthesized ones. */
  registerComponents(): void {
    const schemas = getAtPath(this.document, ['components', 'schemas']);
    if (!isObject(schemas)) return;
    for (const name of Object.keys(schemas)) this.ensureNamed(pointerFromPath(['components', 'schemas', name]));
  }

  /** Registers a synthesized named type (an operation's inline body, say) and returns a reference to it. */
  nameInline(candidate: string, origin: SchemaId, type: TypeNode): TypeNode {
    if (type.kind === 'ref') return type;
    const name = this.typeNames.claim(candidate);
    this.named.set(origin, { id: origin, name, originalName: candidate, type, usage: { request: false, response: false } });
    return { kind: 'ref', target: origin };
  }

  private ensureNamed(id: SchemaId): void {
    if (this.named.has(id)) return;
    const path = pathFromPointer(id);
    const originalName = path.at(-1) ?? 'Schema';
    // The name is claimed when the schema is first met, deferred or not, so names never depend on the bound.
    const entry: NamedSchema = {
      id,
      name: this.typeNames.claim(pascalCase(originalName, 'Schema')),
      originalName,
      type: { kind: 'unknown' },
      usage: { request: false, response: false },
    };
    this.named.set(id, entry);
    if (this.nesting >= NESTED_BUILDS) {
      this.deferred.push(entry);
      return;
    }
    this.build(entry);
    if (this.nesting > 0) return;
    for (let next = this.deferred.shift(); next; next = this.deferred.shift()) this.build(next);
  }

  private build(entry: NamedSchema): void {
    const path = pathFromPointer(entry.id);
    this.nesting++;
    entry.type = this.convert(getAtPath(this.document, path), path);
    this.nesting--;
  }

  convert(schema: unknown, path: Path, context?: Schema): TypeNode {
    if (schema === true || schema === undefined) return { kind: 'unknown' };
    if (schema === false) return { kind: 'never' };
    if (!isObject(schema)) return { kind: 'unknown' };
    if (typeof schema.$ref === 'string') return this.convertRef(schema, path, context);

    let node = this.convertCore(schema, path, context);
    if (schema.nullable === true) node = { kind: 'nullable', inner: node };
    return withDocs(node, extractDocs(schema));
  }

  private convertRef(schema: Schema, path: Path, context?: Schema): TypeNode {
    const target = schema.$ref as string;
    this.ensureNamed(target);
    let node: TypeNode = { kind: 'ref', target };
    const rest = Object.fromEntries(Object.entries(schema).filter(([key]) => !ANNOTATION_KEYS.has(key)));
    // OpenAPI 3.1 lets a $ref sit beside real constraints; they narrow the referenced type.
    if (Object.keys(rest).length) node = { kind: 'intersection', members: [node, this.convertCore(rest, path, context)] };
    if (schema.nullable === true) node = { kind: 'nullable', inner: node };
    return withDocs(node, extractDocs(schema));
  }

  private convertCore(schema: Schema, path: Path, context?: Schema): TypeNode {
    const parts: TypeNode[] = [];
    const base = this.convertBase(schema, path, context);
    // `type: object` beside oneOf/anyOf/allOf says only "an object", which every branch already says. Without a
    // `type`, an object keyword that adds nothing (`additionalProperties: true`) constrains only the branches that
    // are objects, and those not at all: the branches may be strings or arrays too.
    const addsNothing = base?.kind === 'object' && base.properties.length === 0;
    const isBareObject = addsNothing && (base.additionalProperties === 'unspecified' || (schema.type === undefined && base.additionalProperties === 'open'));
    const hasComposition = ['allOf', 'oneOf', 'anyOf'].some((keyword) => Array.isArray(schema[keyword]));
    if (base && !(isBareObject && hasComposition)) parts.push(base);

    // Branches may name only `required` keys; they are read against this schema's own properties.
    const ownProperties = isObject(schema.properties) ? schema.properties : undefined;
    const branchContext = ownProperties ? { ...context, ...ownProperties } : context;

    const rules: ConditionalRule[] = [];
    if (Array.isArray(schema.allOf)) {
      schema.allOf.forEach((member, index) => {
        const memberPath = [...path, 'allOf', String(index)];
        if (isObject(member) && 'if' in member && Object.keys(member).every((key) => ['if', 'then', 'else', 'description'].includes(key))) {
          rules.push(this.convertRule(member, memberPath, branchContext));
        } else {
          parts.push(this.convert(member, memberPath, branchContext));
        }
      });
    }
    for (const keyword of ['oneOf', 'anyOf'] as const) {
      const list = schema[keyword];
      if (!Array.isArray(list)) continue;
      let variants = list.map((member, index) => this.convert(member, [...path, keyword, String(index)], branchContext));
      if (keyword === 'oneOf') variants = exclusiveRequirements(list, variants);
      const discriminator = this.discriminatorOf(schema, list, variants);
      parts.push({ kind: 'union', variants, exclusive: keyword === 'oneOf', ...(discriminator && { discriminator }) });
    }
    if ('if' in schema) rules.push(this.convertRule(schema, path, branchContext));
    if ('not' in schema) {
      this.warn({
        kind: WARNING_KINDS.not,
        message: '`not` cannot be expressed as a type; the schema is kept without it',
        location: this.locate(pointerFromPath([...path, 'not'])),
      });
    }

    const fromAllOf = Array.isArray(schema.allOf) && schema.allOf.length > 0;
    const node: TypeNode = parts.length === 0 ? { kind: 'unknown' } : parts.length === 1 ? parts[0]! : { kind: 'intersection', members: parts, ...(fromAllOf && { allOf: true }) };
    return rules.length ? this.conditional(node, rules, path) : node;
  }

  /** Rules become a union of variants when they can; the base gets a name so the variants share it. */
  private conditional(base: TypeNode, rules: ConditionalRule[], path: Path): TypeNode {
    const resolve = (node: TypeNode) => (node.kind === 'ref' ? this.named.get(node.target)?.type : node);
    const expansion = expandConditional(base, rules, resolve);
    if (!expansion.ok) {
      this.warn({
        kind: WARNING_KINDS.conditionalAsDocs,
        message: `if/then rules kept as documentation only: ${expansion.reason}; the type allows what the rules would forbid`,
        location: this.locate(pointerFromPath(path)),
      });
      return { kind: 'conditional', base, rules };
    }
    const owner = path[0] === 'components' && path[1] === 'schemas' && path[2] ? path[2] : 'Conditional';
    const baseRef = this.nameInline(`${pascalCase(owner)}Base`, pointerFromPath([...path, 'x-sdkgen-base']), base);
    const variants = expansion.variants.map((variant) =>
      variant.kind === 'intersection' ? { ...variant, members: variant.members.map((member) => (member === base ? baseRef : member)) } : variant,
    );
    return { kind: 'conditional', base: baseRef, rules, expansion: { kind: 'union', variants, exclusive: false } };
  }

  private convertRule(schema: Schema, path: Path, context?: Schema): ConditionalRule {
    return {
      text: JSON.stringify(Object.fromEntries(['if', 'then', 'else'].filter((key) => key in schema).map((key) => [key, schema[key]]))),
      if: this.convert(schema.if, [...path, 'if'], context),
      ...('then' in schema && { then: this.convert(schema.then, [...path, 'then'], context) }),
      ...('else' in schema && { else: this.convert(schema.else, [...path, 'else'], context) }),
    };
  }

  /** The schema's own type, ignoring composition keywords; undefined when it has none. */
  private convertBase(schema: Schema, path: Path, context?: Schema): TypeNode | undefined {
    if ('const' in schema && isLiteral(schema.const)) return { kind: 'literal', value: schema.const };
    if (Array.isArray(schema.enum)) {
      const values = this.enumValues(schema, path);
      if (schema.nullable === true && !values.includes(null)) values.push(null);
      return { kind: 'enum', values };
    }
    const types = Array.isArray(schema.type) ? schema.type.map(String) : typeof schema.type === 'string' ? [schema.type] : [];
    if (types.length > 1) {
      // OpenAPI 3.1 type arrays: one variant per type, sharing the other keywords.
      const variants = types.map((type) => this.convertBase({ ...schema, type }, path, context) ?? { kind: 'unknown' as const });
      return { kind: 'union', variants, exclusive: true };
    }
    const [type] = types;
    const looksLikeObject = 'properties' in schema || 'additionalProperties' in schema || (type === undefined && Array.isArray(schema.required) && schema.required.length > 0);
    if (type === 'object' || (type === undefined && looksLikeObject)) return this.convertObject(schema, path, context);
    if (type === 'array' || (type === undefined && 'items' in schema)) {
      return { kind: 'array', items: this.convert(schema.items, [...path, 'items']) };
    }
    if (type !== undefined && PRIMITIVE_TYPES.has(type)) {
      // `contentMediaType` without an encoding is raw content: bytes (an image), unless the media type is text
      // (JSON, XML, `text/*`), as an event's `data` holding JSON is.
      const binary =
        type === 'string' &&
        (schema.format === 'binary' || (typeof schema.contentMediaType === 'string' && schema.contentEncoding === undefined && !isTextMediaType(schema.contentMediaType)));
      return { kind: 'primitive', type: type as 'string', ...(binary && { binary: true }) };
    }
    return undefined;
  }

  /**
   * Enum values as the declared type reads them. YAML turns unquoted `true`/`false`/`5` into booleans and
   * numbers; under `type: string` they are surely meant as strings, so they are read as such (and reported).
   */
  private enumValues(schema: Schema, path: Path): LiteralValue[] {
    const declared = typeof schema.type === 'string' ? schema.type : undefined;
    const coerced: string[] = [];
    const values = (schema.enum as unknown[]).filter(isLiteral).map((value) => {
      if (value === null || declared === undefined) return value;
      let result: LiteralValue = value;
      if (declared === 'string' && typeof value !== 'string') result = String(value);
      else if ((declared === 'integer' || declared === 'number') && typeof value === 'string' && value.trim() !== '' && Number.isFinite(Number(value))) result = Number(value);
      else if (declared === 'boolean' && (value === 'true' || value === 'false')) result = value === 'true';
      if (result !== value) coerced.push(JSON.stringify(value));
      return result;
    });
    if (coerced.length) {
      this.warn({
        kind: WARNING_KINDS.enumType,
        message: `enum values ${coerced.join(', ')} do not match \`type: ${declared}\`; read as ${declared} values (quote them in the spec)`,
        location: this.locate(pointerFromPath([...path, 'enum'])),
      });
    }
    return [...new Set(values)];
  }

  private convertObject(schema: Schema, path: Path, context?: Schema): TypeNode {
    const ownProperties = isObject(schema.properties) ? schema.properties : {};
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    const properties: Property[] = [];
    for (const [name, propertySchema] of Object.entries(ownProperties)) {
      const contextSchema = this.resolveRaw(context?.[name]);
      // A property written only as constraints (`{required: [x]}`) takes its shape from the same property outside.
      const nestedContext = isObject(contextSchema) && isObject(contextSchema.properties) ? contextSchema.properties : undefined;
      properties.push(this.property(name, propertySchema, [...path, 'properties', name], required.has(name), nestedContext));
    }
    for (const name of required) {
      if (name in ownProperties) continue;
      // Required but declared elsewhere: in the enclosing schema (required-only branches) or nowhere (unknown).
      const fromContext = context?.[name];
      properties.push(this.property(name, fromContext, [...path, 'required'], true));
    }
    const additional = schema.additionalProperties;
    return {
      kind: 'object',
      properties,
      additionalProperties:
        additional === false
          ? 'closed'
          : additional === true || (isObject(additional) && Object.keys(additional).length === 0)
            ? 'open'
            : additional === undefined
              ? 'unspecified'
              : this.convert(additional, [...path, 'additionalProperties']),
    };
  }

  /** Follows `$ref`s in the document to the schema object they name (for reading, not for typing). */
  private resolveRaw(schema: unknown): unknown {
    for (let depth = 0; isObject(schema) && typeof schema.$ref === 'string' && depth < 32; depth++) {
      schema = getAtPath(this.document, pathFromPointer(schema.$ref));
    }
    return schema;
  }

  private property(name: string, schema: unknown, path: Path, required: boolean, context?: Schema): Property {
    const flags = isObject(schema) ? schema : {};
    return {
      name,
      required,
      // Required beats default: a field listed in `required` must be sent whatever its default, so only an
      // optional field counts as having one (the server fills it in when the client leaves it out).
      hasDefault: !required && 'default' in flags,
      readOnly: flags.readOnly === true,
      writeOnly: flags.writeOnly === true,
      type: this.convert(schema, path, context),
    };
  }

  /**
   * Explicit `discriminator` (mapping keys, or each variant's single-valued property as the implicit key).
   * Variants reached by several mapping keys keep all of them.
   */
  private discriminatorOf(schema: Schema, list: unknown[], variants: TypeNode[]): Discriminator | undefined {
    const declared = isObject(schema.discriminator) ? schema.discriminator : undefined;
    if (!declared || typeof declared.propertyName !== 'string') return undefined;
    const propertyName = declared.propertyName;
    const mapping: Discriminator['mapping'] = [];
    const explicit = isObject(declared.mapping) ? declared.mapping : {};
    for (const [value, ref] of Object.entries(explicit)) {
      const target = String(ref).startsWith('#') ? String(ref) : pointerFromPath(['components', 'schemas', String(ref)]);
      const variant = list.findIndex((member) => isObject(member) && member.$ref === target);
      if (variant >= 0) mapping.push({ value, variant });
    }
    variants.forEach((variant, index) => {
      if (mapping.some((entry) => entry.variant === index)) return;
      for (const value of this.literalValuesOf(variant, propertyName)) mapping.push({ value, variant: index });
    });
    return { propertyName, mapping };
  }

  /** The string values a variant allows for one property, when they are given as `const` or `enum`. */
  private literalValuesOf(node: TypeNode, propertyName: string): string[] {
    const resolved = node.kind === 'ref' ? this.named.get(node.target)?.type : node;
    if (!resolved) return [];
    if (resolved.kind === 'intersection') return resolved.members.flatMap((member) => this.literalValuesOf(member, propertyName));
    if (resolved.kind !== 'object') return [];
    const property = resolved.properties.find((candidate) => candidate.name === propertyName);
    if (!property) return [];
    const { type } = property;
    if (type.kind === 'literal' && typeof type.value === 'string') return [type.value];
    if (type.kind === 'enum') return type.values.filter((value): value is string => typeof value === 'string');
    return [];
  }
}

/** Media types whose content is text: JSON and XML (with their `+json`/`+xml` kin, JSON lines) and `text/*`. */
export function isTextMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0]!.trim().toLowerCase();
  return base.startsWith('text/') || /^application\/(.+\+)?(json|xml)$/.test(base) || /^application\/(jsonl|x-ndjson|json-seq|x-jsonlines)$/.test(base);
}
