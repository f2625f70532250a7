import { GeneratorError, type GeneratorWarning } from '../errors.ts';
import { getAtPath, pathFromPointer, pointerFromPath } from './json-pointer.ts';
import { parseDocument, readDocument, type SourceDocument } from './read-document.ts';
import { applyOverlays, readOverlay, type OverlayOrigins } from './overlay.ts';
import { convertSwagger2, resolveSwagger2References } from './swagger2.ts';
import { checkBounds } from './document-bounds.ts';
import { fileKey, readReferences, referenceScope, type ReferencedFiles } from './read-references.ts';
import { isObject } from './schema-walk.ts';
import { checkVersionConstructs, readNumericVersion } from './version-check.ts';

export interface LoadedSpec {
  source: SourceDocument;
  /**
   * The document with every external reference pulled in and every internal `$ref` kept as a reference.
   * Keeping refs (rather than dereferencing into a graph of shared nodes) is what lets the IR name each
   * component once, keep a `$ref`'s sibling description, and turn cycles into self-referencing named types.
   */
  document: Record<string, unknown>;
  openapiVersion: OpenApiVersion;
  warnings: GeneratorWarning[];
}

export type OpenApiVersion = '3.0' | '3.1' | '3.2';

export interface LoadOptions {
  /** Overlay documents (OpenAPI Overlay 1.0) applied in order to the spec before anything reads it. */
  overlays?: string[];
  /** Hosts `$ref`s may reach beside the spec's own origin (`--allow-ref-host`, `allowRefHosts`; see reference-policy.ts). */
  allowRefHosts?: readonly string[];
  /** The spec's text, read instead of the file (which still names it and roots its relative `$ref`s). */
  text?: string;
}

function checkVersion(source: SourceDocument, data: Record<string, unknown>): OpenApiVersion {
  if (data.swaggerVersion !== undefined && data.openapi === undefined) {
    throw new GeneratorError(
      `Swagger ${JSON.stringify(data.swaggerVersion)} documents are not supported`,
      source.locate('#/swaggerVersion'),
      'convert the document to Swagger 2.0 or OpenAPI 3 first (Swagger 1.x describes an API in several files, with another model)',
    );
  }
  const version = data.openapi;
  if (version === undefined) {
    throw new GeneratorError(
      'this is not an OpenAPI document: it has no `openapi` field',
      { file: source.file, line: 1, pointer: '#' },
      'pass an OpenAPI 3.x document (its first key is usually `openapi: 3.0.3`) or a Swagger 2.0 one (`swagger: "2.0"`)',
    );
  }
  const match = /^3\.([012])\.\d+/.exec(String(version));
  if (!match) {
    throw new GeneratorError(`OpenAPI version ${JSON.stringify(version)} is not supported`, source.locate('#/openapi'), 'use an OpenAPI 3.0.x, 3.1.x or 3.2.x document');
  }
  return `3.${match[1]}` as OpenApiVersion;
}

/** Every `$ref` must point somewhere; a dangling one is an error at the place that holds it. */
function checkReferences(document: Record<string, unknown>, source: SourceDocument): void {
  const visit = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, [...path, String(index)]));
    if (!isObject(node)) return;
    if (typeof node.$ref === 'string') {
      const ref = node.$ref;
      const location = source.locate(pointerFromPath([...path, '$ref']));
      // External refs are the bundler's job; it reports those.
      if (!ref.startsWith('#')) return;
      let target: unknown;
      try {
        target = getAtPath(document, pathFromPointer(ref));
      } catch {
        target = undefined;
      }
      if (target === undefined) {
        throw new GeneratorError(`the reference ${JSON.stringify(ref)} points at nothing`, location, 'fix the $ref or add the missing definition it names');
      }
    }
    for (const [key, value] of Object.entries(node)) if (!isExtension(key)) visit(value, [...path, key]);
  };
  visit(document, []);
}

/**
 * A vendor extension (`x-…`): opaque data for other tools (`x-ms-examples` holds `$ref`s to example files). The
 * generator reads a few scalar extensions and no references in them, so their `$ref`s are neither checked nor
 * resolved: a missing example file of another tool is no reason to refuse a spec.
 */
export function isExtension(key: string): boolean {
  return key.startsWith('x-');
}

/**
 * A copy of the document without its vendor extensions, and the extensions with the path of the object each was
 * taken from (only objects of the document itself: arrays and objects are copied on the way down).
 */
