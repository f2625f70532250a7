import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { resolvePackageSettings } from '../../generator/config.ts';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { generate } from '../../generator/pipeline.ts';
import { planSurface } from '../../generator/surface/plan-surface.ts';
import { runtimeNames } from '../../generator/surface/runtime-names.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { surfaceOf } from '../helpers/surface-of.ts';

async function surface(spec: string, clientName = 'Client') {
  const { api } = buildApiModel(await loadSpec(spec));
  return planSurface(api, resolvePackageSettings({ clientName }, api.title, 'test'));
}

const gateway = await surface('spec/openapi.yaml', 'ImaRouter');

describe('planSurface on the gateway', () => {
  it('names each merged endpoint, its value list and its task helpers', () => {
    const merged = Object.fromEntries(
      gateway.endpointGroups.filter((group) => group.name).map((group) => [group.name, { andWait: group.andWaitName, waitFor: group.waitForName, values: group.valueNames?.list }]),
    );
    expect(merged).toMatchObject({
      createVideosByModel: { andWait: 'createVideosByModelAndWait', values: 'createVideosModels' },
      getVideos: { waitFor: 'waitForGetVideos' },
      createImagesGenerationsByModel: { values: 'createImagesGenerationsModels' },
    });
  });

  it('gives every exported type and function one name', () => {
    const types = [
      ...gateway.schemas.flatMap((schema) => [schema.name, ...(schema.requestName ? [schema.requestName] : [])]),
      ...gateway.operations.flatMap((operation) => operation.paramsTypeName ?? []),
    ];
    expect(new Set(types).size).toBe(types.length);
    const functions = [
      ...gateway.operations.map((operation) => operation.name),
      ...gateway.tasks.map((task) => task.createAndWaitName),
      // Lifecycles that share a fetch share its waitFor.
      ...new Set(gateway.tasks.map((task) => task.waitForName)),
      ...gateway.endpointGroups.flatMap((group) => [group.name, group.andWaitName, group.waitForName].filter((name) => name !== undefined)),
    ];
    expect(new Set(functions).size).toBe(functions.length);
    expect(gateway.operations.every((operation) => operation.name === operation.apiName)).toBe(true);
  });

  it('lays out nested resources and files', () => {
    expect(gateway.resources.map((resource) => resource.name)).toEqual(expect.arrayContaining(['videos', 'images', 'chat', 'assets']));
    expect(gateway.resources.find((resource) => resource.name === 'chat')!.children.map((child) => child.name)).toEqual(['completions']);
    expect(new Set(gateway.operationFiles.map((file) => file.file)).size).toBe(gateway.operationFiles.length);
  });
});

describe('planSurface on hostile names', () => {
  it('moves reserved words aside', async () => {
    const api = await surface('test/fixtures/missing-ids.yaml');
    const renamed = api.operations.find((operation) => operation.apiName === 'delete')!;
    expect(renamed.name).toBe('delete_');
  });
});

