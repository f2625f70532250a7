/**
 * Which operations of two versions are the same endpoint, what each reaches, and the model values its request
 * body takes: the operation-level facts the diff is built on.
 */
import { referencedIds } from '../ir/type-walk.ts';
import type { SchemaId, TypeNode } from '../ir/types.ts';
import type { SurfaceOperation } from '../surface/types.ts';
import type { ApiIndex } from './api-index.ts';
import { enumValues } from './type-shapes.ts';

export function endpointOf(operation: Pick<SurfaceOperation, 'method' | 'pathKey'>): string {
  return `${operation.method.toUpperCase()} ${operation.pathKey}`;
}

export interface Pairing {
  pairs: { before: SurfaceOperation; after: SurfaceOperation }[];
  added: SurfaceOperation[];
  removed: SurfaceOperation[];
}

/**
 * Old and new operations that are the same endpoint: same method and path key (fragment included); else the
 * same `operationId` or the same name at another path (a move).
 */
export function pairOperations(before: SurfaceOperation[], after: SurfaceOperation[]): Pairing {
  const pairs: Pairing['pairs'] = [];
  const leftBefore = new Set(before);
  const leftAfter = new Set(after);
  const match = (key: (operation: SurfaceOperation) => string | undefined) => {
    const byKey = new Map<string, SurfaceOperation>();
    for (const operation of leftBefore) {
      const value = key(operation);
      if (value !== undefined && !byKey.has(value)) byKey.set(value, operation);
    }
    for (const operation of [...leftAfter]) {
      const value = key(operation);
      const old = value === undefined ? undefined : byKey.get(value);
      if (!old || !leftBefore.has(old)) continue;
      pairs.push({ before: old, after: operation });
      leftBefore.delete(old);
      leftAfter.delete(operation);
    }
  };
  match((operation) => `${operation.method} ${operation.pathKey}`);
  match((operation) => operation.operationId);
  match((operation) => operation.name);
  return { pairs, added: [...leftAfter], removed: [...leftBefore] };
}

/** Every schema an operation reaches through its parameters, body and responses. */
export function reachedBy(operation: SurfaceOperation, index: ApiIndex): Set<SchemaId> {
  const queue = [
    ...operation.parameters.map((parameter) => parameter.type),
    ...(operation.requestBody?.contents ?? []).map((content) => content.type),
    ...operation.responses.flatMap((response) => response.contents.map((content) => content.type)),
  ].flatMap(referencedIds);
  const reached = new Set<SchemaId>();
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const schema = index.schemas.get(id);
    if (schema) queue.push(...referencedIds(schema.type));
  }
  return reached;
}

/** The string values the top-level `model` field of an operation's request body allows. */
export function modelValues(operation: SurfaceOperation, index: ApiIndex): string[] {
  const values = new Set<string>();
  const seen = new Set<string>();
  const visit = (node: TypeNode, atRoot: boolean): void => {
    switch (node.kind) {
      case 'ref': {
        if (seen.has(node.target)) return;
        seen.add(node.target);
        const schema = index.schemas.get(node.target);
        if (schema) visit(schema.type, atRoot);
        return;
      }
      case 'intersection':
        return node.members.forEach((part) => visit(part, atRoot));
      case 'union':
        return node.variants.forEach((variant) => visit(variant, atRoot));
      case 'conditional':
        return visit((node as { expansion?: TypeNode }).expansion ?? node.base, atRoot);
      case 'nullable':
        return visit(node.inner, atRoot);
      case 'object': {
        if (!atRoot) return;
        const model = node.properties.find((property) => property.name === 'model');
        if (!model) return;
        const collect = (type: TypeNode): void => {
          if (type.kind === 'ref') {
            const schema = index.schemas.get(type.target);
            if (schema) collect(schema.type);
            return;
          }
          for (const value of enumValues(type) ?? []) if (typeof value === 'string') values.add(value);
        };
        collect(model.type);
        return;
      }
    }
  };
  const body = operation.requestBody?.contents[0];
  if (body) visit(body.type, true);
  return [...values];
}
