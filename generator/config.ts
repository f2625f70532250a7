/** The generator's settings: from a config file, from CLI flags, or derived from the spec's title. */
import { readFile } from 'node:fs/promises';
import { dirname, relative, resolve } from 'node:path';
import { GeneratorError } from './errors.ts';
import { isUrl } from './load/read-document.ts';
import { pascalCase, words } from './ir/naming.ts';
import { isPackageName } from './surface/names.ts';
import type { TaskStatusOverride } from './ir/types.ts';
import { checkMcpConfig, type McpConfig } from './mcp-config.ts';
import { isSemver } from './semver.ts';

/** Which path parameters a call takes positionally: only the last (the leading SDKs' convention) or all of them. */
export type PositionalPathParams = 'last' | 'all';

/**
 * The surface config (`surface` in sdk.config.json, documented in docs/naming.md): what no naming rule can know.
 * Calls are keyed `"<METHOD> <path key>"` as the spec writes them (`"POST /uploads/{upload_id}/complete"`).
 */
export interface SurfaceConfig {
  /** A call's new place (`"images.generate"`), or its new name on its resource (`"generate"`); `false` hides the operation. */
  methods?: Record<string, string | false>;
  /** A resource's new place by its current one (`"organization.adminApiKeys": "admin.keys"`), with every call and resource below it. */
  resources?: Record<string, string>;
  /** Namespaces (`admin`, `beta`) put in front of the resources of the calls they select: by path prefix, tag, security scheme or fixed query. */
  namespaces?: Record<string, NamespaceSelector>;
}

export interface NamespaceSelector {
  /** Path prefixes (`/organization`): a call whose path key starts with one, at a segment boundary. */
  paths?: string[];
  tags?: string[];
  /** Security schemes: a call whose every security alternative uses one of them. */
  security?: string[];
  /** Fixed query parameters of the path key (`beta=true` for `/responses?beta=true`). */
  query?: string[];
}

export interface PackageSettings {
  /** npm package name, e.g. `@imarouter/sdk`. */
  packageName?: string;
  /** Name of the generated client class, e.g. `ImaRouter`. */
  clientName?: string;
  /** Prefix of the environment variables the client reads (`<PREFIX>_API_KEY`, `<PREFIX>_BASE_URL`). */
  envPrefix?: string;
  /**
   * The client option and environment variable of a security scheme, by the scheme's key, instead of the derived
   * ones (docs/config.md): `{ "AdminKey": { "option": "adminKey", "env": "ACME_ADMIN_KEY" } }`.
   */
  credentials?: Record<string, CredentialSettings>;
  /**
   * Version of the generated package; without it the package takes the spec's `info.version`. Written by
   * `npm run spec:update`, which bumps it by the API diff's semver rule.
   */
  packageVersion?: string;
  /** Task status values that end a wait, instead of the ones derived from the spec (all tasks, or by fetch operation). */
  taskStatus?: TaskStatusOverride;
  /** The API's name in the package's README and description, instead of the spec's `info.title` (often a placeholder). */
  title?: string;
  /** The package's `description` (default: `TypeScript SDK for <title>`). */
  description?: string;
  /** The package's SPDX `license` (default: `UNLICENSED`, which npm reads as "not for reuse"). */
  license?: string;
  /** The package's `repository` URL. */
  repository?: string;
  /** The package's `homepage` URL. */
  homepage?: string;
  /** Which path parameters a call takes positionally: the last (default, as the leading SDKs do) or all, in path order. */
  positionalPathParams?: PositionalPathParams;
  surface?: SurfaceConfig;
  /**
   * Closed-enum request fields the server extends over time, beside the model fields the rule finds (docs/config.md):
   * `"<Schema>.<property>"` or `"<METHOD> <path key> <field>"`. Each also takes `unlisted('…')`.
   */
  openFields?: string[];
}

/** What the config says of one security scheme's credential: its client option, its environment variable. */
export interface CredentialSettings {
  option?: string;
  env?: string;
}

/** The config keys that describe the package on npm and in its README: plain, non-empty strings. */
export const PACKAGE_METADATA_KEYS = ['title', 'description', 'license', 'repository', 'homepage'] as const;
export type PackageMetadata = Partial<Record<(typeof PACKAGE_METADATA_KEYS)[number], string>>;

export type { TaskStatusOverride, TerminalStatuses } from './ir/types.ts';

