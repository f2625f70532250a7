/** Renders IR type nodes as TypeScript type expressions. */
import type { Property, SchemaId, TypeNode } from '../ir/types.ts';
import { docsText, jsdocBlock } from './jsdoc.ts';
import { literal, propertyKey } from './ts-syntax.ts';

export type NameOf = (id: SchemaId) => string;

/** Precedence levels, so unions inside arrays or intersections get parentheses only where needed. */
const enum Context {
  Top,
  Intersection,
  Array,
}

export function typeExpression(node: TypeNode, nameOf: NameOf): string {
  return render(node, nameOf, Context.Top);
}

function wrap(text: string, needsParens: boolean): string {
  return needsParens ? `(${text})` : text;
}

function render(node: TypeNode, nameOf: NameOf, context: Context): string {
  switch (node.kind) {
    case 'unknown':
      return 'unknown';
    case 'never':
      return 'never';
    case 'ref':
      return nameOf(node.target);
    case 'primitive':
      if (node.type === 'string') return node.binary ? 'Blob' : 'string';
      if (node.type === 'integer') return 'number';
      return node.type;
    case 'literal':
      return literal(node.value);
    case 'enum':
      return node.values.length === 0 ? 'never' : wrap(unique(node.values.map(literal)).join(' | '), context !== Context.Top && node.values.length > 1);
    case 'array': {
      const items = render(node.items, nameOf, Context.Array);
      return `${items}[]`;
    }
    case 'object':
      return objectLiteralType(node.properties, node.additionalProperties, nameOf);
    case 'union': {
      const variants = unique(node.variants.map((variant) => render(variant, nameOf, Context.Intersection)));
      if (variants.includes('unknown')) return 'unknown';
      return wrap(variants.join(' | '), context !== Context.Top && variants.length > 1);
    }
    case 'intersection': {
      const members = unique(node.members.map((member) => render(member, nameOf, Context.Intersection))).filter((member) => member !== 'unknown');
      if (members.length === 0) return 'unknown';
      return wrap(members.join(' & '), context === Context.Array && members.length > 1);
    }
    case 'nullable': {
      const inner = render(node.inner, nameOf, Context.Intersection);
      return inner === 'unknown' ? 'unknown' : wrap(`${inner} | null`, context !== Context.Top);
    }
    case 'conditional':
      // The rules narrow the base type; rendering the base alone is sound (never narrower than the schema).
      return render(node.base, nameOf, context);
  }
}

function unique(items: string[]): string[] {
  return [...new Set(items)];
}

export function propertySignature(property: Property, nameOf: NameOf): string {
  const doc = jsdocBlock(docsText(property.type.docs));
  const optional = property.required ? '' : '?';
  const readonly = property.readOnly ? 'readonly ' : '';
  return `${doc}${readonly}${propertyKey(property.name)}${optional}: ${typeExpression(property.type, nameOf)};`;
}

function objectLiteralType(properties: Property[], additional: Extract<TypeNode, { kind: 'object' }>['additionalProperties'], nameOf: NameOf): string {
  const members = properties.map((property) => propertySignature(property, nameOf));
  if (additional === 'open') members.push('[key: string]: unknown;');
  else if (typeof additional === 'object') {
    // An index signature must admit every named property too, so it widens to unknown when there are any.
    members.push(`[key: string]: ${properties.length ? 'unknown' : typeExpression(additional, nameOf)};`);
  }
  if (members.length === 0) return additional === 'closed' ? 'Record<string, never>' : '{ [key: string]: unknown }';
  return `{\n${members.join('\n')}\n}`;
}
