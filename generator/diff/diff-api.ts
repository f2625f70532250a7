/**
 * The API diff: compares two surface plans (the IR with the SDK's names, `SurfaceApi`) and lists every change
 * to the generated SDK's surface in its own terms — operation names, endpoint variants, model values, exported
 * type names — each judged for the SDK and on the wire (`classify.ts`). Operations are paired and compared
 * (`pair-operations.ts`, `compare-operation.ts`), exported type names compared here, changes merged last
 * (`merge-changes.ts`).
 *
 * Why not a schema-level diff library: `openapi-diff` (npm, Atlassian) was evaluated. It diffs documents path
 * by path and reports a whole request or response schema as one "scope" change with a JSON pointer and a
 * difference schema; it cannot name the field, enum value or SDK type involved, treats `/v1/videos#veo` as an
 * unrelated path rather than a variant of `POST /v1/videos`, knows nothing of derived operation names, and
 * pulls in an older swagger-parser, axios and lodash. What we need to say ("new model `x` for
 * `createVeoOpenAIVideoTask`") lives in our IR, so the comparison is done on the IR.
 */
import type { SchemaId } from '../ir/types.ts';
import { pathFromPointer } from '../load/json-pointer.ts';
import type { SurfaceApi } from '../surface/types.ts';
import { exportedNames, indexApi, typeName } from './api-index.ts';
import { bumpFor } from './classify.ts';
import { compareOperation } from './compare-operation.ts';
import { compareServers } from './compare-security.ts';
import { deprecationOf, TypeComparer } from './compare-types.ts';
import { mergeChanges } from './merge-changes.ts';
import { endpointOf, modelValues, pairOperations, reachedBy } from './pair-operations.ts';
import type { ApiDiff, RawChange, Severity } from './types.ts';

export { endpointOf, modelValues } from './pair-operations.ts';

class Collector {
  readonly raw: RawChange[] = [];
  add = (change: RawChange) => {
    this.raw.push(change);
  };
}

interface Exported {
  id: string;
  owners: Set<string>;
  /** For a type that names one part of one operation (its params, an inline body or response): which. */
  part?: { operation: string; area: 'params' | 'body' | 'response'; status?: string; mediaType?: string };
}

/** The operation part an inline schema's id points into: `#/paths/<key>/<method>/requestBody/content/<type>/schema`. */
function inlinePart(id: string, api: SurfaceApi): Exported['part'] {
  if (!id.startsWith('#/paths/')) return undefined;
  const [, pathKey, method, area, ...rest] = pathFromPointer(id);
  const operation = api.operations.find((candidate) => candidate.pathKey === pathKey && candidate.method === method);
  if (!operation) return undefined;
  if (area === 'requestBody' && rest[0] === 'content') return { operation: operation.name, area: 'body', mediaType: rest[1] };
  if (area === 'responses' && rest[1] === 'content') return { operation: operation.name, area: 'response', status: rest[0], mediaType: rest[2] };
  return undefined;
}

/** Every type name the SDK exports, with the schema it names and the operations that reach it. */
function exportedTypes(api: SurfaceApi, reach: Map<string, Set<SchemaId>>): Map<string, Exported> {
  const owners = new Map<SchemaId, Set<string>>();
  for (const [operation, ids] of reach) for (const id of ids) owners.set(id, (owners.get(id) ?? new Set()).add(operation));
  const exported = new Map<string, Exported>();
  for (const schema of api.schemas) {
    const part = inlinePart(schema.id, api);
    for (const name of exportedNames(schema)) exported.set(name, { id: schema.id, owners: owners.get(schema.id) ?? new Set(), ...(part && { part }) });
  }
  for (const operation of api.operations) {
    if (operation.paramsTypeName) {
      exported.set(operation.paramsTypeName, {
        id: `params:${operation.method} ${operation.pathKey}`,
        owners: new Set([operation.name]),
        part: { operation: operation.name, area: 'params' },
      });
    }
  }
  return exported;
}