/**
 * A known warning the team accepts (`acknowledgedWarnings` in the config): it is counted, not listed, and
 * `--strict` does not refuse it. `kind` and `pointer` are patterns in which `*` stands for any text.
 */
export interface WarningAcknowledgement {
  /** A warning kind id (`openapi-3.1-keyword:if`), or a pattern (`openapi-3.1-keyword:*`). */
  kind: string;
  /** The JSON pointer of the warnings it covers (`#/components/schemas/MiniMax*`); all of the kind without it. */
  pointer?: string;
  /** Why it is accepted, for the next reader of the config. */
  reason?: string;
}

export interface GeneratorConfig extends PackageSettings {
  /** Path (relative to the config file) or URL of the OpenAPI document. */
  spec: string;
  /** Output folder of the generated package (relative to the config file). */
  output: string;
  /**
   * OpenAPI Overlay 1.0 documents (paths relative to the config file, or URLs) applied in order to the spec
   * before it is read: by generation, `--check` and the API diff alike.
   */
  overlays?: string[];
  /**
   * Hosts (`name` or `name:port`) whose http(s) URLs `$ref`s may reach; none by default (a spec fetched by URL
   * may always reach its own origin). See docs/security.md.
   */
  allowRefHosts?: string[];
  acknowledgedWarnings?: WarningAcknowledgement[];
  /** An MCP server package generated beside the SDK (mcp-config.ts); its `output` is resolved like `output`. */
  mcp?: McpConfig;
}

/** The package settings a config file gives (everything but where the spec, overlays and output are, and the MCP package). */
export function packageSettingsOf(config: GeneratorConfig): PackageSettings {
  const { spec: _spec, output: _output, overlays: _overlays, allowRefHosts: _hosts, acknowledgedWarnings: _acknowledged, mcp: _mcp, ...settings } = config;
  return settings;
}

export interface ResolvedPackageSettings {
  packageName: string;
  clientName: string;
  envPrefix: string;
  packageVersion?: string;
  /** What the config says about the package (title, description, license, repository, homepage); the rest defaults in emit. */
  metadata: PackageMetadata;
  /** The output folder holds a CHANGELOG.md (written by a release), so the package ships it. */
  shipsChangelog?: boolean;
  positionalPathParams: PositionalPathParams;
  surface: SurfaceConfig;
  /** The config's `credentials` (checked against the spec's security schemes by surface/credentials.ts). */
  credentials: Record<string, CredentialSettings>;
  /** Where the settings came from (the config file, or `command line`), for errors about entries the spec does not match. */
  source: string;
}

const KNOWN_KEYS = new Set([
  '$schema',
  'spec',
  'output',
  'overlays',
  'allowRefHosts',
  'acknowledgedWarnings',
  'packageName',
  'clientName',
  'envPrefix',
  'credentials',
  'packageVersion',
  'taskStatus',
  'positionalPathParams',
  'surface',
  'openFields',
  'mcp',
  ...PACKAGE_METADATA_KEYS,
]);

