/**
 * How deep a type goes, counting the types its references lead to: the stages after the IR follow references
 * recursively (is a body an object, what example to show, which types a call uses), so a chain of schemas each
 * referring to the next is as deep for them as one nested schema. Each file is at most MAX_NESTING levels deep
 * (load/document-bounds.ts); a chain of references is bounded here, with a located error past MAX_TYPE_DEPTH
 * (docs/security.md). A reference back into a type being measured (a cycle) ends the path: the walkers stop there too.
 */
import { GeneratorError, type SourceLocation } from '../errors.ts';
import { childNodes } from './type-walk.ts';
import type { NamedSchema, SchemaId, TypeNode } from './types.ts';

/** Type nodes on one path through references (an allOf link is two: the intersection and the reference). */
export const MAX_TYPE_DEPTH = 1500;

interface Frame {
  node: TypeNode;
  /** The named schema the node belongs to. */
  schema: SchemaId;
  /** Whether the node is that schema's whole type. */
  root: boolean;
  children: TypeNode[];
  next: number;
  /** The deepest child so far. */
  deepest: number;
}

/** The depth of every named schema's type (iteratively: the chain being measured may be thousands long). */
export function typeDepths(named: ReadonlyMap<SchemaId, NamedSchema>, onDepth?: (depth: number, schema: SchemaId) => void): Map<SchemaId, number> {
  const depths = new Map<SchemaId, number>();
  const measuring = new Set<SchemaId>();
  const stack: Frame[] = [];
  const push = (node: TypeNode, schema: SchemaId, root: boolean) => {
    if (root) measuring.add(schema);
    stack.push({ node, schema, root, children: childNodes(node), next: 0, deepest: 0 });
  };
  for (const start of named.values()) {
    if (depths.has(start.id)) continue;
    push(start.type, start.id, true);
    while (stack.length) {
      const frame = stack.at(-1)!;
      if (frame.node.kind === 'ref' && frame.next === 0) {
        frame.next = 1;
        const target = named.get(frame.node.target);
        if (target && !measuring.has(target.id)) {
          const known = depths.get(target.id);
          if (known === undefined) {
            push(target.type, target.id, true);
            continue;
          }
          frame.deepest = known;
        }
      } else if (frame.next < frame.children.length) {
        push(frame.children[frame.next++]!, frame.schema, false);
        continue;
      }
      stack.pop();
      const depth = frame.deepest + 1;
      onDepth?.(depth, frame.schema);
      if (frame.root) {
        depths.set(frame.schema, depth);
        measuring.delete(frame.schema);
      }
      const parent = stack.at(-1);
      if (parent) parent.deepest = Math.max(parent.deepest, depth);
    }
  }
  return depths;
}

/** Refuses a type deeper than MAX_TYPE_DEPTH, at the named schema where the path first goes past it. */
export function checkTypeDepth(named: ReadonlyMap<SchemaId, NamedSchema>, locate: (pointer: string) => SourceLocation): void {
  typeDepths(named, (depth, schema) => {
    if (depth <= MAX_TYPE_DEPTH) return;
    throw new GeneratorError(
      `the schema ${schema} is more than ${MAX_TYPE_DEPTH} levels deep, counting the schemas its references lead to (a chain of schemas each referring to the next)`,
      locate(schema),
      `shorten the chain of references that starts there: at most ${MAX_TYPE_DEPTH} levels of nested schemas and references are read`,
    );
  });
}
