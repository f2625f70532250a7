// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * The `bin` of the MCP package: stdio (what agent hosts start) by default, or Streamable HTTP on 127.0.0.1 unless
 * told otherwise. The credential comes from the SDK's environment variable, never from an argument or a tool; the
 * only lines printed go to stderr (stdout is the stdio transport's) and never hold it.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Server } from '@modelcontextprotocol/sdk/server/index.js';
import { StdioServerTransport } from '@modelcontextprotocol/sdk/server/stdio.js';
import { StreamableHTTPServerTransport } from '@modelcontextprotocol/sdk/server/streamableHttp.js';
import type { ToolMode } from './tool-plan.js';

export interface CliSettings {
  transport: 'stdio' | 'http';
  host: string;
  port: number;
  mode?: ToolMode;
  waitTimeoutMs?: number;
}

export interface ServerFactory {
  /** The command's name, for help and messages. */
  command: string;
  /** The environment variable the SDK reads the API key (its first credential) from. */
  apiKeyVariable: string;
  /** The variables of every credential the SDK takes, the API key's first. */
  credentialVariables?: readonly string[];
  createServer: (settings: { mode?: ToolMode; waitTimeoutMs?: number }) => Server;
}

export class UsageError extends Error {}

export function usage(factory: Pick<ServerFactory, 'command' | 'apiKeyVariable' | 'credentialVariables'>): string {
  const others = (factory.credentialVariables ?? []).filter((variable) => variable !== factory.apiKeyVariable);
  return [
    `Usage: ${factory.command} [--transport stdio|http] [--port <n>] [--host <address>] [--tools static|dynamic] [--wait-timeout <seconds>]`,
    '',
    '  --transport     stdio (default), or Streamable HTTP at http://<host>:<port>/mcp',
    '  --port          HTTP port (default 3000; 0 picks a free one)',
    '  --host          HTTP address to bind (default 127.0.0.1: this machine only)',
    '  --tools         static: one tool per call (the default the package was generated with); dynamic: three tools that list, describe and call endpoints',
    '  --wait-timeout  how long create-and-wait tools wait for a task, in seconds (default 300)',
    '',
    `The API key is read from ${factory.apiKeyVariable}${others.length ? `; the other credentials from ${others.join(', ')}` : ''}.`,
  ].join('\n');
}

/** The settings the arguments give; a `UsageError` says what is wrong. */
export function parseArguments(argv: readonly string[]): CliSettings | 'help' {
  const settings: CliSettings = { transport: 'stdio', host: '127.0.0.1', port: 3000 };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index]!;
    if (flag === '--help' || flag === '-h') return 'help';
    const [name, inline] =
      flag.startsWith('--') && flag.includes('=')
        ? [flag.slice(0, flag.indexOf('=')), flag.slice(flag.indexOf('=') + 1)]
        : [flag, undefined];
    const value = () => {
      const given = inline ?? argv[++index];
      if (given === undefined || given === '') throw new UsageError(`${name} needs a value`);
      return given;
    };
    switch (name) {
      case '--transport': {
        const transport = value();
        if (transport !== 'stdio' && transport !== 'http')
          throw new UsageError(`--transport must be stdio or http, not ${JSON.stringify(transport)}`);
        settings.transport = transport;
        break;
      }
      case '--port': {
        const port = Number(value());
        if (!Number.isInteger(port) || port < 0 || port > 65535)
          throw new UsageError('--port must be a whole number from 0 to 65535');
        settings.port = port;
        break;
      }
      case '--host':
        settings.host = value();
        break;
      case '--tools': {
        const mode = value();
        if (mode !== 'static' && mode !== 'dynamic')
          throw new UsageError(`--tools must be static or dynamic, not ${JSON.stringify(mode)}`);
        settings.mode = mode;
        break;
      }
      case '--wait-timeout': {
        const seconds = Number(value());
        if (!Number.isFinite(seconds) || seconds <= 0)
          throw new UsageError('--wait-timeout must be a positive number of seconds');
        settings.waitTimeoutMs = Math.round(seconds * 1000);
        break;
      }
      default:
        throw new UsageError(`unknown argument ${JSON.stringify(flag)}`);
    }
  }
  return settings;
}

/** Streamable HTTP, stateless: every POST to /mcp gets a server and transport of its own. */
export async function serveHttp(settings: CliSettings, create: () => Server): Promise<http.Server> {
  const httpServer = http.createServer((req, res) => {
    const path = (req.url ?? '').split('?')[0];
    if (path !== '/mcp')
      return void res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found: the MCP endpoint is /mcp\n');
    if (req.method !== 'POST')
      return void res
        .writeHead(405, { allow: 'POST', 'content-type': 'text/plain' })
        .end('This server is stateless: POST to /mcp\n');
    const server = create();
    const transport = new StreamableHTTPServerTransport({ sessionIdGenerator: undefined });
    res.on('close', () => {
      void transport.close();
      void server.close();
    });
    server
      .connect(transport)
      .then(() => transport.handleRequest(req, res))
      .catch((error: unknown) => {
        process.stderr.write(`request failed: ${error instanceof Error ? error.message : String(error)}\n`);
        if (!res.headersSent) res.writeHead(500).end();
      });
  });
  // Longer than clients keep an idle connection: one closed under a client about to reuse it fails that request.
  httpServer.keepAliveTimeout = 65_000;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(settings.port, settings.host, () => resolve());
  });
  return httpServer;
}

/** Runs the command; resolves once the server serves (stdio or HTTP). Exit code 2 on a usage error, 1 on a failure to start. */
export async function runCli(argv: readonly string[], factory: ServerFactory): Promise<void> {
  let settings: CliSettings | 'help';
  try {
    settings = parseArguments(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    process.stderr.write(`${factory.command}: ${error.message}\n\n${usage(factory)}\n`);
    process.exitCode = 2;
    return;
  }
  if (settings === 'help') {
    process.stderr.write(`${usage(factory)}\n`);
    return;
  }
  const { mode, waitTimeoutMs } = settings;
  const create = () => factory.createServer({ ...(mode && { mode }), ...(waitTimeoutMs && { waitTimeoutMs }) });
  try {
    // Built once up front, so a missing credential is reported before any client connects.
    const first = create();
    if (settings.transport === 'stdio') {
      await first.connect(new StdioServerTransport());
      process.stderr.write(`${factory.command}: serving over stdio\n`);
      return;
    }
    await first.close();
    const httpServer = await serveHttp(settings, create);
    const address = httpServer.address() as AddressInfo;
    const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;
    process.stderr.write(`${factory.command}: listening on http://${host}:${address.port}/mcp\n`);
  } catch (error) {
    process.stderr.write(`${factory.command}: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 1;
  }
}