export async function readConfig(path: string): Promise<GeneratorConfig> {
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch {
    throw new GeneratorError(
      'the config file does not exist or cannot be read',
      { file: path },
      'pass an existing JSON file with --config, or use --spec and --out without a config',
    );
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new GeneratorError(`the config file is not valid JSON: ${(error as Error).message}`, { file: path }, 'fix the JSON syntax');
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new GeneratorError('the config file must contain a JSON object', { file: path, pointer: '#' }, 'write { "spec": "...", "output": "..." }');
  }
  const config = data as Record<string, unknown>;
  for (const key of Object.keys(config)) {
    if (!KNOWN_KEYS.has(key)) throw new GeneratorError(`unknown config key "${key}"`, { file: path, pointer: `#/${key}` }, `use only: ${[...KNOWN_KEYS].slice(1).join(', ')}`);
  }
  for (const key of ['spec', 'output'] as const) {
    if (typeof config[key] !== 'string' || !config[key])
      throw new GeneratorError(`"${key}" is required and must be a string`, { file: path, pointer: `#/${key}` }, `set "${key}" in the config file`);
  }
  checkTaskStatus(config.taskStatus, path);
  if (config.positionalPathParams !== undefined && config.positionalPathParams !== 'last' && config.positionalPathParams !== 'all') {
    throw new GeneratorError(
      `"positionalPathParams" must be "last" or "all", not ${JSON.stringify(config.positionalPathParams)}`,
      { file: path, pointer: '#/positionalPathParams' },
      'write "last" (only the last path parameter is positional, the default) or "all" (every path parameter, in path order)',
    );
  }
  checkCredentials(config.credentials, path);
  for (const key of PACKAGE_METADATA_KEYS) {
    const value = config[key];
    if (value !== undefined && (typeof value !== 'string' || !value.trim()))
      throw new GeneratorError(`"${key}" must be a non-empty string`, { file: path, pointer: `#/${key}` }, `set "${key}" to a string, or leave it out`);
  }
  if (config.overlays !== undefined && (!Array.isArray(config.overlays) || !config.overlays.every((item) => typeof item === 'string' && item))) {
    throw new GeneratorError(
      '"overlays" must be a list of file paths',
      { file: path, pointer: '#/overlays' },
      'write "overlays": ["spec/streams.overlay.yaml"] (paths relative to the config file)',
    );
  }
  checkAllowedHosts(config.allowRefHosts, path);
  checkAcknowledgements(config.acknowledgedWarnings, path);
  checkSurfaceConfig(config.surface, path);
  checkOpenFields(config.openFields, path);
  checkMcpConfig(config.mcp, path);
  const base = dirname(resolve(path));
  // Shown in messages, so relative to where the user is.
  const fromConfig = (file: string) => (isUrl(file) ? file : relative(process.cwd(), resolve(base, file)));
  return {
    ...(config as unknown as GeneratorConfig),
    spec: fromConfig(String(config.spec)),
    output: resolve(base, String(config.output)),
    ...(Array.isArray(config.overlays) && { overlays: (config.overlays as string[]).map(fromConfig) }),
    ...(config.mcp !== undefined && { mcp: { ...config.mcp, output: resolve(base, config.mcp.output) } }),
  };
}

/** The spec's `info.title`, as the IR reads it (`API` when missing): the defaults of the settings derive from it. */
export function specTitle(document: Record<string, unknown>): string {
  const title = (document.info as { title?: unknown } | undefined)?.title;
  return typeof title === 'string' ? title : 'API';
}

/**
 * `<Title>Client`, unless the package declares that name already (a spec without a title is `API`, and the
 * runtime exports `APIClient`; `Base` would give `BaseClient`): then `<Title>`, then `<Title>SDK`.
 */
export function defaultClientName(apiTitle: string): string {
  const base = pascalCase(apiTitle, 'Api');
  const candidates = [`${base}Client`, base, `${base}SDK`];
  return candidates.find((candidate) => !isPackageName(candidate)) ?? `${base}SDKClient`;
}

/** Fills in what the config left out from the spec's title, and checks what it gave. */
export function resolvePackageSettings(settings: PackageSettings, apiTitle: string, where: string): ResolvedPackageSettings {
  // Words as the title writes them: a brand stays whole (`OpenAI API` → `openai-api-sdk`), as in the variables' prefix.
  const titleWords = words(apiTitle, { splitCase: false });
  const packageName = settings.packageName ?? (titleWords.map((word) => word.toLowerCase()).join('-') || 'api') + '-sdk';
  const clientName = settings.clientName ?? defaultClientName(apiTitle);
  const envPrefix = settings.envPrefix ?? defaultEnvPrefix(apiTitle);
  if (!/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/.test(packageName)) {
    throw new GeneratorError(
      `"${packageName}" is not a valid npm package name`,
      { file: where, pointer: '#/packageName' },
      'use lowercase letters, digits, - . _ and an optional @scope/',
    );
  }
  if (!/^[A-Z][A-Za-z0-9]*$/.test(clientName)) {
    throw new GeneratorError(`"${clientName}" is not a valid client class name`, { file: where, pointer: '#/clientName' }, 'use a PascalCase identifier such as MyApi');
  }
  if (isPackageName(clientName)) {
    throw new GeneratorError(
      `"${clientName}" is a name the generated package already declares (its runtime exports it, or TypeScript does)`,
      { file: where, pointer: '#/clientName' },
      `choose another client class name, such as ${clientName}SDK`,
    );
  }
  if (!/^[A-Z][A-Z0-9_]*$/.test(envPrefix)) {
    throw new GeneratorError(`"${envPrefix}" is not a valid environment variable prefix`, { file: where, pointer: '#/envPrefix' }, 'use UPPER_SNAKE_CASE such as MY_API');
  }
  const { packageVersion } = settings;
  if (packageVersion !== undefined && (typeof packageVersion !== 'string' || !isSemver(packageVersion))) {
    throw new GeneratorError(
      `${JSON.stringify(packageVersion)} is not a valid package version`,
      { file: where, pointer: '#/packageVersion' },
      'use a semantic version such as 2.0.0',
    );
  }
  const metadata: PackageMetadata = {};
  for (const key of PACKAGE_METADATA_KEYS) if (typeof settings[key] === 'string') metadata[key] = settings[key];
  return {
    packageName,
    clientName,
    envPrefix,
    ...(packageVersion !== undefined && { packageVersion }),
    metadata,
    positionalPathParams: settings.positionalPathParams ?? 'last',
    surface: settings.surface ?? {},
    credentials: settings.credentials ?? {},
    source: where,
  };
}

