/**
 * One operation in two versions: its name and path, parameters, request body, responses by status and media
 * type, security and documentation. Types at each position are handed to the type comparer.
 */
import type { MediaContent, Parameter, ResponseSpec } from '../ir/types.ts';
import type { SurfaceOperation } from '../surface/types.ts';
import { member } from './api-index.ts';
import { compareSecurity } from './compare-security.ts';
import { deprecationOf, type CompareContext, type TypeComparer } from './compare-types.ts';
import { endpointOf } from './pair-operations.ts';
import { withoutDocs } from './type-shapes.ts';
import type { RawChange } from './types.ts';

function compareContents(
  comparer: TypeComparer,
  add: (change: RawChange) => void,
  before: MediaContent[],
  after: MediaContent[],
  context: CompareContext,
  extra: { status?: string },
): void {
  const old = new Map(before.map((content) => [content.mediaType, content]));
  const now = new Map(after.map((content) => [content.mediaType, content]));
  const operation = context.operation!;
  for (const mediaType of old.keys()) {
    if (!now.has(mediaType)) add({ rule: 'media-type-removed', side: context.side, subject: operation, operation, mediaType, ...extra });
  }
  for (const [mediaType, content] of now) {
    const previous = old.get(mediaType);
    if (!previous) {
      add({ rule: 'media-type-added', side: context.side, subject: operation, operation, mediaType, ...extra });
      continue;
    }
    comparer.compare(previous.type, content.type, context);
  }
}

/**
 * A parameter as the SDK's caller writes it: a path parameter is a positional argument (`getTask(taskId)`), the
 * others are keys of the params object (`GetTaskParams.limit`, `GetTaskParams.header_model` when the wire name is
 * taken).
 */
export function parameterSubject(operation: SurfaceOperation, parameter: Parameter): string {
  const argument = operation.call?.pathArguments.find((candidate) => candidate.parameter.in === parameter.in && candidate.parameter.name === parameter.name);
  if (argument) return `${operation.name}(${argument.name})`;
  const field = operation.call?.fields.find((candidate) => candidate.parameter.in === parameter.in && candidate.parameter.name === parameter.name);
  return `${operation.paramsTypeName ?? `${operation.name} params`}${member(field?.key ?? parameter.name)}`;
}

export function compareOperation(before: SurfaceOperation, after: SurfaceOperation, comparer: TypeComparer, sink: (change: RawChange) => void): void {
  const operation = after.name;
  const add = (change: Omit<RawChange, 'operation'>) => sink({ ...change, operation });
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
  const oldParameters = new Map(before.parameters.map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]));
  const newParameters = new Map(after.parameters.map((parameter) => [`${parameter.in}:${parameter.name}`, parameter]));
  for (const [key, parameter] of oldParameters) {
    const deprecated = deprecationOf(parameter.deprecated, parameter.deprecationDates);
    if (!newParameters.has(key)) add({ rule: 'parameter-removed', subject: parameterSubject(before, parameter), ...(deprecated && { deprecated }) });
  }
  for (const [key, parameter] of newParameters) {
    const subject = parameterSubject(after, parameter);
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
    compareContents(comparer, sink, oldBody.contents, newBody.contents, { side: 'request', subject: `${operation} body`, path: '', operation, root: true, modelField: false }, {});
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
      sink,
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
