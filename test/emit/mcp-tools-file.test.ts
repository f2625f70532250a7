/** The tool plan's file: each distinct input schema once, as a constant its tools point at; each larger shared part once too. */
import { describe, expect, it } from 'vitest';
import { toolsFileContext } from '../../generator/emit/mcp-tools-file.ts';
import type { McpTool } from '../../generator/surface/mcp-tools.ts';

function tool(name: string, inputSchema: Record<string, unknown>): McpTool {
  return {
    name,
    title: name,
    description: `Calls ${name}.`,
    inputSchema,
    annotations: { readOnlyHint: false, idempotentHint: false, openWorldHint: true },
    call: { function: name, kind: 'call', pathArguments: [], params: true },
    method: 'POST',
    path: `/${name}`,
    sdkCall: `client.${name}`,
  } as McpTool;
}

const video = { type: 'object', properties: { prompt: { type: 'string' } }, required: ['prompt'] };
const empty = { type: 'object', properties: {} };

describe('toolsFileContext', () => {
  const cases: [string, McpTool[], { schemas: [string, string][]; inputs: string[] }][] = [
    ['one tool, one schema', [tool('videos_create', video)], { schemas: [['videosCreateInput', '`videos_create`']], inputs: ['videosCreateInput'] }],
    [
      'a create and its wait twin share one constant, named after the first',
      [tool('videos_create', video), tool('videos_create_and_wait', { ...video })],
      { schemas: [['videosCreateInput', '`videos_create`, `videos_create_and_wait`']], inputs: ['videosCreateInput', 'videosCreateInput'] },
    ],
    [
      'different schemas stay apart, in the order of their first tools',
      [tool('b_list', empty), tool('a_create', video), tool('c_list', empty)],
      {
        schemas: [
          ['bListInput', '`b_list`, `c_list`'],
          ['aCreateInput', '`a_create`'],
        ],
        inputs: ['bListInput', 'aCreateInput', 'bListInput'],
      },
    ],
    [
      'names whose camel-cased forms meet get a number',
      [tool('a_b', video), tool('a__b', empty)],
      {
        schemas: [
          ['aBInput', '`a_b`'],
          ['aBInput2', '`a__b`'],
        ],
        inputs: ['aBInput', 'aBInput2'],
      },
    ],
  ];
  it.each(cases)('%s', (_name, tools, want) => {
    const context = toolsFileContext(tools);
    expect(context.schemas.map((schema) => [schema.name, schema.doc.replace(/^The arguments of (.*)\.$/, '$1')])).toEqual(want.schemas);
    expect(context.tools.map((text) => /inputSchema: (\w+)/.exec(text)?.[1])).toEqual(want.inputs);
  });

  it('writes every other field as a literal, and keeps a `__proto__` key a property', () => {
    const [text] = toolsFileContext([tool('x', empty)]).tools;
    expect(text).toContain('name: "x"');
    expect(text).toContain('call: {"function":"x"');
    const [schema] = toolsFileContext([tool('x', JSON.parse('{"type":"object","properties":{"__proto__":{"type":"string"}}}'))]).schemas;
    expect(schema!.schema).toContain('["__proto__"]:');
    // The literal evaluates back to the schema, with the key as an own property.
    expect(Object.hasOwn((eval(`(${schema!.schema})`) as { properties: object }).properties, '__proto__')).toBe(true);
  });
});

describe('toolsFileContext: shared parts', () => {
  const prompt = { type: 'string', description: 'What to make. '.repeat(12), minLength: 1, maxLength: 5000 };
  const withPrompt = (extra: Record<string, unknown>) => ({ type: 'object', properties: { prompt, ...extra }, required: ['prompt'] });
  /** The module the context stands for, run: each constant in order, then the tools' input schemas. */
  const evaluated = (context: ReturnType<typeof toolsFileContext>) =>
    new Function(`${context.schemas.map((schema) => `const ${schema.name} = ${schema.schema};`).join('\n')}\nreturn [${context.tools.join(', ')}];`)() as McpTool[];

  it('writes a part that stands in two schemas once, named after where it is first found, declared before its users', () => {
    const tools = [tool('videos_create', withPrompt({ seconds: { type: 'integer' } })), tool('images_create', withPrompt({ size: { enum: ['1K'] } }))];
    const context = toolsFileContext(tools);
    expect(context.schemas.map((schema) => schema.name)).toEqual(['videosCreateInputPrompt', 'videosCreateInput', 'imagesCreateInput']);
    expect(context.schemas[1]!.schema).toContain('prompt: videosCreateInputPrompt');
    expect(context.schemas[2]!.schema).toContain('prompt: videosCreateInputPrompt');
    expect(evaluated(context).map((planned) => planned.inputSchema)).toEqual(tools.map((planned) => planned.inputSchema));
  });

  it('leaves small repeats inline, and a part used once', () => {
    const small = { type: 'string' };
    const context = toolsFileContext([tool('a', { type: 'object', properties: { x: small } }), tool('b', { type: 'object', properties: { y: small, p: prompt } })]);
    expect(context.schemas.map((schema) => schema.name)).toEqual(['aInput', 'bInput']);
  });

  it('shares a part inside a shared part, smallest first', () => {
    const image = { type: 'object', properties: { url: { type: 'string', format: 'uri', description: 'Where the image is. '.repeat(8) } } };
    const images = { type: 'array', items: image, description: 'Reference images, in order. '.repeat(6) };
    const tools = [tool('a', { type: 'object', properties: { images } }), tool('b', { type: 'object', properties: { images, cover: image } })];
    const context = toolsFileContext(tools);
    expect(context.schemas.map((schema) => schema.name)).toEqual(['bInputCover', 'aInputImages', 'aInput', 'bInput']);
    expect(context.schemas[1]!.schema).toContain('items: bInputCover');
    expect(evaluated(context).map((planned) => planned.inputSchema)).toEqual(tools.map((planned) => planned.inputSchema));
  });

  it('gives the same file whatever the order of runs (same input, same bytes)', () => {
    const tools = [tool('videos_create', withPrompt({})), tool('images_create', withPrompt({ n: { type: 'integer' } }))];
    expect(toolsFileContext(tools)).toEqual(toolsFileContext(structuredClone(tools)));
  });
});
