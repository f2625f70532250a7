/** The three dynamic tools: their definitions, the endpoint search and the description of one endpoint. */
import { describe, expect, it } from 'vitest';
import { describeEndpoint, dynamicTools, LIST_LIMIT, listEndpoints } from '../../../../../templates/mcp/src/runtime/dynamic.ts';
import type { ToolPlan } from '../../../../../templates/mcp/src/runtime/tool-plan.ts';

const endpoint = (name: string, description = ''): ToolPlan => ({
  name,
  title: name.replace(/_/g, ' '),
  description,
  inputSchema: { type: 'object' },
  annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
  call: { function: name, kind: 'call', pathArguments: [], params: false },
  method: 'GET',
  path: `/${name.replace(/_/g, '/')}`,
  sdkCall: `client.${name}`,
});

describe('dynamicTools', () => {
  it('are three, with object input schemas', () => {
    const tools = dynamicTools('Pets', 1234);
    expect(tools.map((tool) => tool.name)).toEqual(['list_endpoints', 'describe_endpoint', 'call_endpoint']);
    expect(tools[0]!.description).toContain('1234 endpoints of the Pets API');
    for (const tool of tools) expect(tool.inputSchema.type).toBe('object');
  });
});

describe('listEndpoints', () => {
  const tools = [endpoint('pets_list'), endpoint('pets_create', 'Adds a pet'), endpoint('orders_list', 'Orders of pets')];
  it.each([
    [undefined, ['pets_list', 'pets_create', 'orders_list']],
    ['PETS', ['pets_list', 'pets_create', 'orders_list']],
    ['pets create', ['pets_create']],
    ['adds', ['pets_create']],
    ['/orders', ['orders_list']],
    ['nothing', []],
  ])('%j → %j', (search, want) => expect(listEndpoints(tools, search).endpoints.map((found: any) => found.name)).toEqual(want));

  it(`shows at most ${LIST_LIMIT}, and says how many match`, () => {
    const many = Array.from({ length: LIST_LIMIT + 5 }, (_, index) => endpoint(`e${index}`));
    expect(listEndpoints(many, undefined)).toMatchObject({ total: LIST_LIMIT + 5, shown: LIST_LIMIT });
  });
});

describe('describeEndpoint', () => {
  it('gives what a call needs: description, input schema and hints', () => {
    expect(describeEndpoint(endpoint('pets_list', 'All pets'))).toEqual({
      name: 'pets_list',
      title: 'pets list',
      description: 'All pets',
      method: 'GET',
      path: '/pets/list',
      inputSchema: { type: 'object' },
      annotations: { readOnlyHint: true, idempotentHint: true, openWorldHint: true },
    });
  });
});
