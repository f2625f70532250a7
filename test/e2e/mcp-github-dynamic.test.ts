/**
 * A GitHub-size API in dynamic mode: the GitHub REST spec (@octokit/openapi, fetched into the corpus cache the
 * way `npm run corpus:fetch` does, one document) planned and emitted as an MCP package in dynamic mode, in
 * process: its server lists three tools however many endpoints there are, and lists, describes and refuses
 * endpoint calls through them. Nothing is compiled or formatted (1,000+ tools would take minutes), and the SDK
 * functions are stand-ins named as the surface names the SDK's exports.
 */
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { InMemoryTransport } from '@modelcontextprotocol/sdk/inMemory.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { emitMcpPackage } from '../../generator/emit/mcp-package.ts';
import { planApi } from '../../generator/plan-api.ts';
import { resolveMcpSettings } from '../../generator/mcp-config.ts';
import { planMcpTools, type McpPlan } from '../../generator/surface/mcp-tools.ts';
import type { SurfaceApi } from '../../generator/surface/types.ts';
import { fetchCorpus, loadManifest, specFile } from '../../scripts/corpus/fetch-corpus.ts';
import { createMcpServer } from '../../templates/mcp/src/runtime/server.ts';

let api: SurfaceApi;
let plan: McpPlan;
let client: Client;
const called: string[] = [];

/** The names the SDK exports for calls: operation functions, merged calls and task helpers. */
function sdkFunctionNames(surface: SurfaceApi): string[] {
  return [
    ...surface.operations.map((operation) => operation.name),
    ...surface.endpointGroups.flatMap((group) => [group.name, group.andWaitName, group.waitForName].filter((name): name is string => Boolean(name))),
    ...surface.tasks.flatMap((task) => [task.createAndWaitName, task.waitForName]),
  ];
}

beforeAll(async () => {
  await fetchCorpus({ only: ['github'], log: () => undefined });
  ({ api } = await planApi(specFile(loadManifest().find((spec) => spec.name === 'github')!)));
  plan = planMcpTools(api, { mode: 'dynamic' });
  const functions = Object.fromEntries(sdkFunctionNames(api).map((name) => [name, () => void called.push(name)]));
  const server = createMcpServer({ name: 'github-mcp', version: '1.0.0', apiName: 'GitHub', tools: plan.tools, client: {}, functions, isAPIError: () => false, mode: 'dynamic' });
  const [clientSide, serverSide] = InMemoryTransport.createLinkedPair();
  await server.connect(serverSide);
  client = new Client({ name: 'test', version: '1.0.0' });
  await client.connect(clientSide);
}, 300_000);

afterAll(() => client?.close());

type Result = { isError?: boolean; content: { text: string }[]; structuredContent?: any };
const call = async (name: string, args: Record<string, unknown>) => (await client.callTool({ name, arguments: args })) as Result;

describe('the GitHub REST API as an MCP package in dynamic mode', { timeout: 60_000 }, () => {
  it('plans one endpoint per primary call, with unique names clients accept', () => {
    expect(plan.tools.length).toBeGreaterThan(1000);
    const names = plan.tools.map((tool) => tool.name);
    expect(new Set(names).size).toBe(names.length);
    for (const name of names) expect(name).toMatch(/^[a-z0-9_]{1,64}$/);
  });

  it('emits a package that says it is in dynamic mode', () => {
    const settings = resolveMcpSettings({ output: '/out/github-mcp', mode: 'dynamic' }, { ...api.settings, output: '/out/github' }, 'test');
    const files = emitMcpPackage(api, plan, settings);
    const readme = files.find((file) => file.path === 'README.md')!.content;
    expect(readme).toContain('generated in **dynamic mode**');
    expect(readme).toContain(`does not send ${plan.tools.length} tools`);
    expect(files.find((file) => file.path === 'src/index.ts')!.content).toContain('mode: options.mode ?? "dynamic"');
  });

  it('lists three tools', async () => {
    expect((await client.listTools()).tools.map((tool) => tool.name)).toEqual(['list_endpoints', 'describe_endpoint', 'call_endpoint']);
  });

  it('finds, describes and checks an endpoint through them', async () => {
    const found = await call('list_endpoints', { search: 'POST /repos/{owner}/{repo}/issues' });
    expect(found.structuredContent.endpoints.map((endpoint: { name: string }) => endpoint.name)).toContain('repos_issues_create');
    const described = await call('describe_endpoint', { name: 'repos_issues_create' });
    const schema = described.structuredContent.inputSchema;
    expect(new Ajv2020({ strict: false, validateFormats: false, logger: false }).validateSchema(schema)).toBe(true);
    expect(schema.required).toEqual(expect.arrayContaining(['owner', 'repo', 'title']));
    const refused = await call('call_endpoint', { name: 'repos_issues_create', arguments: { owner: 'octocat' } });
    expect(refused.isError).toBe(true);
    expect(refused.content[0]!.text).toMatch(/^Invalid arguments for repos_issues_create: .*Nothing was sent\.$/);
    expect(called).toEqual([]);
  });
});
