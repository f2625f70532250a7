/**
 * The oracle of the examples conformance check, for any OpenAPI 3.x document, independent of the generator: the
 * request and response examples a document gives, and whether the document's own schema accepts each (ajv).
 *
 * The document is read as JSON Schema the way OpenAPI defines it: in 3.0, `nullable` admits null, boolean
 * `exclusiveMinimum`/`exclusiveMaximum` become numbers and keywords beside a `$ref` are ignored; 3.1 is JSON Schema
 * 2020-12. Direction matters: a request must not carry `readOnly` properties (nor need them when required), a
 * response not `writeOnly` ones. A `format: binary` value cannot be written in an example at all. Where JSON Schema
 * is vacuous, the schema is read as OpenAPI tools read it (the generator, openapi-typescript, hey-api): without a
 * `type` or a composition, `items` makes an array and `properties`/`additionalProperties`/`required` an object —
 * JSON Schema would let any string through `{ items: … }`, which no one writing it means. References stay
 * references (recursive schemas are fine), resolved inside the document; an external one makes the example
 * unjudgeable rather than guessed.
 */
import { Ajv, type ValidateFunction } from 'ajv';
import { Ajv2020 } from 'ajv/dist/2020.js';

type Json = Record<string, any>;
export type Direction = 'request' | 'response';

