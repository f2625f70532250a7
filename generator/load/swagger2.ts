/**
 * Swagger 2.0 documents are converted to OpenAPI 3.0 on load with swagger2openapi (the converter most tools use),
 * so every later stage only ever sees OpenAPI 3. The converter patches small mistakes and marks what it could not
 * convert without loss; those marks become warnings. Every location — of these and of any later warning or error —
 * points into the 2.0 document the user has: a pointer into the converted document is mapped back to the place
 * it came from (`swagger2Pointer`).
 */
import { createRequire } from 'node:module';
import { resolve } from 'node:path';
import { GeneratorError, type GeneratorWarning } from '../errors.ts';
import { getAtPath, pathFromPointer, pointerFromPath } from './json-pointer.ts';
import { isUrl, type SourceDocument } from './read-document.ts';
import type { ReferencedFiles } from './read-references.ts';
import { isObject } from './schema-walk.ts';
import { WARNING_KINDS } from '../warning-kinds.ts';

type Json = Record<string, unknown>;

interface ConverterOptions {
  /** Fix small mistakes instead of failing (counted in `patches`). */
  patch: boolean;
  /** Mark what cannot be converted with `warnProperty` instead of failing. */
  warnOnly: boolean;
  warnProperty: string;
  /** Resolve the 2.0 document's external references itself (no: the loader bundles the converted document). */
  resolve: boolean;
  /** Resolve with the converted document rather than the options. */
  direct: boolean;
  /** The source text, which the converter only keeps: given, so it does not serialize the whole document again. */
  text: string;
  patches?: number;
}
type Converter = { convertObj(swagger: Json, options: ConverterOptions): Promise<Json> };
type Resolver = { resolve(api: Json, source: string, options: ResolverOptions): Promise<{ openapi: Json }> };
type ResolverOptions = {
  verbose: boolean;
  fatal: boolean;
  preserveMiro: boolean;
  /** Files by absolute path or URL: the resolver reads a file it has here instead of reading it itself. */
  cache: Record<string, unknown>;
  /** Readers by protocol (`file:`, `http:`), used for any file not in `cache`. */
  handlers: Record<string, () => Promise<never>>;
  fetch: () => Promise<never>;
};

const WARNING_MARK = 'x-sdkgen-conversion-warning';

const COMPONENT_SECTIONS: Record<string, string> = {
  schemas: 'definitions',
  parameters: 'parameters',
  responses: 'responses',
  securitySchemes: 'securityDefinitions',
  // Body parameters shared under `parameters` become request bodies.
  requestBodies: 'parameters',
};
const BODY_LOCATIONS = ['body', 'formData'];

/** `content/<media type>/schema/…` (3.0) → `schema/…` (2.0); `content/<type>/examples` → `examples/<type>`. */
function contentTail(tail: string[]): string[] {
  if (tail[0] !== 'content') return tail;
  if (tail[2] === 'schema') return tail.slice(2);
  if (tail[2] === 'example' || tail[2] === 'examples') return ['examples', tail[1] ?? ''];
  return [];
}

/** A 2.0 parameter, following its `$ref` into the document's shared `parameters`. */
function resolveParameter(original: Json, parameter: unknown): Json | undefined {
  if (isObject(parameter) && typeof parameter.$ref === 'string' && parameter.$ref.startsWith('#/')) {
    const target = getAtPath(original, pathFromPointer(parameter.$ref));
    return isObject(target) ? target : undefined;
  }
  return isObject(parameter) ? parameter : undefined;
}

/** Index of the parameter a test accepts, in a 2.0 parameter list (the operation's, else the path item's). */
function findParameter(original: Json, lists: string[][], accepts: (parameter: Json) => boolean): string[] | undefined {
  for (const listPath of lists) {
    const list = getAtPath(original, listPath);
    if (!Array.isArray(list)) continue;
    const index = list.findIndex((entry) => {
      const parameter = resolveParameter(original, entry);
      return parameter !== undefined && accepts(parameter);
    });
    if (index !== -1) return [...listPath, String(index)];
  }
  return undefined;
}

/** The tail of a 3.0 parameter (`schema/…` where 2.0 wrote the type on the parameter itself) in 2.0 terms. */
function parameterTail(parameter: Json | undefined, tail: string[]): string[] {
  return parameter?.in !== 'body' && tail[0] === 'schema' ? tail.slice(1) : tail;
}

/**
 * The 2.0 pointer of a place in the converted 3.0 document: components go back to `definitions`, `parameters`,
 * `responses` and `securityDefinitions`; a request body back to its body (or form) parameter; a response's
 * `content/<type>/schema` back to its `schema`; a parameter back to the 2.0 parameter of the same name and
 * location (the converter removes body parameters from the list, so indexes shift). Where the documents differ
 * further, the nearest 2.0 ancestor is the answer (locating then walks as far as the pointer exists).
 */
