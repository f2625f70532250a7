import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import jsYaml from 'js-yaml';
import { createRequire } from 'node:module';
import type { Node } from 'yaml';
import { GeneratorError, type SourceLocation } from '../errors.ts';
import { checkBounds, tooDeep } from './document-bounds.ts';
import { pathFromPointer } from './json-pointer.ts';

/** The spec as read from disk or the network: its text, its data and a way to point at a line. */
export interface SourceDocument {
  /** The path or URL the user gave, as shown in messages. */
  file: string;
  data: Record<string, unknown>;
  /** Maps a JSON pointer to a file location (line and column when the pointer exists in the text). */
  locate(pointer: string): SourceLocation;
}

export function isUrl(source: string): boolean {
  return /^https?:\/\//i.test(source);
}

/** What a document is to the user, for messages: the spec, an overlay applied to it, or a file a `$ref` names. */
export type DocumentRole = 'spec' | 'overlay' | 'referenced file';

const MISSING_HINT: Record<DocumentRole, string> = {
  spec: 'pass the path of an OpenAPI document (YAML or JSON) with --spec, or set "spec" in the config file',
  overlay: 'check the overlay path: in "overlays" of the config it is relative to the config file; with --overlay, to the current folder',
  'referenced file': 'check the $ref: a path is relative to the file that holds it',
};

/** How many redirects a fetch follows. */
const MAX_REDIRECTS = 5;

/**
 * Fetches a URL. With `mayFollow`, redirects are followed one by one and each new address must pass it (the
 * address a reference names was checked, the one it redirects to must be too); it returns why not, or undefined.
 */
async function fetchChecked(source: string, role: DocumentRole, mayFollow?: (url: URL) => string | undefined): Promise<Response> {
  let url = source;
  for (let redirects = 0; ; redirects++) {
    let response: Response;
    try {
      response = await fetch(url, { signal: AbortSignal.timeout(30_000), redirect: mayFollow ? 'manual' : 'follow' });
    } catch (error) {
      throw new GeneratorError(
        `could not fetch the ${role}: ${(error as Error).message}`,
        { file: source },
        'check the URL and your network, or download the file and pass its path',
      );
    }
    const location = response.headers.get('location');
    if (!mayFollow || response.status < 300 || response.status >= 400 || location === null) return response;
    await response.body?.cancel();
    const next = new URL(location, url);
    const refusal = mayFollow(next);
    if (refusal) throw new GeneratorError(`the ${role} ${source} redirects to ${next.href}, ${refusal}`, { file: source }, 'refer to the address the file is served from');
    if (redirects === MAX_REDIRECTS)
      throw new GeneratorError(`fetching the ${role} was redirected more than ${MAX_REDIRECTS} times`, { file: source }, 'refer to the address the file is served from');
    url = next.href;
  }
}

/** The text of a spec (or overlay, or referenced file) file or URL, with a clear error when there is none. */
export async function readText(source: string, role: DocumentRole = 'spec', mayFollow?: (url: URL) => string | undefined): Promise<string> {
  if (isUrl(source)) {
    const response = await fetchChecked(source, role, mayFollow);
    if (!response.ok) {
      throw new GeneratorError(`fetching the ${role} returned HTTP ${response.status}`, { file: source }, 'check the URL, or download the file and pass its path');
    }
    return response.text();
  }
  try {
    return await readFile(resolve(source), 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const file = role === 'referenced file' ? role : `${role} file`;
    throw new GeneratorError(
      code === 'ENOENT' ? `the ${file} does not exist` : `could not read the ${file} (${code ?? (error as Error).message})`,
      { file: source },
      MISSING_HINT[role],
    );
  }
}

type Yaml = typeof import('yaml');
/** The `yaml` library, loaded when first needed (see yamlDocument below). */
const yaml = (): Yaml => createRequire(import.meta.url)('yaml') as Yaml;

/**
 * YAML the quick way: js-yaml with the YAML 1.2 core schema reads plain documents into the same data as the
 * `yaml` library (several times faster on big specs), but it follows anchors by sharing objects instead of
 * refusing alias bombs, and its messages carry no position we use. So it is only trusted when it succeeds and
 * returns a tree (no node reached twice, hence no aliased collection); anything else goes through `yaml`, which
 * refuses or points at the line. Documents with `%YAML` directives (which may select YAML 1.1) or anything that
 * may be a tag (the two libraries resolve tags like `!!float` differently) also go through `yaml`.
 */
function quickYaml(text: string): unknown {
  if (/^%YAML/m.test(text) || /(?:^|[\s[{,])!/.test(text)) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: jsYaml.CORE_SCHEMA });
  } catch {
    return undefined;
  }
  return isTree(data) ? data : undefined;
}

function isTree(root: unknown): boolean {
  const seen = new Set<object>();
  const stack: unknown[] = [root];
  while (stack.length) {
    const value = stack.pop();
    if (value === null || typeof value !== 'object') continue;
    if (seen.has(value)) return false;
    seen.add(value);
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push(child);
  }
  return true;
}

