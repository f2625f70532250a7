/** `src/operations/<tag>.ts`: one standalone, tree-shakeable function per operation. */
import type { OptionalKind, ParameterDeclarationStructure } from 'ts-morph';
import type { SourceBuilder } from './source-builder.ts';
import type { NamedSchema, TypeNode } from '../ir/types.ts';
import type { SurfaceApi as ApiModel, SurfaceOperation as Operation } from '../surface/types.ts';
import { docsText } from './jsdoc.ts';
import { addModelImports, modelNamesUsed } from './model-imports.ts';
import { isJsonMediaType, operationShape, preferredContent } from './operation-shape.ts';
import { literal, propertyAccess, stringLiteral } from './ts-syntax.ts';
import type { NameOf } from './type-expression.ts';

/** Summary, description, then the HTTP call it makes (and which variant of a shared endpoint it is). */
export function operationDocs(operation: Operation): string | undefined {
  const variant = operation.fragment !== undefined ? ` (variant \`#${operation.fragment}\` of this endpoint)` : '';
  const paragraphs = [operation.summary, operation.description, `\`${operation.method.toUpperCase()} ${operation.path}\`${variant}`].filter((text): text is string =>
    Boolean(text),
  );
  return docsText(operation.deprecated ? { deprecated: true } : undefined, [paragraphs.join('\n\n')]);
}

/** Where `$ref`s are looked up: the named schemas of the IR or of the surface. */
type SchemaSource = { schemas: readonly NamedSchema[] };

/** Whether a type is `boolean` (possibly nullable, or spelled as an enum or union of boolean literals). */
function isBooleanType(node: TypeNode, api: SchemaSource, seen: Set<string>): boolean {
  switch (node.kind) {
    case 'primitive':
      return node.type === 'boolean';
    case 'nullable':
      return isBooleanType(node.inner, api, seen);
    case 'ref': {
      if (seen.has(node.target)) return false;
      const schema = api.schemas.find((candidate) => candidate.id === node.target);
      return schema !== undefined && isBooleanType(schema.type, api, new Set([...seen, node.target]));
    }
    case 'enum':
      return node.values.length > 0 && node.values.every((value) => typeof value === 'boolean');
    case 'literal':
      return typeof node.value === 'boolean';
    case 'union':
      return node.variants.length > 0 && node.variants.every((variant) => isBooleanType(variant, api, seen));
    default:
      return false;
  }
}

/**
 * Whether a request body type has a boolean `stream` property (the OpenAI/Anthropic convention for "answer with
 * server-sent events"): directly, through `$ref`s, in any member of an intersection or in every variant of a union.
 */
export function hasStreamFlag(node: TypeNode, api: SchemaSource, seen: Set<string> = new Set()): boolean {
  switch (node.kind) {
    case 'ref': {
      if (seen.has(node.target)) return false;
      const schema = api.schemas.find((candidate) => candidate.id === node.target);
      return schema !== undefined && hasStreamFlag(schema.type, api, new Set([...seen, node.target]));
    }
    case 'object':
      return node.properties.some((property) => property.name === 'stream' && !property.readOnly && isBooleanType(property.type, api, seen));
    case 'nullable':
      return hasStreamFlag(node.inner, api, seen);
    case 'intersection':
      return node.members.some((member) => hasStreamFlag(member, api, seen));
    case 'union':
      return node.variants.length > 0 && node.variants.every((variant) => hasStreamFlag(variant, api, seen));
    case 'conditional':
      return hasStreamFlag(node.base, api, seen);
    default:
      return false;
  }
}

/** The operation's JSON request body type node when it can ask for a stream, else undefined. */
function streamingBody(operation: Operation, api: ApiModel): TypeNode | undefined {
  const body = operation.requestBody && preferredContent(operation.requestBody.contents);
  return body && isJsonMediaType(body.mediaType) && hasStreamFlag(body.type, api) ? body.type : undefined;
}

/** One call signature of an operation function (after the client argument). */
export interface OperationSignature {
  request: string;
  response: string;
  requestRequired: boolean;
  /** Resolves to a stream of server-sent events (in whole or in part). */
  streams: boolean;
}

/**
 * The call signatures of an operation function, for it and for anything that forwards to it: one, or for an
 * operation whose body has a `stream` flag three overloads — `stream: true` → `Stream`, `stream` false or absent →
 * the response, and an undecided boolean → either.
 */
