import type { TypeNode } from './types.ts';

/** Calls `visit` on every node of a type tree (references are reported, not followed). */
export function forEachNode(node: TypeNode, visit: (node: TypeNode) => void): void {
  visit(node);
  switch (node.kind) {
    case 'object':
      for (const property of node.properties) forEachNode(property.type, visit);
      if (typeof node.additionalProperties === 'object') forEachNode(node.additionalProperties, visit);
      break;
    case 'array':
      forEachNode(node.items, visit);
      break;
    case 'union':
      for (const variant of node.variants) forEachNode(variant, visit);
      break;
    case 'intersection':
      for (const member of node.members) forEachNode(member, visit);
      break;
    case 'nullable':
      forEachNode(node.inner, visit);
      break;
    case 'conditional':
      forEachNode(node.base, visit);
      for (const rule of node.rules) for (const part of [rule.if, rule.then, rule.else]) if (part) forEachNode(part, visit);
      if (node.expansion) forEachNode(node.expansion, visit);
      break;
  }
}

export function referencedIds(node: TypeNode): string[] {
  const ids: string[] = [];
  forEachNode(node, (child) => {
    if (child.kind === 'ref') ids.push(child.target);
  });
  return ids;
}
