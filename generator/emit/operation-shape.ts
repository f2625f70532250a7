/**
 * What an operation looks like to a TypeScript caller: its arguments (the surface's call shape: positional path
 * parameters, then one params object), the media type it sends, the type it resolves to and how the response is
 * read. Shared by the operation functions, the calls built on them and the index.
 */
import type { MediaContent, ParameterLocation } from '../ir/types.ts';
import type { SurfaceApi, SurfaceOperation } from '../surface/types.ts';
import { isJsonMediaType, preferredContent } from '../ir/media-types.ts';
import { docsText, jsdocBlock } from './jsdoc.ts';
import { propertyKey } from './ts-syntax.ts';
import { fieldType, modelType, typeExpression, type NameOf } from './type-expression.ts';

export type ResponseKind = 'json' | 'text' | 'blob' | 'void';

export interface OperationShape {
  /** The positional path arguments, in path order. */
  pathArgs: { name: string; wireName: string; type: string }[];
  /** Type of the params object, or undefined when the call takes none. */
  paramsType?: string;
  /** Whether the caller must pass the params object. */
  paramsRequired: boolean;
  /** The parameters by location (`{ path: …; query?: … }`), as the `Operations` index describes them. */
  sectionsType?: string;
  bodyType?: string;
  bodyRequired: boolean;
  contentType?: string;
  /** The media type sent instead when a field holds a file (the body's multipart form, beside JSON). */
  contentTypeWithFiles?: string;
  responseType: string;
  responseKind: ResponseKind;
  errorType: string;
  /** Body type of every declared response, by status (`200`, `4XX`, `default`). */
  responsesByStatus: { status: string; type: string }[];
  /** Security alternatives restricted to the schemes the spec defines. */
  security: string[][];
}

const SECTIONS: ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

export { isJsonMediaType, preferredContent };

function bodyTypeOf(content: MediaContent | undefined, nameOf: NameOf): string {
  const kind = responseKindOf(content);
  if (kind === 'json') return typeExpression(content!.type, nameOf, 'response');
  return kind === 'blob' ? 'Blob' : kind === 'text' ? 'string' : 'void';
}

function responseKindOf(content: MediaContent | undefined): ResponseKind {
  if (!content) return 'void';
  if (isJsonMediaType(content.mediaType)) return 'json';
  if (content.mediaType.toLowerCase().startsWith('text/')) return 'text';
  return 'blob';
}

/** A parameter as a member of an object type, under `key`, with its docs (and `extra` paragraphs). */
function parameterMember(key: string, parameter: SurfaceOperation['parameters'][number], nameOf: NameOf, extra: string[] = []): string {
  const doc = jsdocBlock(
    docsText({ ...parameter.type.docs, ...(parameter.description && { description: parameter.description }), ...(parameter.deprecated && { deprecated: true }) }, extra),
  );
  return `${doc}${propertyKey(key)}${parameter.required ? '' : '?'}: ${fieldType(parameter, nameOf, 'request')};`;
}

export function parametersSections(operation: SurfaceOperation, nameOf: NameOf): string | undefined {
  const sections: string[] = [];
  for (const location of SECTIONS) {
    const parameters = operation.parameters.filter((parameter) => parameter.in === location);
    if (!parameters.length) continue;
    const members = parameters.map((parameter) => parameterMember(parameter.name, parameter, nameOf));
    const required = parameters.some((parameter) => parameter.required);
    sections.push(`${location}${required ? '' : '?'}: {\n${members.join('\n')}\n};`);
  }
  return sections.length ? `{\n${sections.join('\n')}\n}` : undefined;
}

/** The body's type as the call takes it: its preferred form, or either form where it offers multipart beside JSON. */
function callBodyType(body: NonNullable<SurfaceOperation['call']['body']>, nameOf: NameOf): string {
  return [body.content, ...(body.withFiles ? [body.withFiles] : [])].map((form) => typeExpression(form.type, nameOf, 'request')).join(' | ');
}

/**
 * The params object's type, for a call whose params are more than its body: the body's fields (or `body`, for a
 * body that is not an object) with the query, header and cookie parameters under their keys.
 */