export interface DocumentExample {
  /** `POST /pets request "cat"`, `GET /pets/{id} 200 "example"`. */
  id: string;
  method: string;
  pathKey: string;
  kind: Direction;
  /** The response status, for a response example. */
  status?: string;
  mediaType: string;
  name: string;
  value: unknown;
  /** JSON pointer of the example in the document. */
  pointer: string;
  /** JSON pointer of the schema it documents (where `$ref`s of the request body or response lead). */
  schemaPointer: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace'];
const BASE = 'https://openapi.invalid/document.json';

export const escapeToken = (token: string) => token.replace(/~/g, '~0').replace(/\//g, '~1');
const unescapeToken = (token: string) => token.replace(/~1/g, '/').replace(/~0/g, '~');

/** The node a JSON pointer (`#/a/b~1c`, not percent-encoded) names, or undefined. */
export function resolvePointer(document: unknown, pointer: string): unknown {
  if (pointer === '#') return document;
  if (!pointer.startsWith('#/')) return undefined;
  let node: any = document;
  for (const token of pointer.slice(2).split('/')) {
    const key = unescapeToken(token);
    if (node === null || typeof node !== 'object' || !(key in node)) return undefined;
    node = node[key];
  }
  return node;
}

const isObject = (value: unknown): value is Json => value !== null && typeof value === 'object' && !Array.isArray(value);

/** A `$ref` as a JSON pointer: its fragment is a URI fragment, so percent-encoded characters are decoded. */
function refPointer(ref: string): string {
  try {
    return decodeURIComponent(ref);
  } catch {
    return ref;
  }
}

/** Follows `$ref`s (internal ones) to the object they name, with its pointer; undefined when one does not resolve. */
function deref(document: Json, node: unknown, pointer: string, seen = new Set<string>()): { node: Json; pointer: string } | undefined {
  if (!isObject(node)) return undefined;
  if (typeof node.$ref !== 'string') return { node, pointer };
  if (seen.has(node.$ref)) return undefined;
  seen.add(node.$ref);
  return deref(document, resolvePointer(document, refPointer(node.$ref)), refPointer(node.$ref), seen);
}

/** The media type a generated SDK sends or reads: JSON when offered, otherwise the first listed. */
export function preferredMediaType(content: Json): string | undefined {
  const types = Object.keys(content);
  const json = (type: string) => {
    const base = type.split(';')[0]!.trim().toLowerCase();
    return base === 'application/json' || base.endsWith('+json') || base === '*/*';
  };
  return types.find(json) ?? types[0];
}

export const isJsonMediaType = (type: string) => {
  const base = type.split(';')[0]!.trim().toLowerCase();
  return base === 'application/json' || base.endsWith('+json') || base === '*/*';
};

/**
 * The examples of one media type object: `example`, else each of `examples` (Example objects, `$ref`s to them, or
 * bare values); without either, the examples of its schema itself (`example`, or 3.1's `examples` list), which
 * document the same body.
 */
function mediaExamples(document: Json, media: Json, pointer: string): { name: string; value: unknown; pointer: string }[] {
  if ('example' in media) return [{ name: 'example', value: media.example, pointer: `${pointer}/example` }];
  if (!isObject(media.examples)) {
    const schema = deref(document, media.schema, `${pointer}/schema`);
    if (!schema) return [];
    if ('example' in schema.node) return [{ name: 'schema example', value: schema.node.example, pointer: `${schema.pointer}/example` }];
    if (!Array.isArray(schema.node.examples)) return [];
    return schema.node.examples.map((value: unknown, index: number) => ({ name: `schema example ${index}`, value, pointer: `${schema.pointer}/examples/${index}` }));
  }
  return Object.entries(media.examples).flatMap(([name, entry]) => {
    const at = `${pointer}/examples/${escapeToken(name)}`;
    const example = isObject(entry) && typeof entry.$ref === 'string' ? deref(document, entry, at)?.node : entry;
    // An object is an Example object (one with only a summary or an external value gives nothing to check); any
    // other value is a bare example, read as the value, as the generator does (with a warning).
    if (isObject(example)) return 'value' in example ? [{ name, value: example.value, pointer: at }] : [];
    return example === undefined ? [] : [{ name, value: example, pointer: at }];
  });
}

/** Every request-body and JSON response example of the document, of the media type the SDK uses for it. */
export function documentExamples(document: Json): DocumentExample[] {
  const examples: DocumentExample[] = [];
  // Swagger 2.0 keeps its examples elsewhere (and the generator reads it converted): not judged yet.
  if (!String(document.openapi ?? '').startsWith('3.')) return examples;
  for (const [pathKey, rawItem] of Object.entries(isObject(document.paths) ? document.paths : {})) {
    const item = deref(document, rawItem, `#/paths/${escapeToken(pathKey)}`);
    if (!item) continue;
    for (const method of Object.keys(item.node)) {
      if (!METHODS.includes(method.toLowerCase()) || !isObject(item.node[method])) continue;
      const operation = item.node[method] as Json;
      const operationPointer = `${item.pointer}/${escapeToken(method)}`;
      const label = `${method.toUpperCase()} ${pathKey}`;
      const body = deref(document, operation.requestBody, `${operationPointer}/requestBody`);
      const bodyType = body && isObject(body.node.content) ? preferredMediaType(body.node.content) : undefined;
      if (body && bodyType) {
        const mediaPointer = `${body.pointer}/content/${escapeToken(bodyType)}`;
        const media = body.node.content[bodyType];
        if (isObject(media)) {
          for (const example of mediaExamples(document, media, mediaPointer)) {
            examples.push({
              id: `${label} request "${example.name}"`,
              method,
              pathKey,
              kind: 'request',
              mediaType: bodyType,
              name: example.name,
              value: example.value,
              pointer: example.pointer,
              schemaPointer: `${mediaPointer}/schema`,
            });
          }
        }
      }
      for (const [status, rawResponse] of Object.entries(isObject(operation.responses) ? operation.responses : {})) {
        const response = deref(document, rawResponse, `${operationPointer}/responses/${escapeToken(status)}`);
        const type = response && isObject(response.node.content) ? preferredMediaType(response.node.content) : undefined;
        if (!response || !type || !isJsonMediaType(type)) continue;
        const mediaPointer = `${response.pointer}/content/${escapeToken(type)}`;
        const media = response.node.content[type];
        if (!isObject(media)) continue;
        for (const example of mediaExamples(document, media, mediaPointer)) {
          examples.push({
            id: `${label} ${status} "${example.name}"`,
            method,
            pathKey,
            kind: 'response',
            status,
            mediaType: type,
            name: example.name,
            value: example.value,
            pointer: example.pointer,
            schemaPointer: `${mediaPointer}/schema`,
          });
        }
      }
    }
  }
  return examples;
}

const ANNOTATIONS = new Set(['discriminator', 'example', 'examples', 'xml', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly', 'nullable']);
const SCHEMA_MAPS = new Set(['properties', 'patternProperties', '$defs', 'definitions', 'dependentSchemas']);
const SCHEMA_VALUES = new Set([
  'additionalProperties',
  'items',
  'additionalItems',
  'not',
  'if',
  'then',
  'else',
  'contains',
  'propertyNames',
  'unevaluatedProperties',
  'unevaluatedItems',
  'contentSchema',
]);
const SCHEMA_LISTS = new Set(['allOf', 'anyOf', 'oneOf', 'prefixItems']);

export interface ConvertContext {
  document: Json;
  /** OpenAPI 3.0 rules (`nullable`, boolean exclusive bounds, `$ref` siblings ignored), else JSON Schema 2020-12. */
  openapi30: boolean;
  direction: Direction;
}

const rewriteRef = (ref: string) => (ref.startsWith('#') ? `${BASE}${ref}` : ref);

/** Whether a property schema (or the schema its `$ref`s lead to) is out of bounds in this direction. */
function forbiddenIn(context: ConvertContext, schema: unknown): boolean {
  const flag = context.direction === 'request' ? 'readOnly' : 'writeOnly';
  const seen = new Set<string>();
  let node = schema;
  while (isObject(node)) {
    if (node[flag] === true) return true;
    if (typeof node.$ref !== 'string' || seen.has(node.$ref)) return false;
    seen.add(node.$ref);
    node = resolvePointer(context.document, refPointer(node.$ref));
  }
  return false;
}

/** The type a schema without one is meant to have, by its keywords, when nothing else (a composition, an enum) says. */
export function implicitType(schema: Json): 'array' | 'object' | undefined {
  if (schema.type !== undefined || ['$ref', 'allOf', 'oneOf', 'anyOf', 'enum', 'const', 'not', 'if'].some((keyword) => keyword in schema)) return undefined;
  if ('items' in schema) return 'array';
  if ('properties' in schema || 'additionalProperties' in schema || (Array.isArray(schema.required) && schema.required.length > 0)) return 'object';
  return undefined;
}

/** One schema as JSON Schema, per the document's version and the direction (see the module comment). */
export function convertSchema(schema: unknown, context: ConvertContext): unknown {
  if (!isObject(schema)) return schema;
  if (typeof schema.$ref === 'string' && context.openapi30) return { $ref: rewriteRef(schema.$ref) };
  if (schema.format === 'binary' && (schema.type === 'string' || schema.type === undefined)) return false;
  const out: Json = {};
  const forbidden = new Set<string>();
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key) || key.startsWith('x-')) continue;
    if (key === '$ref' && typeof value === 'string') out.$ref = rewriteRef(value);
    else if (key === 'properties' && isObject(value)) {
      out.properties = {};
      for (const [name, property] of Object.entries(value)) {
        if (forbiddenIn(context, property)) forbidden.add(name);
        out.properties[name] = forbidden.has(name) ? false : convertSchema(property, context);
      }
    } else if (SCHEMA_MAPS.has(key) && isObject(value)) out[key] = Object.fromEntries(Object.entries(value).map(([name, sub]) => [name, convertSchema(sub, context)]));
    else if ((SCHEMA_LISTS.has(key) || key === 'items') && Array.isArray(value)) out[key] = value.map((sub) => convertSchema(sub, context));
    else if (SCHEMA_VALUES.has(key)) out[key] = convertSchema(value, context);
    else if (context.openapi30 && (key === 'exclusiveMinimum' || key === 'exclusiveMaximum') && typeof value === 'boolean') {
      const bound = key === 'exclusiveMinimum' ? 'minimum' : 'maximum';
      if (value && typeof schema[bound] === 'number') out[key] = schema[bound];
    } else out[key] = value;
  }
  for (const key of ['minimum', 'maximum'] as const) {
    const exclusive = key === 'minimum' ? 'exclusiveMinimum' : 'exclusiveMaximum';
    if (context.openapi30 && schema[exclusive] === true) delete out[key];
  }
  const implicit = implicitType(schema);
  if (implicit) out.type = implicit;
  if (forbidden.size && Array.isArray(out.required)) out.required = out.required.filter((name: unknown) => !forbidden.has(String(name)));
  return context.openapi30 && schema.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

/**
 * The document with every schema converted, everything else kept as structure (examples dropped), so that a
 * JSON pointer into the original names the same schema here.
 */
export function convertDocument(node: unknown, context: ConvertContext, key?: string, parentKey?: string): unknown {
  if (key === 'schema' || key === 'itemSchema') return convertSchema(node, context);
  if (parentKey === 'schemas' || (parentKey === 'definitions' && key !== undefined)) return convertSchema(node, context);
  if (Array.isArray(node)) return node.map((item) => convertDocument(item, context));
  if (!isObject(node)) return node;
  const out: Json = {};
  for (const [name, value] of Object.entries(node)) {
    if (name === 'example' || name === 'examples') continue;
    out[name] = convertDocument(value, context, name, key);
  }
  return out;
}

export interface Oracle {
  /** undefined when the schema accepts the value, else the first reasons it does not. */
  errors(example: DocumentExample): string | undefined;
}

/** A validator per direction over the whole document (so that references between schemas resolve), compiled once per schema. */
export function exampleOracle(document: Json): Oracle {
  const openapi30 = String(document.openapi ?? '').startsWith('3.0');
  const validators = new Map<string, ValidateFunction | Error>();
  const engines = new Map<Direction, Ajv>();
  const engine = (direction: Direction) => {
    let ajv = engines.get(direction);
    if (!ajv) {
      const options = { strict: false, allErrors: true, validateFormats: false, validateSchema: false, unicodeRegExp: false } as const;
      ajv = openapi30 ? new Ajv(options) : (new Ajv2020(options) as unknown as Ajv);
      ajv.addSchema(convertDocument(document, { document, openapi30, direction }) as Json, BASE);
      engines.set(direction, ajv);
    }
    return ajv;
  };
  return {
    errors(example) {
      const reference = referenceIn(example.value);
      if (reference) throw new Error(`the value holds a reference (${reference}): example values are literal, so it is no example of the schema`);
      if (resolvePointer(document, example.schemaPointer) === undefined) return undefined;
      const key = `${example.kind} ${example.schemaPointer}`;
      let validate = validators.get(key);
      if (!validate) {
        try {
          const fragment = example.schemaPointer.slice(1).split('/').map(encodeURIComponent).join('/');
          validate = engine(example.kind).compile({ $ref: `${BASE}#${fragment}` });
        } catch (error) {
          validate = error as Error;
        }
        validators.set(key, validate);
      }
      if (validate instanceof Error) throw new Error(`the schema at ${example.schemaPointer} does not compile in ajv: ${validate.message.split('\n')[0]}`);
      if (validate(example.value)) {
        return example.kind === 'request' ? undeclaredProperty(document, resolvePointer(document, example.schemaPointer), example.value, '') : undefined;
      }
      return (validate.errors ?? [])
        .slice(0, 3)
        .map((error) => `${error.instancePath || '/'} ${error.message}${error.params && 'allowedValues' in error.params ? ` ${JSON.stringify(error.params.allowedValues)}` : ''}`)
        .join('; ');
    },
  };
}

/** The path and target of a `{ "$ref": … }` object inside an example value, if there is one. */
export function referenceIn(value: unknown, path = ''): string | undefined {
  if (Array.isArray(value)) {
    for (const [index, item] of value.entries()) {
      const found = referenceIn(item, `${path}/${index}`);
      if (found) return found;
    }
  } else if (isObject(value)) {
    if (typeof value.$ref === 'string' && Object.keys(value).length === 1) return `${path || '/'} → ${value.$ref}`;
    for (const [key, item] of Object.entries(value)) {
      const found = referenceIn(item, `${path}/${escapeToken(key)}`);
      if (found) return found;
    }
  }
  return undefined;
}

/** The schemas that apply at one place: the schema, its `$ref` targets and its allOf/anyOf/oneOf members, recursively. */
function applicable(document: Json, schema: unknown, seen = new Set<unknown>()): Json[] {
  if (!isObject(schema) || seen.has(schema)) return [];
  seen.add(schema);
  const target = typeof schema.$ref === 'string' ? applicable(document, resolvePointer(document, refPointer(schema.$ref)), seen) : [];
  const members = ['allOf', 'anyOf', 'oneOf'].flatMap((keyword) =>
    Array.isArray(schema[keyword]) ? schema[keyword].flatMap((member: unknown) => applicable(document, member, seen)) : [],
  );
  return [schema, ...target, ...members];
}

/**
 * A property of a request example that no applicable schema declares, where none says what other keys may be
 * (`additionalProperties`, `patternProperties`): JSON Schema lets it through, but the SDK's request types list
 * what they declare and take anything else through `extraBody`, so the example is not one of them.
 */
export function undeclaredProperty(document: Json, schema: unknown, value: unknown, path: string): string | undefined {
  const schemas = applicable(document, schema);
  if (Array.isArray(value)) {
    const items = schemas.map((candidate) => candidate.items).find((candidate) => isObject(candidate));
    for (const [index, item] of value.entries()) {
      const found = items && undeclaredProperty(document, items, item, `${path}/${index}`);
      if (found) return found;
    }
    return undefined;
  }
  if (!isObject(value)) return undefined;
  const declared = new Map<string, unknown>();
  for (const candidate of schemas) {
    for (const [name, property] of Object.entries(isObject(candidate.properties) ? candidate.properties : {})) if (!declared.has(name)) declared.set(name, property);
  }
  const open =
    !declared.size ||
    schemas.some((candidate) => (candidate.additionalProperties !== undefined && candidate.additionalProperties !== false) || isObject(candidate.patternProperties));
  for (const [key, item] of Object.entries(value)) {
    const at = `${path}/${escapeToken(key)}`;
    if (!declared.has(key)) {
      if (open) continue;
      return `${at} is not a declared property (an SDK sends undeclared fields with extraBody)`;
    }
    const found = undeclaredProperty(document, declared.get(key), item, at);
    if (found) return found;
  }
  return undefined;
}
