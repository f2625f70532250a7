/**
 * The gateway spec's own examples and schemas, read straight from the YAML (independently of the generator),
 * with a JSON Schema validator (ajv) as the oracle of what the spec accepts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ValidateFunction } from 'ajv';
import { parse } from 'yaml';
import { ROOT } from './golden-cases.ts';

type Json = Record<string, any>;

export interface SpecExample {
  id: string;
  method: string;
  pathKey: string;
  /** `request`, or the response status. */
  kind: 'request' | 'response';
  status?: string;
  name: string;
  value: unknown;
  schema: unknown;
}

export const spec = parse(readFileSync(join(ROOT, 'spec/openapi.yaml'), 'utf8')) as Json;

function resolvePointer(ref: string): unknown {
  return ref
    .slice(2)
    .split('/')
    .map((part) => part.replace(/~1/g, '/').replace(/~0/g, '~'))
    .reduce<any>((node, part) => node?.[part], spec);
}

const ANNOTATIONS = new Set(['discriminator', 'example', 'examples', 'xml', 'externalDocs', 'deprecated', 'readOnly', 'writeOnly', 'nullable']);

/** OpenAPI 3.0 schema → plain JSON Schema: refs inlined, `nullable` as `| null`, OpenAPI-only keywords dropped. */
export function toJsonSchema(node: unknown, seen: string[] = []): unknown {
  if (Array.isArray(node)) return node.map((item) => toJsonSchema(item, seen));
  if (node === null || typeof node !== 'object') return node;
  const schema = node as Json;
  if (typeof schema.$ref === 'string') {
    if (seen.includes(schema.$ref)) throw new Error(`cycle through ${schema.$ref}`);
    return toJsonSchema(resolvePointer(schema.$ref), [...seen, schema.$ref]);
  }
  const out: Json = {};
  for (const [key, value] of Object.entries(schema)) {
    if (ANNOTATIONS.has(key)) continue;
    if (key === 'properties' || key === 'patternProperties') {
      out[key] = Object.fromEntries(Object.entries(value as Json).map(([name, sub]) => [name, toJsonSchema(sub, seen)]));
    } else {
      out[key] = toJsonSchema(value, seen);
    }
  }
  return schema.nullable === true ? { anyOf: [out, { type: 'null' }] } : out;
}

const ajv = new Ajv({ strict: false, allErrors: true, validateFormats: false });

const validators = new WeakMap<object, ValidateFunction>();

/** ajv's validator of a spec schema, compiled once per schema object (callers check many values against one). */
export function validator(schema: unknown): ValidateFunction {
  if (schema === null || typeof schema !== 'object') return ajv.compile(toJsonSchema(schema) as object);
  let validate = validators.get(schema);
  if (!validate) validators.set(schema, (validate = ajv.compile(toJsonSchema(schema) as object)));
  return validate;
}

export function schemaErrors(validate: ValidateFunction, value: unknown): string | undefined {
  if (validate(value)) return undefined;
  return (validate.errors ?? [])
    .slice(0, 3)
    .map((error) => `${error.instancePath || '/'} ${error.message}${error.params && 'allowedValues' in error.params ? ` ${JSON.stringify(error.params.allowedValues)}` : ''}`)
    .join('; ');
}

function examplesOf(media: Json): { name: string; value: unknown }[] {
  if ('example' in media) return [{ name: 'example', value: media.example }];
  return Object.entries((media.examples ?? {}) as Json).map(([name, example]) => ({
    name,
    value: example !== null && typeof example === 'object' && 'value' in example ? example.value : example,
  }));
}

const deref = (value: Json): Json => (typeof value?.$ref === 'string' ? deref(resolvePointer(value.$ref) as Json) : value);

/** Every request-body and response example of the spec, with the schema it belongs to. */
export function specExamples(): SpecExample[] {
  const examples: SpecExample[] = [];
  for (const [pathKey, item] of Object.entries(spec.paths as Json)) {
    for (const [method, operation] of Object.entries(item as Json)) {
      if (!['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'].includes(method)) continue;
      const body = operation.requestBody && deref(operation.requestBody);
      for (const media of Object.values((body?.content ?? {}) as Json)) {
        for (const { name, value } of examplesOf(media)) {
          examples.push({ id: `${method.toUpperCase()} ${pathKey} request "${name}"`, method, pathKey, kind: 'request', name, value, schema: media.schema });
        }
      }
      for (const [status, response] of Object.entries((operation.responses ?? {}) as Json)) {
        for (const [mediaType, media] of Object.entries((deref(response).content ?? {}) as Json)) {
          if (!mediaType.includes('json')) continue;
          for (const { name, value } of examplesOf(media)) {
            examples.push({ id: `${method.toUpperCase()} ${pathKey} ${status} "${name}"`, method, pathKey, kind: 'response', status, name, value, schema: media.schema });
          }
        }
      }
    }
  }
  return examples;
}