export function paramsTypeExpression(operation: SurfaceOperation, nameOf: NameOf): string {
  const { call } = operation;
  const parts: string[] = [];
  if (call.body) {
    const bodyType = callBodyType(call.body, nameOf);
    parts.push(call.body.spread ? (/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(bodyType) ? bodyType : `(${bodyType})`) : `{ body${call.body.required ? '' : '?'}: ${bodyType} }`);
  }
  if (call.fields.length) {
    // Under another key than its wire name, the docs say which parameter it is.
    const members = call.fields.map(({ key, parameter }) =>
      parameterMember(key, parameter, nameOf, key === parameter.name ? [] : [`The ${parameter.in} parameter \`${parameter.name}\`.`]),
    );
    parts.push(`{\n${members.join('\n')}\n}`);
  }
  return parts.join(' & ');
}

/**
 * An object whose fields are worked out when first read, then kept: a writer reads the few it prints, and the
 * types it reads are the ones its file's `NameOf` notes for the imports (reading `errorType` would import the
 * error models into a file that never names them).
 */
function lazyFields<T extends object>(fields: { [K in keyof T]-?: () => T[K] }): T {
  const object = {} as T;
  for (const key of Object.keys(fields) as (keyof T)[]) {
    let computed = false;
    let value: T[typeof key];
    Object.defineProperty(object, key, {
      enumerable: true,
      get: () => {
        if (!computed) [value, computed] = [fields[key](), true];
        return value;
      },
    });
  }
  return object;
}

export function operationShape(operation: SurfaceOperation, api: SurfaceApi, nameOf: NameOf): OperationShape {
  const body = operation.requestBody && preferredContent(operation.requestBody.contents);
  const successes = operation.responses.filter((response) => response.status.startsWith('2'));
  const successContents = successes.map((response) => preferredContent(response.contents)).filter((content): content is MediaContent => content !== undefined);
  const responseKind = responseKindOf(successContents[0]);
  const { call } = operation;
  const bodyType = () => call.body && callBodyType(call.body, nameOf);
  const known = new Set(api.securitySchemes.map((scheme) => scheme.key));
  return lazyFields<OperationShape>({
    pathArgs: () => call.pathArguments.map((argument) => ({ name: argument.name, wireName: argument.parameter.name, type: fieldType(argument.parameter, nameOf, 'request') })),
    paramsType: () => {
      if (!call.hasParams) return undefined;
      if (operation.paramsTypeName) return modelType(nameOf, operation.paramsTypeName);
      return call.body?.spread ? bodyType() : undefined;
    },
    paramsRequired: () => call.paramsRequired,
    sectionsType: () => parametersSections(operation, nameOf),
    bodyType: () => (body ? bodyType() : undefined),
    contentType: () => body?.mediaType,
    contentTypeWithFiles: () => call.body?.withFiles?.mediaType,
    bodyRequired: () => Boolean(body && operation.requestBody?.required),
    responseType: () => {
      const types =
        responseKind === 'blob'
          ? ['Blob']
          : responseKind === 'text'
            ? ['string']
            : responseKind === 'void'
              ? ['void']
              : successContents.map((content) => typeExpression(content.type, nameOf, 'response'));
      if (successContents.length && successContents.length < successes.length && responseKind !== 'void') types.push('undefined');
      return [...new Set(types)].join(' | ');
    },
    responseKind: () => responseKind,
    errorType: () => {
      const types = operation.responses
        .filter((response) => !response.status.startsWith('2'))
        .map((response) => preferredContent(response.contents))
        .filter((content): content is MediaContent => content !== undefined && isJsonMediaType(content.mediaType))
        .map((content) => typeExpression(content.type, nameOf, 'response'));
      return types.length ? [...new Set(types)].join(' | ') : 'unknown';
    },
    responsesByStatus: () => operation.responses.map((response) => ({ status: response.status, type: bodyTypeOf(preferredContent(response.contents), nameOf) })),
    security: () => operation.security.filter((alternative) => alternative.every((name) => known.has(name))),
  });
}
