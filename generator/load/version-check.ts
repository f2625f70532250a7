import type { GeneratorWarning, WarningKind } from '../errors.ts';
import type { SourceDocument } from './read-document.ts';
import { isObject, pointerFromPath, walkDocument } from './schema-walk.ts';
import { keywordKind, OPENAPI_31_KEYWORDS, WARNING_KINDS } from '../warning-kinds.ts';

/** The version field of each kind of document, and the version string a number written there stands for. */
const VERSION_FIELDS = [
  { field: 'swagger', major: 2 },
  { field: 'openapi', major: 3 },
] as const;

/**
 * `swagger: 2.0` and `openapi: 3.1` without quotes are numbers to YAML (2 and 3.1), and many tools read them so.
 * A number whose major version is the field's is read as the version it spells (`2` → `2.0`, `3` → `3.0.0`,
 * `3.1` → `3.1.0`), with a warning at the field; anything else is left for the version check to refuse.
 */
export function readNumericVersion(document: Record<string, unknown>, source: SourceDocument): { document: Record<string, unknown>; warnings: GeneratorWarning[] } {
  for (const { field, major } of VERSION_FIELDS) {
    const value = document[field];
    if (typeof value !== 'number' || Math.trunc(value) !== major) continue;
    const [, minor = '0'] = String(value).split('.');
    const version = major === 2 ? `${major}.${minor}` : `${major}.${minor}.0`;
    const warning: GeneratorWarning = {
      kind: WARNING_KINDS.versionAsNumber,
      message: `\`${field}\` is the number ${value} (YAML reads an unquoted version as a number); read as "${version}" (write \`${field}: "${version}"\`)`,
      location: source.locate(pointerFromPath([field])),
    };
    return { document: { ...document, [field]: version }, warnings: [warning] };
  }
  return { document, warnings: [] };
}

/**
 * Lists the constructs a 3.0 document uses from JSON Schema / OpenAPI 3.1, and a 3.0/3.1 one from 3.2. The
 * generator understands them, so they are warnings: refusing a real spec over them would serve nobody.
 *
 * `itemSchema` that an overlay added (`fromOverlay`) is honoured without a warning: before 3.2 there is no other way
 * to say what a stream's items are, and adding it to a spec its owner does not edit is what the overlay is for.
 * Anything else an overlay adds is checked like the document's own text, and located in the overlay.
 */
export function checkVersionConstructs(document: Record<string, unknown>, source: SourceDocument, fromOverlay: (pointer: string) => boolean = () => false): GeneratorWarning[] {
  const version = String(document.openapi);
  const warnings: GeneratorWarning[] = [];
  const warn = (kind: WarningKind, path: readonly string[], message: string) => warnings.push({ kind, message, location: source.locate(pointerFromPath(path)) });
  if (version.startsWith('3.2')) return warnings;
  // `itemSchema` (a stream's item type) is OpenAPI 3.2; an overlay may add it to an older document.
  walkDocument(
    document,
    () => {},
    (mediaType, path) => {
      const at = [...path, 'itemSchema'];
      if ('itemSchema' in mediaType && !fromOverlay(pointerFromPath(at)))
        warn(WARNING_KINDS.itemSchema, at, `\`itemSchema\` is OpenAPI 3.2 (this document is ${version}); honoured anyway`);
    },
  );
  if (!version.startsWith('3.0')) return warnings;

  walkDocument(
    document,
    (schema, path) => {
      if ('$ref' in schema) return;
      for (const keyword of OPENAPI_31_KEYWORDS) {
        if (keyword in schema)
          warn(keywordKind(keyword), [...path, keyword], `\`${keyword}\` is not part of OpenAPI 3.0 schemas (it is JSON Schema / OpenAPI 3.1); honoured anyway`);
      }
      if (schema.type === 'null') warn(WARNING_KINDS.nullType, [...path, 'type'], "`type: 'null'` is not valid in OpenAPI 3.0 (use `nullable: true`); read as null");
      if (Array.isArray(schema.type)) warn(WARNING_KINDS.typeArray, [...path, 'type'], '`type` as an array is OpenAPI 3.1; read as a union');
    },
    (mediaType, path) => {
      if (!isObject(mediaType.examples)) return;
      for (const [name, example] of Object.entries(mediaType.examples)) {
        if (!isObject(example)) {
          warn(WARNING_KINDS.bareExample, [...path, 'examples', name], 'an entry of `examples` must be an Example object (`{ value: ... }`), not a bare value; read as its value');
        }
      }
    },
  );
  return warnings;
}
