/**
 * The client's credential options: which option and environment variable carry the credential of each security
 * scheme (docs/config.md has the rule). Each scheme is an option named after it (`AdminKey` → `adminKey`), so a
 * call that requires the admin scheme sends the admin credential only; schemes that name one option
 * (`ApiKeyHeader`, `ApiKeyQuery`: one key, two ways to send it) share it. The API's default credential is `apiKey`.
 */
import { ENV_NAME, OPTION_NAME, pointerToken, type ResolvedPackageSettings } from '../config.ts';
import { GeneratorError } from '../errors.ts';
import { camelCase, NameRegistry, words } from '../ir/naming.ts';
import type { ApiModel, SecurityScheme } from '../ir/types.ts';

export interface CredentialOption {
  /** The client option (`apiKey`, `adminKey`). */
  option: string;
  /** The environment variable it defaults to (`ACME_API_KEY`). */
  env: string;
  /** The security schemes (spec keys, declaration order) it is sent as. */
  schemes: string[];
}

/** The options every client has: a credential never takes one of these names, nor an object member's. */
const TAKEN_OPTIONS = [
  'baseURL',
  'timeout',
  'streamIdleTimeout',
  'maxRetries',
  'initialRetryDelay',
  'maxRetryDelay',
  'maxResponseBytes',
  'fetch',
  'defaultHeaders',
  'constructor',
  'prototype',
  'toString',
  'valueOf',
  'hasOwnProperty',
];

/** Words of a scheme's key that say how or where it is sent, not whose credential it is. */
const TRANSPORT_WORDS = new Set(['auth', 'authentication', 'authorization', 'scheme', 'security', 'header', 'query', 'cookie', 'http', 'https']);
/** Last words that already name a credential. */
const CREDENTIAL_WORDS = new Set(['key', 'token', 'secret', 'password', 'credential', 'credentials', 'jwt']);

/**
 * The option a scheme's key names: its words without those of transport (`AdminApiKeyAuth` → `adminApiKey`),
 * ending in what it holds when no word says (`BearerAuth` → `bearerToken`, `BasicAuth` → `basicCredentials`,
 * `petstore_auth` (OAuth 2) → `petstoreToken`).
 */
export function schemeOptionName(scheme: Pick<SecurityScheme, 'key' | 'kind'>): string {
  const kept = words(scheme.key)
    .map((word) => word.toLowerCase())
    .filter((word) => !TRANSPORT_WORDS.has(word));
  if (!CREDENTIAL_WORDS.has(kept.at(-1) ?? '')) kept.push(scheme.kind === 'apiKey' ? 'key' : scheme.kind === 'basic' ? 'credentials' : 'token');
  return camelCase(kept.join(' '));
}

/** `adminKey` → `ADMIN_KEY`: the option's words, upper snake case. */
export function envSuffix(option: string): string {
  return words(option)
    .map((word) => word.toUpperCase())
    .join('_');
}

/** How many operations can send a scheme's credential (it is in one of their security alternatives). */
function usage(api: ApiModel, scheme: string): number {
  return api.operations.filter((operation) => operation.security.some((alternative) => alternative.includes(scheme))).length;
}

export function planCredentials(api: ApiModel, settings: ResolvedPackageSettings): CredentialOption[] {
  const schemes = api.securitySchemes;
  const configured = settings.credentials;
  const fail = (message: string, key: string, field: string | undefined, hint: string): never => {
    const pointer = `#/credentials/${pointerToken(key)}${field ? `/${field}` : ''}`;
    throw new GeneratorError(message, { file: settings.source, pointer }, hint);
  };
  const keys = schemes.map((scheme) => scheme.key);
  for (const key of Object.keys(configured)) {
    if (!keys.includes(key))
      fail(
        `the spec declares no security scheme "${key}"`,
        key,
        undefined,
        keys.length ? `key an entry by one of the spec's schemes: ${keys.join(', ')}` : 'the spec has no security schemes: remove "credentials"',
      );
  }

  // Options by name, in declaration order of their first scheme; a configured name is kept as given.
  const groups = new Map<string, { schemes: string[]; configured: boolean; env?: string; envFrom?: string }>();
  for (const scheme of schemes) {
    const given = configured[scheme.key];
    const option = given?.option ?? schemeOptionName(scheme);
    const group = groups.get(option) ?? { schemes: [], configured: false };
    group.schemes.push(scheme.key);
    if (given?.option !== undefined) group.configured = true;
    if (given?.env !== undefined) {
      if (group.env !== undefined && group.env !== given.env)
        fail(
          `"${scheme.key}" and "${group.envFrom}" share the option \`${option}\` but name different variables`,
          scheme.key,
          'env',
          'give both the same "env", or one of them another "option"',
        );
      group.env = given.env;
      group.envFrom = scheme.key;
    }
    groups.set(option, group);
  }
  if (!groups.size) return [];

  // The API's default credential (the first scheme the document's `security` names; without one, the most used,
  // ties to the first declared) is `apiKey`, the name every SDK's users look for first, unless the config named it
  // or another option is called so already.
  const entries = [...groups.entries()];
  const uses = (schemeKeys: string[]) => Math.max(...schemeKeys.map((key) => usage(api, key)));
  const documentDefault = api.security.flat().find((key) => keys.includes(key));
  const primary =
    entries.find((entry) => documentDefault !== undefined && entry[1].schemes.includes(documentDefault)) ??
    entries.reduce((best, entry) => (uses(entry[1].schemes) > uses(best[1].schemes) ? entry : best));
  if (!primary[1].configured && !groups.has('apiKey')) primary[0] = 'apiKey';
  const ordered = [primary, ...entries.filter((entry) => entry !== primary)];

  const options = new NameRegistry(new Set(TAKEN_OPTIONS));
  const envs = new NameRegistry(new Set([`${settings.envPrefix}_BASE_URL`]));
  return ordered.map(([name, group]) => {
    const first = group.schemes[0]!;
    if (group.configured && TAKEN_OPTIONS.includes(name)) fail(`\`${name}\` is an option every client has already`, first, 'option', 'choose another option name');
    const option = options.claim(name);
    if (!OPTION_NAME.test(option)) fail(`the scheme "${first}" gives no option name`, first, 'option', 'name its option in the config');
    const env = group.env ?? `${settings.envPrefix}_${envSuffix(option)}`;
    if (group.env !== undefined && !ENV_NAME.test(env)) fail(`"${env}" is not an environment variable name`, group.envFrom!, 'env', 'use UPPER_SNAKE_CASE');
    const claimed = envs.claim(env);
    if (group.env !== undefined && claimed !== env) fail(`another option reads "${env}" already`, group.envFrom!, 'env', 'give each option a variable of its own');
    return { option, env: claimed, schemes: group.schemes };
  });
}

/**
 * The credential options a call sends, one list per security alternative it can use (what its docs say), when the
 * client has more than one option: undefined otherwise, or when the call needs none.
 */
export function callCredentials(security: readonly string[][], options: readonly CredentialOption[]): string[][] | undefined {
  if (options.length < 2) return undefined;
  const optionOf = (scheme: string) => options.find((option) => option.schemes.includes(scheme))?.option;
  const alternatives = security.flatMap((alternative) => {
    const names = alternative.map(optionOf);
    return names.length && names.every((name) => name !== undefined) ? [[...new Set(names as string[])]] : [];
  });
  return alternatives.length ? alternatives : undefined;
}
