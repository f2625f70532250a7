/** The standalone operation functions of a resource file: one tree-shakeable function per operation. */
import type { SourceBuilder } from './source-builder.ts';
import type { SurfaceApi, SurfaceOperation } from '../surface/types.ts';
import { docsText } from './jsdoc.ts';
import type { Imports } from './imports.ts';
import { operationShape } from './operation-shape.ts';
import { commentText, objectKey, stringLiteral } from './ts-syntax.ts';
import { jsonExpression, type Expression, type FinalCall } from './preformatted-function.ts';
import { operand, parametersOf, type CallSignature } from './call-signature.ts';
import { pagedCall } from './paged-call.ts';
import { requestExample } from './examples.ts';
import { runtimeType, typeExpression, type NameOf } from './type-expression.ts';

/** The wire path with the query its path key fixes: `/responses/{id}?beta=true`. */
export function pathWithFixedQuery(operation: Pick<SurfaceOperation, 'path' | 'fixedQuery'>): string {
  const query = (operation.fixedQuery ?? []).map((entry) => `${encodeURIComponent(entry.name)}=${encodeURIComponent(entry.value)}`).join('&');
  return query ? `${operation.path}?${query}` : operation.path;
}

/** Summary, description, then the HTTP call it makes (and which variant of a shared endpoint it is). */
export function operationDocs(operation: SurfaceOperation): string | undefined {
  const variant = operation.fragment !== undefined ? ` (variant \`#${operation.fragment}\` of this endpoint)` : '';
  const paragraphs = [operation.summary, operation.description, `\`${operation.method.toUpperCase()} ${operation.path}\`${variant}`, credentialsDoc(operation)].filter(
    (text): text is string => Boolean(text),
  );
  return docsText(operation.deprecated ? { deprecated: true } : undefined, [paragraphs.join('\n\n')]);
}

