/**
 * The items of a sequential media type (`text/event-stream`, JSON lines), which is what a streaming response
 * yields. For JSON sequences (`application/jsonl`, `application/x-ndjson`, `application/json-seq`) an item is one
 * JSON value. For `text/event-stream` an item is one server-sent event, `{ event, data, id, retry }`, whose `data`
 * is text; the JSON it carries is what a caller iterates over.
 *
 * - OpenAPI 3.2 `itemSchema` says what each item is; for events, the JSON is `data`'s `contentSchema` (with
 *   `contentMediaType` JSON), or `data`'s own schema when that is not a string.
 * - Without `itemSchema` (every 3.0 and 3.1 document), the media type's `schema` is read as those specs write it:
 *   an event envelope (`properties` among `event`, `data`, `id`, `retry`, with `data`) as `itemSchema` would be;
 *   an array as the whole stream, its `items` being one item (how 3.2 models a complete stream in `schema`); any
 *   other schema that is not text (an object, a `$ref`, a composition) as the JSON of each event's `data` or of
 *   each line. A text schema (`type: string`, `format: binary`, no type at all) says nothing about the items.
 *   `itemSchema` wins where both are present.
 */
import { getAtPath, pathFromPointer } from '../load/json-pointer.ts';
import { isObject } from '../load/schema-walk.ts';
import type { StreamItems, TypeNode } from './types.ts';

type Schema = Record<string, unknown>;

export const SEQUENTIAL_MEDIA_TYPES = ['text/event-stream', 'application/jsonl', 'application/x-ndjson', 'application/json-seq', 'application/x-jsonlines'] as const;

export function baseMediaType(mediaType: string): string {
  return mediaType.split(';')[0]!.trim().toLowerCase();
}

export function isSequentialMediaType(mediaType: string): boolean {
  return (SEQUENTIAL_MEDIA_TYPES as readonly string[]).includes(baseMediaType(mediaType));
}

/** What StreamItems needs from the schema builder: typing a schema at a path, and naming an inline type. */
export interface StreamTyper {
  convert(schema: unknown, path: readonly string[]): TypeNode;
  name(candidate: string, path: readonly string[], type: TypeNode): TypeNode;
}

/**
 * The stream items of one media type object, or undefined when it is not sequential or says nothing about them.
 * `typeName` names the inline item type (`<Operation>ResponseItem`); a referenced one keeps its own name.
 * `schemaType` is the media type's `schema` as already typed (and named): a `schema` that is the items' data is
 * that type, not a second copy of it.
 */
export function readStreamItems(
  document: Schema,
  mediaType: string,
  media: Schema,
  path: readonly string[],
  typeName: string,
  typer: StreamTyper,
  schemaType?: TypeNode,
): StreamItems | undefined {
  if (!isSequentialMediaType(mediaType)) return undefined;
  if (media.itemSchema === undefined) return schemaItems(document, mediaType, media.schema, [...path, 'schema'], typeName, typer, schemaType);
  const itemPath = [...path, 'itemSchema'];
  const item = typer.name(`${typeName}Item`, itemPath, typer.convert(media.itemSchema, itemPath));
  if (baseMediaType(mediaType) !== 'text/event-stream') return { item, data: item };
  const data = eventData(document, media.itemSchema, itemPath, `${typeName}ItemData`, typer);
  return { item, ...(data && { data }) };
}

/**
 * The stream items a media type's `schema` describes, where there is no `itemSchema` (see the module comment).
 * `schemaType` is the schema's own type when it is known; an array's items are typed here.
 */
function schemaItems(
  document: Schema,
  mediaType: string,
  schema: unknown,
  schemaPath: readonly string[],
  typeName: string,
  typer: StreamTyper,
  schemaType?: TypeNode,
  inArray = false,
): StreamItems | undefined {
  const { schema: resolved } = resolve(document, schema, schemaPath);
  if (!isObject(resolved) || isText(resolved)) return undefined;
  const typed = () => schemaType ?? typer.name(`${typeName}Item`, schemaPath, typer.convert(schema, schemaPath));
  if (!inArray && (resolved.type === 'array' || (resolved.type === undefined && 'items' in resolved && !('properties' in resolved)))) {
    return 'items' in resolved
      ? schemaItems(document, mediaType, resolved.items, [...resolvedPath(document, schema, schemaPath), 'items'], typeName, typer, undefined, true)
      : undefined;
  }
  if (baseMediaType(mediaType) !== 'text/event-stream') {
    const item = typed();
    return { item, data: item };
  }
  if (isEventEnvelope(document, schema, schemaPath)) {
    const item = typed();
    const data = eventData(document, schema, schemaPath, `${typeName}Data`, typer);
    return { item, ...(data && { data }) };
  }
  const data = typed();
  return { item: data, data };
}

