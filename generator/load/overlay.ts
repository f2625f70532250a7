/**
 * OpenAPI Overlay 1.0 (https://spec.openapis.org/overlay/v1.0.0): a separate document of ordered actions that
 * change a spec its owner does not edit (add a missing schema, fix a type, drop an endpoint) before the generator
 * reads it. Each action selects nodes with an RFC 9535 JSONPath `target` and either merges `update` into them or
 * removes them (`remove: true`).
 *
 * Merge rule: an object update is merged key by key into an object target, recursively where both sides hold an
 * object; any other value (string, number, array) replaces the target's. Into an array target, an array update
 * is appended item by item and any other update is appended as one item. `extends` is not followed: the config
 * names the spec the overlays apply to.
 *
 * No maintained npm implementation fits (openapi-overlays-js pulls in openapi-format and an older JSONPath), so
 * this is a small one on `jsonpath-rfc9535` (no dependencies, passes the JSONPath compliance suite).
 */
import { exec, type JsonValue } from 'jsonpath-rfc9535';
import { GeneratorError, type GeneratorWarning, type SourceLocation } from '../errors.ts';
import { pointerFromPath } from './json-pointer.ts';
import { readDocument, type SourceDocument } from './read-document.ts';
import { isObject } from './schema-walk.ts';
import { WARNING_KINDS } from '../warning-kinds.ts';

type Json = Record<string, unknown>;

/** One overlay as read from its file, checked, with a way to point at its lines. */
export interface OverlayDocument {
  source: SourceDocument;
  actions: { target: string; update?: unknown; remove: boolean; index: number }[];
}

/** Reads and checks an overlay document; every error names the overlay file, line and pointer. */
export async function readOverlay(file: string): Promise<OverlayDocument> {
  const source = await readDocument(file, 'overlay');
  return { source, actions: checkOverlay(source) };
}

export function checkOverlay(source: SourceDocument): OverlayDocument['actions'] {
  const { data } = source;
  const fail = (message: string, pointer: string, hint: string): never => {
    throw new GeneratorError(`overlay: ${message}`, source.locate(pointer), hint);
  };
  if (data.overlay === undefined) {
    fail('this is not an Overlay document: it has no `overlay` field', '#', 'an overlay starts with `overlay: 1.0.0`, `info` and a list of `actions`');
  }
  if (!/^1\.0\.\d+$/.test(String(data.overlay))) {
    fail(`Overlay version ${JSON.stringify(data.overlay)} is not supported`, '#/overlay', 'write `overlay: 1.0.0`');
  }
  if (!isObject(data.info) || typeof data.info.title !== 'string' || typeof data.info.version !== 'string') {
    fail('`info` needs a `title` and a `version` (strings)', '#/info', 'add `info: { title: ..., version: "1.0.0" }`');
  }
  if (!Array.isArray(data.actions) || data.actions.length === 0) {
    fail('`actions` must be a non-empty list', '#/actions', 'list the changes as `actions: [{ target: "$...", update: {...} }]`');
  }
  return (data.actions as unknown[]).map((action, index) => {
    const at = `#/actions/${index}`;
    if (!isObject(action)) return fail('an action must be an object', at, 'write `{ target: "$.paths", update: {...} }` or `{ target: ..., remove: true }`');
    if (typeof action.target !== 'string' || !action.target.startsWith('$')) {
      return fail('an action needs a `target`: a JSONPath expression starting with `$`', `${at}/target`, 'for example `target: "$.components.schemas.Pet"`');
    }
    if (action.remove !== undefined && typeof action.remove !== 'boolean') fail('`remove` must be true or false', `${at}/remove`, 'write `remove: true`');
    if (action.remove !== true && !('update' in action)) fail('an action needs `update` or `remove: true`', at, 'say what to do with the nodes the target selects');
    return { target: action.target, ...('update' in action && { update: action.update }), remove: action.remove === true, index };
  });
}

/**
 * Where the nodes an overlay wrote came from: each document pointer an update set (a key it added or replaced, an
 * item it appended) → the overlay and the pointer of that value in it. A warning about anything at or below such a
 * node points at the overlay's line, not at a spec line that does not exist.
 */
export class OverlayOrigins {
  readonly #written = new Map<string, { source: SourceDocument; pointer: string }>();

  record(path: readonly (string | number)[], source: SourceDocument, pointer: string): void {
    this.#written.set(pointerFromPath(path.map(String)), { source, pointer });
  }