/** Which credential options the call sends, when the client has several: ``Credential: `adminKey`, else `apiKey`.`` */
function credentialsDoc(operation: SurfaceOperation): string | undefined {
  return operation.credentials && `Credential: ${operation.credentials.map((options) => options.map((option) => `\`${option}\``).join(' and ')).join(', else ')}.`;
}

/**
 * Docs with an `@example` of the call, made from the spec's request example (else a sampled body): `call` is the
 * function's name (`standalone`: the client goes first) or a resource method's path (`client.videos.create`).
 */
export function withExample(docs: string | undefined, call: string, operation: SurfaceOperation, api: SurfaceApi, standalone: boolean): string | undefined {
  const { request } = requestExample(operation, api);
  const args = [...(standalone ? ['client'] : []), ...(request ? [request] : [])].join(', ');
  return commentText(`${docs ? `${docs}\n\n` : ''}@example\nconst result = await ${call}(${args});`);
}

/** The path arguments of an operation, as call arguments. */
export function pathArguments(operation: SurfaceOperation, api: SurfaceApi, nameOf: NameOf): CallSignature['args'] {
  return operationShape(operation, api, nameOf).pathArgs.map((arg) => ({ name: arg.name, type: arg.type, optional: false }));
}

/** The `Stream<Item>` a streaming call resolves to (see surface/streaming.ts), or undefined. */
export function streamType(operation: SurfaceOperation, nameOf: NameOf): string | undefined {
  const plan = operation.stream;
  return plan && `${runtimeType(nameOf, 'Stream')}<${plan.data ? typeExpression(plan.data, nameOf, 'response') : 'unknown'}>`;
}

/** How iterating the stream reads, for the call's docs. */
function streamDocs(operation: SurfaceOperation): string {
  const plan = operation.stream!;
  const when = plan.when === 'flag' ? 'With `stream: true` it resolves' : 'It resolves';
  const reading =
    plan.format === 'sse'
      ? 'server-sent events: `for await (const chunk of stream)` yields the data of each event; `stream.events()` the events with their names and ids'
      : 'JSON lines: `for await (const item of stream)` yields the value of each line';
  return `${when} to a {@link Stream} of ${reading}.`;
}

/** The arguments of an operation function after the client, but for the per-call options: path arguments, then params. */
export function callArguments(operation: SurfaceOperation, api: SurfaceApi, nameOf: NameOf): CallSignature['args'] {
  const shape = operationShape(operation, api, nameOf);
  return [...pathArguments(operation, api, nameOf), ...(shape.paramsType ? [{ name: 'params', type: shape.paramsType, optional: !shape.paramsRequired }] : [])];
}

/** What an operation's call resolves to, whatever the params say: its response, a stream, or either. */
export function resultType(operation: SurfaceOperation, api: SurfaceApi, nameOf: NameOf): string {
  const shape = operationShape(operation, api, nameOf);
  if (!operation.stream) return shape.responseType;
  const stream = streamType(operation, nameOf)!;
  return operation.stream.when === 'always' ? stream : `${shape.responseType} | ${stream}`;
}

/**
 * The call signatures of an operation function after the client, for it and for anything that forwards to it:
 * one; or for a call that streams with `stream: true` (surface/streaming.ts) three overloads — `stream: true` →
 * `Stream`, `stream` false or absent → the response, and an undecided boolean → either. Each type is worked out
 * only where a signature writes it, so that `nameOf` notes just what is written.
 */
export function operationSignatures(operation: SurfaceOperation, api: SurfaceApi, nameOf: NameOf): CallSignature[] {
  const shape = operationShape(operation, api, nameOf);
  const path = pathArguments(operation, api, nameOf);
  const docs = withExample(operationDocs(operation), operation.name, operation, api, true);
  const options = (type: string) => ({ name: 'options', type: runtimeType(nameOf, type), optional: true });
  const signature = (params: string | undefined, paramsRequired: boolean, response: string, streams = false): CallSignature => ({
    args: [...path, ...(params ? [{ name: 'params', type: params, optional: !paramsRequired }] : []), options('RequestOptions')],
    returns: `${runtimeType(nameOf, 'APIPromise')}<${response}>`,
    streams,
    ...(docs && { docs }),
  });
  // A list call (see ir/pagination.ts) returns a PagePromise of its items and takes PageOptions.
  const paged = !operation.stream ? pagedCall(operation, api, nameOf) : undefined;
  if (paged) {
    return [
      {
        args: [...callArguments(operation, api, nameOf), options('PageOptions')],
        returns: `${runtimeType(nameOf, 'PagePromise')}<${paged.item}, ${shape.responseType}>`,
        streams: false,
        ...(docs && { docs }),
      },
    ];
  }
  if (!operation.stream) return [signature(shape.paramsType, shape.paramsRequired, shape.responseType)];
  const stream = streamType(operation, nameOf)!;
  const withStreamDocs = `${docs ? `${docs}\n\n` : ''}${streamDocs(operation)}`;
  if (operation.stream.when === 'always') return [{ ...signature(shape.paramsType, shape.paramsRequired, stream, true), docs: withStreamDocs }];
  const params = operand(shape.paramsType!);
  return [
    { ...signature(`${params} & { stream: true }`, true, stream, true), docs: withStreamDocs },
    signature(`${params} & { stream?: false | null }`, shape.paramsRequired, shape.responseType),
    { ...signature(shape.paramsType, shape.paramsRequired, `${shape.responseType} | ${stream}`, true), docs: withStreamDocs },
  ];
}

/** The request's `stream` field: the wire format, always or when the params ask for it. */
function streamField(operation: SurfaceOperation): Expression | undefined {
  const plan = operation.stream;
  if (!plan) return undefined;
  const format = plan.format === 'sse' ? 'true' : "'jsonl'";
  if (plan.when === 'always') return { verbatim: format };
  const asked = '(params as { stream?: unknown } | undefined)?.stream === true';
  return { verbatim: plan.format === 'sse' ? asked : `${asked} ? ${format} : false` };
}

/**
 * The body of an operation function: the params object is taken apart into the parameters (by key) and the body
 * (the other keys, or `body`), then one request is sent: the statements before it, and the call that returns.
 */
function operationBody(operation: SurfaceOperation, api: SurfaceApi, nameOf: NameOf): { statements: string[]; returns: FinalCall } {
  const shape = operationShape(operation, api, nameOf);
  const { call } = operation;
  const statements: string[] = [];
  const locals = new Map(call.fields.map((field, index) => [field, `$${index}`]));
  let body: Expression | undefined;
  if (call.body && !call.fields.length && call.body.spread) {
    body = 'params';
  } else if (call.hasParams) {
    const bindings = [
      ...call.fields.map((field) => `${objectKey(field.key)}: ${locals.get(field)}`),
      ...(call.body && !call.body.spread ? ['body'] : []),
      ...(call.body?.spread ? ['...body'] : []),
    ];
    const source = call.paramsRequired ? 'params' : `(params ?? {}) as Partial<${shape.paramsType}>`;
    statements.push(`const { ${bindings.join(', ')} } = ${source};`);
    // An optional body whose fields were all left out is not sent.
    if (call.body) body = call.body.spread && !call.body.required ? { verbatim: 'Object.keys(body).length ? body : undefined' } : 'body';
  }
  const group = (location: string): Expression | undefined => {
    const fields = call.fields.filter((field) => field.parameter.in === location);
    // The query a path key fixes (`?beta=true`) goes last: the endpoint's own, so no parameter overrides it.
    const fixed = location === 'query' ? (operation.fixedQuery ?? []).map((entry): [string, Expression] => [objectKey(entry.name), stringLiteral(entry.value)]) : [];
    const entries = [...fields.map((field): [string, Expression] => [objectKey(field.parameter.name), locals.get(field)!]), ...fixed];
    return entries.length ? { object: entries } : undefined;
  };
  // Path parameters before the last come from the params object; the positional one from its argument.
  const pathParams: [string, Expression][] = [
    ...call.fields.filter((field) => field.parameter.in === 'path').map((field): [string, Expression] => [objectKey(field.parameter.name), locals.get(field)!]),
    ...shape.pathArgs.map((arg): [string, Expression] => [objectKey(arg.wireName), arg.name]),
  ];
  const queryStyles = Object.fromEntries(
    operation.parameters
      .filter((parameter) => parameter.in === 'query' && (parameter.style !== undefined || parameter.explode !== undefined))
      .map((parameter) => [parameter.name, { ...(parameter.style && { style: parameter.style }), ...(parameter.explode !== undefined && { explode: parameter.explode }) }]),
  );
  const streams = operation.stream !== undefined;
  const fields: [string, Expression | undefined][] = [
    ['operation', stringLiteral(operation.name)],
    ['method', stringLiteral(operation.method.toUpperCase())],
    ['path', stringLiteral(operation.path)],
    ['pathParams', pathParams.length ? { object: pathParams } : undefined],
    ['query', group('query')],
    ['queryStyles', Object.keys(queryStyles).length ? jsonExpression(queryStyles) : undefined],
    ['headers', group('header')],
    ['cookies', group('cookie')],
    ['body', body],
    ['contentType', shape.contentType ? stringLiteral(shape.contentType) : undefined],
    ['contentTypeWithFiles', shape.contentTypeWithFiles ? stringLiteral(shape.contentTypeWithFiles) : undefined],
    ['responseType', stringLiteral(shape.responseKind)],
    ['security', jsonExpression(shape.security)],
    ['stream', streamField(operation)],
    ['streamData', operation.stream?.jsonData ? stringLiteral('json') : undefined],
  ];
  const request: Expression = { object: fields.filter((field): field is [string, Expression] => field[1] !== undefined) };
  const paged = pagedCall(operation, api, nameOf);
  if (paged && !streams)
    return { statements, returns: { callee: `requestPage<${paged.item}, ${shape.responseType}>`, args: ['client', request, 'options', jsonExpression(paged.spec)] } };
  return { statements, returns: { callee: `client.request<${resultType(operation, api, nameOf)}>`, args: [request, 'options'] } };
}

/** `nameOf` notes the types the functions name, for the file's imports. */
export function writeOperations(file: SourceBuilder, imports: Imports, operations: SurfaceOperation[], api: SurfaceApi, nameOf: NameOf): void {
  let usesPages = false;
  for (const operation of operations) {
    const signatures = operationSignatures(operation, api, nameOf);
    const general = signatures.at(-1)!;
    if (!operation.stream && pagedCall(operation, api, nameOf)) usesPages = true;
    const { statements, returns } = operationBody(operation, api, nameOf);
    file.addFunction(
      {
        name: operation.name,
        isExported: true,
        docs: signatures.length === 1 && general.docs ? [general.docs] : [],
        overloads:
          signatures.length === 1
            ? []
            : signatures.map((signature) => ({ docs: signature.docs ? [signature.docs] : [], parameters: parametersOf(signature, true), returnType: signature.returns })),
        parameters: parametersOf(general, true),
        returnType: general.returns,
        statements,
      },
      returns,
    );
  }
  // The types the signatures name come from `nameOf`; the values and the client type the bodies use, from here.
  if (usesPages) imports.value('core/pagination.js', 'requestPage');
  imports.type('core/http.js', 'APIClient');
}
