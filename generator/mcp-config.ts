/**
 * The `mcp` section of the config: an MCP server package generated beside the SDK, what it is called and which
 * tools it offers. Checked where it is read (every refusal names its JSON pointer), resolved against the SDK's
 * own settings (defaults derive from them).
 */
import { basename, dirname, join, relative } from 'node:path';
import { GeneratorError } from './errors.ts';

/** Tools picked by where they sit in the client, by tag, or by operation. */
export interface ToolSelector {
  /** Resource paths as the client has them, dotted (`videos`, `chat.completions`); a path selects its children too. */
  resources?: string[];
  /** Operation tags from the spec. */
  tags?: string[];
  /** Operation names: the spec's operationId (or derived name), or the SDK's function name. */
  operations?: string[];
}

export type McpMode = 'static' | 'dynamic';

export interface McpConfig {
  /** Output folder of the MCP package (relative to the config file). */
  output: string;
  /** npm package name (default: the SDK's with `mcp` for its last word: `@acme/sdk` → `@acme/mcp`, `acme` → `acme-mcp`). */
  packageName?: string;
  /** The command the package installs (default: `<env prefix, kebab-case>-mcp`). */
  binName?: string;
  /** `static`: one tool per call; `dynamic`: three tools that list, describe and call the endpoints (for large APIs). */
  mode?: McpMode;
  /** Only these tools (any selector matching is enough); without it, every call. */
  include?: ToolSelector;
  /** Not these tools (after `include`). An operation's `x-mcp: true` or `false` wins over both. */
  exclude?: ToolSelector;
  /** The dependency on the SDK package, as package.json writes it (default: `file:` the SDK's output folder). */
  sdkDependency?: string;
}

export interface ResolvedMcpSettings {
  /** Absolute output folder. */
  output: string;
  packageName: string;
  binName: string;
  mode: McpMode;
  include?: ToolSelector;
  exclude?: ToolSelector;
  sdkDependency: string;
}

const KEYS = ['output', 'packageName', 'binName', 'mode', 'include', 'exclude', 'sdkDependency'];
const SELECTOR_KEYS = ['resources', 'tags', 'operations'];
const EXAMPLE = 'write "mcp": { "output": "generated/acme-mcp" }';

/** Checks the `mcp` value of a config file (`path`), before anything is generated. */
export function checkMcpConfig(value: unknown, path: string): asserts value is McpConfig | undefined {
  if (value === undefined) return;
  const refuse = (message: string, pointer: string, hint: string): never => {
    throw new GeneratorError(message, { file: path, pointer }, hint);
  };
  if (value === null || typeof value !== 'object' || Array.isArray(value)) refuse('"mcp" must be an object', '#/mcp', EXAMPLE);
  const config = value as Record<string, unknown>;
  for (const key of Object.keys(config)) if (!KEYS.includes(key)) refuse(`unknown key "${key}"`, `#/mcp/${key}`, `use only: ${KEYS.join(', ')}`);
  for (const key of ['output', 'packageName', 'binName', 'sdkDependency']) {
    const item = config[key];
    if ((key === 'output' || item !== undefined) && (typeof item !== 'string' || !item.trim()))
      refuse(`"${key}" must be a non-empty string`, `#/mcp/${key}`, key === 'output' ? EXAMPLE : `set "${key}" to a string, or leave it out`);
  }
  if (config.mode !== undefined && config.mode !== 'static' && config.mode !== 'dynamic')
    refuse('"mode" must be "static" or "dynamic"', '#/mcp/mode', 'write "mode": "dynamic" for large APIs');
  for (const key of ['include', 'exclude']) {
    const selector = config[key];
    if (selector === undefined) continue;
    if (selector === null || typeof selector !== 'object' || Array.isArray(selector))
      refuse(`"${key}" must be an object`, `#/mcp/${key}`, 'write { "resources": ["videos"], "tags": ["Chat"], "operations": ["createChatCompletion"] }');
    for (const [name, list] of Object.entries(selector as object)) {
      if (!SELECTOR_KEYS.includes(name)) refuse(`unknown key "${name}"`, `#/mcp/${key}/${name}`, `use only: ${SELECTOR_KEYS.join(', ')}`);
      if (!Array.isArray(list) || !list.every((item) => typeof item === 'string' && item))
        refuse(`"${name}" must be a list of names`, `#/mcp/${key}/${name}`, `write "${name}": ["…"]`);
    }
  }
}

/** `@acme/sdk` → `@acme/mcp`, `acme-sdk` → `acme-mcp`, `acme` → `acme-mcp`. */
export function defaultMcpPackageName(sdkPackageName: string): string {
  const replaced = sdkPackageName.replace(/(^|[/-])sdk$/, '$1mcp');
  return replaced !== sdkPackageName ? replaced : `${sdkPackageName}-mcp`;
}

export interface McpSdkSide {
  packageName: string;
  envPrefix: string;
  /** Absolute output folder of the SDK package. */
  output: string;
}

/** The settings of the MCP package: the config's, with defaults from the SDK's. */
export function resolveMcpSettings(config: McpConfig, sdk: McpSdkSide, where: string): ResolvedMcpSettings {
  const packageName = config.packageName ?? defaultMcpPackageName(sdk.packageName);
  if (!/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(packageName))
    throw new GeneratorError(
      `"${packageName}" is not a valid npm package name`,
      { file: where, pointer: '#/mcp/packageName' },
      'use lowercase letters, digits, - . _ and an optional @scope/',
    );
  const binName = config.binName ?? `${sdk.envPrefix.toLowerCase().replace(/_/g, '-')}-mcp`;
  if (!/^[a-z0-9][a-z0-9._-]*$/.test(binName))
    throw new GeneratorError(`"${binName}" is not a valid command name`, { file: where, pointer: '#/mcp/binName' }, 'use lowercase letters, digits, - . _');
  const fromMcp = relative(config.output, sdk.output).split('\\').join('/');
  // Each package is swapped in as a whole folder (write/tree-swap.ts): one cannot hold the other.
  const fromSdk = relative(sdk.output, config.output);
  if (fromMcp === '' || !fromMcp.split('/').includes('..') || !fromSdk.split(/[\\/]/).includes('..'))
    throw new GeneratorError(
      `the MCP package's folder ${config.output} ${fromMcp === '' ? 'is' : fromMcp.startsWith('..') ? 'is inside' : 'holds'} the SDK's folder ${sdk.output}`,
      { file: where, pointer: '#/mcp/output' },
      `give the MCP package a folder of its own beside the SDK's, such as ${join(dirname(sdk.output), `${basename(sdk.output)}-mcp`)}`,
    );
  return {
    output: config.output,
    packageName,
    binName,
    mode: config.mode ?? 'static',
    ...(config.include && { include: config.include }),
    ...(config.exclude && { exclude: config.exclude }),
    sdkDependency: config.sdkDependency ?? `file:${fromMcp}`,
  };
}
