/** The MCP tool plan: names from the surface, one tool per primary call, input schemas, hints and selection. */
import { Ajv2020 } from 'ajv/dist/2020.js';
import { describe, expect, it } from 'vitest';
import { MAX_TOOL_NAME, planMcpTools, selects, ToolNames, toolName, type McpTool } from '../../generator/surface/mcp-tools.ts';
import { petStore, surfaceOf, videoVariants } from '../helpers/surface-of.ts';

describe('toolName: the resource path and the method, snake_case', () => {
  it.each([
    [['videos'], 'create', 'videos_create'],
    [['chat', 'completions'], 'create', 'chat_completions_create'],
    [['videos', 'subtitleErase'], 'createAndWait', 'videos_subtitle_erase_create_and_wait'],
    [['mj', 'submit', 'imagine'], 'create', 'mj_submit_imagine_create'],
    [['default'], 'list', 'default_list'],
  ])('%j + %s → %s', (path, method, want) => expect(toolName(path, method)).toBe(want));
});

describe('ToolNames', () => {
  it('numbers a name already taken, and cuts names to the length clients accept', () => {
    const names = new ToolNames();
    expect([names.claim('pets_list'), names.claim('pets_list'), names.claim('pets_list')]).toEqual(['pets_list', 'pets_list_2', 'pets_list_3']);
    const long = 'a'.repeat(80);
    const first = names.claim(long);
    const second = names.claim(long);
    expect(first).toHaveLength(MAX_TOOL_NAME);
    expect(second).toHaveLength(MAX_TOOL_NAME);
    expect(second).toMatch(/_2$/);
  });
});

describe('selects', () => {
  const tool = { resource: 'chat.completions', tags: ['Chat'], operations: ['createChatCompletion', 'createChatCompletions'] };
  it.each([
    [{ resources: ['chat'] }, true],
    [{ resources: ['chat.completions'] }, true],
    [{ resources: ['cha'] }, false],
    [{ tags: ['Chat'] }, true],
    [{ tags: ['chat'] }, false],
    [{ operations: ['createChatCompletion'] }, true],
    [{ operations: ['createChatCompletions'] }, true],
    [{}, false],
  ])('%j → %s', (selector, want) => expect(selects(selector, tool)).toBe(want));
});

const byName = (tools: McpTool[]) => new Map(tools.map((tool) => [tool.name, tool]));

describe('planMcpTools on the pet store', async () => {
  const api = await surfaceOf(petStore());
  const plan = planMcpTools(api, { mode: 'static' });
  const tools = byName(plan.tools);

  it('has one tool per resource method, named from the surface', () => {
    expect(plan.tools.map((tool) => [tool.name, tool.call.function, tool.sdkCall])).toEqual([
      ['pets_list', 'listPets', 'client.pets.list'],
      ['pets_create', 'createPet', 'client.pets.create'],
      ['pets_retrieve', 'getPet', 'client.pets.retrieve'],
      ['pets_photo_retrieve', 'getPetPhoto', 'client.pets.photo.retrieve'],
    ]);
  });

  it('takes path parameters by wire name first, then the params object; read-only body fields are left out', () => {
    expect(tools.get('pets_retrieve')!.inputSchema).toEqual({ type: 'object', properties: { pet_id: { type: 'string' } }, required: ['pet_id'] });
    expect(tools.get('pets_retrieve')!.call).toMatchObject({ pathArguments: ['pet_id'], params: false });
    expect(tools.get('pets_create')!.inputSchema).toEqual({
      type: 'object',
      properties: { name: { type: 'string', description: 'The name.' }, tag: { type: 'string' } },
      required: ['name'],
    });
    expect(tools.get('pets_list')!.inputSchema).toEqual({ type: 'object', properties: { limit: { type: 'integer' } } });
  });

  it('marks GET read-only and idempotent, POST neither, and every tool open-world', () => {
    expect(tools.get('pets_list')!.annotations).toEqual({ readOnlyHint: true, idempotentHint: true, openWorldHint: true });
    expect(tools.get('pets_create')!.annotations).toEqual({ readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true });
  });

  it('includes and excludes by resource, tag and operation', () => {
    const names = (settings: Parameters<typeof planMcpTools>[1]) => planMcpTools(api, settings).tools.map((tool) => tool.name);
    expect(names({ mode: 'static', include: { tags: ['photos'] } })).toEqual(['pets_photo_retrieve']);
    expect(names({ mode: 'static', exclude: { resources: ['pets.photo'], operations: ['createPet'] } })).toEqual(['pets_list', 'pets_retrieve']);
    expect(names({ mode: 'static', include: { resources: ['pets'] }, exclude: { operations: ['listPets'] } })).toEqual(['pets_create', 'pets_retrieve', 'pets_photo_retrieve']);
  });

  it('lets x-mcp on an operation win over the selection', async () => {
    const document = petStore();
    document.paths['/pets'].get['x-mcp'] = false;
    document.paths['/pets/{pet_id}/photo'].get['x-mcp'] = true;
    const marked = await surfaceOf(document);
    expect(planMcpTools(marked, { mode: 'static', exclude: { tags: ['photos'] } }).tools.map((tool) => tool.name)).toEqual(['pets_create', 'pets_retrieve', 'pets_photo_retrieve']);
  });
});

