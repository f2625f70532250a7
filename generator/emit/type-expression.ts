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
 */
export type NameOf = ((id: SchemaId, side: Side) => string) & { resolve?: (id: SchemaId) => TypeNode | undefined };

/**
 * Runtime types a type expression may name (`core/uploads.ts`): a file a request sends is an `Uploadable`,
 * whatever `toFile` takes (a `File`, `Blob`, bytes, a stream, a `Response`); a file that arrives is a `Blob`.
 */
export const RENDERED_RUNTIME_TYPES = ['Uploadable'] as const;

/** Precedence levels, so unions inside arrays or intersections get parentheses only where needed. */
const enum Context {
  Top,
  Intersection,
  Array,
}

export function typeExpression(node: TypeNode, nameOf: NameOf, side: Side): string {
  return render(node, { nameOf, side }, Context.Top);
}

interface Renderer {
  nameOf: NameOf;
  side: Side;
}

/** What an untyped value is: on the request side it must be JSON-serialisable; what arrives is unknown. */
function anything(side: Side): string {
  return side === 'request' ? 'JSONValue' : 'unknown';
}

function wrap(text: string, needsParens: boolean): string {
  return needsParens ? `(${text})` : text;
}

function render(node: TypeNode, renderer: Renderer, context: Context): string {
  const { side } = renderer;
  switch (node.kind) {
    case 'unknown':
      return anything(side);
    case 'never':
      return 'never';
    case 'ref':
      return renderer.nameOf(node.target, side);
    case 'primitive':
      if (node.type === 'string') return node.binary ? (side === 'request' ? 'Uploadable' : 'Blob') : 'string';
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
      const variants = unique(
        node.variants.map((variant) => (open && isPlainString(variant) ? openStringType(variant.docs?.pattern) : render(variant, renderer, Context.Intersection))),
      );
      if (variants.includes(anything(side))) return anything(side);
      return wrap(variants.join(' | '), context !== Context.Top && variants.length > 1);
    }
    case 'intersection': {
      const members = unique(node.members.map((member) => render(member, renderer, Context.Intersection))).filter((member) => member !== anything(side));
      if (members.length === 0) return anything(side);
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

export function propertySignature(property: Property, nameOf: NameOf, side: Side): string {
  const doc = jsdocBlock(docsText(property.type.docs));
  const optional = isOptional(property) ? '?' : '';
  const readonly = property.readOnly ? 'readonly ' : '';
  return `${doc}${readonly}${propertyKey(property.name)}${optional}: ${typeExpression(property.type, nameOf, side)};`;
}

function objectLiteralType(allProperties: Property[], additional: Extract<TypeNode, { kind: 'object' }>['additionalProperties'], renderer: Renderer): string {
  const { nameOf, side } = renderer;
  const properties = visibleProperties(allProperties, side);
  const members = properties.map((property) => propertySignature(property, nameOf, side));
  if (additional === 'open' || typeof additional === 'object') {
    // An index signature must admit every named property too, so their types join the extra keys' type.
    const extra = additional === 'open' ? anything(side) : typeExpression(additional, nameOf, side);
    const optional = properties.some((property) => isOptional(property)) ? ['undefined'] : [];
    const admitted = extra === 'unknown' ? [extra] : [...new Set([extra, ...properties.map((property) => typeExpression(property.type, nameOf, side)), ...optional])];
    members.push(`[key: string]: ${admitted.length > 1 ? admitted.map((text) => (/[|&]/.test(text) ? `(${text})` : text)).join(' | ') : admitted[0]};`);
  }
  if (members.length === 0) return additional === 'closed' ? 'Record<string, never>' : `{ [key: string]: ${anything(side)} }`;
  return `{\n${members.join('\n')}\n}`;
}