/** Words that say what kind of thing the document is, not which API: left off the end of a variable prefix. */
const GENERIC_TITLE_WORDS = new Set('api apis rest restful http https sdk documentation docs doc reference spec specification openapi swagger definition definitions'.split(' '));

/**
 * The environment variable prefix from the API's name: its words as written (split at spaces and punctuation, never
 * inside a word, so a brand keeps its spelling: `OpenAI API` → `OPENAI`, `ImaRouter` → `IMAROUTER`), upper-cased,
 * without the generic words and version numbers that end many titles (`API`, `REST`, `v2`, `2.0`): the variables
 * are `<PREFIX>_API_KEY`, so `OPENAI_API_API_KEY` would say it twice. A title of generic words alone keeps them;
 * one that starts with a digit gets `API_` in front (a variable name cannot).
 */
export function defaultEnvPrefix(apiTitle: string): string {
  const all = words(apiTitle, { splitCase: false }).map((word) => word.toUpperCase());
  let end = all.length;
  while (end > 0 && (GENERIC_TITLE_WORDS.has(all[end - 1]!.toLowerCase()) || /^V?\d+$/.test(all[end - 1]!))) end--;
  const prefix = (end > 0 ? all.slice(0, end) : all).join('_') || 'API';
  return /^[0-9]/.test(prefix) ? `API_${prefix}` : prefix;
}

function checkStatuses(value: unknown, path: string, pointer: string): void {
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new GeneratorError('must be an object with "success" and/or "failure"', { file: path, pointer }, 'write { "success": ["done"], "failure": ["failed"] }');
  for (const [key, list] of Object.entries(value)) {
    if (key === 'operations' && pointer === '#/taskStatus') continue;
    if (key !== 'success' && key !== 'failure')
      throw new GeneratorError(`unknown key "${key}"`, { file: path, pointer: `${pointer}/${key}` }, 'use "success", "failure" (and "operations" at the top)');
    if (!Array.isArray(list) || !list.every((item) => typeof item === 'string'))
      throw new GeneratorError(`"${key}" must be a list of strings`, { file: path, pointer: `${pointer}/${key}` }, 'list the status values, e.g. ["completed"]');
  }
}

/** `taskStatus`: `{ success?, failure?, operations?: { <fetch operation>: { success?, failure? } } }`. */
function checkTaskStatus(value: unknown, path: string): void {
  if (value === undefined) return;
  checkStatuses(value, path, '#/taskStatus');
  const operations = (value as { operations?: unknown }).operations;
  if (operations === undefined) return;
  if (operations === null || typeof operations !== 'object' || Array.isArray(operations))
    throw new GeneratorError(
      '"operations" must map fetch operation names to statuses',
      { file: path, pointer: '#/taskStatus/operations' },
      'write { "getVideoTask": { "success": ["done"] } }',
    );
  for (const [name, statuses] of Object.entries(operations)) checkStatuses(statuses, path, `#/taskStatus/operations/${name}`);
}

/** An option name a credential may take: an identifier, none of the object's own members. */
export const OPTION_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*$/;
/** An environment variable name the client may read: upper-case letters, digits and `_`, not starting with a digit. */
export const ENV_NAME = /^[A-Z_][A-Z0-9_]*$/;

