/** Renders IR type nodes as TypeScript type expressions. */
import type { Property, SchemaId, TypeNode } from '../ir/types.ts';
import { docsText, jsdocBlock } from './jsdoc.ts';
import { openStringType } from './pattern-template.ts';
import { literal, propertyKey } from './ts-syntax.ts';

/**
 * Which way data flows. Request-side types accept what a client may send (a field with a default may be left
 * out, `readOnly` fields are absent, untyped values are JSON); response-side types describe what arrives.
 */
export type Side = 'request' | 'response';

/**
 * The TypeScript name of a referenced schema on a side. `resolve`, where the emitter has the schemas, gives a
 * referenced schema's type, for the one rule that looks through a reference (string literals beside free text).
 * `model` and `runtime`, in a file's recording NameOf (type-names.ts), note the other types the text names, so
 * that the file's imports come from what was written, never from reading the text back.
 */
export type NameOf = ((id: SchemaId, side: Side) => string) & {
  resolve?: (id: SchemaId) => TypeNode | undefined;
  /** Notes a named type of the API named without a schema (an operation's params type, `JSONValue`). */
  model?: (name: string) => void;
  /** The module (from `src/`) that declares a named type of the API: its resource file, or the shared `models.js`. */
  moduleOf?: (name: string) => string;
  /** Notes a type of the runtime (`core/`): `Uploadable`, `APIPromise`, `Stream`… */
  runtime?: (name: string) => void;
};

/** `name`, a named type of the API (declared in a resource file or the shared models), noted as used. */
export function modelType(nameOf: NameOf, name: string): string {
  nameOf.model?.(name);
  return name;
}

/** `name`, a type of the runtime, noted as used. */
export function runtimeType(nameOf: NameOf, name: string): string {
  nameOf.runtime?.(name);
  return name;
}

/** Precedence levels, so unions inside arrays or intersections get parentheses only where needed. */
const enum Context {
  Top,
  Intersection,
  Array,
}

export function typeExpression(node: TypeNode, nameOf: NameOf, side: Side): string {
  const renderer: Renderer = { nameOf, side, refs: newRefs() };
  const text = render(node, renderer, Context.Top);
  report(renderer.refs, nameOf);
  return text;
}

/** The types a rendered text names: the API's named types and the runtime's. */
interface Refs {
  models: Set<string>;
  runtime: Set<string>;
}

interface Renderer {
  nameOf: NameOf;
  side: Side;
  /** What the text rendered so far names; a part rendered and then left out (a member swallowed by `JSONValue`) keeps its own. */
  refs: Refs;
}

const newRefs = (): Refs => ({ models: new Set(), runtime: new Set() });

function report(refs: Refs, nameOf: NameOf): void {
  for (const name of refs.models) nameOf.model?.(name);
  for (const name of refs.runtime) nameOf.runtime?.(name);
}

function merge(into: Refs, from: Refs): void {
  for (const name of from.models) into.models.add(name);
  for (const name of from.runtime) into.runtime.add(name);
}

/** What an untyped value is: on the request side it must be JSON-serialisable; what arrives is unknown. */
const ANYTHING: Record<Side, string> = { request: 'JSONValue', response: 'unknown' };

/** The untyped value, as written into the text (so `JSONValue` is noted). */
function anything(renderer: Renderer): string {
  if (renderer.side === 'request') renderer.refs.models.add(ANYTHING.request);
  return ANYTHING[renderer.side];
}

function wrap(text: string, needsParens: boolean): string {
  return needsParens ? `(${text})` : text;
}

/** Parts rendered each with its own references: the caller keeps those of the parts it writes. */
function renderParts(nodes: TypeNode[], renderer: Renderer, context: Context, each?: (node: TypeNode, part: Renderer) => string): { text: string; refs: Refs }[] {
  return nodes.map((node) => {
    const part = { ...renderer, refs: newRefs() };
    return { text: each ? each(node, part) : render(node, part, context), refs: part.refs };
  });
}