export function operationSignatures(operation: Operation, api: ApiModel, nameOf: NameOf): OperationSignature[] {
  const shape = operationShape(operation, api, nameOf);
  const withBody = (body?: string) => [shape.paramsType, body && `{ ${body} }`].filter(Boolean).join(' & ') || 'Record<string, never>';
  const { requestType } = shape;
  if (!shape.bodyType || !streamingBody(operation, api)) return [{ request: requestType, response: shape.responseType, requestRequired: shape.requestRequired, streams: false }];
  const bodyType = /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(shape.bodyType) ? shape.bodyType : `(${shape.bodyType})`;
  const streamType = 'Stream<unknown>';
  return [
    { request: withBody(`body: ${bodyType} & { stream: true }`), response: streamType, requestRequired: true, streams: true },
    {
      request: withBody(`body${shape.bodyRequired ? '' : '?'}: ${bodyType} & { stream?: false | null }`),
      response: shape.responseType,
      requestRequired: shape.requestRequired,
      streams: false,
    },
    { request: requestType, response: `${shape.responseType} | ${streamType}`, requestRequired: shape.requestRequired, streams: true },
  ];
}

export function writeOperations(file: SourceBuilder, operations: Operation[], api: ApiModel, nameOf: NameOf, modelNames: ReadonlySet<string>): void {
  const typeTexts: string[] = [];
  let usesStream = false;
  for (const operation of operations) {
    const shape = operationShape(operation, api, nameOf);
    const signatures = operationSignatures(operation, api, nameOf);
    const general = signatures.at(-1)!;
    typeTexts.push(general.request, shape.responseType);

    const has = (location: string) => operation.parameters.some((parameter) => parameter.in === location);
    const queryStyles = Object.fromEntries(
      operation.parameters
        .filter((parameter) => parameter.in === 'query' && (parameter.style !== undefined || parameter.explode !== undefined))
        .map((parameter) => [parameter.name, { ...(parameter.style && { style: parameter.style }), ...(parameter.explode !== undefined && { explode: parameter.explode }) }]),
    );
    const streamBody = signatures.length > 1 ? streamingBody(operation, api) : undefined;
    const bodyAccess = shape.bodyRequired && streamBody?.kind !== 'nullable' ? 'request.body.stream' : 'request.body?.stream';
    const fields = [
      `operation: ${stringLiteral(operation.name)}`,
      `method: ${stringLiteral(operation.method.toUpperCase())}`,
      `path: ${stringLiteral(operation.path)}`,
      has('path') && `pathParams: ${propertyAccess('request', 'path')}`,
      has('query') && `query: request.query`,
      Object.keys(queryStyles).length && `queryStyles: ${literal(queryStyles)}`,
      has('header') && `headers: request.header`,
      has('cookie') && `cookies: request.cookie`,
      shape.bodyType && `body: request.body`,
      shape.contentType && `contentType: ${stringLiteral(shape.contentType)}`,
      `responseType: ${stringLiteral(shape.responseKind)}`,
      `security: ${literal(shape.security)}`,
      streamBody && `stream: ${bodyAccess} === true`,
    ].filter(Boolean);

    const docs = operationDocs(operation);
    const parameters = (request: string, required: boolean, initializer = false): OptionalKind<ParameterDeclarationStructure>[] => [
      { name: 'client', type: 'APIClient' },
      { name: 'request', type: request, ...(!required && (initializer ? { initializer: '{}' } : { hasQuestionToken: true })) },
      { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
    ];
    // A streaming operation gets overloads: `body.stream: true` resolves to a stream of server-sent events.
    if (signatures.length > 1) usesStream = true;
    const streamDocs = `${docs ? `${docs}\n\n` : ''}With \`body.stream: true\` it resolves to a {@link Stream} of server-sent events: \`for await (const event of stream)\`.`;
    file.addFunction({
      name: operation.name,
      isExported: true,
      docs: signatures.length === 1 && docs ? [docs] : [],
      overloads:
        signatures.length === 1
          ? []
          : signatures.map((signature) => ({
              docs: signature.streams ? [streamDocs] : docs ? [docs] : [],
              parameters: parameters(signature.request, signature.requestRequired),
              returnType: `APIPromise<${signature.response}>`,
            })),
      parameters: parameters(general.request, general.requestRequired, true),
      returnType: `APIPromise<${general.response}>`,
      statements: `return client.request<${general.response}>({ ${fields.join(', ')} }, options);`,
    });
  }
  addModelImports(file, modelNamesUsed(typeTexts, modelNames), '../models.js');
  if (usesStream) {
    file.insertImportDeclaration(0, { isTypeOnly: true, moduleSpecifier: '../core/streaming.js', namedImports: ['Stream'] });
  }
  file.insertImportDeclaration(0, { isTypeOnly: true, moduleSpecifier: '../core/http.js', namedImports: ['APIClient', 'RequestOptions'] });
  file.insertImportDeclaration(0, { isTypeOnly: true, moduleSpecifier: '../core/api-promise.js', namedImports: ['APIPromise'] });
}
