/** What the package README shows, computed from the IR: the call of every operation and a compiling example. */
import { preferredContent } from '../ir/media-types.ts';
import { resolverFor } from '../ir/type-query.ts';
import type { SurfaceApi as ApiModel, SurfaceOperation as Operation } from '../surface/types.ts';
import { callPaths, requestExample, tsValue } from './examples.ts';

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
  return `${call}(${request ?? (extra ? '{}' : '')}${extra})`;
}

/** Markdown heading anchor as GitHub and npm make it. */
function anchorOf(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

export function readmeContext(api: ApiModel) {
  const resolve = resolverFor(api.schemas);
  const paths = callPaths(api.resources);
  const examples = new Map(api.operations.map((operation) => [operation.name, requestExample(operation, api, resolve)]));
  const calls: ReadmeCall[] = api.operations.map((operation) => {
    const call = paths.get(operation.name)!;
    return {
      name: operation.name,
      call,
      method: operation.method.toUpperCase(),
      path: operation.path,
      ...(operation.fragment !== undefined && { fragment: operation.fragment }),
      summary: operation.summary ?? '',
      example: `const result = await ${invocation(call, examples.get(operation.name)!.request)};`,
      anchor: anchorOf(call),
    };
  });

  const hasBody = (operation: Operation) => Boolean(operation.requestBody);
  const fromSpec = (operation: Operation) => examples.get(operation.name)!.fromSpec;
  // The showcase: a merged endpoint when there is one, else the first operation with a spec example.
  const group = api.endpointGroups.find((candidate) => candidate.discriminator && candidate.name);
  const groupFirst = group && api.operations.find((operation) => operation.name === group.operations.find((name) => fromSpec(api.operations.find((o) => o.name === name)!)));
  const showcaseOperation = groupFirst ?? api.operations.find((operation) => hasBody(operation) && fromSpec(operation)) ?? api.operations[0];
  const showcaseRequest = showcaseOperation && examples.get(showcaseOperation.name)!.request;
  const showcaseCall = groupFirst ? paths.get(`endpoint:${group!.name}`)! : showcaseOperation && paths.get(showcaseOperation.name)!;
  const task = api.tasks.find((candidate) => candidate.create === showcaseOperation?.name) ?? api.tasks[0];
  const taskOperation = task && api.operations.find((operation) => operation.name === task.create)!;
  const andWaitCall =
    task && (groupFirst && group!.andWaitName && task.create === showcaseOperation?.name ? paths.get(`endpointAndWait:${group!.name}`) : paths.get(`createAndWait:${task.create}`));

  // Streaming: an operation whose example body has a boolean `stream` flag, shown with the flag on.
  const streamingExample = api.operations
    .map((operation) => ({
      operation,
      example: (operation.requestBody && preferredContent(operation.requestBody.contents))?.examples.find(
        (candidate) => typeof (candidate.value as { stream?: unknown } | null)?.stream === 'boolean',
      ),
    }))
    .find((entry) => entry.example);
  const streaming = streamingExample && { operation: streamingExample.operation, request: tsValue({ body: { ...(streamingExample.example!.value as object), stream: true } }) };
  const binary = api.operations.find((operation) =>
    operation.responses.some((response) => response.status.startsWith('2') && response.contents.some((content) => !/json|text\//.test(content.mediaType))),
  );

  // Two calls that show the resource rule: the showcase and a GET of an item, when there is one.
  const item = calls.find((entry) => entry.method === 'GET' && entry.path.endsWith('}') && !entry.fragment);
  const pathExamples = [...calls.filter((entry) => entry.name === showcaseOperation?.name), ...(item ? [item] : [])].map((entry) => ({
    http: `${entry.method} ${entry.path}`,
    call: entry.call,
  }));

  const endpoints = api.endpointGroups
    .filter((candidate) => candidate.name)
    .map((candidate) => ({
      call: paths.get(`endpoint:${candidate.name}`)!,
      http: `${candidate.method.toUpperCase()} ${candidate.path}`,
      property: candidate.discriminator?.property,
      values: candidate.discriminator?.values.length,
      variants: candidate.operations.length,
    }));

  return {
    calls,
    endpoints,
    pathExamples,
    showcase: showcaseOperation && {
      name: showcaseOperation.name,
      call: invocation(showcaseCall, showcaseRequest),
      functionCall: invocation(showcaseOperation.name, showcaseRequest ? `client, ${showcaseRequest}` : 'client'),
      withResponse: `${invocation(showcaseCall, showcaseRequest)}.withResponse()`,
      retrying: invocation(paths.get(showcaseOperation.name)!, showcaseRequest, ", { retryNonIdempotent: true, headers: { 'Idempotency-Key': crypto.randomUUID() } }"),
      ...(group && {
        group: { call: paths.get(`endpoint:${group.name}`)!, property: group.discriminator!.property, list: group.valueNames!.list, byValue: group.valueNames!.requestByValue },
      }),
    },
    ...(task &&
      andWaitCall && {
        task: {
          call: invocation(andWaitCall, examples.get(taskOperation!.name)!.request, ', { pollInterval: 2000, waitTimeout: 15 * 60_000, onProgress: (task) => console.log(task) }'),
          waitFor: `${paths.get(`waitFor:${task.fetch}`)}('abc123')`,
          statusField: task.statusField.join('.'),
        },
      }),
    ...(streaming && { streaming: { call: invocation(paths.get(streaming.operation.name)!, streaming.request) } }),
    ...(binary && {
      binary: {
        name: binary.name,
        call: invocation(paths.get(binary.name)!, examples.get(binary.name)!.request),
        asResponse: `${invocation(paths.get(binary.name)!, examples.get(binary.name)!.request)}.asResponse()`,
      },
    }),
  };
}