function render(node: TypeNode, renderer: Renderer, context: Context): string {
  const { side } = renderer;
  switch (node.kind) {
    case 'unknown':
      return anything(renderer);
    case 'never':
      return 'never';
    case 'ref': {
      const name = renderer.nameOf(node.target, side);
      renderer.refs.models.add(name);
      return name;
    }
    case 'primitive':
      if (node.type === 'string' && node.binary && side === 'request') {
        renderer.refs.runtime.add('Uploadable');
        return 'Uploadable';
      }
      if (node.type === 'string') return node.binary ? 'Blob' : 'string';
      if (node.type === 'integer') return 'number';
      return node.type;
    case 'literal':
      return literal(node.value);
    case 'enum':
      return node.values.length === 0 ? 'never' : wrap(unique(node.values.map(literal)).join(' | '), context !== Context.Top && node.values.length > 1);
    case 'array': {
      const items = render(node.items, renderer, Context.Array);
      return `${items}[]`;
    }
    case 'object':
      return objectLiteralType(node.properties, node.additionalProperties, renderer);
    case 'union': {
      // A plain string beside string literals would swallow them (see pattern-template.ts).
      const open = node.variants.some((variant) => isStringLiteral(variant, renderer.nameOf.resolve));
      const parts = renderParts(node.variants, renderer, Context.Intersection, (variant, part) =>
        open && isPlainString(variant) ? openStringType(variant.docs?.pattern) : render(variant, part, Context.Intersection),
      );
      if (parts.some((part) => part.text === ANYTHING[side])) return anything(renderer);
      for (const part of parts) merge(renderer.refs, part.refs);
      const variants = unique(parts.map((part) => part.text));
      return wrap(variants.join(' | '), context !== Context.Top && variants.length > 1);
    }
    case 'intersection': {
      const parts = renderParts(node.members, renderer, Context.Intersection).filter((part) => part.text !== ANYTHING[side]);
      if (parts.length === 0) return anything(renderer);
      for (const part of parts) merge(renderer.refs, part.refs);
      const members = unique(parts.map((part) => part.text));
      return wrap(members.join(' & '), context === Context.Array && members.length > 1);
    }
    case 'nullable': {
      const inner = render(node.inner, renderer, Context.Intersection);
      return inner === 'unknown' ? 'unknown' : wrap(`${inner} | null`, context !== Context.Top);
    }
    case 'conditional':
      // Without an expansion the base alone is rendered: sound, never narrower than the schema.
      return render(node.expansion ?? node.base, renderer, context);
  }
}

/**
 * A string literal, or an enum with one (directly or through references, where they can be followed): what a plain
 * `string` beside it would swallow.
 */
export function isStringLiteral(node: TypeNode, resolve?: (id: SchemaId) => TypeNode | undefined, depth = 0): boolean {
  if (node.kind === 'ref') {
    const target = depth < 8 ? resolve?.(node.target) : undefined;
    return target !== undefined && isStringLiteral(target, resolve, depth + 1);
  }
  return (node.kind === 'literal' && typeof node.value === 'string') || (node.kind === 'enum' && node.values.some((value) => typeof value === 'string'));
}

/** A string that is text (not a file), rendered `string`. */
function isPlainString(node: TypeNode): node is Extract<TypeNode, { kind: 'primitive' }> {
  return node.kind === 'primitive' && node.type === 'string' && !node.binary;
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

/** The properties a side sees: requests never carry `readOnly` fields, responses never `writeOnly` ones. */
export function visibleProperties(properties: Property[], side: Side): Property[] {
  return properties.filter((property) => (side === 'request' ? !property.readOnly : !property.writeOnly));
}

/** Only a field outside `required` may be left out: a default never makes a required field optional (the IR's rule). */
export function isOptional(property: Property): boolean {
  return !property.required;
}

/**
 * The type of a field (a property or a parameter): its type, and on the request side of an open field (IR `open`)
 * also `Unlisted`, a value the SDK does not list, written `unlisted('…')`.
 */
export function fieldType(field: { type: TypeNode; open?: true }, nameOf: NameOf, side: Side): string {
  const renderer: Renderer = { nameOf, side, refs: newRefs() };
  const text = fieldText(field, renderer);
  report(renderer.refs, nameOf);
  return text;
}

function fieldText(field: { type: TypeNode; open?: true }, renderer: Renderer): string {
  const text = render(field.type, renderer, Context.Top);
  if (!field.open || renderer.side !== 'request') return text;
  renderer.refs.runtime.add('Unlisted');
  return `${text} | Unlisted`;
}

export function propertySignature(property: Property, nameOf: NameOf, side: Side): string {
  const renderer: Renderer = { nameOf, side, refs: newRefs() };
  const text = propertyText(property, renderer);
  report(renderer.refs, nameOf);
  return text;
}

function propertyText(property: Property, renderer: Renderer): string {
  const doc = jsdocBlock(docsText(property.type.docs));
  const optional = isOptional(property) ? '?' : '';
  const readonly = property.readOnly ? 'readonly ' : '';
  return `${doc}${readonly}${propertyKey(property.name)}${optional}: ${fieldText(property, renderer)};`;
}

function objectLiteralType(allProperties: Property[], additional: Extract<TypeNode, { kind: 'object' }>['additionalProperties'], renderer: Renderer): string {
  const properties = visibleProperties(allProperties, renderer.side);
  const members = properties.map((property) => propertyText(property, renderer));
  if (additional === 'open' || typeof additional === 'object') {
    // An index signature must admit every named property too, so their types join the extra keys' type.
    const extra = additional === 'open' ? anything(renderer) : render(additional, renderer, Context.Top);
    const optional = properties.some((property) => isOptional(property)) ? ['undefined'] : [];
    // The properties' types are written again only beside a typed extra (their references are noted already).
    const admitted = extra === 'unknown' ? [extra] : [...new Set([extra, ...properties.map((property) => fieldText(property, renderer)), ...optional])];
    members.push(`[key: string]: ${admitted.length > 1 ? admitted.map((text) => (/[|&]/.test(text) ? `(${text})` : text)).join(' | ') : admitted[0]};`);
  }
  if (members.length === 0) return additional === 'closed' ? 'Record<string, never>' : `{ [key: string]: ${anything(renderer)} }`;
  return `{\n${members.join('\n')}\n}`;
}
