/** The config's `mcp` section: what is refused (with its pointer), and the defaults derived from the SDK's settings. */
import { describe, expect, it } from 'vitest';
import { GeneratorError } from '../generator/errors.ts';
import { checkMcpConfig, defaultMcpPackageName, resolveMcpSettings } from '../generator/mcp-config.ts';

describe('defaultMcpPackageName', () => {
  it.each([
    ['@imarouter/sdk', '@imarouter/mcp'],
    ['pets-sdk', 'pets-mcp'],
    ['pets', 'pets-mcp'],
    ['@acme/client', '@acme/client-mcp'],
  ])('%s → %s', (sdk, want) => expect(defaultMcpPackageName(sdk)).toBe(want));
});

describe('checkMcpConfig', () => {
  const cases: [unknown, string, string][] = [
    [[], '"mcp" must be an object', '#/mcp'],
    [{}, '"output" must be a non-empty string', '#/mcp/output'],
    [{ output: 'x', outDir: 'y' }, 'unknown key "outDir"', '#/mcp/outDir'],
    [{ output: 'x', binName: '' }, '"binName" must be a non-empty string', '#/mcp/binName'],
    [{ output: 'x', mode: 'all' }, '"mode" must be "static" or "dynamic"', '#/mcp/mode'],
    [{ output: 'x', include: ['videos'] }, '"include" must be an object', '#/mcp/include'],
    [{ output: 'x', exclude: { paths: [] } }, 'unknown key "paths"', '#/mcp/exclude/paths'],
    [{ output: 'x', exclude: { tags: 'Chat' } }, '"tags" must be a list of names', '#/mcp/exclude/tags'],
  ];
  it.each(cases)('%j is refused', (value, message, pointer) => {
    let thrown: unknown;
    try {
      checkMcpConfig(value, 'sdk.config.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GeneratorError);
    expect((thrown as GeneratorError).message).toContain(message);
    expect((thrown as GeneratorError).location).toEqual({ file: 'sdk.config.json', pointer });
  });

  it('accepts a full section, and no section', () => {
    expect(() => checkMcpConfig(undefined, 'c.json')).not.toThrow();
    expect(() =>
      checkMcpConfig(
        { output: 'o', packageName: 'p', binName: 'b', mode: 'dynamic', include: { resources: ['a'], tags: ['t'], operations: ['o'] }, exclude: {}, sdkDependency: '^1.0.0' },
        'c.json',
      ),
    ).not.toThrow();
  });
});

describe('resolveMcpSettings', () => {
  const sdk = { packageName: '@imarouter/sdk', envPrefix: 'IMAROUTER', output: '/repo/generated/imarouter' };

  it('derives the package name, the command and a file: dependency on the SDK beside it', () => {
    expect(resolveMcpSettings({ output: '/repo/generated/imarouter-mcp' }, sdk, 'c.json')).toEqual({
      output: '/repo/generated/imarouter-mcp',
      packageName: '@imarouter/mcp',
      binName: 'imarouter-mcp',
      mode: 'static',
      sdkDependency: 'file:../imarouter',
    });
    expect(resolveMcpSettings({ output: '/elsewhere/mcp' }, { ...sdk, envPrefix: 'MY_API', output: '/repo/sdk' }, 'c.json')).toMatchObject({
      binName: 'my-api-mcp',
      sdkDependency: 'file:../../repo/sdk',
    });
  });

  it('keeps what the config gives', () => {
    const given = { output: '/o', packageName: 'x-mcp', binName: 'x', mode: 'dynamic' as const, include: { tags: ['a'] }, exclude: { resources: ['b'] }, sdkDependency: '^2.0.0' };
    expect(resolveMcpSettings(given, sdk, 'c.json')).toEqual(given);
  });

  it.each([
    [{ output: '/o', packageName: 'Not Valid' }, '#/mcp/packageName'],
    [{ output: '/o', binName: 'Has Space' }, '#/mcp/binName'],
    // Each package is swapped in as a whole folder: neither may hold the other.
    [{ output: '/repo/generated/imarouter' }, '#/mcp/output'],
    [{ output: '/repo/generated/imarouter/mcp' }, '#/mcp/output'],
    [{ output: '/repo/generated' }, '#/mcp/output'],
  ])('refuses %j', (config, pointer) => {
    expect(() => resolveMcpSettings(config, sdk, 'c.json')).toThrow(GeneratorError);
    try {
      resolveMcpSettings(config, sdk, 'c.json');
    } catch (error) {
      expect((error as GeneratorError).location).toEqual({ file: 'c.json', pointer });
    }
  });
});
