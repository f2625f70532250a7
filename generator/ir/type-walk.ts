import type { MediaContent, Operation, SchemaId, TypeNode } from './types.ts';

/** The nodes a type node is made of, in order (a reference has none: its target is another type). */
export function childNodes(node: TypeNode): TypeNode[] {
  switch (node.kind) {
    case 'object':
      return [...node.properties.map((property) => property.type), ...(typeof node.additionalProperties === 'object' ? [node.additionalProperties] : [])];
    case 'array':
      return [node.items];
    case 'union':
      return node.variants;
    case 'intersection':
      return node.members;
    case 'nullable':
      return [node.inner];
    case 'conditional':
      return [
        node.base,
        ...node.rules.flatMap((rule) => [rule.if, rule.then, rule.else].filter((part): part is TypeNode => part !== undefined)),
        ...(node.expansion ? [node.expansion] : []),
      ];
    default:
      return [];
  }
}

/** Calls `visit` on every node of a type tree (references are reported, not followed). */
export function forEachNode(node: TypeNode, visit: (node: TypeNode) => void): void {
  visit(node);
  for (const child of childNodes(node)) forEachNode(child, visit);
}

export function referencedIds(node: TypeNode): string[] {
  const ids: string[] = [];
  forEachNode(node, (child) => {
    if (child.kind === 'ref') ids.push(child.target);
  });
  return ids;
}

/** The types one media content carries: its schema, and a stream's item and data. */
export function contentTypes(content: MediaContent): TypeNode[] {
  return [content.type, ...(content.stream ? [content.stream.item, ...(content.stream.data ? [content.stream.data] : [])] : [])];
}

/** The types an operation sends (its parameters and request bodies) and receives (its responses). */
export function operationTypes(operation: Pick<Operation, 'parameters' | 'requestBody' | 'responses'>): { request: TypeNode[]; response: TypeNode[] } {
  return {
    request: [...operation.parameters.map((parameter) => parameter.type), ...(operation.requestBody?.contents ?? []).flatMap(contentTypes)],
    response: operation.responses.flatMap((response) => response.contents.flatMap(contentTypes)),
  };
}

/** Follows references from the given roots and returns every named schema reached (`typeOf`: a named schema's type). */
export function reachableIds(typeOf: (id: SchemaId) => TypeNode | undefined, roots: TypeNode[]): Set<SchemaId> {
  const reached = new Set<SchemaId>();
  const queue = roots.flatMap(referencedIds);
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const type = typeOf(id);
    if (type) queue.push(...referencedIds(type));
  }
  return reached;
}
