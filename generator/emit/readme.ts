/** What the package README shows, computed from the IR: the call of every operation and a compiling example. */
import { preferredContent } from '../ir/media-types.ts';
import { propertiesOf, resolverOf } from '../ir/type-query.ts';
import type { SurfaceApi, SurfaceOperation } from '../surface/types.ts';
import { operationShape } from './operation-shape.ts';
import { markdownCode } from './templates.ts';
import type { NameOf } from './type-expression.ts';
import { callPaths, requestExample, tsValue } from './examples.ts';
import { stringLiteral } from './ts-syntax.ts';
import { pathWithFixedQuery } from './operations-file.ts';

export interface ReadmeCall {
  name: string;
  call: string;
  method: string;
  path: string;
  fragment?: string;
  summary: string;
  example: string;
  anchor: string;
}

function invocation(call: string, request: string | undefined, extra = ''): string {
  return `${call}(${[request, extra].filter(Boolean).join(', ')})`;
}

/** Markdown heading anchor as GitHub and npm make it. */
function anchorOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

export function readmeContext(api: SurfaceApi, nameOf: NameOf) {
  const resolve = resolverOf(api);
  const paths = callPaths(api.resources);
  const examples = new Map(api.operations.map((operation) => [operation.name, requestExample(operation, api, resolve)]));
  /** How an operation is called: on its resource when it is the endpoint's primary call, else as a standalone function. */
  const callOf = (operation: SurfaceOperation) => paths.get(operation.name) ?? `${operation.name}`;
  const standalone = (operation: SurfaceOperation) => !paths.has(operation.name);
  /** The call's arguments: the example's, then per-call options (after an empty params object where one is taken). */
  const argumentsOf = (operation: SurfaceOperation, extra = '') => {
    const example = examples.get(operation.name)!;
    const args = [...(standalone(operation) ? ['client'] : []), ...(example.request ? [example.request] : [])];
    if (extra && operation.call.hasParams && !example.hasParams) args.push('undefined');
    return [...args, ...(extra ? [extra] : [])].join(', ') || undefined;
  };
  const calls: ReadmeCall[] = api.operations.map((operation) => {
    const call = callOf(operation);
    return {
      name: operation.name,
      call,
      method: operation.method.toUpperCase(),
      path: pathWithFixedQuery(operation),
      ...(operation.fragment !== undefined && { fragment: operation.fragment }),
      summary: operation.summary ?? '',
      // A variant without a resource method is a standalone function, imported like any other.
      example: `${standalone(operation) ? `import { ${operation.name} } from '${api.settings.packageName}';\n\n` : ''}const result = await ${invocation(call, argumentsOf(operation))};`,
      anchor: anchorOf(call),
    };
  });

  const paginated = api.operations.find((operation) => api.paginations.some((pagination) => pagination.operation === operation.name));
  const hasBody = (operation: SurfaceOperation) => Boolean(operation.requestBody);
  const fromSpec = (operation: SurfaceOperation) => examples.get(operation.name)!.fromSpec;
  // The showcase: a merged endpoint when there is one, else the first operation with a spec example.
  const group = api.endpointGroups.find((candidate) => candidate.discriminator && candidate.name);
  const groupFirst = group && api.operations.find((operation) => operation.name === group.operations.find((name) => fromSpec(api.operations.find((o) => o.name === name)!)));
  const showcaseOperation = groupFirst ?? api.operations.find((operation) => hasBody(operation) && fromSpec(operation)) ?? api.operations[0];
  const showcaseRequest = showcaseOperation && (groupFirst ? examples.get(showcaseOperation.name)!.request : argumentsOf(showcaseOperation));
  const showcaseCall = groupFirst ? paths.get(`endpoint:${group!.name}`)! : showcaseOperation && callOf(showcaseOperation);
  // Two calls that show the resource rule: the showcase as a client calls it (a merged endpoint's resource method, not
  // the variant's standalone function) and a GET of an item, when there is one.
  const item = calls.find((entry) => entry.method === 'GET' && entry.path.endsWith('}') && !entry.fragment);
  const showcaseEntry = groupFirst
    ? { http: `${group!.method.toUpperCase()} ${group!.path}`, call: showcaseCall! }
    : calls.filter((entry) => entry.name === showcaseOperation?.name).map((entry) => ({ http: `${entry.method} ${entry.path}`, call: entry.call }))[0];
  const pathExamples = [...(showcaseEntry ? [showcaseEntry] : []), ...(item ? [{ http: `${item.method} ${item.path}`, call: item.call }] : [])];

  // The name the showcase call has everywhere: its standalone function, its errors' `operation`.
  const showcaseName = groupFirst ? group!.name! : showcaseOperation?.name;
  const task = api.tasks.find((candidate) => candidate.create === showcaseOperation?.name) ?? api.tasks[0];
  const taskOperation = task && api.operations.find((operation) => operation.name === task.create)!;
  const mergedAndWait = task && groupFirst && group!.andWaitName && task.create === showcaseOperation?.name;
  const andWaitCall = task && (mergedAndWait ? paths.get(`endpointAndWait:${group!.name}`) : paths.get(`createAndWait:${task.create}`));
  const statusAccess = task && `task${task.statusField.map((field, index) => `${index ? '?.' : '.'}${field}`).join('')}`;
  const waitForCall =
    task &&
    (paths.get(`waitFor:${task.fetch}`) ??
      [...paths.entries()].find(
        ([key]) =>
          key.startsWith('endpointWaitFor:') && api.endpointGroups.some((candidate) => `endpointWaitFor:${candidate.name}` === key && candidate.operations.includes(task.fetch)),
      )?.[1]);

  // Streaming: a call that streams with `stream: true` (surface/streaming.ts), typed ones first, shown with the flag on.
  const flagged = api.operations.filter((operation) => operation.stream?.when === 'flag' && operation.call.body?.spread);
  const streamingOperation = flagged.find((operation) => operation.stream!.data) ?? flagged[0];
  const streamingBody = streamingOperation && preferredContent(streamingOperation.requestBody!.contents)?.examples[0]?.value;
  const streaming = streamingOperation && { operation: streamingOperation, request: tsValue({ ...(typeof streamingBody === 'object' && streamingBody), stream: true }) };
  const binary = api.operations.find((operation) =>
    operation.responses.some((response) => response.status.startsWith('2') && response.contents.some((content) => !/json|text\//.test(content.mediaType))),
  );

  const endpoints = api.endpointGroups
    .filter((candidate) => candidate.name)
    .map((candidate) => ({
      call: paths.get(`endpoint:${candidate.name}`)!,
      http: `${candidate.method.toUpperCase()} ${candidate.path}`,
      property: candidate.discriminator?.property,
      values: candidate.discriminator?.values.length,
      variants: candidate.operations.length,
    }));

  // Per merged call: which result (and finished task) each value gives, so a reader knows where to look.
  const responseOf = (name: string) =>
    operationShape(
      api.operations.find((operation) => operation.name === name)!,
      api,
      nameOf,
    ).responseType;
  const valueTables = api.endpointGroups
    .filter((candidate) => candidate.name && candidate.discriminator)
    .map((candidate) => {
      const tasks = candidate.operations.map((name) => api.tasks.find((lifecycle) => lifecycle.create === name));
      return {
        call: paths.get(`endpoint:${candidate.name}`) ?? candidate.name,
        property: candidate.discriminator!.property,
        ...(candidate.andWaitName && tasks[0] && { statusField: tasks[0].statusField.join('.') }),
        rows: candidate.operations.map((name, index) => ({
          values: candidate
            .discriminator!.values.filter((entry) => entry.operation === name)
            .map((entry) => markdownCode(entry.value))
            .join(', '),
          variant: name,
          result: responseOf(name),
          ...(tasks[index] && { task: responseOf(tasks[index]!.fetch) }),
        })),
      };
    });

  // A model picker for the showcase group: the showcase example's required fields, then the values they suit.
  const picker = groupFirst && pickerExample(groupFirst, group!);
  // Open values: a call whose spread body has an open top-level field its example sets (the streaming call first).
  const open = openValueExample(streamingOperation, api, resolve, callOf, standalone);

  return {
    calls,
    endpoints,
    valueTables,
    pathExamples,
    showcase: showcaseOperation && {
      name: showcaseName,
      call: invocation(showcaseCall, showcaseRequest),
      functionCall: invocation(
        showcaseName!,
        groupFirst ? `client, ${showcaseRequest}` : [...(standalone(showcaseOperation) ? [] : ['client']), showcaseRequest].filter(Boolean).join(', '),
      ),
      withResponse: `${invocation(showcaseCall, showcaseRequest)}.withResponse()`,
      extra: invocation(
        showcaseCall,
        groupFirst ? showcaseRequest : argumentsOf(showcaseOperation, "{ extraBody: { beta_option: true }, extraQuery: { trace: '1' }, headers: { 'X-Feature': 'preview' } }"),
        groupFirst ? "{ extraBody: { beta_option: true }, extraQuery: { trace: '1' }, headers: { 'X-Feature': 'preview' } }" : '',
      ),
      retrying: invocation(
        showcaseCall,
        groupFirst ? showcaseRequest : argumentsOf(showcaseOperation, "{ retryNonIdempotent: true, headers: { 'Idempotency-Key': crypto.randomUUID() } }"),
        groupFirst ? "{ retryNonIdempotent: true, headers: { 'Idempotency-Key': crypto.randomUUID() } }" : '',
      ),
      ...(group && {
        group: {
          call: paths.get(`endpoint:${group.name}`)!,
          property: group.discriminator!.property,
          list: group.valueNames!.list,
          byValue: group.valueNames!.requestByValue,
          responseByValue: group.valueNames!.responseByValue,
          requiredByValue: group.valueNames!.requiredByValue,
          accepting: group.valueNames!.accepting,
          acceptingFunction: group.valueNames!.acceptingFunction,
          ...(picker && { picker }),
        },
      }),
    },
    ...(open && { open }),
    ...(task && {
      task: {
        call: invocation(
          andWaitCall ?? task.createAndWaitName,
          [...(andWaitCall ? [] : ['client']), examples.get(taskOperation!.name)!.request].filter(Boolean).join(', '),
          `{ pollInterval: 2000, waitTimeout: 15 * 60_000, onProgress: (task) => console.log(${statusAccess}) }`,
        ),
        waitFor: waitForCall ? `${waitForCall}('abc123')` : `${task.waitForName}(client, 'abc123')`,
        statusField: task.statusField.join('.'),
      },
    }),
    ...(paginated && {
      paginated: {
        call: invocation(callOf(paginated), argumentsOf(paginated)),
        callWithGuard: invocation(callOf(paginated), argumentsOf(paginated, '{ maxPages: 10 }')),
      },
    }),
    ...(streaming && {
      streaming: {
        call: invocation(
          callOf(streaming.operation),
          [...(standalone(streaming.operation) ? ['client'] : []), ...streaming.operation.call.pathArguments.map(() => "'abc123'"), streaming.request].join(', '),
        ),
      },
    }),
    ...(binary && {
      binary: {
        name: binary.name,
        call: invocation(callOf(binary), argumentsOf(binary)),
        asResponse: `${invocation(callOf(binary), argumentsOf(binary))}.asResponse()`,
      },
    }),
  };
}

/** The body example of an operation, as the spec gives it (an object), if any. */
function bodyExample(operation: SurfaceOperation): Record<string, unknown> | undefined {
  const value = operation.call.body?.content.examples.find((example) => example.value !== null && typeof example.value === 'object' && !Array.isArray(example.value))?.value;
  return value as Record<string, unknown> | undefined;
}

/**
 * The params of the README's picker example: the fields of the showcase example its value requires (its first
 * set of required fields), when the example has them all.
 */
function pickerExample(operation: SurfaceOperation, group: SurfaceApi['endpointGroups'][number]): { params: string } | undefined {
  const example = bodyExample(operation);
  const property = group.discriminator!.property;
  const value = example?.[property];
  if (!example || typeof value !== 'string') return undefined;
  const [set] = group.valueFields?.find((entry) => entry.value === value)?.required ?? [];
  if (!set || !set.length || !set.every((field) => field in example)) return undefined;
  return { params: tsValue(Object.fromEntries(set.map((field) => [field, example[field]]))) };
}

/** A call whose example sets an open field, with that field written `unlisted('…')`. */
function openValueExample(
  preferred: SurfaceOperation | undefined,
  api: SurfaceApi,
  resolve: ReturnType<typeof resolverOf>,
  callOf: (operation: SurfaceOperation) => string,
  standalone: (operation: SurfaceOperation) => boolean,
): { call: string; field: string } | undefined {
  const candidates = [...(preferred ? [preferred] : []), ...api.operations];
  for (const operation of candidates) {
    const body = operation.call.body;
    const example = bodyExample(operation);
    if (!body?.spread || !example || standalone(operation) || operation.call.pathArguments.length) continue;
    const field = propertiesOf(body.content.type, resolve).find((property) => property.open && typeof example[property.name] === 'string');
    if (!field) continue;
    const marker = '\u0000unlisted\u0000';
    const request = tsValue({ ...example, [field.name]: marker }).replace(stringLiteral(marker), "unlisted('new-model')");
    return { call: `${callOf(operation)}(${request})`, field: field.name };
  }
  return undefined;
}