describe('planMcpTools on model-routed variants that start tasks', async () => {
  const api = await surfaceOf(videoVariants());
  const plan = planMcpTools(api, { mode: 'static' });
  const tools = byName(plan.tools);

  it('makes the merged call one tool, with create-and-wait beside the create and fetch tools', () => {
    expect(plan.tools.map((tool) => [tool.name, tool.call.function, tool.call.kind])).toEqual([
      ['videos_create', 'createVideosByModel', 'call'],
      ['videos_create_and_wait', 'createVideosByModelAndWait', 'wait'],
      ['videos_retrieve', 'getVideos', 'call'],
    ]);
    expect(tools.get('videos_create_and_wait')!.call.statusField).toEqual(['status']);
  });

  it('routes by model: a oneOf of the variants, each with its own values, and the model list in the description', () => {
    const schema = tools.get('videos_create')!.inputSchema as any;
    expect(schema.properties.model.enum).toEqual(['a1', 'a2', 'b']);
    expect(schema.required).toEqual(['model']);
    expect(schema.oneOf.map((branch: any) => branch.properties.model.enum)).toEqual([['a1', 'a2'], ['b']]);
    expect(schema.oneOf[0].required).toEqual(['model', 'prompt']);
    expect(tools.get('videos_create')!.description).toContain('- Create A: a1, a2');
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect([validate({ model: 'a2', prompt: 'x' }), validate({ model: 'c', prompt: 'x' }), validate({ model: 'b' })]).toEqual([true, false, false]);
  });
});

describe('planMcpTools on open fields: a model the SDK does not list is taken too', async () => {
  const spec = petStore();
  spec.paths['/complete'] = {
    post: {
      operationId: 'complete',
      parameters: [{ name: 'embedding_model', in: 'query', schema: { enum: ['e1', 'e2'] } }],
      requestBody: {
        required: true,
        content: { 'application/json': { schema: { type: 'object', required: ['model'], properties: { model: { enum: ['m1', 'm2'] }, mode: { enum: ['fast'] } } } } },
      },
      responses: { '204': { description: 'ok' } },
    },
  };
  const tools = byName(planMcpTools(await surfaceOf(spec), { mode: 'static' }).tools);

  it('a body field and a parameter: the listed values or any string; other enums stay closed', () => {
    const schema = tools.get('complete_create')!.inputSchema as any;
    expect(schema.properties).toEqual({
      model: { anyOf: [{ enum: ['m1', 'm2'] }, { type: 'string' }] },
      mode: { enum: ['fast'] },
      embedding_model: { anyOf: [{ enum: ['e1', 'e2'] }, { type: 'string' }] },
    });
    const validate = new Ajv2020({ strict: false }).compile(schema);
    expect([validate({ model: 'm1' }), validate({ model: 'new-model', embedding_model: 'e9' }), validate({ model: 3 }), validate({ model: 'm1', mode: 'slow' })]).toEqual([
      true,
      true,
      false,
      false,
    ]);
  });
});
