/**
 * The API diff: compares two surface plans (the IR with the SDK's names, `SurfaceApi`) and lists every change to the generated SDK's surface,
 * in its own terms — operation names, endpoint variants, model values, exported type names — each classified
 * breaking / non-breaking / patch (rules in `classify.ts`).
 *
 * Why not a schema-level diff library: `openapi-diff` (npm, Atlassian) was evaluated. It diffs documents path
 * by path and reports a whole request or response schema as one "scope" change with a JSON pointer and a
 * difference schema; it cannot name the field, enum value or SDK type involved, treats `/v1/videos#veo` as an
 * unrelated path rather than a variant of `POST /v1/videos`, knows nothing of derived operation names, and
 * pulls in an older swagger-parser, axios and lodash. What we need to say ("new model `x` for
 * `createVeoOpenAIVideoTask`") lives in our IR, so the comparison is done on the IR.
 */
import { referencedIds } from '../ir/type-walk.ts';
import { pathFromPointer } from '../load/json-pointer.ts';
import type { MediaContent, ResponseSpec, SchemaId, TypeNode } from '../ir/types.ts';
import type { SurfaceApi as ApiModel, SurfaceOperation as Operation } from '../surface/types.ts';
import { exportedNames, indexApi, typeName, type ApiIndex } from './api-index.ts';
import { breakingView, bumpFor, cautionFor, judge, mergeSides, mergeVerdicts, severityOf, severityOrder } from './classify.ts';
import { compareSecurity, compareServers } from './compare-security.ts';
import { deprecationOf, TypeComparer, type CompareContext } from './compare-types.ts';
import { breakReason, changeMessage } from './messages.ts';
import { enumValues, withoutDocs } from './type-shapes.ts';
import { RULES, type ApiChange, type ApiDiff, type RawChange, type Severity } from './types.ts';

export function endpointOf(operation: Pick<Operation, 'method' | 'pathKey'>): string {
  return `${operation.method.toUpperCase()} ${operation.pathKey}`;
}

interface Pairing {
  pairs: { before: Operation; after: Operation }[];
  added: Operation[];
  removed: Operation[];
}

/**
 * Old and new operations that are the same endpoint: same method and path key (fragment included); else the
 * same `operationId` or the same name at another path (a move).
 */
function pairOperations(before: Operation[], after: Operation[]): Pairing {
  const pairs: Pairing['pairs'] = [];
  const leftBefore = new Set(before);
  const leftAfter = new Set(after);
  const match = (key: (operation: Operation) => string | undefined) => {
    const byKey = new Map<string, Operation>();
    for (const operation of leftBefore) {
      const value = key(operation);
      if (value !== undefined && !byKey.has(value)) byKey.set(value, operation);
    }
    for (const operation of [...leftAfter]) {
      const value = key(operation);
      const old = value === undefined ? undefined : byKey.get(value);
      if (!old || !leftBefore.has(old)) continue;
      pairs.push({ before: old, after: operation });
      leftBefore.delete(old);
      leftAfter.delete(operation);
    }
  };
  match((operation) => `${operation.method} ${operation.pathKey}`);
  match((operation) => operation.operationId);
  match((operation) => operation.name);
  return { pairs, added: [...leftAfter], removed: [...leftBefore] };
}

/** Every schema an operation reaches through its parameters, body and responses. */
function reachedBy(operation: Operation, index: ApiIndex): Set<SchemaId> {
  const queue = [
    ...operation.parameters.map((parameter) => parameter.type),
    ...(operation.requestBody?.contents ?? []).map((content) => content.type),
    ...operation.responses.flatMap((response) => response.contents.map((content) => content.type)),
  ].flatMap(referencedIds);
  const reached = new Set<SchemaId>();
  while (queue.length) {
    const id = queue.pop()!;
    if (reached.has(id)) continue;
    reached.add(id);
    const schema = index.schemas.get(id);
    if (schema) queue.push(...referencedIds(schema.type));
  }
  return reached;
}

