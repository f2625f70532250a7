/**
 * A slice of a real OpenAPI document: the chosen operations and every component they reach, the components
 * renamed with a prefix so that slices of several documents can live in one. Used to test a behaviour on the
 * corpus's real schemas without generating (and compiling) a whole 13 MB API.
 */

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };

const REF = /^#\/components\/([^/]+)\/(.+)$/;

function refsIn(value: Json, found: string[]): void {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value && typeof value === 'object') {
    for (const [key, item] of Object.entries(value)) {
      if (key === '$ref' && typeof item === 'string') found.push(item);
      else refsIn(item, found);
    }
  }
}

function renamed(value: Json, prefix: string): Json {
  if (Array.isArray(value)) return value.map((item) => renamed(item, prefix));
  if (!value || typeof value !== 'object') return value;
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => {
      if (key === '$ref' && typeof item === 'string') {
        const match = REF.exec(item);
        return [key, match ? `#/components/${match[1]}/${prefix}${match[2]}` : item];
      }
      return [key, renamed(item, prefix)];
    }),
  );
}

/** The operations (path, method) of `document` with the components they reach, every component name prefixed. */
export function sliceSpec(document: JsonObject, operations: { path: string; method: string }[], prefix: string): { paths: JsonObject; components: Record<string, JsonObject> } {
  const paths: JsonObject = {};
  const pending: string[] = [];
  for (const { path, method } of operations) {
    const item = (document.paths as JsonObject)[path] as JsonObject;
    const operation = { ...(item[method] as JsonObject) };
    delete operation.security;
    // Path-level parameters belong to the operation too.
    if (item.parameters) operation.parameters = [...((item.parameters as Json[]) ?? []), ...((operation.parameters as Json[]) ?? [])];
    refsIn(operation, pending);
    paths[path] = { ...((paths[path] as JsonObject) ?? {}), [method]: renamed(operation, prefix) };
  }
  const components: Record<string, JsonObject> = {};
  const seen = new Set<string>();
  while (pending.length) {
    const ref = pending.pop()!;
    const match = REF.exec(ref);
    if (!match || seen.has(ref)) continue;
    seen.add(ref);
    const [, kind, name] = match;
    const target = ((document.components as JsonObject)[kind!] as JsonObject)[name!]!;
    refsIn(target, pending);
    (components[kind!] ??= {})[`${prefix}${name}`] = renamed(target, prefix);
  }
  return { paths, components };
}
