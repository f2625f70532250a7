/**
 * The bounds every document read (spec, overlay, referenced file) must stay within, so that no input ends in a
 * stack overflow or an out-of-memory crash instead of a located error (docs/security.md):
 * - nesting: at most MAX_NESTING objects and arrays one inside another. The stages after loading walk the
 *   document and the types built from it recursively; real specs nest a few dozen levels.
 * - expansion: the data may be at most EXPANSION_FACTOR times the size of its text (plus EXPANSION_SLACK).
 *   Only YAML aliases (`*name`) make data bigger than text: 900 aliases of a 1 MB string are 900 MB of
 *   descriptions, which no generated file can hold. (The `yaml` library's `maxAliasCount` bounds how many
 *   aliases there are, not how big what they repeat is.)
 */
import { GeneratorError, type SourceLocation } from '../errors.ts';
import { pointerFromPath } from './json-pointer.ts';

export const MAX_NESTING = 256;
export const EXPANSION_FACTOR = 16;
export const EXPANSION_SLACK = 16 * 1024 * 1024;

type Locate = (pointer: string) => SourceLocation;

/**
 * Refuses data nested deeper than MAX_NESTING or bigger than its text allows (`textLength`; without it, only
 * the nesting is checked), at the place it happens.
 */
export function checkBounds(data: unknown, textLength: number | undefined, what: string, locate: Locate): void {
  const limit = textLength === undefined ? Infinity : EXPANSION_FACTOR * textLength + EXPANSION_SLACK;
  // Iterative, depth first; each node keeps its key and parent, from which a refusal's pointer is rebuilt.
  const stack: Visit[] = [{ value: data, depth: 0 }];
  let size = 0;
  while (stack.length) {
    const node = stack.pop()!;
    const { value } = node;
    size += typeof value === 'string' ? value.length : 1;
    if (size > limit) {
      throw new GeneratorError(
        `the ${what} expands to more than ${megabytes(limit)} of data (its text is ${megabytes(textLength!)}): YAML aliases repeat large values`,
        locate(pointerOf(node)),
        `write the repeated values out, or use fewer aliases (*name): a document may expand to ${EXPANSION_FACTOR} times its text`,
      );
    }
    if (value === null || typeof value !== 'object') continue;
    if (node.depth === MAX_NESTING) throw tooDeep(what, locate(pointerOf(node)));
    const depth = node.depth + 1;
    if (Array.isArray(value)) {
      for (let index = value.length - 1; index >= 0; index--) stack.push({ value: value[index], depth, key: String(index), parent: node });
    } else {
      // Pushed last to first, so the walk (and a refusal) goes in document order.
      const keys = Object.keys(value);
      for (let index = keys.length - 1; index >= 0; index--) {
        const key = keys[index]!;
        size += key.length;
        stack.push({ value: (value as Record<string, unknown>)[key], depth, key, parent: node });
      }
    }
  }
}

/** The refusal of a document nested deeper than MAX_NESTING, at the place it goes deeper. */
export function tooDeep(what: string, location: SourceLocation): GeneratorError {
  return new GeneratorError(
    `the ${what} nests objects and arrays more than ${MAX_NESTING} levels deep`,
    location,
    `flatten the schema there into named schemas ($ref): at most ${MAX_NESTING} levels are read`,
  );
}

interface Visit {
  value: unknown;
  depth: number;
  key?: string;
  parent?: Visit;
}

function pointerOf(node: Visit): string {
  const path: string[] = [];
  for (let current: Visit | undefined = node; current?.key !== undefined; current = current.parent) path.unshift(current.key);
  return pointerFromPath(path);
}

function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}