  /** The overlay location of a document pointer that an overlay wrote (or wrote an ancestor of); else undefined. */
  locate(pointer: string): SourceLocation | undefined {
    for (let prefix = pointer; ; prefix = prefix.slice(0, prefix.lastIndexOf('/'))) {
      const origin = this.#written.get(prefix);
      if (origin) return origin.source.locate(origin.pointer + pointer.slice(prefix.length));
      if (!prefix.includes('/')) return undefined;
    }
  }
}

/**
 * Applies the overlays in order to a copy of the document; returns the copy, warnings for targets that select
 * nothing, and where each written node came from.
 */
export function applyOverlays(document: Json, overlays: OverlayDocument[]): { document: Json; warnings: GeneratorWarning[]; origins: OverlayOrigins } {
  const current = structuredClone(document);
  const warnings: GeneratorWarning[] = [];
  const origins = new OverlayOrigins();
  for (const overlay of overlays) {
    for (const action of overlay.actions) {
      const at = `#/actions/${action.index}`;
      const selected: (string | number)[][] = [];
      try {
        exec(current as JsonValue, action.target, (_value, path) => selected.push([...path]));
      } catch (error) {
        throw new GeneratorError(
          `overlay: the target ${JSON.stringify(action.target)} is not valid JSONPath (RFC 9535): ${(error as Error).message}`,
          overlay.source.locate(`${at}/target`),
          'fix the expression, e.g. `$.paths["/v1/chat"].post`',
        );
      }
      if (!selected.length) {
        warnings.push({
          kind: WARNING_KINDS.overlayTargetSelectsNothing,
          message: `overlay action ${action.index} selects nothing (${action.target}); it changes nothing`,
          location: overlay.source.locate(`${at}/target`),
        });
        continue;
      }
      if (action.remove) {
        if (selected.some((path) => path.length === 0))
          throw new GeneratorError('overlay: an action cannot remove the whole document (`$`)', overlay.source.locate(`${at}/target`), 'target the nodes to remove below `$`');
        // Deepest and last first, so removing one array item does not shift the index of another.
        for (const path of selected.sort(comparePathsForRemoval)) removeAt(current, path);
        continue;
      }
      for (const path of selected) {
        const target = valueAt(current, path);
        const record = (at: (string | number)[], updatePointer: string) => origins.record(at, overlay.source, updatePointer);
        if (isObject(target) && isObject(action.update)) mergeInto(target, action.update, path, `${at}/update`, record);
        else if (Array.isArray(target)) {
          const items = Array.isArray(action.update) ? action.update.map((item, index) => [item, `${at}/update/${index}`] as const) : [[action.update, `${at}/update`] as const];
          for (const [item, pointer] of items) {
            record([...path, target.length], pointer);
            target.push(structuredClone(item));
          }
        } else {
          throw new GeneratorError(
            `overlay: action ${action.index} updates ${pointerFromPath(path.map(String))}, which is ${describe(target)}; an update merges an object into an object or appends to an array`,
            overlay.source.locate(`${at}/update`),
            'target the object that holds the value (e.g. the schema, not its `type`) and update the key there',
          );
        }
      }
    }
  }
  return { document: current, warnings, origins };
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return isObject(value) ? 'an object' : `a ${typeof value}`;
}

function valueAt(root: unknown, path: (string | number)[]): unknown {
  let node = root;
  for (const key of path) node = (node as Record<string | number, unknown>)[key];
  return node;
}

function removeAt(root: unknown, path: (string | number)[]): void {
  const parent = valueAt(root, path.slice(0, -1));
  const key = path[path.length - 1]!;
  if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
  else if (isObject(parent)) delete parent[String(key)];
}

/** Longer paths first; among siblings of one array, higher indexes first. */
function comparePathsForRemoval(a: (string | number)[], b: (string | number)[]): number {
  if (a.length !== b.length) return b.length - a.length;
  const last = (path: (string | number)[]) => path[path.length - 1];
  const [x, y] = [last(a), last(b)];
  return typeof x === 'number' && typeof y === 'number' ? y - x : 0;
}

/** Merges `update` into `target` (at `path` in the document), recording each value it sets with its pointer in the overlay. */
function mergeInto(target: Json, update: Json, path: (string | number)[], updatePointer: string, record: (path: (string | number)[], pointer: string) => void): void {
  for (const [key, value] of Object.entries(update)) {
    const existing = target[key];
    const pointer = `${updatePointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`;
    if (isObject(existing) && isObject(value)) mergeInto(existing, value, [...path, key], pointer, record);
    else {
      target[key] = structuredClone(value);
      record([...path, key], pointer);
    }
  }
}
