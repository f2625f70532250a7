/** The tool plan's file: each distinct input schema once, as a constant its tools point at. */
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
    expect(context.schemas.map((schema) => [schema.name, schema.usedBy])).toEqual(want.schemas);
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
