/**
 * The IR's type algebra as self-contained JSON Schema (draft 2020-12): what a tool's input schema is made of. One
 * transform, read off the IR (never the spec), so the schema says what the SDK's types say:
 * - references are inlined (a client receives one document, no `$ref`); a reference back into a schema being
 *   inlined, or one deeper than `maxDepth`, becomes `{}` (any value) rather than growing without end;
 * - `nullable` becomes a `null` type (no OpenAPI 3.0 `nullable` keyword), unions `anyOf` (a spec's `oneOf`
 *   variants often overlap, and a validator would refuse what matches two), `allOf` stays `allOf`, a conditional
 *   its expansion when it has one, else its base;
 * - on the request side, read-only properties are left out, and an open field (a model: see open-fields.ts) takes
 *   its listed values or any other string (`anyOf: [{ enum }, { type: 'string' }]`), as the SDK takes `unlisted('…')`;
 * - only the validation keywords a caller needs are kept, and descriptions are cut to `descriptionLength`, so the
 *   schema stays small; a `pattern` that a JSON Schema validator cannot compile as a Unicode regular expression
 *   is dropped (it would make the whole tool unusable).
 */
import type { Resolve } from './type-query.ts';
import type { Docs, TypeNode } from './types.ts';

export type JsonSchema = { [key: string]: unknown };

export interface JsonSchemaOptions {
  resolve: Resolve;
  side: 'request' | 'response';
  /** Nesting depth below which a schema is `{}` (default 8). */
  maxDepth?: number;
  /** Longest description kept, in characters (default 200; 0 keeps none). */
  descriptionLength?: number;
}

/** Text cut at the last word boundary before `length` characters, marked with `…`; whitespace runs become one space. */
export function shortText(text: string, length: number): string {
  const clean = text.replace(/\s+/g, ' ').trim();
  if (clean.length <= length) return clean;
  const cut = clean.slice(0, length - 1);
  const boundary = cut.lastIndexOf(' ');
  return `${boundary > length / 2 ? cut.slice(0, boundary) : cut}…`;
}

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, 'u');
    return true;
  } catch {
    return false;
  }
}

/** The validation facts of a node's docs, as 2020-12 keywords. */
function docKeywords(docs: Docs | undefined, descriptionLength: number): JsonSchema {
  if (!docs) return {};
  const out: JsonSchema = {};
  const text = docs.description ?? docs.summary ?? docs.title;
  if (text && descriptionLength > 0) out.description = shortText(text, descriptionLength);
  if (docs.deprecated) out.deprecated = true;
  if (docs.default !== undefined) out.default = docs.default;
  for (const key of ['format', 'minimum', 'maximum', 'minLength', 'maxLength', 'minItems', 'maxItems', 'multipleOf', 'uniqueItems', 'minProperties', 'maxProperties'] as const) {
    if (docs[key] !== undefined) out[key] = docs[key];
  }
  // OpenAPI 3.0 writes exclusive bounds as booleans beside minimum/maximum; 2020-12 as the bound itself.
  for (const [key, bound] of [
    ['exclusiveMinimum', 'minimum'],
    ['exclusiveMaximum', 'maximum'],
  ] as const) {
    const value = docs[key];
    if (typeof value === 'number') out[key] = value;
    else if (value === true && typeof docs[bound] === 'number') {
      out[key] = docs[bound];
      delete out[bound];
    }
  }
  if (docs.pattern !== undefined && compiles(docs.pattern)) out.pattern = docs.pattern;
  return out;
}

/** An open field's schema: its listed values, or any other string (sent as it is); the annotations stay outside. */
export function openFieldSchema(schema: JsonSchema): JsonSchema {
  const { description, default: fallback, deprecated, ...listed } = schema;
  return {
    anyOf: [listed, { type: 'string' }],
    ...(description !== undefined && { description }),
    ...(fallback !== undefined && { default: fallback }),
    ...(deprecated !== undefined && { deprecated }),
  };
}

export function toJsonSchema(node: TypeNode, options: JsonSchemaOptions): JsonSchema {
  const maxDepth = options.maxDepth ?? 8;
  const descriptionLength = options.descriptionLength ?? 200;
  const inlining = new Set<string>();

  const convert = (current: TypeNode, depth: number): JsonSchema => {
    if (depth > maxDepth) return {};
    const docs = docKeywords(current.docs, descriptionLength);
    const next = (child: TypeNode) => convert(child, depth + 1);
    switch (current.kind) {
      case 'unknown':
        return docs;
      case 'never':
        return { not: {} };
      case 'ref': {
        const target = options.resolve(current);
        if (!target || inlining.has(current.target)) return docs;
        inlining.add(current.target);
        try {
          return { ...convert(target, depth), ...docs };
        } finally {
          inlining.delete(current.target);
        }
      }
      case 'primitive':
        return { type: current.type, ...(current.binary && { contentEncoding: 'base64' }), ...docs };
      case 'literal':
        return { const: current.value, ...docs };
      case 'enum':
        return { enum: current.values, ...docs };
      case 'object': {
        const properties: Record<string, JsonSchema> = {};
        const required: string[] = [];
        for (const property of current.properties) {
          if (options.side === 'request' ? property.readOnly : property.writeOnly) continue;
          properties[property.name] = property.open && options.side === 'request' ? openFieldSchema(next(property.type)) : next(property.type);
          if (property.required) required.push(property.name);
        }
        const extra = current.additionalProperties;
        return {
          type: 'object',
          ...(Object.keys(properties).length > 0 && { properties }),
          ...(required.length > 0 && { required }),
          ...(extra === 'closed' ? { additionalProperties: false } : typeof extra === 'object' ? { additionalProperties: next(extra) } : {}),
          ...docs,
        };
      }
      case 'array':
        return { type: 'array', items: next(current.items), ...docs };
      case 'union':
        return { anyOf: current.variants.map(next), ...docs };
      case 'intersection':
        return { allOf: current.members.map(next), ...docs };
      case 'nullable': {
        const inner = next(current.inner);
        if (typeof inner.type === 'string' && !('enum' in inner) && !('const' in inner)) return { ...inner, type: [inner.type, 'null'], ...docs };
        return { anyOf: [inner, { type: 'null' }], ...docs };
      }
      case 'conditional':
        return { ...convert(current.expansion ?? current.base, depth), ...docs };
    }
  };
  return convert(node, 0);
}
