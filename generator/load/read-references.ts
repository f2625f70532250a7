/**
 * Reads every file a document's `$ref`s reach, checking each reference against the rules of reference-policy.ts
 * before anything is read, so a refusal names the file, the pointer and the text of the `$ref`. The bundler
 * (swagger-parser) and the Swagger 2.0 resolver (oas-resolver) then get only these files: their own file and
 * http readers are replaced by a lookup here, so neither reads or fetches anything on its own.
 */
import { realpath } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { GeneratorError } from '../errors.ts';
import { pointerFromPath } from './json-pointer.ts';
import { isUrl, parseDocument, readText, type SourceDocument } from './read-document.ts';
import { referenceRefusal, urlRefusal, type ReferenceScope } from './reference-policy.ts';
import { isObject } from './schema-walk.ts';

/** The files the references reach, by absolute path or URL (without fragment), parsed. */
export type ReferencedFiles = Map<string, unknown>;

/** What references of a spec may reach: its folder (real path) or origin, and the hosts the user allowed. */
export async function referenceScope(specSource: string, allowedHosts: readonly string[] = []): Promise<ReferenceScope> {
  if (isUrl(specSource)) return { origin: new URL(specSource).origin, allowedHosts };
  return { folder: await realpath(dirname(resolve(specSource))), allowedHosts };
}

/** The key of a file in ReferencedFiles: a local path, or a URL without its fragment. */
export function fileKey(url: URL): string {
  if (url.protocol === 'file:') return fileURLToPath(url);
  const copy = new URL(url.href);
  copy.hash = '';
  return copy.href;
}

/**
 * Every `$ref` to another file in a document, with the pointer of the `$ref`. The bundler follows references
 * everywhere in a referenced file; in the spec itself, those in vendor extensions (`x-…`) are set aside.
 */
function externalRefs(document: unknown, skip: (key: string) => boolean): { ref: string; pointer: string }[] {
  const found: { ref: string; pointer: string }[] = [];
  const stack: { node: unknown; path: string[] }[] = [{ node: document, path: [] }];
  while (stack.length) {
    const { node, path } = stack.pop()!;
    if (Array.isArray(node)) node.forEach((item, index) => stack.push({ node: item, path: [...path, String(index)] }));
    if (!isObject(node)) continue;
    if (typeof node.$ref === 'string' && !node.$ref.startsWith('#')) found.push({ ref: node.$ref, pointer: pointerFromPath([...path, '$ref']) });
    for (const [key, value] of Object.entries(node)) if (!skip(key)) stack.push({ node: value, path: [...path, key] });
  }
  return found.reverse();
}

interface Pending {
  source: SourceDocument;
  data: unknown;
  url: URL;
  /** The spec itself (whose vendor extensions are not followed), or a file a reference reached. */
  root: boolean;
}

/**
 * Reads, checks and parses the files the document's references reach, and theirs in turn. `source` locates a
 * pointer of the document (which may be the spec after overlays: an overlay's `$ref` is located in the overlay).
 */
export async function readReferences(
  document: Record<string, unknown>,
  source: SourceDocument,
  specSource: string,
  scope: ReferenceScope,
  isExtension: (key: string) => boolean,
): Promise<ReferencedFiles> {
  const specUrl = isUrl(specSource) ? new URL(specSource) : pathToFileURL(resolve(specSource));
  const files: ReferencedFiles = new Map([[fileKey(specUrl), document]]);
  const pending: Pending[] = [{ source, data: document, url: specUrl, root: true }];
  for (let current = pending.shift(); current; current = pending.shift()) {
    for (const { ref, pointer } of externalRefs(current.data, current.root ? isExtension : () => false)) {
      const at = current.source.locate(pointer);
      const fail = (reason: string, hint: string): never => {
        throw new GeneratorError(`the reference ${JSON.stringify(ref)} ${reason}`, at, hint);
      };
      let target: URL;
      try {
        target = new URL(ref.split('#')[0]!, current.url);
      } catch {
        return fail('is not a valid path or URL', 'write a path relative to the file that holds it, or an http(s) URL');
      }
      const key = fileKey(target);
      if (files.has(key)) continue;
      const fromRemote = current.url.protocol !== 'file:';
      let real: string | undefined;
      if (target.protocol === 'file:' && !fromRemote) {
        real = await realpath(key).catch((error: NodeJS.ErrnoException) =>
          fail(
            error.code === 'ENOENT' ? `names a file that does not exist (${key})` : `names a file that cannot be read (${error.code})`,
            'check the path: it is relative to the file that holds the $ref',
          ),
        );
      }
      const refusal = referenceRefusal(target, fromRemote, scope, real);
      if (refusal) fail(refusal.reason, refusal.hint);
      const text = await readText(real ?? key, 'referenced file', (next) => {
        const refused = urlRefusal(next, scope);
        return refused && `which ${refused.reason.replace(/^reaches /, 'is ')}`;
      }).catch((error: unknown) => {
        if (error instanceof GeneratorError) fail(`could not be read: ${error.message}`, error.hint);
        throw error;
      });
      const parsed = parseDocument(text, key, 'referenced file');
      files.set(key, parsed.data);
      pending.push({ source: parsed, data: parsed.data, url: target, root: false });
    }
  }
  return files;
}
