// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import * as sdk from '@imarouter/sdk';
import { APIError, ImaRouter, type ClientOptions } from '@imarouter/sdk';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { createMcpServer } from './runtime/server.js';
import type { ToolMode } from './runtime/tool-plan.js';
import { TOOLS } from './tools.js';

export { TOOLS };
export type { ToolMode, ToolPlan } from './runtime/tool-plan.js';

/** The environment variable the SDK reads the API key from. */
export const API_KEY_VARIABLE = 'IMAROUTER_API_KEY';

/** Every credential the SDK takes: its client option and its environment variable. None of them shows in a result. */
export const CREDENTIALS: readonly { option: string; variable: string }[] = [
  { option: 'apiKey', variable: 'IMAROUTER_API_KEY' },
];

export interface ServerOptions {
  /** The SDK client's options (API key, base URL, retries, timeouts…); by default the SDK reads its environment variables. */
  client?: ClientOptions;
  /** `static`: one tool per call; `dynamic`: three tools that list, describe and call the endpoints (default "static"). */
  mode?: ToolMode;
  /** How long a create-and-wait tool waits for its task, in milliseconds (default 300000). */
  waitTimeoutMs?: number;
  /** Longest text of a result, in characters (default 50000); longer results are cut with a note. */
  maxResultChars?: number;
}

/** An MCP server whose tools call the ImaRouter API through "@imarouter/sdk"; connect it to a transport. */
export function createServer(options: ServerOptions = {}): Server {
  const client = new ImaRouter(options.client);
  return createMcpServer({
    name: '@imarouter/mcp',
    version: '1.5.17',
    apiName: 'ImaRouter',
    tools: TOOLS,
    client,
    functions: sdk as unknown as Record<string, unknown>,
    isAPIError: (error) => error instanceof APIError,
    mode: options.mode ?? 'static',
    ...(options.waitTimeoutMs !== undefined && { waitTimeoutMs: options.waitTimeoutMs }),
    ...(options.maxResultChars !== undefined && { maxResultChars: options.maxResultChars }),
    secrets: CREDENTIALS.flatMap(({ option, variable }) => [
      (options.client as Record<string, unknown> | undefined)?.[option],
      process.env[variable],
    ]).filter((secret): secret is string => typeof secret === 'string'),
  });
}