/** The string values the top-level `model` field of an operation's request body allows. */
export function modelValues(operation: Operation, index: ApiIndex): string[] {
  const values = new Set<string>();
  const seen = new Set<string>();
  const visit = (node: TypeNode, atRoot: boolean): void => {
    switch (node.kind) {
      case 'ref': {
        if (seen.has(node.target)) return;
        seen.add(node.target);
        const schema = index.schemas.get(node.target);
        if (schema) visit(schema.type, atRoot);
        return;
      }
      case 'intersection':
        return node.members.forEach((part) => visit(part, atRoot));
      case 'union':
        return node.variants.forEach((variant) => visit(variant, atRoot));
      case 'conditional':
        return visit((node as { expansion?: TypeNode }).expansion ?? node.base, atRoot);
      case 'nullable':
        return visit(node.inner, atRoot);
      case 'object': {
        if (!atRoot) return;
        const model = node.properties.find((property) => property.name === 'model');
        if (!model) return;
        const collect = (type: TypeNode): void => {
          if (type.kind === 'ref') {
            const schema = index.schemas.get(type.target);
            if (schema) collect(schema.type);
            return;
          }
          for (const value of enumValues(type) ?? []) if (typeof value === 'string') values.add(value);
        };
        collect(model.type);
        return;
      }
    }
  };
  const body = operation.requestBody?.contents[0];
  if (body) visit(body.type, true);
  return [...values];
}

class Collector {
  readonly raw: RawChange[] = [];
  add = (change: RawChange) => {
    this.raw.push(change);
  };
}

function compareContents(comparer: TypeComparer, collector: Collector, before: MediaContent[], after: MediaContent[], context: CompareContext, extra: { status?: string }): void {
  const old = new Map(before.map((content) => [content.mediaType, content]));
  const now = new Map(after.map((content) => [content.mediaType, content]));
  const operation = context.operation!;
  for (const mediaType of old.keys()) {
    if (!now.has(mediaType)) collector.add({ rule: 'media-type-removed', side: context.side, subject: operation, operation, mediaType, ...extra });
  }
  for (const [mediaType, content] of now) {
    const previous = old.get(mediaType);
    if (!previous) {
      collector.add({ rule: 'media-type-added', side: context.side, subject: operation, operation, mediaType, ...extra });
      continue;
    }
    comparer.compare(previous.type, content.type, context);
  }
}