/** The path of the schema a chain of `$ref`s leads to. */
function resolvedPath(document: Schema, schema: unknown, path: readonly string[]): readonly string[] {
  return resolve(document, schema, path).path;
}

/** Text, not JSON: `type: string` (or string and null), or no type and no structure (`{}`, `format: binary`). */
function isText(schema: Schema): boolean {
  const declared = schema.type;
  if (declared === 'string' || (Array.isArray(declared) && declared.length > 0 && declared.every((type) => type === 'string' || type === 'null'))) return true;
  return declared === undefined && !['properties', 'items', 'allOf', 'oneOf', 'anyOf', 'additionalProperties', 'enum', 'const'].some((keyword) => keyword in schema);
}

const EVENT_FIELDS = new Set(['event', 'data', 'id', 'retry']);

/**
 * Whether a schema is a server-sent event (`properties` among `event`, `data`, `id`, `retry`, with `data`), or a
 * `oneOf`/`anyOf` of such events, rather than the JSON one event carries.
 */
function isEventEnvelope(document: Schema, schema: unknown, path: readonly string[], depth = 0): boolean {
  const { schema: resolved, path: resolvedAt } = resolve(document, schema, path);
  if (!isObject(resolved) || depth > 8) return false;
  if (isObject(resolved.properties)) {
    const keys = Object.keys(resolved.properties);
    return keys.includes('data') && keys.every((key) => EVENT_FIELDS.has(key));
  }
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const list = resolved[keyword];
    if (Array.isArray(list) && list.length > 0) return list.every((member, index) => isEventEnvelope(document, member, [...resolvedAt, keyword, String(index)], depth + 1));
  }
  return false;
}

/** Follows `$ref`s to the schema they name, with its path in the document. */
function resolve(document: Schema, schema: unknown, path: readonly string[]): { schema: unknown; path: readonly string[] } {
  for (let depth = 0; isObject(schema) && typeof schema.$ref === 'string' && schema.$ref.startsWith('#') && depth < 32; depth++) {
    path = pathFromPointer(schema.$ref);
    schema = getAtPath(document, path);
  }
  return { schema, path };
}

/**
 * The decoded type of an event's `data`: its `contentSchema`, or its own schema when that is not a string
 * (some specs type `data` as the JSON it carries); across `oneOf`/`anyOf` event alternatives, the union of
 * theirs. Undefined when any alternative's data is plain text, or the event declares no `data`.
 */
function eventData(document: Schema, itemSchema: unknown, itemPath: readonly string[], typeName: string, typer: StreamTyper): TypeNode | undefined {
  const { schema, path } = resolve(document, itemSchema, itemPath);
  if (!isObject(schema)) return undefined;
  for (const keyword of ['oneOf', 'anyOf'] as const) {
    const list = schema[keyword];
    if (!Array.isArray(list) || schema.properties !== undefined) continue;
    const variants = list.map((member, index) => eventData(document, member, [...path, keyword, String(index)], `${typeName}${index + 1}`, typer));
    if (variants.some((variant) => variant === undefined)) return undefined;
    return { kind: 'union', variants: variants as TypeNode[], exclusive: keyword === 'oneOf' };
  }
  const properties = isObject(schema.properties) ? schema.properties : {};
  const { schema: dataSchema, path: dataPath } = resolve(document, properties.data, [...path, 'properties', 'data']);
  if (!isObject(dataSchema)) return undefined;
  if (dataSchema.contentSchema !== undefined) {
    const contentPath = [...dataPath, 'contentSchema'];
    return typer.name(typeName, contentPath, typer.convert(dataSchema.contentSchema, contentPath));
  }
  const declared = dataSchema.type;
  const isText = declared === 'string' || (Array.isArray(declared) && declared.every((type) => type === 'string' || type === 'null'));
  const structured = ['properties', 'items', 'allOf', 'oneOf', 'anyOf'].some((keyword) => keyword in dataSchema);
  if (isText || (declared === undefined && !structured)) return undefined;
  return typer.name(typeName, dataPath, typer.convert(properties.data, [...path, 'properties', 'data']));
}
