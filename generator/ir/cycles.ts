/**
 * Cycles that no type can express: `A = allOf[B]`, `B = allOf[A]` (or through oneOf/anyOf) makes each type
 * *be* the other, which TypeScript rejects. Recursion through a property or an array is fine and kept; a cycle
 * made only of composition is cut where it closes, the reference there read as `unknown` (wider, never narrower).
 */
import type { GeneratorWarning, SourceLocation } from '../errors.ts';
import type { NamedSchema, TypeNode } from './types.ts';
import { WARNING_KINDS } from '../warning-kinds.ts';

/** References a type is made of directly: through unions, intersections and the like, not inside objects or arrays. */
function directRefs(node: TypeNode, found: TypeNode[] = []): TypeNode[] {
  switch (node.kind) {
    case 'ref':
      found.push(node);
      break;
    case 'union':
      node.variants.forEach((variant) => directRefs(variant, found));
      break;
    case 'intersection':
      node.members.forEach((member) => directRefs(member, found));
      break;
    case 'nullable':
      directRefs(node.inner, found);
      break;
    case 'conditional':
      directRefs(node.expansion ?? node.base, found);
      break;
  }
  return found;
}

export function breakCompositionCycles(named: Map<string, NamedSchema>, warn: (warning: GeneratorWarning) => void, locate: (pointer: string) => SourceLocation): void {
  const state = new Map<string, 'visiting' | 'done'>();
  const visit = (schema: NamedSchema) => {
    state.set(schema.id, 'visiting');
    for (const ref of directRefs(schema.type)) {
      if (ref.kind !== 'ref') continue;
      const target = named.get(ref.target);
      if (!target) continue;
      if (state.get(target.id) === 'visiting') {
        warn({
          kind: WARNING_KINDS.compositionCycle,
          message: `${schema.originalName} is defined as ${target.originalName} and ${target.originalName} as ${schema.originalName} (through allOf/oneOf/anyOf only): that cycle is read as unknown here`,
          location: locate(schema.id),
        });
        // The node is shared with nothing else (each conversion makes its own), so it can be turned in place.
        Object.assign(ref, { kind: 'unknown' });
        delete (ref as { target?: string }).target;
      } else if (!state.has(target.id)) {
        visit(target);
      }
    }
    state.set(schema.id, 'done');
  };
  for (const schema of named.values()) if (!state.has(schema.id)) visit(schema);
}