export function swagger2Pointer(pointer: string, original: Json, converted: Json): string {
  const path = pathFromPointer(pointer);
  const [first, second, third, ...rest] = path;
  if (first === 'components') {
    const section = COMPONENT_SECTIONS[second ?? ''];
    if (!section || third === undefined) return pointerFromPath(section ? [section] : []);
    if (second === 'responses' || second === 'requestBodies') return pointerFromPath([section, third, ...contentTail(rest)]);
    if (second === 'parameters') return pointerFromPath([section, third, ...parameterTail(resolveParameter(original, getAtPath(original, ['parameters', third])), rest)]);
    return pointerFromPath([section, third, ...rest]);
  }
  if (first === 'servers') return pointerFromPath(original.host !== undefined ? ['host'] : []);
  if (first !== 'paths' || second === undefined || third === undefined) return pointer;

  const pathItem = ['paths', second];
  const operation = [...pathItem, third];
  const lists =
    third === 'parameters'
      ? [[...pathItem, 'parameters']]
      : [
          [...operation, 'parameters'],
          [...pathItem, 'parameters'],
        ];
  const [part, key, ...tail] = third === 'parameters' ? ['parameters', rest[0], ...rest.slice(1)] : rest;

  if (part === 'requestBody' && third !== 'parameters') {
    // `content/<type>/schema/properties/<name>/…` of a form is the form parameter `<name>`.
    const content = key === undefined ? [] : contentTail([key, ...tail]);
    if (content[0] === 'schema' && content[1] === 'properties' && content[2] !== undefined) {
      const field = findParameter(original, lists, (parameter) => parameter.in === 'formData' && parameter.name === content[2]);
      if (field) return pointerFromPath([...field, ...content.slice(3)]);
    }
    const body = findParameter(original, lists, (parameter) => BODY_LOCATIONS.includes(String(parameter.in)));
    return pointerFromPath(body ? [...body, ...(content[0] === 'schema' ? content : [])] : [...operation, 'parameters']);
  }
  if (part === 'responses' && key !== undefined && third !== 'parameters') return pointerFromPath([...operation, 'responses', key, ...contentTail(tail)]);
  if (part === 'parameters' && key !== undefined) {
    const convertedParameter = getAtPath(converted, [...(third === 'parameters' ? pathItem : operation), 'parameters', key]);
    let wanted: Json | undefined;
    if (isObject(convertedParameter) && typeof convertedParameter.$ref === 'string') {
      // `#/components/parameters/x` was `#/parameters/x`.
      wanted = resolveParameter(original, { $ref: convertedParameter.$ref.replace('#/components/parameters/', '#/parameters/') });
    } else if (isObject(convertedParameter)) {
      wanted = convertedParameter;
    }
    const found = wanted && findParameter(original, lists.slice(0, 1), (parameter) => parameter.name === wanted.name && parameter.in === wanted.in);
    if (found) return pointerFromPath([...found, ...parameterTail(wanted, tail)]);
    return pointerFromPath(lists[0]!);
  }
  return pointer;
}

/** The source seen through the conversion: a pointer into the 3.0 document is located in the 2.0 text. */
export function locatedInOriginal(source: SourceDocument, original: Json, converted: Json): SourceDocument {
  return { ...source, locate: (pointer) => source.locate(swagger2Pointer(pointer, original, converted)) };
}

/** Where a vendor extension's `$ref` waits while the resolver runs (it would follow it otherwise). */
const HIDDEN_REF = 'x-sdkgen-hidden-ref';

/** Renames `from` keys to `to` inside every vendor extension (`x-…`) of the document, in place. */
function renameInExtensions(node: unknown, from: string, to: string, inExtension = false): void {
  if (Array.isArray(node)) return node.forEach((item) => renameInExtensions(item, from, to, inExtension));
  if (!isObject(node)) return;
  if (inExtension && from in node) {
    node[to] = node[from];
    delete node[from];
  }
  for (const [key, value] of Object.entries(node)) renameInExtensions(value, from, to, inExtension || key.startsWith('x-'));
}

