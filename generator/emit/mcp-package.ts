/**
 * Emits the MCP server package beside the SDK: its package files and README (Handlebars templates under
 * templates/mcp/), the tool plan as data (`src/tools.ts`), the entry point and `bin` that bind it to the SDK
 * (templates), and the server itself, static TypeScript copied as it is (static-runtime.ts).
 */
import type { ResolvedMcpSettings } from '../mcp-config.ts';
import { packageVersionOf } from '../semver.ts';
import type { McpPlan, McpTool } from '../surface/mcp-tools.ts';
import type { SurfaceApi } from '../surface/types.ts';
import type { EmittedFile } from './emit-package.ts';
import { toolsFileContext } from './mcp-tools-file.ts';
import { GENERATED_HEADER, mcpRuntimeFiles } from './static-runtime.ts';
import { renderTemplate } from './templates.ts';

/**
 * The versions the MCP package depends on: exact, accepting Node 20, and the same the generator's own tests build
 * and run it with (test/emit/mcp-package.test.ts holds them to package.json's devDependencies).
 */
export const MCP_DEPENDENCIES = {
  mcpSdkVersion: '1.32.2',
  ajvVersion: '8.20.0',
  nodeTypesVersion: '20.19.9',
  typescriptVersion: '6.0.3',
} as const;

/** The hints of a tool as the README's table shows them. */
export function hintsOf(tool: Pick<McpTool, 'annotations' | 'call'>): string {
  const hints = [
    tool.annotations.readOnlyHint ? 'read-only' : tool.annotations.destructiveHint ? 'destructive' : undefined,
    tool.annotations.idempotentHint ? 'idempotent' : undefined,
    tool.call.kind === 'wait' ? 'waits, reports progress' : undefined,
  ];
  return hints.filter(Boolean).join(', ');
}

/** The SDK's credentials as the server names them; an API without security schemes still takes the default key. */
export function credentialsOf(api: SurfaceApi): { option: string; variable: string }[] {
  const declared = api.credentials.map((credential) => ({ option: credential.option, variable: credential.env }));
  return declared.length ? declared : [{ option: 'apiKey', variable: `${api.settings.envPrefix}_API_KEY` }];
}

export function emitMcpPackage(api: SurfaceApi, plan: McpPlan, mcp: ResolvedMcpSettings): EmittedFile[] {
  const { settings } = api;
  const apiTitle = settings.metadata.title ?? api.title;
  const credentials = credentialsOf(api);
  const context = {
    ...MCP_DEPENDENCIES,
    packageName: mcp.packageName,
    binName: mcp.binName,
    version: settings.packageVersion ?? packageVersionOf(api.version),
    description: `MCP server for ${apiTitle}: its API as tools for agents, through ${settings.packageName}`,
    license: settings.metadata.license ?? 'UNLICENSED',
    repository: settings.metadata.repository,
    homepage: settings.metadata.homepage,
    sdkPackageName: settings.packageName,
    sdkDependency: mcp.sdkDependency,
    clientName: settings.clientName,
    apiTitle,
    // The default credential's variable (the config may rename it); the SDK reads the other options' variables itself.
    apiKeyVariable: credentials[0]!.variable,
    otherCredentialVariables: credentials.slice(1).map((credential) => credential.variable),
    // Every credential is scrubbed from results, not only the API key: a server may echo an admin key too.
    credentials,
    baseUrlVariable: `${settings.envPrefix}_BASE_URL`,
    mode: plan.mode,
    dynamic: plan.mode === 'dynamic',
    toolCount: plan.tools.length,
    tools: plan.tools.map((tool) => ({ ...tool, hints: hintsOf(tool) })),
  };
  const files: EmittedFile[] = [
    { path: 'package.json', content: renderTemplate('package.json.hbs', context, 'mcp') },
    { path: 'tsconfig.json', content: renderTemplate('tsconfig.json.hbs', context, 'mcp') },
    { path: 'README.md', content: renderTemplate('README.md.hbs', context, 'mcp') },
    { path: 'src/index.ts', content: GENERATED_HEADER + renderTemplate('src/index.ts.hbs', context, 'mcp') },
    // The shebang must be the first line of the bin.
    { path: 'src/bin.ts', content: `#!/usr/bin/env node\n${GENERATED_HEADER}${renderTemplate('src/bin.ts.hbs', context, 'mcp')}` },
    { path: 'src/tools.ts', content: GENERATED_HEADER + renderTemplate('src/tools.ts.hbs', toolsFileContext(plan.tools), 'mcp') },
    ...mcpRuntimeFiles().map((file) => ({ ...file, formatted: true })),
  ];
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
