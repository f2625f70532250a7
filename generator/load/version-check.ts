import type { GeneratorWarning } from '../errors.ts';
import type { SourceDocument } from './read-document.ts';
import { isObject, pointerFromPath, walkDocument } from './schema-walk.ts';

/** JSON Schema keywords that OpenAPI 3.0's schema object does not have (3.1 uses full JSON Schema). */
const NOT_IN_OPENAPI_30 = [
  'if',
  'then',
  'else',
  'const',
  'examples',
  '$defs',
  'prefixItems',
  'contains',
  'dependentRequired',
  'dependentSchemas',
  'patternProperties',
  'unevaluatedProperties',
  'propertyNames',
];

/**
 * Lists the constructs a 3.0 document uses from JSON Schema / OpenAPI 3.1. The generator understands them,
 * so they are warnings: refusing a real spec over them would serve nobody.
 */
export function checkVersionConstructs(document: Record<string, unknown>, source: SourceDocument): GeneratorWarning[] {
  const version = String(document.openapi);
  const warnings: GeneratorWarning[] = [];
  const warn = (path: readonly string[], message: string) => warnings.push({ message, location: source.locate(pointerFromPath(path)) });
  if (version.startsWith('3.2')) return warnings;
  // `itemSchema` (a stream's item type) is OpenAPI 3.2; an overlay may add it to an older document.
  walkDocument(
    document,
    () => {},
    (mediaType, path) => {
      if ('itemSchema' in mediaType) warn([...path, 'itemSchema'], `\`itemSchema\` is OpenAPI 3.2 (this document is ${version}); honoured anyway`);
    },
  );
  if (!version.startsWith('3.0')) return warnings;

  walkDocument(
    document,
    (schema, path) => {
      if ('$ref' in schema) return;
      for (const keyword of NOT_IN_OPENAPI_30) {
        if (keyword in schema) warn([...path, keyword], `\`${keyword}\` is not part of OpenAPI 3.0 schemas (it is JSON Schema / OpenAPI 3.1); honoured anyway`);
      }
      if (schema.type === 'null') warn([...path, 'type'], "`type: 'null'` is not valid in OpenAPI 3.0 (use `nullable: true`); read as null");
      if (Array.isArray(schema.type)) warn([...path, 'type'], '`type` as an array is OpenAPI 3.1; read as a union');
    },
    (mediaType, path) => {
      if (!isObject(mediaType.examples)) return;
      for (const [name, example] of Object.entries(mediaType.examples)) {
        if (!isObject(example)) {
          warn([...path, 'examples', name], 'an entry of `examples` must be an Example object (`{ value: ... }`), not a bare value; read as its value');
        }
      }
    },
  );
  return warnings;
}
