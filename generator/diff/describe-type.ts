/**
 * A short, one-line rendering of an IR type for reports (`string`, `'a' | 'b'`, `Pet[]`, `{ id, name }`), with
 * the SDK's type names. Not the emitter's printer: reports need a bounded length, not a compilable type.
 */
import type { TypeNode } from '../ir/types.ts';
import { typeName, type ApiIndex, type DataSide } from './api-index.ts';
import { unwrapConditional, valueKey } from './type-shapes.ts';

export function describeType(node: TypeNode, index: ApiIndex, side: DataSide, depth = 0): string {
  const inner = (child: TypeNode) => describeType(child, index, side, depth + 1);
  switch (node.kind) {
    case 'unknown':
      return 'unknown';
    case 'never':
      return 'never';
    case 'ref': {
      const schema = index.schemas.get(node.target);
      return schema ? typeName(schema, side) : 'unknown';
    }
    case 'primitive':
      return node.binary ? 'Blob' : node.type;
    case 'literal':
      return valueKey(node.value);
    case 'enum':
      return node.values.length > 6 ? `${node.values.slice(0, 5).map(valueKey).join(' | ')} | …` : node.values.map(valueKey).join(' | ') || 'never';
    case 'object': {
      const names = node.properties.map((property) => property.name);
      return names.length ? `{ ${names.slice(0, 4).join(', ')}${names.length > 4 ? ', …' : ''} }` : 'object';
    }
    case 'array': {
      const items = inner(node.items);
      return /[ |&]/.test(items) ? `(${items})[]` : `${items}[]`;
    }
    case 'union':
      return depth > 2 ? '…' : node.variants.map(inner).join(' | ');
    case 'intersection':
      return depth > 2 ? '…' : node.members.map(inner).join(' & ');
    case 'nullable':
      return `${inner(node.inner)} | null`;
    case 'conditional':
      return describeType(unwrapConditional(node), index, side, depth);
  }
}
