/**
 * OpenAPI 3.2 `itemSchema`: the schema of each item of a sequential media type, which is what a streaming
 * response yields. For JSON sequences (`application/jsonl`, `application/x-ndjson`, `application/json-seq`) an
 * item is one JSON value. For `text/event-stream` an item is one server-sent event, `{ event, data, id, retry }`,
 * whose `data` is text; the JSON it carries is given by `data`'s `contentSchema` (with `contentMediaType` JSON),
 * so that is what a caller iterates over.
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
 * The stream items of one media type object, or undefined when it has no `itemSchema` or is not sequential.
 * `typeName` names the inline item type (`<Operation>ResponseItem`); a referenced one keeps its own name.
 */
export function readStreamItems(document: Schema, mediaType: string, media: Schema, path: readonly string[], typeName: string, typer: StreamTyper): StreamItems | undefined {
  if (media.itemSchema === undefined || !isSequentialMediaType(mediaType)) return undefined;
  const itemPath = [...path, 'itemSchema'];
  const item = typer.name(`${typeName}Item`, itemPath, typer.convert(media.itemSchema, itemPath));
  if (baseMediaType(mediaType) !== 'text/event-stream') return { item, data: item };
  const data = eventData(document, media.itemSchema, itemPath, `${typeName}ItemData`, typer);
  return { item, ...(data && { data }) };
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