/**
 * A location whose line and column are read from the positioned YAML document only when first asked for:
 * building that document costs several times the quick parse, and most warnings are never printed (--quiet).
 */
function lazyLocation(file: string, pointer: string, position: () => { line: number; col: number } | undefined): SourceLocation {
  let known: { line: number; col: number } | undefined | null = null;
  const read = () => (known === null ? (known = position()) : known);
  return {
    file,
    pointer,
    get line() {
      return read()?.line;
    },
    get column() {
      return read()?.col;
    },
  };
}

/** Reads YAML or JSON (JSON is parsed as YAML 1.2 when it has to be, which keeps line numbers for both). */
export async function readDocument(source: string, role: DocumentRole = 'spec'): Promise<SourceDocument> {
  return parseDocument(await readText(source, role), source, role);
}

/** The document a text holds (`source` names it in messages), within the bounds of document-bounds.ts. */
export function parseDocument(text: string, source: string, role: DocumentRole = 'spec'): SourceDocument {
  // The YAML document (with positions) is built only when needed: to read YAML the quick parser declines, to
  // report a syntax error, or to point at a line. JSON input, the common case for big specs, is read with
  // JSON.parse, and other YAML with js-yaml.
  let parsed: { document: ReturnType<Yaml['parseDocument']>; lineCounter: InstanceType<Yaml['LineCounter']> } | undefined;
  const yamlDocument = () => {
    if (!parsed) {
      const { LineCounter, parseDocument } = yaml();
      const lineCounter = new LineCounter();
      parsed = { document: parseDocument(text, { lineCounter, uniqueKeys: true, prettyErrors: false }), lineCounter };
    }
    return parsed;
  };

  let data: unknown;
  if (/^\s*[{[]/.test(text)) {
    try {
      data = JSON.parse(text);
    } catch {
      // Not plain JSON (or broken JSON): the YAML parser below says where.
    }
  }
  if (data === undefined) data = quickYaml(text);
  if (data === undefined) {
    const { document, lineCounter } = yamlDocument();
    const [firstError] = document.errors;
    if (firstError) {
      const position = lineCounter.linePos(firstError.pos[0]);
      const at = { file: source, line: position.line, column: position.col };
      // The parser recurses into nested collections: one nested thousands deep overflows its stack.
      if (/call stack/i.test(firstError.message)) throw tooDeep(role, at);
      throw new GeneratorError(
        `the ${role} is not valid YAML/JSON: ${firstError.message.split('\n')[0]}`,
        at,
        'fix the syntax at that line (indentation, quotes, a missing colon), then run again',
      );
    }
    try {
      data = document.toJS({ maxAliasCount: 1000 });
    } catch (error) {
      if (error instanceof RangeError && /call stack/i.test(error.message)) throw tooDeep(role, { file: source });
      // yaml refuses documents whose aliases expand exponentially ("billion laughs"); point at the first alias.
      let offset: number | undefined;
      const { visit } = yaml();
      visit(document, { Alias: (_key, node) => ((offset = node.range?.[0]), visit.BREAK) });
      const position = offset === undefined ? undefined : lineCounter.linePos(offset);
      throw new GeneratorError(
        `the ${role} cannot be expanded: ${(error as Error).message}`,
        { file: source, line: position?.line, column: position?.col },
        'remove the chains of YAML aliases (*name) that expand into huge documents',
      );
    }
  }
  if (data === null || data === undefined) {
    const hint = { spec: 'pass an OpenAPI 3.x document', overlay: 'write an Overlay 1.0 document', 'referenced file': 'write the value the $ref should point at' }[role];
    throw new GeneratorError(`the ${role === 'referenced file' ? role : `${role} file`} is empty`, { file: source }, hint);
  }
  // A referenced file may hold any value a `$ref` can point at (a list of enum values, say).
  if (role !== 'referenced file' && (typeof data !== 'object' || Array.isArray(data))) {
    throw new GeneratorError(
      `the ${role} is not an object`,
      { file: source, line: 1 },
      role === 'spec' ? 'an OpenAPI document is a mapping with `openapi`, `info` and `paths`' : 'an overlay is a mapping with `overlay`, `info` and `actions`',
    );
  }

  const position = (pointer: string) => {
    // Walks as far as the pointer exists; a missing tail still points at its nearest ancestor.
    const { document, lineCounter } = yamlDocument();
    const { isMap, isSeq } = yaml();
    let node: Node | null | undefined = document.contents;
    for (const key of pathFromPointer(pointer)) {
      let next: Node | undefined;
      if (isMap(node)) next = node.items.find((pair) => String((pair.key as { value?: unknown })?.value ?? pair.key) === key)?.value as Node | undefined;
      else if (isSeq(node)) next = node.items[Number(key)] as Node | undefined;
      if (!next) break;
      node = next;
    }
    const offset = node?.range?.[0];
    return offset === undefined ? undefined : lineCounter.linePos(offset);
  };
  const locate = (pointer: string): SourceLocation => lazyLocation(source, pointer, () => position(pointer));
  checkBounds(data, text.length, role, locate);
  return { file: source, data: data as Record<string, unknown>, locate };
}
