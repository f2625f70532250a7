import type { TypeNode } from './types.ts';

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