export function withoutExtensions(document: Record<string, unknown>): { without: Record<string, unknown>; extensions: { path: string[]; key: string; value: unknown }[] } {
  const extensions: { path: string[]; key: string; value: unknown }[] = [];
  const copy = (node: unknown, path: string[]): unknown => {
    if (Array.isArray(node)) return node.map((item, index) => copy(item, [...path, String(index)]));
    if (!isObject(node)) return node;
    const result: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(node)) {
      if (isExtension(key)) extensions.push({ path, key, value });
      else result[key] = copy(value, [...path, key]);
    }
    return result;
  };
  return { without: copy(document, []) as Record<string, unknown>, extensions };
}

/** Puts the extensions back where they were (the bundler keeps the document's own objects where they are). */
export function withExtensions(document: Record<string, unknown>, extensions: { path: string[]; key: string; value: unknown }[]): Record<string, unknown> {
  for (const { path, key, value } of extensions) {
    const target = getAtPath(document, path);
    if (isObject(target)) target[key] = value;
  }
  return document;
}

/** Every `$ref` to another file or URL in the document as written, with the pointer of the object holding it. */
function externalRefs(document: unknown): { ref: string; pointer: string }[] {
  const found: { ref: string; pointer: string }[] = [];
  const visit = (node: unknown, path: string[]) => {
    if (Array.isArray(node)) return node.forEach((item, index) => visit(item, [...path, String(index)]));
    if (!isObject(node)) return;
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#'))
      found.push({
        ref: node.$ref,
        pointer: pointerFromPath([...path, '$ref']),
      });
    for (const [key, value] of Object.entries(node)) if (!isExtension(key)) visit(value, [...path, key]);
  };
  visit(document, []);
  return found;
}

/**
 * The external `$ref` a bundler message is about: the one whose file (by name, as the message gives an absolute
 * path or URL) and fragment the message both name, else its file, else its fragment, else the first.
 */
export function failedReference<T extends { ref: string }>(message: string, external: readonly T[]): T | undefined {
  const parts = (ref: string) => {
    const [file = '', fragment = ''] = ref.split('#');
    return { file: file.replace(/^(\.\.?\/)+/, ''), fragment: fragment && `#${fragment}` };
  };
  const names = (candidate: T, part: 'file' | 'fragment') => {
    const text = parts(candidate.ref)[part];
    return text !== '' && message.includes(text);
  };
  return (
    external.find((candidate) => names(candidate, 'file') && names(candidate, 'fragment')) ??
    external.find((candidate) => names(candidate, 'file')) ??
    external.find((candidate) => names(candidate, 'fragment')) ??
    external[0]
  );
}

/** The located error for an external reference a bundler or resolver could not resolve. */
function unresolvedReference(error: unknown, external: readonly { ref: string; pointer: string }[], source: SourceDocument): GeneratorError {
  if (error instanceof GeneratorError) return error;
  const message = (error as Error).message.split('\n')[0] ?? '';
  const culprit = failedReference(message, external);
  return new GeneratorError(
    culprit ? `the reference ${JSON.stringify(culprit.ref)} could not be resolved: ${message}` : `resolving external references failed: ${message}`,
    culprit ? source.locate(culprit.pointer) : { file: source.file },
    'check that every $ref to another file or URL points at an existing file (relative to the spec) or a reachable URL',
  );
}

