/** The tool plan the runtime reads is the one the generator writes: every key of a planned tool, no other. */
import { describe, expect, it } from 'vitest';
import { planMcpTools } from '../../../../../generator/surface/mcp-tools.ts';
import type { ToolPlan } from '../../../../../templates/mcp/src/runtime/tool-plan.ts';
import { surfaceOf, videoVariants } from '../../../../helpers/surface-of.ts';

describe('ToolPlan', () => {
  it('is what planMcpTools gives', async () => {
    const tools: ToolPlan[] = planMcpTools(await surfaceOf(videoVariants()), { mode: 'static' }).tools;
    const keys: (keyof ToolPlan)[] = ['name', 'title', 'description', 'inputSchema', 'annotations', 'call', 'method', 'path', 'sdkCall'];
    for (const tool of tools) expect(Object.keys(tool).sort()).toEqual([...keys].sort());
    expect(tools.map((tool) => tool.call.kind)).toEqual(['call', 'wait', 'call']);
  });
});
