/** The MCP package's files: which there are, what package.json pins, the bin, the README's table and modes. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { credentialsOf, emitMcpPackage, hintsOf, MCP_DEPENDENCIES } from '../../generator/emit/mcp-package.ts';
import { mcpRuntimeFiles } from '../../generator/emit/static-runtime.ts';
import { planMcpTools } from '../../generator/surface/mcp-tools.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { petStore, surfaceOf } from '../helpers/surface-of.ts';

const settings = { output: '/out/pets-mcp', packageName: '@pets/mcp', binName: 'pets-mcp', mode: 'static' as const, sdkDependency: 'file:../pets' };

/** The pet store with a second scheme, an admin key, required by one call. */
function withAdminKey(): Record<string, any> {
  const document = petStore();
  document.components.securitySchemes.AdminKey = { type: 'apiKey', in: 'header', name: 'x-admin-key' };
  const first = Object.values(document.paths)[0] as Record<string, any>;
  Object.values(first)[0].security = [{ AdminKey: [] }];
  return document;
}

describe('credentialsOf', async () => {
  const cases: [string, Record<string, any>, { option: string; variable: string }[]][] = [
    ['one scheme: the API key', petStore(), [{ option: 'apiKey', variable: 'PET_STORE_API_KEY' }]],
    [
      'two schemes: each with its option and variable',
      withAdminKey(),
      [
        { option: 'apiKey', variable: 'PET_STORE_API_KEY' },
        { option: 'adminKey', variable: 'PET_STORE_ADMIN_KEY' },
      ],
    ],
    [
      'no scheme: the default key still',
      { ...petStore(), security: undefined, components: { ...petStore().components, securitySchemes: {} } },
      [{ option: 'apiKey', variable: 'PET_STORE_API_KEY' }],
    ],
  ];
  it.each(cases)('%s', async (_name, document, want) => {
    expect(credentialsOf(await surfaceOf(document, { packageName: '@pets/sdk', clientName: 'Pets' }))).toEqual(want);
  });

  it('scrubs every credential from results, and names each variable in the README and the usage', async () => {
    const api = await surfaceOf(withAdminKey(), { packageName: '@pets/sdk', clientName: 'Pets' });
    const emitted = emitMcpPackage(api, planMcpTools(api, settings), settings);
    const text = (path: string) => emitted.find((candidate) => candidate.path === path)!.content;
    expect(text('src/index.ts')).toContain(
      'export const CREDENTIALS: readonly { option: string; variable: string }[] = [{"option":"apiKey","variable":"PET_STORE_API_KEY"},{"option":"adminKey","variable":"PET_STORE_ADMIN_KEY"}];',
    );
    expect(text('src/index.ts')).toMatch(/secrets: CREDENTIALS\.flatMap\(/);
    expect(text('src/bin.ts')).toContain('credentialVariables: CREDENTIALS.map(');
    expect(text('README.md')).toContain('the other credentials from `PET_STORE_ADMIN_KEY`');
  });
});

describe('emitMcpPackage', async () => {
  const api = await surfaceOf(petStore(), { packageName: '@pets/sdk', clientName: 'Pets' });
  const plan = planMcpTools(api, settings);
  const files = emitMcpPackage(api, plan, settings);
  const file = (path: string) => files.find((candidate) => candidate.path === path)!.content;

  it('writes the package files, the tool plan, the entry, the bin and the static server', () => {
    expect(files.map((candidate) => candidate.path)).toEqual(
      ['README.md', 'package.json', 'src/bin.ts', 'src/index.ts', 'src/tools.ts', ...mcpRuntimeFiles().map((runtime) => runtime.path), 'tsconfig.json'].sort(),
    );
    expect(files.filter((candidate) => candidate.path.startsWith('src/runtime/')).every((candidate) => candidate.formatted)).toBe(true);
  });

  it('pins the versions the generator itself is tested with, and depends on the SDK as configured', () => {
    const root = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8'));
    expect(MCP_DEPENDENCIES).toEqual({
      mcpSdkVersion: root.devDependencies['@modelcontextprotocol/sdk'],
      ajvVersion: root.devDependencies.ajv,
      nodeTypesVersion: root.devDependencies['@types/node'],
      typescriptVersion: root.devDependencies.typescript,
    });
    const pkg = JSON.parse(file('package.json'));
    expect(pkg).toMatchObject({
      name: '@pets/mcp',
      version: '1.2.0',
      bin: { 'pets-mcp': './dist/bin.js' },
      dependencies: { '@pets/sdk': 'file:../pets', '@modelcontextprotocol/sdk': MCP_DEPENDENCIES.mcpSdkVersion, ajv: MCP_DEPENDENCIES.ajvVersion },
    });
  });

  it('starts the bin with its shebang, and binds the client class and the credential variable', () => {
    expect(file('src/bin.ts').startsWith('#!/usr/bin/env node\n// Generated')).toBe(true);
    expect(file('src/index.ts')).toContain('import { APIError, Pets, type ClientOptions } from "@pets/sdk";');
    expect(file('src/index.ts')).toContain('export const API_KEY_VARIABLE = "PET_STORE_API_KEY";');
    for (const tool of plan.tools) expect(file('src/tools.ts')).toContain(`name: ${JSON.stringify(tool.name)}`);
    expect(file('src/tools.ts')).toMatch(/inputSchema: \w+Input,/);
  });

  it('documents the host configuration and every tool in the README', () => {
    const readme = file('README.md');
    expect(readme).toContain('"command": "npx"');
    expect(readme).toContain('"args": ["-y", "@pets/mcp"]');
    expect(readme).toContain('"PET_STORE_API_KEY": "<your API key>"');
    for (const tool of plan.tools) expect(readme).toContain(`| \`${tool.name}\` |`);
    expect(readme).toContain('`--tools dynamic`');
  });

  it('says so when the package is in dynamic mode', () => {
    const dynamic = emitMcpPackage(api, { ...plan, mode: 'dynamic' }, { ...settings, mode: 'dynamic' });
    expect(dynamic.find((candidate) => candidate.path === 'README.md')!.content).toContain('generated in **dynamic mode**');
    expect(dynamic.find((candidate) => candidate.path === 'src/index.ts')!.content).toContain('mode: options.mode ?? "dynamic"');
  });

  it('keeps spec text in its place: a title that closes a comment or a table cell', async () => {
    const document = petStore();
    document.info.title = 'Pets */ | `x`';
    const hostile = await surfaceOf(document, { packageName: '@pets/sdk', clientName: 'Pets' });
    const emitted = emitMcpPackage(hostile, planMcpTools(hostile, settings), settings);
    const index = emitted.find((candidate) => candidate.path === 'src/index.ts')!.content;
    expect(ts.transpileModule(index, { reportDiagnostics: true }).diagnostics).toEqual([]);
    expect(index).toContain('call the Pets *\\/ | `x` API');
    expect(emitted.find((candidate) => candidate.path === 'README.md')!.content).toContain('# Pets \\*/ \\| \\`x\\` MCP server');
  });
});

describe('hintsOf', () => {
  it.each([
    [{ readOnlyHint: true, idempotentHint: true, openWorldHint: true as const }, 'call', 'read-only, idempotent'],
    [{ readOnlyHint: false, destructiveHint: true, idempotentHint: true, openWorldHint: true as const }, 'call', 'destructive, idempotent'],
    [{ readOnlyHint: false, destructiveHint: false, idempotentHint: false, openWorldHint: true as const }, 'wait', 'waits, reports progress'],
  ] as const)('%j (%s) → %s', (annotations, kind, want) => expect(hintsOf({ annotations, call: { function: 'f', kind, pathArguments: [], params: false } })).toBe(want));
});