export async function loadSpec(specSource: string, options: LoadOptions = {}): Promise<LoadedSpec> {
  const written = options.text === undefined ? await readDocument(specSource) : parseDocument(options.text, specSource);
  const scope = await referenceScope(specSource, options.allowRefHosts);
  let overlaid: SourceDocument = written;
  let document: Record<string, unknown> = written.data;
  const overlayWarnings: GeneratorWarning[] = [];
  let origins: OverlayOrigins | undefined;
  if (options.overlays?.length) {
    const overlays = await Promise.all(options.overlays.map(readOverlay));
    const applied = applyOverlays(document, overlays);
    document = applied.document;
    overlayWarnings.push(...applied.warnings);
    const byOverlay = applied.origins;
    origins = byOverlay;
    // From here on, whatever points at a node an overlay wrote (an error, a warning) names the overlay's line.
    overlaid = { ...written, locate: (pointer) => byOverlay.locate(pointer) ?? written.locate(pointer) };
  }
  const numeric = readNumericVersion(document, overlaid);
  document = numeric.document;
  const conversionWarnings: GeneratorWarning[] = [...numeric.warnings];
  let source = overlaid;
  if (document.swagger !== undefined && document.openapi === undefined) {
    // Everything after this reads the 3.0 document and locates what it says in the 2.0 text the user has.
    const external = externalRefs(document);
    let resolved = document;
    if (external.length) {
      try {
        resolved = await resolveSwagger2References(document, specSource, await readReferences(document, overlaid, specSource, scope, isExtension));
      } catch (error) {
        throw unresolvedReference(error, external, overlaid);
      }
    }
    const converted = await convertSwagger2(overlaid, resolved, external.length);
    document = converted.document;
    source = converted.source;
    conversionWarnings.push(...converted.warnings);
  }
  const openapiVersion = checkVersion(source, document);
  // Internal refs are checked on the document as written, so an error can name the line that holds the ref.
  checkReferences(document, source);
  // Without references to other files there is nothing to bundle (and no copy to make).
  const external = externalRefs(document);
  if (external.length) {
    try {
      // Loaded only here: most specs have no external refs, and it is a noticeable part of start-up.
      const { default: SwaggerParser } = await import('@apidevtools/swagger-parser');
      // Vendor extensions are set aside while bundling (the bundler would resolve their refs too), then put back.
      const files = await readReferences(document, source, specSource, scope, isExtension);
      const { without, extensions } = withoutExtensions(document);
      document = withExtensions(await bundleWith(SwaggerParser, specSource, without, files), extensions);
    } catch (error) {
      throw unresolvedReference(error, external, source);
    }
    // Each file was within the bounds; the document they make together must be too.
    checkBounds(document, undefined, 'spec with the files it refers to', source.locate);
  }
  const fromOverlay = (pointer: string) => origins?.locate(pointer) !== undefined;
  const warnings = [...overlayWarnings, ...conversionWarnings, ...checkVersionConstructs(document, source, fromOverlay)];
  return { source, document, openapiVersion, warnings };
}

/**
 * swagger-parser's bundle() resolves external files and URLs (any JSON or YAML file, schema libraries included)
 * into one document and leaves internal refs in place. Before that it checks that the root is an API description
 * of a version it knows, and refuses a root without `paths`, with a numeric `info.version` or of OpenAPI 3.2,
 * which checkVersion has already read and accepted, with located messages. So it is given the root with those
 * three values in a shape it accepts, and the bundled document gets them back as written (what `paths` and `info`
 * hold is bundled like the rest).
 */
export async function bundleWith(
  parser: { bundle(path: string, api: object, options: object): Promise<unknown> },
  specSource: string,
  document: Record<string, unknown>,
  files: ReferencedFiles,
): Promise<Record<string, unknown>> {
  const info = document.info && typeof document.info === 'object' ? (document.info as Record<string, unknown>) : undefined;
  const accepted = { ...structuredClone(document), openapi: '3.1.0', info: { ...info, version: String(info?.version ?? '') }, paths: document.paths ?? {} };
  const bundled = (await parser.bundle(specSource, accepted, checkedFilesOnly(files))) as Record<string, unknown>;
  bundled.openapi = document.openapi;
  if (!info) delete bundled.info;
  else if ('version' in info) (bundled.info as Record<string, unknown>).version = info.version;
  else delete (bundled.info as Record<string, unknown>).version;
  if (!('paths' in document)) delete bundled.paths;
  return bundled;
}

/**
 * Bundler options under which every file comes from `files` (read and checked by readReferences) and nothing
 * else is read: its own file and http readers are off, and a file that was not checked is an error.
 */
export function checkedFilesOnly(files: ReferencedFiles): object {
  const key = (url: string) => (/^(https?|file):/i.test(url) ? fileKey(new URL(url)) : decodeURIComponent(url));
  return {
    resolve: {
      external: true,
      file: false,
      http: false,
      checked: {
        order: 1,
        canRead: true,
        read: (file: { url: string }) => {
          if (!files.has(key(file.url))) throw new Error(`the file ${file.url} was not checked against the reference rules`);
          return key(file.url);
        },
      },
    },
    parse: {
      json: false,
      yaml: false,
      text: false,
      binary: false,
      checked: { order: 1, canParse: true, allowEmpty: true, parse: (file: { url: string }) => files.get(key(file.url)) },
    },
  };
}