/** A spec whose schemas and operationIds are named after every top-level name the runtime declares. */
function runtimeNamedSpec(names: string[]) {
  const object = { type: 'object', properties: { id: { type: 'string' }, status: { type: 'string', enum: ['done', 'failed', 'running'] } }, required: ['id'] };
  const paths: Record<string, unknown> = {};
  names.forEach((name, index) => {
    paths[`/things/${index}`] = {
      get: { operationId: name, responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: `#/components/schemas/${name}` } } } } } },
    };
  });
  // A merged endpoint with task helpers, so that endpoints.ts and tasks.ts are generated and import the runtime.
  const variant = (model: string, schema: string) => ({
    post: {
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { allOf: [{ $ref: `#/components/schemas/${schema}` }, { type: 'object', required: ['model'], properties: { model: { type: 'string', enum: [model] } } }] },
          },
        },
      },
      responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/WithResponse' } } } } },
    },
  });
  paths['/jobs#a'] = variant('a', 'RequestOptions');
  paths['/jobs#b'] = variant('b', 'WaitOptions');
  paths['/jobs/{id}'] = {
    get: {
      parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
      responses: { 200: { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/APIClient' } } } } },
    },
  };
  return { openapi: '3.0.3', info: { title: 'Runtime Names', version: '1.0.0' }, paths, components: { schemas: Object.fromEntries(names.map((name) => [name, object])) } };
}

describe('a spec may name anything after the runtime', () => {
  it('generates a package that compiles when every schema and operationId is a runtime name', async () => {
    const names = [...runtimeNames().exported, 'Operations', 'OperationName', 'OperationInfo', 'JSONValue', 'operations', 'Client'];
    const dir = join(ROOT, '.tmp/runtime-names');
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    const spec = join(dir, 'openapi.json');
    writeFileSync(spec, JSON.stringify(runtimeNamedSpec(names)));
    const output = join(dir, 'out');
    const result = await generate({ spec, output, settings: { clientName: 'Client' }, settingsSource: 'test' });
    expect(result.files.map((file) => file.path)).toEqual(expect.arrayContaining(['src/endpoints.ts', 'src/tasks.ts']));
    const config = ts.parseJsonConfigFileContent(JSON.parse(readFileSync(join(output, 'tsconfig.json'), 'utf8')), ts.sys, output);
    const program = ts.createProgram(config.fileNames, { ...config.options, noEmit: true });
    const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => `${diagnostic.file?.fileName ?? ''}: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n')}`);
    expect(errors).toEqual([]);
  }, 120_000);
});

describe('types-only packages', () => {
  it.each([
    ['the gateway (operations)', 'spec/openapi.yaml', false],
    ['components only', 'test/fixtures/components-only.yaml', true],
    ['webhooks only', 'test/fixtures/webhooks-only-31.yaml', true],
  ])('%s → typesOnly %s', async (_what, spec, want) => {
    const planned = await surface(spec);
    expect(planned.typesOnly).toBe(want);
    if (want) expect([planned.resources, planned.operationFiles]).toEqual([[], []]);
  });

  it('leaves a schema its name where only a client package would need it for the runtime', async () => {
    const planned = await surface('test/fixtures/components-only.yaml');
    expect(planned.schemas.map((schema) => schema.name)).toContain('APIError');
  });
});

describe('two calls the rules give one name', () => {
  const post = (operationId?: string) => ({ post: { ...(operationId && { operationId }), responses: { '200': { description: 'ok' } } } });
  const spec = (first?: string, second?: string) => ({
    openapi: '3.1.0',
    info: { title: 'Runs', version: '1' },
    paths: {
      '/threads/runs': post(first),
      '/threads/{thread_id}/runs': { ...post(second), parameters: [{ name: 'thread_id', in: 'path', required: true, schema: { type: 'string' } }] },
    },
  });
  it.each<[string, string | undefined, string | undefined, string]>([
    ['the second takes its operationId', 'createThreadAndRun', 'createRun', 'createRun'],
    ['without one, a numeric suffix', undefined, undefined, 'create2'],
  ])('%s, and a located warning says which two and the config entry that names it', async (_label, first, second, want) => {
    const api = await surfaceOf(spec(first, second));
    expect(api.resources[0]!.children[0]!.methods.map((method) => method.name)).toEqual(['create', want]);
    expect(api.warnings).toEqual([
      {
        kind: expect.objectContaining({ id: 'call-name-collision' }),
        message: `POST /threads/{thread_id}/runs and POST /threads/runs would both be \`client.threads.runs.create\`; POST /threads/{thread_id}/runs is \`client.threads.runs.${want}\`. Name it in the config's surface: "methods": { "POST /threads/{thread_id}/runs": "threads.runs.<name>" }`,
        pointer: '#/paths/~1threads~1{thread_id}~1runs/post',
      },
    ]);
  });
});
