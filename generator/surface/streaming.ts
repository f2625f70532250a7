/**
 * Which calls resolve to a `Stream`, and of what. Two conventions, as the Stainless SDKs have them:
 * - **flag**: a JSON body with a boolean `stream` property (OpenAI, Anthropic). The call gets overloads:
 *   `stream: true` → `Stream<Item>`, `stream` false or absent → the JSON response, an undecided boolean → either.
 * - **always**: every success response is a sequential media type (`text/event-stream`, `application/jsonl`, …),
 *   so there is nothing else to resolve to.
 * The item type is the IR's `MediaContent.stream.data` (OpenAPI 3.2 `itemSchema`, possibly added by an
 * overlay, or else the media type's `schema` as 3.0/3.1 documents write it: see ir/stream-items.ts); where the
 * spec says nothing about the items, or only that they are text, the items are `unknown`. The wire format follows the sequential media type: server-sent
 * events, or one JSON value per line.
 */
import { isJsonMediaType } from '../ir/media-types.ts';
import { baseMediaType, isSequentialMediaType } from '../ir/stream-items.ts';
import type { Resolve } from '../ir/type-query.ts';
import type { MediaContent, Operation, TypeNode } from '../ir/types.ts';
import type { CallShape } from './call-shape.ts';

export type StreamFormat = 'sse' | 'jsonl';

export interface StreamPlan {
  /** Whether the call streams only when its params say `stream: true`, or always. */
  when: 'flag' | 'always';
  /** How items are framed on the wire: server-sent events, or JSON values one per line. */
  format: StreamFormat;
  /** What iterating the stream yields (each event's decoded data); undefined when the spec does not say. */
  data?: TypeNode;
  /**
   * Server-sent events whose declared data is JSON (not a string): an event that is not JSON is then an error at
   * run time, not an item of another type. (A JSON line that is not JSON is still yielded as its text.)
   */
  jsonData?: true;
}

/**
 * Whether a type is `boolean`, possibly nullable: however the spec spells it (`nullable: true` in 3.0,
 * `type: [boolean, 'null']`, `anyOf`/`oneOf` of a boolean and `null` in 3.1, an enum or union of boolean literals).
 */
export function isBooleanType(node: TypeNode, resolve: Resolve): boolean {
  return isScalarType(node, 'boolean', resolve);
}

/**
 * Whether a type is one scalar type, possibly nullable: the type itself, or its literals, with `null` beside them
 * (as `nullable`, a `null` member of an enum or union) but never `null` alone.
 */
function isScalarType(node: TypeNode, type: 'boolean' | 'string', resolve: Resolve): boolean {
  return scalarOrNull(node, type, resolve, new Set()) === 'scalar';
}

/** `scalar` when the type is the scalar (possibly with `null`), `null` when it is only `null`, else undefined. */
function scalarOrNull(node: TypeNode, type: 'boolean' | 'string', resolve: Resolve, seen: Set<TypeNode>): 'scalar' | 'null' | undefined {
  if (seen.has(node)) return undefined;
  seen.add(node);
  const ofValues = (values: readonly unknown[]) =>
    values.every((value) => value === null || typeof value === type) ? (values.some((value) => value !== null) ? 'scalar' : 'null') : undefined;
  switch (node.kind) {
    case 'primitive':
      return node.type === type ? 'scalar' : node.type === 'null' ? 'null' : undefined;
    case 'nullable':
      return scalarOrNull(node.inner, type, resolve, seen);
    case 'ref': {
      const target = resolve(node);
      return target === undefined ? undefined : scalarOrNull(target, type, resolve, seen);
    }
    case 'enum':
      return node.values.length > 0 ? ofValues(node.values) : undefined;
    case 'literal':
      return ofValues([node.value]);
    case 'union': {
      const kinds = node.variants.map((variant) => scalarOrNull(variant, type, resolve, new Set(seen)));
      if (kinds.length === 0 || kinds.includes(undefined)) return undefined;
      return kinds.includes('scalar') ? 'scalar' : 'null';
    }
    default:
      return undefined;
  }
}

/**
 * Whether a request body type has a writable boolean `stream` property: directly, through `$ref`s, in any member
 * of an intersection or in every variant of a union.
 */
export function hasStreamFlag(node: TypeNode, resolve: Resolve, seen = new Set<TypeNode>()): boolean {
  if (seen.has(node)) return false;
  seen.add(node);
  switch (node.kind) {
    case 'ref': {
      const target = resolve(node);
      return target !== undefined && hasStreamFlag(target, resolve, seen);
    }
    case 'object':
      return node.properties.some((property) => property.name === 'stream' && !property.readOnly && isBooleanType(property.type, resolve));
    case 'nullable':
      return hasStreamFlag(node.inner, resolve, seen);
    case 'intersection':
      return node.members.some((member) => hasStreamFlag(member, resolve, new Set(seen)));
    case 'union':
      return node.variants.length > 0 && node.variants.every((variant) => hasStreamFlag(variant, resolve, new Set(seen)));
    case 'conditional':
      return hasStreamFlag(node.base, resolve, seen);
    default:
      return false;
  }
}

/** The sequential content of a response, server-sent events first. */
function streamContent(contents: readonly MediaContent[]): MediaContent | undefined {
  const sequential = contents.filter((content) => isSequentialMediaType(content.mediaType));
  return sequential.find((content) => baseMediaType(content.mediaType) === 'text/event-stream') ?? sequential[0];
}

export function streamFormatOf(mediaType: string): StreamFormat {
  return baseMediaType(mediaType) === 'text/event-stream' ? 'sse' : 'jsonl';
}

/** How an operation streams, or undefined when it does not. */
export function streamPlan(operation: Operation, call: CallShape, resolve: Resolve): StreamPlan | undefined {
  const successes = operation.responses.filter((response) => response.status.startsWith('2'));
  const declared = successes.map((response) => streamContent(response.contents)).find((content) => content !== undefined);
  const data = declared?.stream?.data;
  const body = call.body;
  const typed = (format: StreamFormat) => ({ ...(data && { data }), ...(format === 'sse' && data && !isScalarType(data, 'string', resolve) && { jsonData: true as const }) });
  if (body?.spread && isJsonMediaType(body.content.mediaType) && hasStreamFlag(body.content.type, resolve)) {
    const format = declared ? streamFormatOf(declared.mediaType) : 'sse';
    return { when: 'flag', format, ...typed(format) };
  }
  const onlySequential =
    successes.length > 0 && successes.every((response) => response.contents.length > 0 && response.contents.every((content) => isSequentialMediaType(content.mediaType)));
  if (!onlySequential || !declared) return undefined;
  const format = streamFormatOf(declared.mediaType);
  return { when: 'always', format, ...typed(format) };
}