function compareOperation(before: Operation, after: Operation, comparer: TypeComparer, collector: Collector): void {
  const operation = after.name;
  const add = (change: Omit<RawChange, 'operation'>) => collector.add({ ...change, operation });
  comparer.reset();

  if (before.name !== after.name) add({ rule: 'operation-renamed', subject: after.name, before: before.name, after: after.name, endpoint: endpointOf(after) });
  if (endpointOf(before) !== endpointOf(after))
    add({ rule: 'operation-moved', subject: after.name, before: endpointOf(before), after: endpointOf(after), endpoint: endpointOf(after) });
  if (!before.deprecated && after.deprecated) add({ rule: 'operation-deprecated', subject: after.name, endpoint: endpointOf(after) });

  const docs: string[] = [];
  if ((before.summary ?? '') !== (after.summary ?? '')) docs.push('summary');
  if ((before.description ?? '') !== (after.description ?? '')) docs.push('description');
  if (before.deprecated && !after.deprecated) docs.push('no longer deprecated');
  if (JSON.stringify(before.tags) !== JSON.stringify(after.tags)) docs.push(`tags ${before.tags.join(', ') || '(none)'} → ${after.tags.join(', ') || '(none)'}`);
  if ((before.requestBody?.description ?? '') !== (after.requestBody?.description ?? '')) docs.push('request body description');

  // Parameters, as the SDK groups them: `<Operation>Params.<location>.<name>`.
  const paramsName = after.paramsTypeName ?? before.paramsTypeName ?? `${after.name} params`;
  const oldParameters = new Map(before.parameters.map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]));
  const newParameters = new Map(after.parameters.map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]));
  for (const [key, parameter] of oldParameters) {
    const deprecated = deprecationOf(parameter.deprecated, parameter.deprecationDates);
    if (!newParameters.has(key)) add({ rule: 'parameter-removed', subject: `${paramsName}.${parameter.in}.${parameter.name}`, ...(deprecated && { deprecated }) });
  }
  for (const [key, parameter] of newParameters) {
    const subject = `${paramsName}.${parameter.in}.${parameter.name}`;
    const old = oldParameters.get(key);
    if (!old) {
      add({ rule: 'parameter-added', subject, required: parameter.required });
      continue;
    }
    if (old.required !== parameter.required) add({ rule: parameter.required ? 'parameter-became-required' : 'parameter-became-optional', subject });
    if ((old.description ?? '') !== (parameter.description ?? '')) docs.push(`parameter ${parameter.name}`);
    comparer.compare(old.type, parameter.type, { side: 'request', subject, path: '', operation, root: false, modelField: false, parameter: true });
  }

  // Request body.
  const oldBody = before.requestBody;
  const newBody = after.requestBody;
  if (!oldBody && newBody) add({ rule: 'request-body-added', subject: operation, required: newBody.required });
  else if (oldBody && !newBody) add({ rule: 'request-body-removed', subject: operation });
  else if (oldBody && newBody) {
    if (oldBody.required !== newBody.required) add({ rule: newBody.required ? 'request-body-became-required' : 'request-body-became-optional', subject: operation });
    compareContents(
      comparer,
      collector,
      oldBody.contents,
      newBody.contents,
      { side: 'request', subject: `${operation} body`, path: '', operation, root: true, modelField: false },
      {},
    );
  }

  // Responses, by status. Success responses together make the return type (a union of their bodies).
  const oldResponses = new Map(before.responses.map((response) => [response.status, response]));
  const newResponses = new Map(after.responses.map((response) => [response.status, response]));
  const isSuccess = (status: string) => status.startsWith('2');
  const shape = (response: ResponseSpec) => (response.contents[0] ? JSON.stringify(withoutDocs(response.contents[0].type)) : 'none');
  const oldShapes = new Set(before.responses.filter((response) => isSuccess(response.status)).map(shape));
  const successesLeft = after.responses.some((response) => isSuccess(response.status));
  for (const status of oldResponses.keys()) {
    if (!newResponses.has(status)) add({ rule: 'response-removed', subject: operation, status, ...(isSuccess(status) && { returnTypeChanged: !successesLeft }) });
  }
  for (const [status, response] of newResponses) {
    const old = oldResponses.get(status);
    if (!old) {
      add({ rule: 'response-added', subject: operation, status, ...(isSuccess(status) && { returnTypeChanged: !oldShapes.has(shape(response)) }) });
      continue;
    }
    if ((old.description ?? '') !== (response.description ?? '')) docs.push(`response ${status} description`);
    compareContents(
      comparer,
      collector,
      old.contents,
      response.contents,
      { side: 'response', subject: `${operation} response ${status}`, path: '', operation, root: false, modelField: false },
      { status },
    );
  }

  const security = compareSecurity(before, after);
  if (security) add({ rule: 'security-changed', subject: operation, ...security });
  if (docs.length) add({ rule: 'docs-changed', subject: operation, details: docs });
}

interface Exported {
  id: string;
  owners: Set<string>;
  /** For a type that names one part of one operation (its params, an inline body or response): which. */
  part?: { operation: string; area: 'params' | 'body' | 'response'; status?: string; mediaType?: string };
}

/** The operation part an inline schema's id points into: `#/paths/<key>/<method>/requestBody/content/<type>/schema`. */
function inlinePart(id: string, api: ApiModel): Exported['part'] {
  if (!id.startsWith('#/paths/')) return undefined;
  const [, pathKey, method, area, ...rest] = pathFromPointer(id);
  const operation = api.operations.find((candidate) => candidate.pathKey === pathKey && candidate.method === method);
  if (!operation) return undefined;
  if (area === 'requestBody' && rest[0] === 'content') return { operation: operation.name, area: 'body', mediaType: rest[1] };
  if (area === 'responses' && rest[1] === 'content') return { operation: operation.name, area: 'response', status: rest[0], mediaType: rest[2] };
  return undefined;
}

