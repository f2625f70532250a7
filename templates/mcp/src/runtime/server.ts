/**
 * The MCP server: the generated tools over the generated SDK. Each call is checked against its input schema,
 * then made by the SDK's own function (so retries, timeouts, redaction, task polling and streaming are the SDK's);
 * a task's wait reports each poll as an MCP progress notification. Nothing here knows the API: the generated
 * `index.ts` passes the tools, the client and the SDK's functions in.
 */
import { Server } from '@modelcontextprotocol/sdk/server/index.js';
import {
  CallToolRequestSchema,
  ListToolsRequestSchema,
  type CallToolResult,
  type Tool,
} from '@modelcontextprotocol/sdk/types.js';
import {
  CALL_ENDPOINT,
  DESCRIBE_ENDPOINT,
  dynamicTools,
  describeEndpoint,
  LIST_ENDPOINTS,
  listEndpoints,
} from './dynamic.js';
import {
  collected,
  DEFAULT_MAX_RESULT_CHARS,
  errorResult,
  failureResult,
  scrubberOf,
  successResult,
  type Scrub,
} from './results.js';
import type { ToolMode, ToolPlan } from './tool-plan.js';
import { argumentProblem } from './validate.js';

/** How long a create-and-wait tool waits by default before it answers that the task still runs (5 minutes). */
export const DEFAULT_WAIT_TIMEOUT_MS = 300_000;

export interface McpServerOptions {
  /** The server's name and version, as the client sees them. */
  name: string;
  version: string;
  /** The API's name, for the dynamic tools' descriptions. */
  apiName: string;
  tools: readonly ToolPlan[];
  /** The SDK client every call goes through. */
  client: unknown;
  /** The SDK's exports, where each tool's function is found by name. */
  functions: Record<string, unknown>;
  /** The SDK's test for its API errors (they carry a status, the server's body and the request id). */
  isAPIError: (error: unknown) => boolean;
  mode?: ToolMode;
  waitTimeoutMs?: number;
  maxResultChars?: number;
  /** Texts never to show in a result (the credential): replaced by `[REDACTED]`. */
  secrets?: readonly (string | undefined)[];
}

type Extra = {
  signal: AbortSignal;
  _meta?: { progressToken?: string | number };
  sendNotification: (notification: {
    method: 'notifications/progress';
    params: { progressToken: string | number; progress: number; message?: string };
  }) => Promise<void>;
};

function asTool(plan: ToolPlan): Tool {
  return {
    name: plan.name,
    title: plan.title,
    description: plan.description,
    inputSchema: plan.inputSchema as Tool['inputSchema'],
    annotations: { title: plan.title, ...plan.annotations },
  };
}

function readPath(value: unknown, path: readonly string[]): unknown {
  return path.reduce<unknown>(
    (current, key) =>
      current !== null && typeof current === 'object' ? (current as Record<string, unknown>)[key] : undefined,
    value,
  );
}

/** Every tool's SDK function, checked once: a tool without one is a generator bug, reported at start-up. */
function functionsOf(options: McpServerOptions): Map<string, (...args: unknown[]) => unknown> {
  const found = new Map<string, (...args: unknown[]) => unknown>();
  for (const tool of options.tools) {
    const candidate = options.functions[tool.call.function];
    if (typeof candidate !== 'function')
      throw new Error(`tool ${tool.name}: the SDK exports no function ${tool.call.function}`);
    found.set(tool.name, candidate as (...args: unknown[]) => unknown);
  }
  return found;
}

