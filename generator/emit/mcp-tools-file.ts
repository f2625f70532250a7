/**
 * What `src/tools.ts` of the MCP package holds: the tool plan as data, each piece of schema written once. A create
 * call and its create-and-wait twin take the same arguments, and the variants of a gateway's merged call repeat
 * the same field schemas (a prompt, a callback URL, an image list) across dozens of models. So each distinct input
 * schema is a named constant the tools point at, and each larger part that stands in several schemas is a constant
 * the schemas point at (the gateway's file: 401 KB → 213 KB with whole schemas shared, → 160 KB with parts too).
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
    const text = JSON.stringify(tool.inputSchema);
    let input = inputs.get(text);
    if (!input) inputs.set(text, (input = { name: claim(`${camelCase(tool.name, 'tool')}Input`), users: [], value: tool.inputSchema as Json }));
    input.users.push(tool.name);
    return input;
  });

  // Shared parts, largest first: each round counts the parts as the file would write them (a part already shared
  // is one name), and shares the largest that still stands twice.
  const parts = new Map<string, { name: string; value: Json }>();
  const roots = () => [
    ...[...inputs.values()].map((input) => ({ owner: input.name, value: input.value })),
    ...[...parts.values()].map((part) => ({ owner: part.name, value: part.value })),
  ];
  for (;;) {
    const seen = new Map<string, { count: number; value: Json; owner: string; key: string }>();
    const visit = (value: Json, owner: string, key: string, root: boolean) => {
      if (!isNode(value)) return;
      const text = JSON.stringify(value);
      if (!root && parts.has(text)) return;
      if (!root && text.length >= minChars) {
        const entry = seen.get(text);
        if (entry) entry.count++;
        else seen.set(text, { count: 1, value, owner, key });
      }
      for (const [child, inner] of Object.entries(value)) visit(inner, owner, STRUCTURAL_KEYS.has(child) || /^\d+$/.test(child) ? key : child, false);
    };
    for (const { owner, value } of roots()) visit(value, owner, '', true);
    const largest = [...seen].filter(([, entry]) => entry.count >= 2).sort(([a], [b]) => b.length - a.length || (a < b ? -1 : 1))[0];
    if (!largest) break;
    const [text, entry] = largest;
    parts.set(text, { name: claim(`${entry.owner}${pascalCase(entry.key, 'Part')}`), value: entry.value });
  }

  const write = (value: Json, root = false): string => {
    if (!isNode(value)) return jsonText(value);
    const shared = root ? undefined : parts.get(JSON.stringify(value));
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
