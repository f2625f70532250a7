/**
 * Paginated calls: an operation the IR found to return one page of a list (see ir/pagination.ts) returns a
 * `PagePromise` of its items, and takes `PageOptions`, in its standalone function and on its resource alike.
 */
import { isJsonMediaType } from '../ir/media-types.ts';
import { propertiesOf, resolverOf } from '../ir/type-query.ts';
import type { TypeNode } from '../ir/types.ts';
import type { SurfaceApi, SurfaceOperation } from '../surface/types.ts';
import { typeExpression, type NameOf } from './type-expression.ts';

export interface PagedCall {
  /** The type of one item. */
  item: string;
  /** The runtime `PaginationSpec` (JSON). */
  spec: object;
}

/** The paged form of an operation's call, or undefined when it is an ordinary call. */
export function pagedCall(operation: SurfaceOperation, api: SurfaceApi, nameOf: NameOf): PagedCall | undefined {
  const pagination = api.paginations.find((candidate) => candidate.operation === operation.name);
  if (!pagination) return undefined;
  const response = operation.responses.find((candidate) => /^2\d\d$|^2XX$/i.test(candidate.status));
  let node: TypeNode | undefined = response?.contents.find((content) => isJsonMediaType(content.mediaType))?.type;
  const resolve = resolverOf(api);
  const strip = (start: TypeNode | undefined) => {
    let current = start;
    for (let depth = 0; current && depth < 8 && (current.kind === 'ref' || current.kind === 'nullable'); depth++)
      current = current.kind === 'ref' ? resolve(current) : current.inner;
    return current;
  };
  for (const name of pagination.items) {
    // allOf may declare a property twice (`items: {}` in a base, `items: Thing[]` in the extension): the array one counts.
    const types = node
      ? propertiesOf(node, resolve)
          .filter((property) => property.name === name)
          .map((property) => property.type)
      : [];
    node = types.find((type) => strip(type)?.kind === 'array') ?? types.find((type) => strip(type)?.kind !== 'unknown') ?? types[0];
  }
  node = strip(node);
  if (!node || node.kind !== 'array') return undefined;
  const { operation: _operation, ...spec } = pagination;
  return { item: typeExpression(node.items, nameOf, 'response'), spec };
}
