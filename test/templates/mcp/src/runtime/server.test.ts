/**
 * The MCP server over an in-memory transport, with SDK functions that record their arguments: how a tool's
 * arguments become the SDK call, the wait options and progress, errors as tool errors, and the dynamic mode.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { afterEach, describe, expect, it } from 'vitest';
import { createMcpServer, DEFAULT_WAIT_TIMEOUT_MS, type McpServerOptions } from '../../../../../templates/mcp/src/runtime/server.ts';
import type { ToolPlan } from '../../../../../templates/mcp/src/runtime/tool-plan.ts';

class FakeAPIError extends Error {
  constructor(
    readonly status: number,
    readonly body: unknown,
    readonly requestId: string,
  ) {
    super(`POST /x failed with status ${status}`);
  }
}

const tool = (name: string, call: Partial<ToolPlan['call']>, inputSchema: ToolPlan['inputSchema'] = { type: 'object' }): ToolPlan => ({
  name,
  title: `${name} title`,
  description: `${name} does things`,
  inputSchema,
  annotations: { readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true },
  call: { function: name, kind: 'call', pathArguments: [], params: true, ...call },
  method: 'POST',
  path: `/${name}`,
  sdkCall: `client.${name}`,
});

const calls: { name: string; args: unknown[] }[] = [];
const record =
  (name: string, answer: (...args: any[]) => unknown) =>
  (...args: unknown[]) => {
    calls.push({ name, args });
    return answer(...args);
  };

const TOOLS: ToolPlan[] = [
  tool(
    'items_retrieve',
    { pathArguments: ['item_id'], params: true },
    { type: 'object', properties: { item_id: { type: 'string' }, expand: { type: 'boolean' } }, required: ['item_id'] },
  ),
  tool('items_create', {}, { type: 'object', properties: { name: { type: 'string' } }, required: ['name'] }),
  tool('items_create_and_wait', { kind: 'wait', statusField: ['state'] }),
  tool('items_stream', {}),
  tool('items_fail', {}),
];
const FUNCTIONS = {
  items_retrieve: record('items_retrieve', (_client, id) => ({ id })),
  items_create: record('items_create', (_client, params) => ({ created: params.name, secret: 'sk-live-123' })),
  items_create_and_wait: record('items_create_and_wait', async (_client, _params, options) => {
    options.onProgress({ state: 'running' }, 1);
    options.onProgress({ state: 'done' }, 2);
    return { state: 'done' };
  }),
  items_stream: record('items_stream', async () => ({
    async *[Symbol.asyncIterator]() {
      yield { delta: 'a' };
      yield { delta: 'b' };
    },
  })),
  items_fail: record('items_fail', () => {
    throw new FakeAPIError(400, { error: { message: 'name is taken' } }, 'req_42');
  }),
};

let client: Client | undefined;
afterEach(async () => {
  await client?.close();
  client = undefined;
  calls.length = 0;
});

async function connect(options: Partial<McpServerOptions> = {}): Promise<Client> {
  const server = createMcpServer({
    name: 'test-mcp',
    version: '1.0.0',
    apiName: 'Items',
    tools: TOOLS,
    client: { kind: 'sdk client' },
    functions: FUNCTIONS,
    isAPIError: (error) => error instanceof FakeAPIError,
    secrets: ['sk-live-123'],
    ...options,
  });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(clientSide);
  return client;
}

type Result = { isError?: boolean; content: { text: string }[]; structuredContent?: any };
const callTool = async (name: string, args: Record<string, unknown>, options?: object) => (await client!.callTool({ name, arguments: args }, undefined, options)) as Result;

describe('createMcpServer: static mode', () => {
  it('lists the tools with their schemas and hints', async () => {
    await connect();
    const { tools } = await client!.listTools();
    expect(tools.map((listed) => listed.name)).toEqual(TOOLS.map((planned) => planned.name));
    expect(tools[0]).toMatchObject({ title: 'items_retrieve title', inputSchema: TOOLS[0]!.inputSchema, annotations: { title: 'items_retrieve title', openWorldHint: true } });
  });

  it('passes path arguments positionally, then the other arguments as params, then request options', async () => {
    await connect();
    const result = await callTool('items_retrieve', { item_id: 'i1', expand: true });
    expect(result.structuredContent).toEqual({ id: 'i1' });
    expect(calls[0]!.args.slice(0, 3)).toEqual([{ kind: 'sdk client' }, 'i1', { expand: true }]);
    expect(calls[0]!.args[3]).toHaveProperty('signal');
  });

  it('refuses arguments that do not match the schema, calling nothing', async () => {
    await connect();
    const result = await callTool('items_create', { name: 3 });
    expect(result).toMatchObject({ isError: true, content: [{ text: 'Invalid arguments for items_create: arguments/name must be string. Nothing was sent.' }] });
    expect(calls).toEqual([]);
  });

  it('never shows a secret in a result', async () => {
    await connect();
    const result = await callTool('items_create', { name: 'n' });
    expect(JSON.stringify(result)).not.toContain('sk-live-123');
    expect(result.structuredContent).toEqual({ created: 'n', secret: '[REDACTED]' });
  });

  it('waits with a bounded default and sends each poll as a progress notification', async () => {
    await connect();
    const progress: unknown[] = [];
    const result = await callTool('items_create_and_wait', {}, { onprogress: (update: unknown) => progress.push(update) });
    expect(result.structuredContent).toEqual({ state: 'done' });
    expect(progress).toEqual([
      { progress: 1, message: 'poll 1: running' },
      { progress: 2, message: 'poll 2: done' },
    ]);
    expect(calls[0]!.args[2]).toMatchObject({ waitTimeout: DEFAULT_WAIT_TIMEOUT_MS });
  });

  it('takes the wait timeout it is given', async () => {
    await connect({ waitTimeoutMs: 1234 });
    await callTool('items_create_and_wait', {});
    expect(calls[0]!.args[2]).toMatchObject({ waitTimeout: 1234 });
  });

  it('collects a stream into its items', async () => {
    await connect();
    expect((await callTool('items_stream', {})).structuredContent).toEqual({ items: [{ delta: 'a' }, { delta: 'b' }] });
  });

  it('turns an API error into a tool error with the status, the message and the request id', async () => {
    await connect();
    const result = await callTool('items_fail', {});
    expect(result).toMatchObject({
      isError: true,
      content: [{ text: 'HTTP 400: name is taken (request id: req_42)' }],
      structuredContent: { error: { status: 400, requestId: 'req_42' } },
    });
  });

  it('answers an unknown tool with a tool error', async () => {
    await connect();
    expect(await callTool('nope', {})).toMatchObject({ isError: true, content: [{ text: 'Unknown tool "nope"' }] });
  });

  it('refuses to start when the SDK lacks a tool’s function', () => {
    expect(() => createMcpServer({ name: 'x', version: '1', apiName: 'X', tools: TOOLS, client: {}, functions: {}, isAPIError: () => false })).toThrow(
      'tool items_retrieve: the SDK exports no function items_retrieve',
    );
  });
});

describe('createMcpServer: dynamic mode', () => {
  it('lists three tools, whatever the number of endpoints', async () => {
    await connect({ mode: 'dynamic' });
    expect((await client!.listTools()).tools.map((listed) => listed.name)).toEqual(['list_endpoints', 'describe_endpoint', 'call_endpoint']);
  });

  it('lists, describes and calls endpoints, checking the arguments as a tool does', async () => {
    await connect({ mode: 'dynamic' });
    expect((await callTool('list_endpoints', { search: 'create' })).structuredContent).toEqual({
      endpoints: [
        { name: 'items_create', title: 'items_create title', method: 'POST', path: '/items_create' },
        { name: 'items_create_and_wait', title: 'items_create_and_wait title', method: 'POST', path: '/items_create_and_wait' },
      ],
      total: 2,
      shown: 2,
    });
    expect((await callTool('describe_endpoint', { name: 'items_create' })).structuredContent).toMatchObject({ inputSchema: TOOLS[1]!.inputSchema });
    expect((await callTool('call_endpoint', { name: 'items_create', arguments: { name: 'n' } })).structuredContent).toMatchObject({ created: 'n' });
    expect(await callTool('call_endpoint', { name: 'items_create', arguments: {} })).toMatchObject({ isError: true });
    expect(await callTool('call_endpoint', { name: 'missing' })).toMatchObject({ isError: true, content: [{ text: 'Unknown endpoint "missing": list_endpoints lists them' }] });
    expect(calls.map((call) => call.name)).toEqual(['items_create']);
  });
});