/** `credentials`: `{ <scheme key>: { option?, env? } }`; which keys the spec declares is checked by the surface. */
function checkCredentials(value: unknown, path: string): void {
  if (value === undefined) return;
  const example = 'write "credentials": { "AdminKey": { "option": "adminKey", "env": "ACME_ADMIN_KEY" } } (keys are the spec\'s security scheme keys)';
  if (value === null || typeof value !== 'object' || Array.isArray(value))
    throw new GeneratorError('"credentials" must map security scheme keys to { option, env }', { file: path, pointer: '#/credentials' }, example);
  for (const [scheme, entry] of Object.entries(value)) {
    const pointer = `#/credentials/${pointerToken(scheme)}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry) || !Object.keys(entry).length)
      throw new GeneratorError('must be an object with "option" and/or "env"', { file: path, pointer }, example);
    for (const [key, item] of Object.entries(entry)) {
      if (key !== 'option' && key !== 'env') throw new GeneratorError(`unknown key "${key}"`, { file: path, pointer: `${pointer}/${key}` }, 'use "option" and "env"');
      if (key === 'option' && (typeof item !== 'string' || !OPTION_NAME.test(item) || item === '__proto__'))
        throw new GeneratorError(
          `${JSON.stringify(item)} is not a client option name`,
          { file: path, pointer: `${pointer}/option` },
          'use a camelCase identifier such as "adminKey"',
        );
      if (key === 'env' && (typeof item !== 'string' || !ENV_NAME.test(item)))
        throw new GeneratorError(
          `${JSON.stringify(item)} is not an environment variable name`,
          { file: path, pointer: `${pointer}/env` },
          'use UPPER_SNAKE_CASE such as "ACME_ADMIN_KEY"',
        );
    }
  }
}

/** A host `$ref`s may reach, as `--allow-ref-host` and `allowRefHosts` name it: `name` or `name:port`, no scheme or path. */
export function isHostName(value: string): boolean {
  return /^(\[[0-9a-f:.]+\]|[a-z0-9]([a-z0-9-]*[a-z0-9])?(\.[a-z0-9]([a-z0-9-]*[a-z0-9])?)*)(:\d{1,5})?$/i.test(value);
}

/** `allowRefHosts`: a list of host names (`name` or `name:port`). */
function checkAllowedHosts(value: unknown, path: string): void {
  if (value === undefined) return;
  const hint = 'write "allowRefHosts": ["schemas.example.com", "127.0.0.1:8080"] (host names, with a port to allow only that one)';
  if (!Array.isArray(value)) throw new GeneratorError('"allowRefHosts" must be a list of host names', { file: path, pointer: '#/allowRefHosts' }, hint);
  value.forEach((host: unknown, index) => {
    if (typeof host !== 'string' || !isHostName(host))
      throw new GeneratorError(`${JSON.stringify(host)} is not a host name`, { file: path, pointer: `#/allowRefHosts/${index}` }, hint);
  });
}

/** `acknowledgedWarnings`: `[{ kind, pointer?, reason? }]`, non-empty strings. */
function checkAcknowledgements(value: unknown, path: string): void {
  if (value === undefined) return;
  const example = 'write [{ "kind": "openapi-3.1-keyword:*", "pointer": "#/components/schemas/*", "reason": "…" }]';
  if (!Array.isArray(value)) throw new GeneratorError('"acknowledgedWarnings" must be a list', { file: path, pointer: '#/acknowledgedWarnings' }, example);
  value.forEach((entry: unknown, index) => {
    const pointer = `#/acknowledgedWarnings/${index}`;
    if (entry === null || typeof entry !== 'object' || Array.isArray(entry)) throw new GeneratorError('must be an object with "kind"', { file: path, pointer }, example);
    for (const [key, item] of Object.entries(entry)) {
      if (!['kind', 'pointer', 'reason'].includes(key))
        throw new GeneratorError(`unknown key "${key}"`, { file: path, pointer: `${pointer}/${key}` }, 'use "kind", "pointer" and "reason"');
      if (typeof item !== 'string' || !item.trim()) throw new GeneratorError(`"${key}" must be a non-empty string`, { file: path, pointer: `${pointer}/${key}` }, example);
    }
    if (!('kind' in entry)) {
      throw new GeneratorError('"kind" is required', { file: path, pointer }, 'name the warning kind: --verbose prints it in brackets after each warning (a * matches any text)');
    }
  });
}

/**
 * `openFields`: a list of field keys, `"<Schema>.<property>"` or `"<METHOD> <path key> <field>"` (what each names
 * is checked against the spec by ir/open-fields.ts).
 */
