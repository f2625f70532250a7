/** The surface plan of a small spec given as an object, exactly as generation plans it (for emitter tests). */
import { join } from 'node:path';
import type { PackageSettings } from '../../generator/config.ts';
import type { NameOf } from '../../generator/emit/type-expression.ts';
import { namesOf } from '../../generator/emit/type-names.ts';
import { planApi } from '../../generator/plan-api.ts';
import type { SurfaceApi } from '../../generator/surface/types.ts';
import { ROOT } from './golden-cases.ts';

/** Planned from memory: the document is never written to disk (a relative `$ref` would resolve from test/). */
export async function surfaceOf(document: Record<string, unknown>, settings: PackageSettings = {}): Promise<SurfaceApi> {
  return (await planApi({ text: JSON.stringify(document), file: join(ROOT, 'test/in-memory.json') }, { settings })).api;
}

/** Type names as emit-package.ts gives them (the request form where a schema has one; each type's module). */
export function nameOfApi(api: SurfaceApi): NameOf {
  return namesOf(api);
}

/** A small API touching most of what emitters write: a resource tree, a path parameter, a query parameter, a task. */
export function petStore(): Record<string, any> {
  const json = (schema: unknown) => ({ 'application/json': { schema } });
  return {
    openapi: '3.1.0',
    info: { title: 'Pet Store', version: '1.2.0' },
    servers: [{ url: 'https://pets.example.com/v1' }],
    components: {
      securitySchemes: { Bearer: { type: 'http', scheme: 'bearer' } },
      schemas: {
        Pet: {
          type: 'object',
          required: ['id', 'name'],
          properties: { id: { type: 'string', readOnly: true }, name: { type: 'string', description: 'The name.' }, tag: { type: 'string' } },
        },
        Error: { type: 'object', properties: { message: { type: 'string' } } },
        Orphan: { type: 'string', enum: ['a', 'b'] },
      },
    },
    security: [{ Bearer: [] }],
    paths: {
      '/pets': {
        get: {
          operationId: 'listPets',
          tags: ['pets'],
          summary: 'List pets',
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
          responses: {
            '200': { description: 'ok', content: json({ type: 'array', items: { $ref: '#/components/schemas/Pet' } }) },
            default: { description: 'error', content: json({ $ref: '#/components/schemas/Error' }) },
          },
        },
        post: {
          operationId: 'createPet',
          tags: ['pets'],
          requestBody: { required: true, content: { 'application/json': { schema: { $ref: '#/components/schemas/Pet' }, examples: { rex: { value: { name: 'Rex' } } } } } },
          responses: { '201': { description: 'created', content: json({ $ref: '#/components/schemas/Pet' }) } },
        },
      },
      '/pets/{pet_id}': {
        get: {
          operationId: 'getPet',
          tags: ['pets'],
          parameters: [{ name: 'pet_id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: json({ $ref: '#/components/schemas/Pet' }) } },
        },
      },
      '/pets/{pet_id}/photo': {
        get: {
          operationId: 'getPetPhoto',
          tags: ['photos'],
          parameters: [{ name: 'pet_id', in: 'path', required: true, schema: { type: 'string' } }],
          responses: { '200': { description: 'ok', content: { 'image/png': { schema: { type: 'string', format: 'binary' } } } } },
        },
      },
    },
  };
}

/**
 * Variants of one endpoint: `POST /videos#a|#b` routed by `model` (a1, a2 | b), each starting a task fetched by
 * `GET /videos/{task_id}#a|#b` (interchangeable: same parameters, no body).
 */
export function videoVariants(): Record<string, any> {
  const create = (fragment: string, models: string[]) => ({
    post: {
      operationId: `create${fragment}`,
      tags: ['videos'],
      summary: `Create ${fragment}`,
      requestBody: {
        required: true,
        content: {
          'application/json': { schema: { type: 'object', required: ['model', 'prompt'], properties: { model: { type: 'string', enum: models }, prompt: { type: 'string' } } } },
        },
      },
      responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'object', properties: { task_id: { type: 'string' } } } } } } },
    },
  });
  const fetch = (fragment: string) => ({
    get: {
      operationId: `get${fragment}`,
      tags: ['videos'],
      parameters: [{ name: 'task_id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: {
        '200': {
          description: 'ok',
          content: {
            'application/json': {
              schema: { type: 'object', properties: { status: { type: 'string', enum: ['pending', 'done', 'failed'] }, [`${fragment}_url`]: { type: 'string' } } },
            },
          },
        },
      },
    },
  });
  return {
    openapi: '3.1.0',
    info: { title: 'Videos', version: '1.0.0' },
    paths: { '/videos#a': create('A', ['a1', 'a2']), '/videos#b': create('B', ['b']), '/videos/{task_id}#a': fetch('A'), '/videos/{task_id}#b': fetch('B') },
  };
}
