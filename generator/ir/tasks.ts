/**
 * Task lifecycles: a create operation that starts a job, the fetch operation that reports on it, where the
 * job id and status are, and which status values end the wait. Matching rules (in order, documented in the
 * README):
 *   1. `POST P#f` ↔ `GET P/{id}#f` (same fragment);
 *   2. `POST P#f` ↔ `GET P/{id}` (the unfragmented variant) when no variant shares the fragment;
 *   3. `POST` ↔ the only `GET` with one path parameter and a status field among the operations of its first tag.
 * Terminal states come from the status schema's enum where there is one, else from the conventions below.
 */
import { preferredContent } from './media-types.ts';
import { findPropertyPath, literalValues, type Resolve } from './type-query.ts';
import type { Operation, TaskLifecycle, TaskStatusOverride, TypeNode } from './types.ts';

const SUCCESS = ['completed', 'succeeded', 'success', 'succeed', 'done', 'finished', 'complete'];
const FAILURE = ['failed', 'failure', 'fail', 'error', 'errored', 'cancelled', 'canceled', 'cancel', 'expired', 'rejected', 'timeout', 'timed_out'];
const STATUS_NAMES = ['status', 'state', 'task_status', 'taskStatus'];
const ID_NAMES = ['id', 'task_id', 'taskId', 'job_id', 'jobId'];

function successBody(operation: Operation): TypeNode | undefined {
  const response = operation.responses.find((candidate) => candidate.status.startsWith('2'));
  const content = response && preferredContent(response.contents);
  return content?.mediaType.includes('json') ? content.type : undefined;
}

function pathParameters(operation: Operation): string[] {
  return [...operation.path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!);
}

function statusOf(fetch: Operation, resolve: Resolve) {
  const body = successBody(fetch);
  return body && findPropertyPath(body, (property) => STATUS_NAMES.includes(property.name), resolve);
}

function findFetch(create: Operation, gets: Operation[], hasStatus: (get: Operation) => boolean): { fetch: Operation; match: TaskLifecycle['match'] } | undefined {
  // The create path plus one path parameter: built once per create, not once per GET.
  const child = new RegExp(`^${create.path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}/\\{[^}]+\\}$`);
  const below = gets.filter((get) => child.test(get.path));
  const sameFragment = below.find((get) => get.fragment === create.fragment);
  if (sameFragment) return { fetch: sameFragment, match: 'path' };
  const unfragmented = below.find((get) => get.fragment === undefined);
  if (unfragmented) return { fetch: unfragmented, match: 'path-unfragmented' };
  const tag = create.tags[0];
  const sameTag = gets.filter((get) => tag !== undefined && get.tags[0] === tag && pathParameters(get).length === 1 && hasStatus(get));
  if (sameTag.length === 1) return { fetch: sameTag[0]!, match: 'tag' };
  return undefined;
}

/** A string, number or boolean type (or an enum, literal, nullable or union of them), through `$ref`s. */
function isScalar(node: TypeNode, resolve: Resolve, seen = new Set<TypeNode>()): boolean {
  if (seen.has(node)) return false;
  seen.add(node);
  switch (node.kind) {
    case 'primitive':
    case 'literal':
    case 'enum':
      return true;
    case 'ref': {
      const target = resolve(node);
      return target !== undefined && isScalar(target, resolve, seen);
    }
    case 'nullable':
      return isScalar(node.inner, resolve, seen);
    case 'union':
      return node.variants.length > 0 && node.variants.every((variant) => isScalar(variant, resolve, seen));
    default:
      return false;
  }
}

export function findTaskLifecycles(operations: Operation[], resolve: Resolve, override?: TaskStatusOverride): TaskLifecycle[] {
  const gets = operations.filter((operation) => operation.method === 'get');
  // Asked once per GET: on big APIs every create would otherwise walk the same responses again.
  const statuses = new Map<Operation, boolean>();
  const hasStatus = (get: Operation) => statuses.get(get) ?? statuses.set(get, Boolean(statusOf(get, resolve))).get(get)!;
  const lifecycles: TaskLifecycle[] = [];
  for (const create of operations.filter((operation) => operation.method === 'post')) {
    const found = findFetch(create, gets, hasStatus);
    const createBody = successBody(create);
    if (!found || !createBody) continue;
    const status = statusOf(found.fetch, resolve);
    const [idParameter] = pathParameters(found.fetch);
    // Polling passes only the id: a fetch that needs more than that cannot be polled on the caller's behalf.
    const needsMore = found.fetch.requestBody?.required || found.fetch.parameters.some((parameter) => parameter.required && parameter.name !== idParameter);
    if (!status || !idParameter || needsMore) continue;
    const id =
      findPropertyPath(createBody, (property) => property.name === idParameter, resolve) ??
      findPropertyPath(createBody, (property) => ID_NAMES.includes(property.name), resolve) ??
      findPropertyPath(createBody, (property) => /\btask id\b/i.test(property.type.docs?.description ?? ''), resolve);
    if (!id) continue;
    // The id goes from the create response into the fetch's path: a path parameter that is not a scalar cannot take it.
    const idParameterType = found.fetch.parameters.find((parameter) => parameter.in === 'path' && parameter.name === idParameter)?.type;
    if (idParameterType && !isScalar(idParameterType, resolve)) continue;

    const values = literalValues(resolve(status.property.type) ?? status.property.type)?.filter((value): value is string => typeof value === 'string');
    // A status enum with no value that ends anything (an order's `placed | approved | delivered`) is not a task's.
    if (values && !values.some((value) => SUCCESS.includes(value.toLowerCase()) || FAILURE.includes(value.toLowerCase())) && !override) continue;
    const pick = (conventions: string[]) => (values ?? conventions).filter((value) => conventions.includes(value.toLowerCase()));
    // The config decides when it says something: for this fetch operation, else for all tasks.
    const configured = override?.operations?.[found.fetch.name] ?? override;
    const success = configured?.success ?? pick(SUCCESS);
    const failure = configured?.failure ?? pick(FAILURE);
    const fromConfig = Boolean(configured?.success || configured?.failure);
    lifecycles.push({
      create: create.name,
      fetch: found.fetch.name,
      match: found.match,
      idParameter,
      idField: id.path,
      statusField: status.path,
      terminal: { success, failure, exact: fromConfig || values !== undefined, source: fromConfig ? 'config' : values !== undefined ? 'enum' : 'conventions' },
    });
  }
  return lifecycles;
}