export function diffApis(beforeApi: SurfaceApi, afterApi: SurfaceApi): ApiDiff {
  const before = indexApi(beforeApi);
  const after = indexApi(afterApi);
  const collector = new Collector();
  const comparer = new TypeComparer(before, after, collector.add);
  const { pairs, added, removed } = pairOperations(beforeApi.operations, afterApi.operations);

  for (const { before: old, after: now } of pairs) compareOperation(old, now, comparer, collector.add);
  for (const operation of added) {
    const variant = operation.fragment !== undefined;
    const models = modelValues(operation, after);
    collector.add({
      rule: variant ? 'variant-added' : 'operation-added',
      subject: operation.name,
      operation: operation.name,
      endpoint: endpointOf(operation),
      ...(models.length && { models }),
    });
  }
  for (const operation of removed) {
    const variant = operation.fragment !== undefined;
    const models = modelValues(operation, before);
    const deprecated = deprecationOf(operation.deprecated, operation.deprecationDates);
    collector.add({
      rule: variant ? 'variant-removed' : 'operation-removed',
      subject: operation.name,
      operation: operation.name,
      endpoint: endpointOf(operation),
      ...(models.length && { models }),
      ...(deprecated && { deprecated }),
    });
  }

  // Exported type names. Types that come and go with an added, removed or renamed operation (its body,
  // params and response types, or components only it uses) are part of that change, not reported apart.
  const reachBefore = new Map(beforeApi.operations.map((operation) => [operation.name, reachedBy(operation, before)]));
  const reachAfter = new Map(afterApi.operations.map((operation) => [operation.name, reachedBy(operation, after)]));
  const renamed = pairs.filter((pair) => pair.before.name !== pair.after.name);
  const goneWithOperations = new Set([...removed.map((operation) => operation.name), ...renamed.map((pair) => pair.before.name)]);
  const cameWithOperations = new Set([...added.map((operation) => operation.name), ...renamed.map((pair) => pair.after.name)]);
  const oldTypes = exportedTypes(beforeApi, reachBefore);
  const newTypes = exportedTypes(afterApi, reachAfter);
  // A type for one part of an operation comes and goes with that part (its body, a response, its first parameter).
  const newNameOf = new Map(pairs.map((pair) => [pair.before.name, pair.after.name]));
  const partChanged = (part: Exported['part'], old: boolean): boolean => {
    if (!part) return false;
    const operation = old ? (newNameOf.get(part.operation) ?? part.operation) : part.operation;
    return collector.raw.some((change) => {
      if (change.operation !== operation) return false;
      if (part.area === 'params') return change.rule === 'parameter-added' || change.rule === 'parameter-removed';
      if (part.area === 'body') {
        return (
          change.rule === 'request-body-added' ||
          change.rule === 'request-body-removed' ||
          (change.side === 'request' && change.mediaType === part.mediaType && (change.rule === 'media-type-added' || change.rule === 'media-type-removed'))
        );
      }
      if (change.status !== part.status) return false;
      return (
        change.rule === 'response-added' ||
        change.rule === 'response-removed' ||
        (change.mediaType === part.mediaType && (change.rule === 'media-type-added' || change.rule === 'media-type-removed'))
      );
    });
  };
  const coveredOld = (info: Exported) => (info.owners.size > 0 && [...info.owners].every((owner) => goneWithOperations.has(owner))) || partChanged(info.part, true);
  const coveredNew = (info: Exported) => (info.owners.size > 0 && [...info.owners].every((owner) => cameWithOperations.has(owner))) || partChanged(info.part, false);
  const namesById = (types: Map<string, Exported>) => {
    const byId = new Map<string, string[]>();
    for (const [name, info] of types) byId.set(info.id, [...(byId.get(info.id) ?? []), name]);
    return byId;
  };
  const oldNamesById = namesById(oldTypes);
  const newNamesById = namesById(newTypes);
  const handledOld = new Set<string>();
  const handledNew = new Set<string>();
  // The same schema under another name (a name collision shifted, a type renamed with its operation).
  for (const [name, info] of oldTypes) {
    const sameSchema = newNamesById.get(info.id) ?? [];
    if (sameSchema.includes(name)) {
      handledOld.add(name);
      handledNew.add(name);
      continue;
    }
    const oldNames = oldNamesById.get(info.id) ?? [];
    const newName = sameSchema.find((candidate) => !oldNames.includes(candidate) && !handledNew.has(candidate));
    if (!newName) continue;
    handledOld.add(name);
    handledNew.add(newName);
    if (!coveredOld(info)) collector.add({ rule: 'type-renamed', subject: newName, before: name, after: newName });
  }
  // The rest by name: a name on both sides (another schema id, e.g. an operation moved) is compared where it is used.
  for (const [name, info] of oldTypes) {
    if (handledOld.has(name) || (newTypes.has(name) && !handledNew.has(name))) continue;
    const docs = before.schemas.get(info.id)?.type.docs;
    const deprecated = deprecationOf(docs?.deprecated, docs);
    if (!coveredOld(info)) collector.add({ rule: 'type-removed', subject: name, ...(deprecated && { deprecated }) });
  }
  for (const [name, info] of newTypes) {
    if (handledNew.has(name) || (oldTypes.has(name) && !handledOld.has(name))) continue;
    if (!coveredNew(info)) collector.add({ rule: 'type-added', subject: name });
  }

  // Schemas no operation reaches (in either version) are still exported types: compare them as read and written.
  const reachedAnywhere = new Set([...reachBefore.values(), ...reachAfter.values()].flatMap((ids) => [...ids]));
  for (const schema of afterApi.schemas) {
    const old = before.schemas.get(schema.id);
    if (!old || reachedAnywhere.has(schema.id) || old.name !== schema.name) continue;
    for (const side of ['request', 'response'] as const) {
      comparer.reset();
      comparer.compare({ kind: 'ref', target: old.id }, { kind: 'ref', target: schema.id }, { side, subject: typeName(schema, side), path: '', root: false, modelField: false });
    }
  }

  // The default base URL (the first server) is the SDK's; the other servers are alternatives callers may pin.
  const oldUrl = beforeApi.servers[0]?.url;
  const newUrl = afterApi.servers[0]?.url;
  const servers = compareServers(beforeApi.servers, afterApi.servers);
  if (oldUrl !== newUrl) {
    collector.add({
      rule: 'base-url-changed',
      subject: 'baseURL',
      before: oldUrl ?? '(none)',
      after: newUrl ?? '(none)',
      narrowed: oldUrl !== undefined && servers.removed.includes(oldUrl),
    });
  }
  for (const url of servers.removed) if (url !== oldUrl) collector.add({ rule: 'server-removed', subject: url, before: url });
  for (const url of servers.added) if (url !== newUrl) collector.add({ rule: 'server-added', subject: url, after: url });

  const changes = mergeChanges(collector.raw);
  const endpoints: Record<string, string> = {};
  for (const operation of beforeApi.operations) endpoints[operation.name] = endpointOf(operation);
  for (const operation of afterApi.operations) endpoints[operation.name] = endpointOf(operation);
  const named = new Set(changes.flatMap((change) => change.operations));
  const counts: Record<Severity, number> = { breaking: 0, 'non-breaking': 0, patch: 0 };
  for (const change of changes) counts[change.severity]++;
  return {
    from: { title: beforeApi.title, version: beforeApi.version },
    to: { title: afterApi.title, version: afterApi.version },
    endpoints: Object.fromEntries(
      Object.entries(endpoints)
        .filter(([name]) => named.has(name))
        .sort(([a], [b]) => (a < b ? -1 : 1)),
    ),
    counts,
    bump: bumpFor(changes),
    changes,
  };
}
