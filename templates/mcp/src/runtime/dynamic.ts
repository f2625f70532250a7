/**
 * Dynamic mode, for APIs too large to send every tool: three tools that list the endpoints (optionally matching a
 * search), describe one (its input schema and hints) and call one with its arguments, checked as a tool's are.
 */
import type { Tool } from '@modelcontextprotocol/sdk/types.js';
import type { ToolPlan } from './tool-plan.js';

export const LIST_ENDPOINTS = 'list_endpoints';
export const DESCRIBE_ENDPOINT = 'describe_endpoint';
export const CALL_ENDPOINT = 'call_endpoint';

/** Most endpoints one listing returns; a search narrows it. */
export const LIST_LIMIT = 200;

export function dynamicTools(apiName: string, count: number): Tool[] {
  return [
    {
      name: LIST_ENDPOINTS,
      title: `List ${apiName} endpoints`,
      description: `Lists the ${count} endpoints of the ${apiName} API (name, title, method and path), optionally only those whose name, title, path or description contain every word of \`search\`. Then call ${DESCRIBE_ENDPOINT} for an endpoint's arguments.`,
      inputSchema: {
        type: 'object',
        properties: { search: { type: 'string', description: 'Words to look for (case-insensitive)' } },
      },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    {
      name: DESCRIBE_ENDPOINT,
      title: 'Describe an endpoint',
      description: `The description, input JSON Schema and hints of one endpoint, by the name ${LIST_ENDPOINTS} gives.`,
      inputSchema: { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] },
      annotations: { readOnlyHint: true, openWorldHint: false },
    },
    {
      name: CALL_ENDPOINT,
      title: 'Call an endpoint',
      description: `Calls one endpoint by name with its arguments (an object matching the input schema ${DESCRIBE_ENDPOINT} gives).`,
      inputSchema: {
        type: 'object',
        properties: { name: { type: 'string' }, arguments: { type: 'object' } },
        required: ['name'],
      },
      annotations: { readOnlyHint: false, destructiveHint: true, idempotentHint: false, openWorldHint: true },
    },
  ];
}

/** The endpoints whose text contains every word of `search` (all of them without one), at most {@link LIST_LIMIT}. */
export function listEndpoints(
  tools: readonly ToolPlan[],
  search: string | undefined,
): { endpoints: object[]; total: number; shown: number } {
  const words = (search ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  const matching = tools.filter((tool) => {
    const text = `${tool.name} ${tool.title} ${tool.method} ${tool.path} ${tool.description}`.toLowerCase();
    return words.every((word) => text.includes(word));
  });
  const endpoints = matching
    .slice(0, LIST_LIMIT)
    .map((tool) => ({ name: tool.name, title: tool.title, method: tool.method, path: tool.path }));
  return { endpoints, total: matching.length, shown: endpoints.length };
}

export function describeEndpoint(tool: ToolPlan): object {
  return {
    name: tool.name,
    title: tool.title,
    description: tool.description,
    method: tool.method,
    path: tool.path,
    inputSchema: tool.inputSchema,
    annotations: tool.annotations,
  };
}