/** Every type name the SDK exports, with the schema it names and the operations that reach it. */
function exportedTypes(api: ApiModel, reach: Map<string, Set<SchemaId>>): Map<string, Exported> {
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

/** Rules whose subject holds several changes told apart by the alternative or member concerned. */
const BY_MEMBER = new Set<RawChange['rule']>(['union-variant-added', 'union-variant-removed', 'all-of-member-added', 'all-of-member-removed']);

function changeKey(change: RawChange): string {
  const member = BY_MEMBER.has(change.rule) ? `${change.before ?? ''}\u0000${change.after ?? ''}` : '';
  return [
    change.rule,
    change.subject,
    change.value === undefined ? '' : JSON.stringify(change.value),
    change.status ?? '',
    change.mediaType ?? '',
    change.keyword ?? '',
    member,
  ].join('\u0000');
}

/** Merges the same change seen from several operations or sides, judges it and words it. */
function finish(raw: RawChange[]): ApiChange[] {
  const merged = new Map<string, ApiChange>();
  // The side a merged change broke on (a type used on both sides may break on one only): its reason speaks of it.
  const brokeOn = new Map<ApiChange, RawChange['side']>();
  for (const change of raw) {
    const key = changeKey(change);
    const verdicts = judge(change);
    let entry = merged.get(key);
    if (!entry) {
      const { operation, side, ...rest } = change;
      entry = { ...rest, severity: severityOf(verdicts), verdicts, ...(side && { side }), operations: operation ? [operation] : [], message: '' };
      merged.set(key, entry);
    } else {
      entry.verdicts = mergeVerdicts(entry.verdicts, verdicts);
      entry.severity = severityOf(entry.verdicts);
      const side = mergeSides(entry.side, change.side);
      if (side) entry.side = side;
      if (change.operation && !entry.operations.includes(change.operation)) entry.operations.push(change.operation);
      if (change.required) entry.required = true;
    }
    if (severityOf(verdicts) === 'breaking' && !brokeOn.has(entry)) brokeOn.set(entry, change.side);
  }
  const ruleOrder = new Map(RULES.map((rule, index) => [rule, index]));
  const changes = [...merged.values()].map((change): ApiChange => {
    change.operations.sort();
    const caution = cautionFor(change);
    const view = breakingView(change.verdicts);
    const reason = view && breakReason({ ...change, side: brokeOn.get(change) ?? change.side }, view);
    return { ...change, ...(view && { breaks: { view, reason: reason! } }), message: changeMessage(change), ...(caution && { caution }) };
  });
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return changes.sort(
    (a, b) =>
      severityOrder(a.severity) - severityOrder(b.severity) ||
      ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)! ||
      compare(a.subject, b.subject) ||
      compare(JSON.stringify(a.value ?? null), JSON.stringify(b.value ?? null)) ||
      compare(a.status ?? '', b.status ?? '') ||
      compare(a.mediaType ?? '', b.mediaType ?? '') ||
      compare(a.keyword ?? '', b.keyword ?? '') ||
      compare(a.before ?? '', b.before ?? '') ||
      compare(a.after ?? '', b.after ?? ''),
  );
}

export function diffApis(beforeApi: ApiModel, afterApi: ApiModel): ApiDiff {
  const before = indexApi(beforeApi);
  const after = indexApi(afterApi);
  const collector = new Collector();
  const comparer = new TypeComparer(before, after, collector.add);
  const { pairs, added, removed } = pairOperations(beforeApi.operations, afterApi.operations);

  for (const { before: old, after: now } of pairs) compareOperation(old, now, comparer, collector);
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

  const changes = finish(collector.raw);
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
