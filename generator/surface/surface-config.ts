/**
 * The surface config (`surface` in sdk.config.json; docs/naming.md): what no naming rule can know. Its entries
 * hide operations, rename or move calls (keyed `"<METHOD> <path key>"`), move resources, and put the calls a
 * selector picks under a namespace (`client.admin.…`). Every entry must match something: one that matches
 * nothing fails with its place in the config and the nearest thing it could have meant.
 */
import { pointerToken, type NamespaceSelector, type ResolvedPackageSettings, type SurfaceConfig } from '../config.ts';
import { GeneratorError } from '../errors.ts';
import type { ApiModel, Operation } from '../ir/types.ts';
import type { ConfiguredPlacement, ResourcePlacement } from './resources.ts';
import { nearest } from '../ir/naming.ts';

/** `POST /uploads/{upload_id}/complete`: how the config, warnings and docs name a call. */
export const callKey = (operation: Pick<Operation, 'method' | 'pathKey'>) => `${operation.method.toUpperCase()} ${operation.pathKey}`;

/** The key as the config may write it: the method in any case. */
const normalizedKey = (key: string) => key.replace(/^(\S+)/, (method) => method.toUpperCase());

const SELECTOR_KEYS = ['paths', 'tags', 'security', 'query'] as const;

/** The config read against the API: places calls, and reports entries that matched nothing. */
export class SurfaceConfigPlan {
  private readonly config: SurfaceConfig;
  private readonly methods = new Map<string, string | false>();
  private readonly usedResources = new Set<string>();

  constructor(
    private readonly api: ApiModel,
    private readonly settings: Pick<ResolvedPackageSettings, 'surface' | 'source'>,
  ) {
    this.config = settings.surface;
    const keys = new Set(api.operations.map(callKey));
    for (const [key, value] of Object.entries(this.config.methods ?? {})) {
      const normalized = normalizedKey(key);
      if (!keys.has(normalized)) this.fail(`"${key}" names no operation of the spec`, ['methods', key], normalized, keys);
      this.methods.set(normalized, value);
    }
    for (const [name, selector] of Object.entries(this.config.namespaces ?? {})) this.checkSelector(name, selector);
  }

  /** A located error: the entry's JSON pointer in the config, and the nearest of `candidates` to `wrong`. */
  private fail(message: string, at: string[], wrong: string, candidates: Iterable<string>): never {
    const suggestion = nearest(wrong, candidates);
    throw new GeneratorError(
      message,
      { file: this.settings.source, pointer: `#/surface/${at.map(pointerToken).join('/')}` },
      suggestion ? `did you mean "${suggestion}"? (see docs/naming.md)` : 'remove the entry (see docs/naming.md)',
    );
  }

  /** Every list entry of a selector must select some operation. */
  private checkSelector(name: string, selector: NamespaceSelector): void {
    const known: Record<(typeof SELECTOR_KEYS)[number], string[]> = {
      paths: this.api.operations.map((operation) => operation.pathKey),
      tags: [...new Set(this.api.operations.flatMap((operation) => operation.tags))],
      security: this.api.securitySchemes.map((scheme) => scheme.key),
      query: [...new Set(this.api.operations.flatMap((operation) => (operation.fixedQuery ?? []).map((entry) => `${entry.name}=${entry.value}`)))],
    };
    for (const key of SELECTOR_KEYS) {
      (selector[key] ?? []).forEach((value, index) => {
        if (!this.api.operations.some((operation) => selects({ [key]: [value] }, operation)))
          this.fail(`the namespace "${name}" selects no operation with ${key} "${value}"`, ['namespaces', name, key, String(index)], value, known[key]);
      });
    }
  }

  /** The operations the config hides (`"<key>": false`). */
  hidden(): Set<string> {
    return new Set(this.api.operations.filter((operation) => this.methods.get(callKey(operation)) === false).map((operation) => operation.name));
  }

  /** Where a call goes: the rule's place, under its namespace, moved with its resource, then as its `methods` entry says. */
  place(operation: Operation, rule: ResourcePlacement): ConfiguredPlacement {
    const namespace = Object.entries(this.config.namespaces ?? {}).find(([, selector]) => selects(selector, operation))?.[0];
    let resource = namespace ? [namespace, ...rule.resource] : rule.resource;
    const moves = Object.entries(this.config.resources ?? {})
      .filter(([from]) => `${resource.join('.')}.`.startsWith(`${from}.`))
      .sort(([a], [b]) => b.length - a.length);
    if (moves.length) {
      const [from, to] = moves[0]!;
      this.usedResources.add(from);
      resource = [...to.split('.'), ...resource.slice(from.split('.').length)];
    }
    const entry = this.methods.get(callKey(operation));
    if (typeof entry !== 'string') return { resource, method: rule.method, entry: false, ...(namespace && { namespace }) };
    const parts = entry.split('.');
    return { resource: parts.length > 1 ? parts.slice(0, -1) : resource, method: parts.at(-1)!, entry: true, ...(namespace && { namespace }) };
  }

  /** After every call is placed: a `resources` entry that moved nothing names no resource. */
  checkResources(resourcePaths: Iterable<string>): void {
    for (const from of Object.keys(this.config.resources ?? {})) {
      if (!this.usedResources.has(from)) this.fail(`"${from}" names no resource of the client`, ['resources', from], from, resourcePaths);
    }
  }
}

/** Whether a namespace's selector picks an operation: any of its lists matching is enough. */
function selects(selector: NamespaceSelector, operation: Operation): boolean {
  const underPrefix = (prefix: string) => {
    const trimmed = prefix.replace(/\/+$/, '');
    return operation.pathKey === trimmed || (operation.pathKey.startsWith(trimmed) && /^[/?#]/.test(operation.pathKey.slice(trimmed.length)));
  };
  return (
    (selector.paths ?? []).some(underPrefix) ||
    (selector.tags ?? []).some((tag) => operation.tags.includes(tag)) ||
    (selector.security !== undefined &&
      operation.security.length > 0 &&
      operation.security.every((alternative) => alternative.some((scheme) => selector.security!.includes(scheme)))) ||
    (selector.query ?? []).some((pair) => (operation.fixedQuery ?? []).some((entry) => `${entry.name}=${entry.value}` === pair))
  );
}

/** The API without the operations the config hides, and without what refers to them (groups, tasks, pages). */
export function withoutHidden(api: ApiModel, hidden: Set<string>): ApiModel {
  if (!hidden.size) return api;
  const endpointGroups = api.endpointGroups
    .map((group) => ({
      ...group,
      operations: group.operations.filter((name) => !hidden.has(name)),
      ...(group.discriminator && { discriminator: { ...group.discriminator, values: group.discriminator.values.filter((entry) => !hidden.has(entry.operation)) } }),
    }))
    .filter((group) => group.operations.length > 1);
  return {
    ...api,
    operations: api.operations.filter((operation) => !hidden.has(operation.name)),
    endpointGroups,
    tasks: api.tasks.filter((task) => !hidden.has(task.create) && !hidden.has(task.fetch)),
    paginations: api.paginations.filter((pagination) => !hidden.has(pagination.operation)),
  };
}