/**
 * A Swagger 2.0 document's `$ref`s into other files (fragment files of definitions, parameters or responses, or
 * other 2.0 documents) reach 2.0 text too, which the converter converts only when it is in the document: so they
 * are resolved into it first, with the converter's own resolver (oas-resolver, from the same project, as the
 * converter's `resolve` option uses it): each reference replaced by a copy of what it points at (a recursive
 * schema becomes a definition). The bundler after the conversion then has nothing
 * left to pull in. `$ref`s inside vendor extensions are other tools' data (`x-ms-examples` files) and are not
 * followed. A reference that cannot be resolved rejects with the resolver's message, which names the file.
 * The resolver reads nothing itself: it is given the files readReferences read and checked (`files`), and its
 * file, http and https readers refuse.
 */
export async function resolveSwagger2References(data: Json, from: string, files: ReferencedFiles): Promise<Json> {
  // Loaded only for 2.0 documents with external references; required where swagger2openapi requires it.
  const require = createRequire(createRequire(import.meta.url).resolve('swagger2openapi'));
  const resolver = require('oas-resolver') as Resolver;
  const document = structuredClone(data);
  renameInExtensions(document, '$ref', HIDDEN_REF);
  const unchecked = async (): Promise<never> => {
    throw new Error('a referenced file was not checked against the reference rules');
  };
  const options: ResolverOptions = {
    verbose: false,
    fatal: true,
    preserveMiro: true,
    cache: Object.fromEntries(files),
    handlers: { 'file:': unchecked, 'http:': unchecked, 'https:': unchecked },
    fetch: unchecked,
  };
  const { openapi } = await resolver.resolve(document, isUrl(from) ? from : resolve(from), options);
  renameInExtensions(openapi, HIDDEN_REF, '$ref');
  return openapi;
}

/** Converts a Swagger 2.0 document to OpenAPI 3.0, with a warning that it did and one per construct it could not convert. */
export async function convertSwagger2(
  source: SourceDocument,
  data: Json,
  resolvedReferences = 0,
): Promise<{ document: Json; source: SourceDocument; warnings: GeneratorWarning[] }> {
  if (data.swagger !== '2.0') {
    throw new GeneratorError(
      `Swagger ${JSON.stringify(data.swagger)} documents are not supported`,
      source.locate('#/swagger'),
      'pass a Swagger 2.0 document (`swagger: "2.0"`, a string) or an OpenAPI 3.x one',
    );
  }
  // Loaded only for 2.0 documents (CommonJS).
  const converter = createRequire(import.meta.url)('swagger2openapi') as Converter;
  const options: ConverterOptions = { patch: true, warnOnly: true, warnProperty: WARNING_MARK, resolve: false, direct: true, text: ' ' };
  const warnings: GeneratorWarning[] = [];
  const convert = (input: Json) => converter.convertObj(structuredClone(input), options);
  let document: Json;
  try {
    document = await convert(data);
  } catch (error) {
    const reason = (error as Error).message.split('\n')[0];
    // The converter also interprets vendor extensions at the root (`x-ms-parameterized-host`, …) and can trip
    // over one; they are not the API's shape, so converting without them is the sensible second reading.
    const extensions = Object.keys(data).filter((key) => key.startsWith('x-'));
    const retried = extensions.length ? await convert(Object.fromEntries(Object.entries(data).filter(([key]) => !key.startsWith('x-')))).catch(() => undefined) : undefined;
    if (!retried) {
      throw new GeneratorError(
        `the Swagger 2.0 document could not be converted to OpenAPI 3.0: ${reason}`,
        source.locate('#'),
        'fix the document where the message points (it must be valid Swagger 2.0), or convert it to OpenAPI 3 yourself',
      );
    }
    document = retried;
    for (const key of extensions) {
      warnings.push({
        kind: WARNING_KINDS.swagger2ExtensionIgnored,
        message: `converting from Swagger 2.0: \`${key}\` ignored (the converter failed with it: ${reason})`,
        location: source.locate(pointerFromPath([key])),
      });
    }
  }
  const located = locatedInOriginal(source, data, document);
  const resolved = resolvedReferences ? `; ${resolvedReferences} references to other files resolved and converted with it` : '';
  const patched = `${resolved}${options.patches ? `; ${options.patches} small mistakes patched` : ''}`;
  warnings.unshift({
    kind: WARNING_KINDS.swagger2Converted,
    message: `a Swagger 2.0 document: converted to OpenAPI 3.0 on load (swagger2openapi${patched})`,
    location: source.locate('#/swagger'),
  });
  const visit = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, [...path, String(index)]));
    if (!isObject(node)) return;
    if (typeof node[WARNING_MARK] === 'string') {
      warnings.push({ kind: WARNING_KINDS.swagger2Lossy, message: `converting from Swagger 2.0: ${node[WARNING_MARK]}`, location: located.locate(pointerFromPath(path)) });
      delete node[WARNING_MARK];
    }
    for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
  };
  visit(document, []);
  return { document, source: located, warnings };
}