export function createMcpServer(options: McpServerOptions): Server {
  const mode = options.mode ?? 'static';
  const scrub: Scrub = scrubberOf(options.secrets ?? []);
  const maxChars = options.maxResultChars ?? DEFAULT_MAX_RESULT_CHARS;
  const byName = new Map(options.tools.map((tool) => [tool.name, tool]));
  const functions = functionsOf(options);
  const server = new Server({ name: options.name, version: options.version }, { capabilities: { tools: {} } });

  const callTool = async (tool: ToolPlan, args: Record<string, unknown>, extra: Extra): Promise<CallToolResult> => {
    const problem = argumentProblem(tool.inputSchema, args);
    if (problem)
      return errorResult(
        `Invalid arguments for ${tool.name}: ${problem}. Nothing was sent.`,
        { type: 'InvalidArguments' },
        scrub,
      );
    const positional = tool.call.pathArguments.map((key) => args[key]);
    const params = Object.fromEntries(Object.entries(args).filter(([key]) => !tool.call.pathArguments.includes(key)));
    const progressToken = extra._meta?.progressToken;
    const requestOptions: Record<string, unknown> = { signal: extra.signal };
    // Sent before the result: a notification that arrived after it would be dropped by the client.
    const notifications: Promise<void>[] = [];
    if (tool.call.kind === 'wait') {
      requestOptions.waitTimeout = options.waitTimeoutMs ?? DEFAULT_WAIT_TIMEOUT_MS;
      requestOptions.onProgress = (task: unknown, poll: number) => {
        if (progressToken === undefined) return;
        const status = tool.call.statusField ? readPath(task, tool.call.statusField) : undefined;
        const message = status === undefined ? `poll ${poll}` : `poll ${poll}: ${String(status)}`;
        const params = { progressToken, progress: poll, message: scrub(message) };
        notifications.push(extra.sendNotification({ method: 'notifications/progress', params }).catch(() => undefined));
      };
    }
    try {
      const run = functions.get(tool.name)!;
      const value = await run(options.client, ...positional, ...(tool.call.params ? [params] : []), requestOptions);
      return successResult(await collected(value), scrub, maxChars);
    } catch (error) {
      return failureResult(error, options.isAPIError, scrub);
    } finally {
      await Promise.all(notifications);
    }
  };

  server.setRequestHandler(ListToolsRequestSchema, async () => ({
    tools: mode === 'dynamic' ? dynamicTools(options.apiName, options.tools.length) : options.tools.map(asTool),
  }));

  server.setRequestHandler(CallToolRequestSchema, async (request, extra): Promise<CallToolResult> => {
    const { name } = request.params;
    const args = (request.params.arguments ?? {}) as Record<string, unknown>;
    const unknownTool = (wanted: unknown) =>
      errorResult(
        `Unknown ${mode === 'dynamic' ? 'endpoint' : 'tool'} ${JSON.stringify(wanted)}${mode === 'dynamic' ? `: ${LIST_ENDPOINTS} lists them` : ''}`,
        { type: 'UnknownTool' },
        scrub,
      );
    if (mode === 'static') {
      const tool = byName.get(name);
      return tool ? callTool(tool, args, extra as unknown as Extra) : unknownTool(name);
    }
    if (name === LIST_ENDPOINTS)
      return successResult(
        listEndpoints(options.tools, typeof args.search === 'string' ? args.search : undefined),
        scrub,
        maxChars,
      );
    const endpoint = typeof args.name === 'string' ? byName.get(args.name) : undefined;
    if (name === DESCRIBE_ENDPOINT)
      return endpoint
        ? successResult(describeEndpoint(endpoint), scrub, Number.MAX_SAFE_INTEGER)
        : unknownTool(args.name);
    if (name === CALL_ENDPOINT) {
      if (!endpoint) return unknownTool(args.name);
      const endpointArgs = args.arguments ?? {};
      if (endpointArgs === null || typeof endpointArgs !== 'object' || Array.isArray(endpointArgs))
        return errorResult(
          'Invalid arguments: `arguments` must be an object. Nothing was sent.',
          { type: 'InvalidArguments' },
          scrub,
        );
      return callTool(endpoint, endpointArgs as Record<string, unknown>, extra as unknown as Extra);
    }
    return errorResult(
      `Unknown tool ${JSON.stringify(name)}: this server has ${LIST_ENDPOINTS}, ${DESCRIBE_ENDPOINT} and ${CALL_ENDPOINT}`,
      { type: 'UnknownTool' },
      scrub,
    );
  });
  return server;
}