function checkOpenFields(value: unknown, path: string): void {
  if (value === undefined) return;
  const hint = 'write "openFields": ["ChatRequest.voice", "GET /v1/files purpose"] (a schema\'s property, or an operation\'s field; see docs/config.md)';
  if (!Array.isArray(value)) throw new GeneratorError('"openFields" must be a list of field keys', { file: path, pointer: '#/openFields' }, hint);
  value.forEach((entry: unknown, index) => {
    if (typeof entry !== 'string' || !(/^[^\s.]+(\.[^\s.]+)*\.[^\s.]+$/.test(entry) || /^[A-Za-z]+ \S+ \S+$/.test(entry)))
      throw new GeneratorError(`${JSON.stringify(entry)} is not a field key`, { file: path, pointer: `#/openFields/${index}` }, hint);
  });
}

/** `/` and `~` escaped for a JSON pointer token (RFC 6901). */
export const pointerToken = (key: string) => key.replace(/~/g, '~0').replace(/\//g, '~1');

/** The surface config's shape (what its entries match is checked where the calls are planned, surface/surface-config.ts). */
function checkSurfaceConfig(value: unknown, path: string): void {
  if (value === undefined) return;
  const fail = (message: string, pointer: string, hint: string): never => {
    throw new GeneratorError(message, { file: path, pointer }, hint);
  };
  const isRecord = (item: unknown): item is Record<string, unknown> => item !== null && typeof item === 'object' && !Array.isArray(item);
  const place = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;
  if (!isRecord(value)) fail('"surface" must be an object', '#/surface', 'write { "methods": { … }, "resources": { … }, "namespaces": { … } } (see docs/naming.md)');
  const surface = value as Record<string, unknown>;
  for (const key of Object.keys(surface)) {
    if (!['methods', 'resources', 'namespaces'].includes(key)) fail(`unknown key "${key}"`, `#/surface/${pointerToken(key)}`, 'use "methods", "resources" and "namespaces"');
    if (!isRecord(surface[key])) fail(`"${key}" must be an object`, `#/surface/${key}`, 'see docs/naming.md for its form');
  }
  for (const [key, entry] of Object.entries((surface.methods ?? {}) as Record<string, unknown>)) {
    const pointer = `#/surface/methods/${pointerToken(key)}`;
    if (!/^[A-Za-z]+ \S+$/.test(key))
      fail(`"${key}" is not a call key`, pointer, 'key a call by its method and path key as the spec writes them: "POST /uploads/{upload_id}/complete"');
    if (entry !== false && (typeof entry !== 'string' || !place.test(entry)))
      fail(`${JSON.stringify(entry)} is not a place for a call`, pointer, 'write "resource.method" (e.g. "images.generate"), a method name alone, or false to hide the operation');
  }
  for (const [key, entry] of Object.entries((surface.resources ?? {}) as Record<string, unknown>)) {
    const pointer = `#/surface/resources/${pointerToken(key)}`;
    if (!place.test(key) || typeof entry !== 'string' || !place.test(entry))
      fail(`a resource entry maps a resource's place to its new one`, pointer, 'write "organization.adminApiKeys": "admin.apiKeys" (dotted names, as the client reads them)');
  }
  for (const [name, selector] of Object.entries((surface.namespaces ?? {}) as Record<string, unknown>)) {
    const pointer = `#/surface/namespaces/${pointerToken(name)}`;
    if (!place.test(name) || name.includes('.')) fail(`"${name}" is not a namespace name`, pointer, 'use an identifier such as "admin" or "beta"');
    if (!isRecord(selector))
      fail('a namespace must select calls', pointer, 'write { "paths": ["/organization"] }, { "tags": [...] }, { "security": [...] } or { "query": ["beta=true"] }');
    const entries = Object.entries(selector as Record<string, unknown>);
    if (!entries.length) fail('a namespace must select calls', pointer, 'give "paths", "tags", "security" or "query"');
    for (const [key, list] of entries) {
      if (!['paths', 'tags', 'security', 'query'].includes(key)) fail(`unknown key "${key}"`, `${pointer}/${pointerToken(key)}`, 'use "paths", "tags", "security" and "query"');
      if (!Array.isArray(list) || !list.length || !list.every((item) => typeof item === 'string' && item))
        fail(`"${key}" must be a list of strings`, `${pointer}/${key}`, 'e.g. "paths": ["/organization"]');
    }
  }
}
