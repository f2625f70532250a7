/**
 * What `src/tools.ts` of the MCP package holds: the tool plan as data. A create call and its create-and-wait twin
 * take the same arguments, and a gateway's video input schema alone is tens of kilobytes, so each distinct input
 * schema is written once, as a named constant the tools point at (the gateway's file: 401 KB → 213 KB).
 */
import { camelCase } from '../ir/naming.ts';
import type { McpTool } from '../surface/mcp-tools.ts';
import { literal, objectKey } from './ts-syntax.ts';

export interface ToolsFileContext {
  /** Each distinct input schema, in the order of its first tool. */
  schemas: { name: string; usedBy: string; schema: string }[];
  /** Each tool as a TypeScript object literal whose `inputSchema` names its constant. */
  tools: string[];
}

export function toolsFileContext(tools: readonly McpTool[]): ToolsFileContext {
  const byText = new Map<string, { name: string; users: string[]; schema: string }>();
  const taken = new Set<string>();
  const entries = tools.map((tool) => {
    const schema = literal(tool.inputSchema);
    let shared = byText.get(schema);
    if (!shared) {
      // Named after its first tool; tool names are unique, their camel-cased forms almost always.
      const base = `${camelCase(tool.name, 'tool')}Input`;
      let name = base;
      for (let index = 2; taken.has(name); index++) name = `${base}${index}`;
      taken.add(name);
      shared = { name, users: [], schema };
      byText.set(schema, shared);
    }
    shared.users.push(tool.name);
    const fields = Object.entries(tool).map(([key, value]) => `${objectKey(key)}: ${key === 'inputSchema' ? shared.name : literal(value)}`);
    return `{ ${fields.join(', ')} }`;
  });
  return {
    schemas: [...byText.values()].map(({ name, users, schema }) => ({ name, usedBy: users.map((user) => `\`${user}\``).join(', '), schema })),
    tools: entries,
  };
}
