/**
 * What `src/tools.ts` of the MCP package holds: the tool plan as data, each piece of schema written once. A create
 * call and its create-and-wait twin take the same arguments, and the variants of a gateway's merged call repeat
 * the same field schemas (a prompt, a callback URL, an image list) across dozens of models. So each distinct input
 * schema is a named constant the tools point at, and each larger part that stands in several schemas is a constant
 * the schemas point at (the gateway's file: 401 KB → 213 KB with whole schemas shared, → 172 KB with parts too).
 */
import { camelCase, pascalCase } from '../ir/naming.ts';
import type { McpTool } from '../surface/mcp-tools.ts';
import { jsonText, literal, objectKey } from './ts-syntax.ts';

export interface ToolsFileContext {
  /** The constants in declaration order (each after those it names): shared parts first, then the input schemas. */
  schemas: { name: string; doc: string; schema: string }[];
  /** Each tool as a TypeScript object literal whose `inputSchema` names its constant. */
  tools: string[];
}

/** A part is shared when it stands in two places or more and its JSON is at least this long. */
export const SHARED_PART_MIN_CHARS = 160;

/** Keys that only structure a schema: a part's name comes from the nearest key that is none of these. */
const STRUCTURAL_KEYS = new Set(['properties', 'items', 'anyOf', 'oneOf', 'allOf', 'prefixItems', 'additionalProperties', 'not', 'if', 'then', 'else', '$defs']);

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
const isNode = (value: Json): value is Json[] | { [key: string]: Json } => value !== null && typeof value === 'object';

export function toolsFileContext(tools: readonly McpTool[], minChars = SHARED_PART_MIN_CHARS): ToolsFileContext {
  // Each node's JSON, worked out once: the rounds below look every node up again.
  const texts = new WeakMap<object, string>();
  const textOf = (value: Json): string => {
    if (!isNode(value)) return JSON.stringify(value);
    let text = texts.get(value);
    if (text === undefined) texts.set(value, (text = JSON.stringify(value)));
    return text;
  };
  const taken = new Set<string>();
  const claim = (base: string) => {
    let name = base;
    for (let index = 2; taken.has(name); index++) name = `${base}${index}`;
    taken.add(name);
    return name;
  };

  // Whole input schemas: one constant per distinct one, named after its first tool.
  const inputs = new Map<string, { name: string; users: string[]; value: Json }>();
  const inputOf = tools.map((tool) => {
    const text = textOf(tool.inputSchema as Json);
    let input = inputs.get(text);
    if (!input) inputs.set(text, (input = { name: claim(`${camelCase(tool.name, 'tool')}Input`), users: [], value: tool.inputSchema as Json }));
    input.users.push(tool.name);
    return input;
  });

  // Shared parts, largest first. Every node is listed once with its parent; a candidate is shared when it stands
  // twice as the file would write it: its occurrences counted by where they are written, that is by the nearest
  // enclosing part already shared (written once, however often it stands) or input schema, and the path from it.
  interface Occurrence {
    value: Json;
    parent: Occurrence | undefined;
    /** The key under the parent, and the key that names the node (the nearest one that is not structural). */
    key: string;
    nameKey: string;
    root?: string;
  }
  const byText = new Map<string, Occurrence[]>();
  const list = (value: Json, parent: Occurrence | undefined, key: string, nameKey: string, root?: string) => {
    if (!isNode(value)) return;
    const occurrence: Occurrence = { value, parent, key, nameKey, ...(root && { root }) };
    const text = textOf(value);
    if (!root && text.length >= minChars) byText.set(text, [...(byText.get(text) ?? []), occurrence]);
    for (const [child, inner] of Object.entries(value)) list(inner, occurrence, child, STRUCTURAL_KEYS.has(child) || /^\d+$/.test(child) ? nameKey : child);
  };
  for (const input of inputs.values()) list(input.value, undefined, '', '', input.name);
  const inputNames = new Set([...inputs.values()].map((input) => input.name));
  const parts = new Map<string, { name: string; value: Json }>();
  const candidates = [...byText].filter(([, found]) => found.length >= 2).sort(([a], [b]) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0));
  for (const [text, found] of candidates) {
    const written = new Map<string, { owner: string; occurrence: Occurrence }>();
    for (const occurrence of found) {
      const path: string[] = [];
      let at: Occurrence = occurrence;
      while (at.parent && (at === occurrence || !parts.has(textOf(at.value)))) {
        path.unshift(at.key);
        at = at.parent;
      }
      // Inside a part already shared, every copy is the one written copy of that part.
      const owner = at.root ?? parts.get(textOf(at.value))!.name;
      const place = `${owner} ${JSON.stringify(path)}`;
      if (!written.has(place)) written.set(place, { owner, occurrence });
    }
    if (written.size < 2) continue;
    // Named where it stands in an input schema, if it does: a name after another part grows long.
    const first = [...written.values()].find((place) => inputNames.has(place.owner)) ?? [...written.values()][0];
    parts.set(text, { name: claim(`${first!.owner}${pascalCase(first!.occurrence.nameKey, 'Part')}`), value: first!.occurrence.value });
  }

  const write = (value: Json, root = false): string => {
    if (!isNode(value)) return jsonText(value);
    const shared = root ? undefined : parts.get(textOf(value));
    if (shared) return shared.name;
    if (Array.isArray(value)) return `[${value.map((item) => write(item)).join(', ')}]`;
    return `{ ${Object.entries(value)
      .map(([key, inner]) => `${objectKey(key)}: ${write(inner)}`)
      .join(', ')} }`;
  };
  // A part names only smaller parts, so shortest first declares each after those it names.
  const sharedParts = [...parts]
    .sort(([a], [b]) => a.length - b.length || (a < b ? -1 : 1))
    .map(([, part]) => ({ name: part.name, doc: 'A part several input schemas share.', schema: write(part.value, true) }));
  return {
    schemas: [
      ...sharedParts,
      ...[...inputs.values()].map((input) => ({
        name: input.name,
        doc: `The arguments of ${input.users.map((user) => `\`${user}\``).join(', ')}.`,
        schema: write(input.value, true),
      })),
    ],
    tools: tools.map((tool, index) => {
      const fields = Object.entries(tool).map(([key, value]) => `${objectKey(key)}: ${key === 'inputSchema' ? inputOf[index]!.name : literal(value)}`);
      return `{ ${fields.join(', ')} }`;
    }),
  };
}
