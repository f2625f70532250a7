/**
 * What diff-api.ts itself decides: operations and variants added or removed (with their model values), exported
 * type names renamed, added or removed (unless they come and go with an operation or one of its parts), schemas
 * no operation reaches, servers, and the report's endpoints and counts. Each case edits a small base spec.
 */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffApis } from '../../generator/diff/diff-api.ts';
import { planApi } from '../../generator/plan-api.ts';
import { ROOT } from '../helpers/golden-cases.ts';

type Doc = Record<string, any>;

function base(): Doc {
  const video = (model: string) => ({
    type: 'object',
    required: ['model'],
    properties: { model: { type: 'string', enum: [model] }, prompt: { type: 'string' } },
  });
  return {
    openapi: '3.1.0',
    info: { title: 'Diff API', version: '1.0.0' },
    servers: [{ url: 'https://api.example.com' }, { url: 'https://eu.example.com' }],
    paths: {
      '/things': {
        get: {
          operationId: 'listThings',
          parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }],
          responses: { '200': { description: 'ok', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Thing' } } } } } },
        },
      },
      '/videos#a': {
        post: {
          operationId: 'createA',
          requestBody: { required: true, content: { 'application/json': { schema: video('model-a') } } },
          responses: { '200': { description: 'ok' } },
        },
      },
      '/videos#b': {
        post: {
          operationId: 'createB',
          requestBody: { required: true, content: { 'application/json': { schema: video('model-b') } } },
          responses: { '200': { description: 'ok' } },
        },
      },
    },
    components: {
      schemas: {
        Thing: { type: 'object', properties: { id: { type: 'string' } } },
        Unused: { type: 'object', properties: { note: { type: 'string' } } },
      },
    },
  };
}

async function surface(doc: Doc) {
  return (await planApi({ text: JSON.stringify(doc), file: join(ROOT, 'test/in-memory.json') })).api;
}

async function diff(edit: (doc: Doc) => void, editBefore: (doc: Doc) => void = () => {}) {
  const before = base();
  editBefore(before);
  const after = structuredClone(before);
  edit(after);
  return diffApis(await surface(before), await surface(after));
}

describe('diffApis', () => {
  const cases: { name: string; edit: (doc: Doc) => void; want: string[] }[] = [
    { name: 'nothing changed', edit: () => {}, want: [] },
    {
      name: 'operation added (its types come with it)',
      edit: (doc) => (
        (doc.paths['/owners'] = {
          get: { operationId: 'listOwners', responses: { '200': { description: 'ok', content: { 'application/json': { schema: { $ref: '#/components/schemas/Owner' } } } } } },
        }),
        (doc.components.schemas.Owner = { type: 'object' })
      ),
      want: ['operation-added listOwners (GET /owners)'],
    },
    {
      name: 'operation removed (its types go with it)',
      edit: (doc) => delete doc.paths['/things'],
      want: ['operation-removed listThings (GET /things)'],
    },
    { name: 'variant removed, with its model values', edit: (doc) => delete doc.paths['/videos#b'], want: ['variant-removed createB (POST /videos#b) models model-b'] },
    {
      name: 'exported type renamed: a new schema takes its name first (a collision shifts the suffix)',
      edit: (doc) => (doc.components.schemas = { Thing: doc.components.schemas.Thing, unused: { type: 'integer' }, Unused: doc.components.schemas.Unused }),
      want: ['type-renamed Unused2 (Unused → Unused2)', 'type-added Unused'],
    },
    { name: 'a schema key renamed is another schema: removed and added', edit: (doc) => renameSchema(doc, 'Unused', 'Spare'), want: ['type-removed Unused', 'type-added Spare'] },
    { name: 'unreached type removed', edit: (doc) => delete doc.components.schemas.Unused, want: ['type-removed Unused'] },
    { name: 'unreached type added', edit: (doc) => (doc.components.schemas.Extra = { type: 'string' }), want: ['type-added Extra'] },
    { name: 'unreached type compared on both sides', edit: (doc) => (doc.components.schemas.Unused.properties.more = { type: 'string' }), want: ['field-added Unused.more'] },
    {
      name: 'params type comes with the first parameter',
      edit: (doc) => (doc.paths['/videos#a'].post.parameters = [{ name: 'trace', in: 'query', schema: { type: 'string' } }]),
      want: ['parameter-added CreateAParams.trace'],
    },
    {
      name: 'default base URL changed, old one still listed',
      edit: (doc) => doc.servers.reverse(),
      want: ['base-url-changed baseURL (https://api.example.com → https://eu.example.com)'],
    },
    {
      name: 'default base URL gone',
      edit: (doc) => (doc.servers = [{ url: 'https://new.example.com' }]),
      want: ['base-url-changed baseURL (https://api.example.com → https://new.example.com)', 'server-removed https://eu.example.com'],
    },
    {
      name: 'types renamed with their operation are part of its rename',
      edit: (doc) => (doc.paths['/things'].get.operationId = 'listItems'),
      want: ['operation-renamed listItems (GET /things)'],
    },
    { name: 'another server added', edit: (doc) => doc.servers.push({ url: 'https://us.example.com' }), want: ['server-added https://us.example.com'] },
  ];
  it.each(cases)('$name', async ({ edit, want }) => {
    const result = await diff(edit);
    expect(result.changes.filter((change) => !change.rule.startsWith('docs')).map(show)).toEqual(want);
  });

  it('a variant added names its model values', async () => {
    const result = await diff((doc) => {
      doc.paths['/videos#c'] = structuredClone(doc.paths['/videos#a']);
      doc.paths['/videos#c'].post.operationId = 'createC';
      doc.paths['/videos#c'].post.requestBody.content['application/json'].schema.properties.model.enum = ['model-c'];
    });
    expect(result.changes.map(show)).toEqual(['variant-added createC (POST /videos#c) models model-c']);
  });

  it('a deprecated operation removed says so', async () => {
    const result = await diff(
      (doc) => delete doc.paths['/things'],
      (doc) => Object.assign(doc.paths['/things'].get, { deprecated: true, 'x-deprecated-since': '2026-01-01' }),
    );
    expect(result.changes[0]).toMatchObject({ rule: 'operation-removed', deprecated: { since: '2026-01-01' } });
  });

  it('the report: versions, the endpoints named by a change only, counts by severity, the bump', async () => {
    const result = await diff((doc) => {
      doc.info.version = '2.0.0';
      delete doc.paths['/videos#b'];
      doc.components.schemas.Extra = { type: 'string' };
      doc.servers.reverse();
    });
    expect(result.from).toEqual({ title: 'Diff API', version: '1.0.0' });
    expect(result.to).toEqual({ title: 'Diff API', version: '2.0.0' });
    expect(result.endpoints).toEqual({ createB: 'POST /videos#b' });
    expect(result.counts).toEqual({ breaking: 1, 'non-breaking': 1, patch: 1 });
    expect(result.bump).toBe('major');
  });
});

function show(change: { rule: string; subject: string; endpoint?: string; models?: string[]; before?: string; after?: string }): string {
  const parts = [change.rule, change.subject];
  if (change.endpoint) parts.push(`(${change.endpoint})`);
  else if (change.before !== undefined && change.after !== undefined) parts.push(`(${change.before} → ${change.after})`);
  if (change.models) parts.push('models', change.models.join(','));
  return parts.join(' ');
}

function renameSchema(doc: Doc, from: string, to: string): void {
  doc.components.schemas[to] = doc.components.schemas[from];
  delete doc.components.schemas[from];
}
