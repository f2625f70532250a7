import type { GeneratorWarning, WarningKind } from '../errors.ts';
import type { SourceDocument } from './read-document.ts';
import { isObject, pointerFromPath, walkDocument } from './schema-walk.ts';
import { keywordKind, OPENAPI_31_KEYWORDS, WARNING_KINDS } from '../warning-kinds.ts';

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
