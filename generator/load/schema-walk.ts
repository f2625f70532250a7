import { pointerFromPath } from './json-pointer.ts';

/**
 * Visits every schema object of an OpenAPI document (not dereferenced: `$ref` objects are visited, not followed),
 * with its JSON pointer. Knows where OpenAPI puts schemas, so a property *named* `if` or `const` is never
 * mistaken for a keyword.
 */
export type SchemaVisitor = (schema: Record<string, unknown>, path: readonly string[]) => void;
export type MediaTypeVisitor = (mediaType: Record<string, unknown>, path: readonly string[]) => void;

const SUBSCHEMA_KEYS = ['items', 'additionalProperties', 'not', 'if', 'then', 'else', 'contains', 'propertyNames', 'unevaluatedProperties', 'unevaluatedItems'] as const;
const SUBSCHEMA_LIST_KEYS = ['allOf', 'anyOf', 'oneOf', 'prefixItems'] as const;
const SUBSCHEMA_MAP_KEYS = ['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas'] as const;
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'] as const;

export function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

function entries(value: unknown): [string, unknown][] {
  return isObject(value) ? Object.entries(value) : [];
}

export function walkSchema(schema: unknown, path: string[], visit: SchemaVisitor): void {
  if (!isObject(schema)) return;
  visit(schema, path);
  if ('$ref' in schema) return;
  for (const key of SUBSCHEMA_KEYS) walkSchema(schema[key], [...path, key], visit);
  for (const key of SUBSCHEMA_LIST_KEYS) {
    const list = schema[key];
    if (Array.isArray(list)) list.forEach((item, index) => walkSchema(item, [...path, key, String(index)], visit));
  }
  if (Array.isArray(schema.items)) schema.items.forEach((item, index) => walkSchema(item, [...path, 'items', String(index)], visit));
  for (const key of SUBSCHEMA_MAP_KEYS) for (const [name, sub] of entries(schema[key])) walkSchema(sub, [...path, key, name], visit);
}

function walkContent(content: unknown, path: string[], visitSchema: SchemaVisitor, visitMedia?: MediaTypeVisitor): void {
  for (const [mediaTypeName, mediaType] of entries(content)) {
    if (!isObject(mediaType)) continue;
    visitMedia?.(mediaType, [...path, mediaTypeName]);
    walkSchema(mediaType.schema, [...path, mediaTypeName, 'schema'], visitSchema);
    // OpenAPI 3.2: the schema of each item of a sequential media type (a stream's events).
    walkSchema(mediaType.itemSchema, [...path, mediaTypeName, 'itemSchema'], visitSchema);
  }
}

function walkParameter(parameter: unknown, path: string[], visitSchema: SchemaVisitor, visitMedia?: MediaTypeVisitor): void {
  if (!isObject(parameter)) return;
  walkSchema(parameter.schema, [...path, 'schema'], visitSchema);
  walkContent(parameter.content, [...path, 'content'], visitSchema, visitMedia);
}

function walkResponse(response: unknown, path: string[], visitSchema: SchemaVisitor, visitMedia?: MediaTypeVisitor): void {
  if (!isObject(response)) return;
  walkContent(response.content, [...path, 'content'], visitSchema, visitMedia);
  for (const [name, header] of entries(response.headers)) walkParameter(header, [...path, 'headers', name], visitSchema, visitMedia);
}

/** Visits the schemas (and optionally media types) in paths, webhooks and components. */
export function walkDocument(document: Record<string, unknown>, visitSchema: SchemaVisitor, visitMedia?: MediaTypeVisitor): void {
  const walkPathItem = (item: unknown, path: string[]) => {
    if (!isObject(item)) return;
    (Array.isArray(item.parameters) ? item.parameters : []).forEach((p, i) => walkParameter(p, [...path, 'parameters', String(i)], visitSchema, visitMedia));
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (!isObject(operation)) continue;
      const opPath = [...path, method];
      (Array.isArray(operation.parameters) ? operation.parameters : []).forEach((p, i) => walkParameter(p, [...opPath, 'parameters', String(i)], visitSchema, visitMedia));
      if (isObject(operation.requestBody)) walkContent(operation.requestBody.content, [...opPath, 'requestBody', 'content'], visitSchema, visitMedia);
      for (const [status, response] of entries(operation.responses)) walkResponse(response, [...opPath, 'responses', status], visitSchema, visitMedia);
    }
  };
  for (const [key, item] of entries(document.paths)) walkPathItem(item, ['paths', key]);
  for (const [key, item] of entries(document.webhooks)) walkPathItem(item, ['webhooks', key]);
  const components = isObject(document.components) ? document.components : {};
  for (const [name, schema] of entries(components.schemas)) walkSchema(schema, ['components', 'schemas', name], visitSchema);
  for (const [name, parameter] of entries(components.parameters)) walkParameter(parameter, ['components', 'parameters', name], visitSchema, visitMedia);
  for (const [name, header] of entries(components.headers)) walkParameter(header, ['components', 'headers', name], visitSchema, visitMedia);
  for (const [name, response] of entries(components.responses)) walkResponse(response, ['components', 'responses', name], visitSchema, visitMedia);
  for (const [name, body] of entries(components.requestBodies)) {
    if (isObject(body)) walkContent(body.content, ['components', 'requestBodies', name, 'content'], visitSchema, visitMedia);
  }
  for (const [name, item] of entries(components.pathItems)) walkPathItem(item, ['components', 'pathItems', name]);
}

export { pointerFromPath };
