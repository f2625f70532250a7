/** The config file and the package settings: what is read, what defaults derive from the title, what is refused. */
import { writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultClientName, defaultEnvPrefix, packageSettingsOf, readConfig, resolvePackageSettings, specTitle, type PackageSettings } from '../generator/config.ts';
import { GeneratorError } from '../generator/errors.ts';
import { tempDir } from './helpers/run-cli.ts';

describe('resolvePackageSettings: defaults from info.title', () => {
  const cases: { title: string; want: { packageName: string; clientName: string; envPrefix: string } }[] = [
    { title: 'ImaRouter API', want: { packageName: 'imarouter-api-sdk', clientName: 'ImaRouterAPIClient', envPrefix: 'IMAROUTER' } },
    { title: 'Pets', want: { packageName: 'pets-sdk', clientName: 'PetsClient', envPrefix: 'PETS' } },
    { title: 'OpenAI API', want: { packageName: 'openai-api-sdk', clientName: 'OpenAIAPIClient', envPrefix: 'OPENAI' } },
    { title: 'train-travel API 2.0', want: { packageName: 'train-travel-api-2-0-sdk', clientName: 'TrainTravelAPI20Client', envPrefix: 'TRAIN_TRAVEL' } },
    { title: '', want: { packageName: 'api-sdk', clientName: 'ApiClient', envPrefix: 'API' } },
    { title: '!!!', want: { packageName: 'api-sdk', clientName: 'ApiClient', envPrefix: 'API' } },
    // `<Title>Client` is a runtime export for these titles (the runtime's `APIClient` type, its `BaseClient` class).
    { title: 'API', want: { packageName: 'api-sdk', clientName: 'API', envPrefix: 'API' } },
    { title: 'Base', want: { packageName: 'base-sdk', clientName: 'Base', envPrefix: 'BASE' } },
  ];
  it.each(cases)('$title', ({ title, want }) => {
    expect(resolvePackageSettings({}, title, 'spec.yaml')).toEqual({ ...want, metadata: {}, positionalPathParams: 'last', surface: {}, credentials: {}, source: 'spec.yaml' });
  });

  it('keeps what the config gives', () => {
    const settings: PackageSettings = { packageName: '@acme/sdk', clientName: 'Acme', envPrefix: 'ACME', packageVersion: '2.0.0-rc.1' };
    expect(resolvePackageSettings(settings, 'Anything', 'sdk.config.json')).toEqual({
      ...settings,
      metadata: {},
      positionalPathParams: 'last',
      surface: {},
      credentials: {},
      source: 'sdk.config.json',
    });
  });

  it('carries the package metadata the config gives, and only that', () => {
    const given: PackageSettings = { title: 'Acme', license: 'MIT', homepage: 'https://acme.test', taskStatus: { success: ['done'] } };
    expect(resolvePackageSettings(given, 'API Documentation', 'sdk.config.json').metadata).toEqual({ title: 'Acme', license: 'MIT', homepage: 'https://acme.test' });
  });
});

describe("defaultEnvPrefix: the API's name, brand words whole, generic endings off", () => {
  it.each([
    ['OpenAI API', 'OPENAI'],
    ['ImaRouter', 'IMAROUTER'],
    ['GitHub v3 REST API', 'GITHUB'],
    ['Acme Payments API 2.1', 'ACME_PAYMENTS'],
    ['my-service.api', 'MY_SERVICE'],
    ['API for Pets', 'API_FOR_PETS'],
    ['API Documentation', 'API_DOCUMENTATION'],
    ['Café Crème', 'CAFE_CREME'],
    ['3D Printing API', 'API_3D_PRINTING'],
    ['', 'API'],
  ])('%j → %s', (title, want) => expect(defaultEnvPrefix(title)).toBe(want));
});

describe('defaultClientName', () => {
  it.each([
    ['Pets', 'PetsClient'],
    ['API', 'API'],
    ['Base', 'Base'],
    ['Stream', 'StreamClient'],
    // `Client`… is free, `ClientCore` (a runtime class) is not: `ClientCoreClient` is the first candidate and free.
    ['Client Core', 'ClientCoreClient'],
  ])('%s → %s', (title, want) => expect(defaultClientName(title)).toBe(want));
});

describe('resolvePackageSettings: refusals name the key', () => {
  const cases: { settings: PackageSettings; message: string; pointer: string }[] = [
    { settings: { packageName: 'My SDK' }, message: '"My SDK" is not a valid npm package name', pointer: '#/packageName' },
    { settings: { packageName: '@Acme/sdk' }, message: 'is not a valid npm package name', pointer: '#/packageName' },
    { settings: { clientName: 'acme' }, message: '"acme" is not a valid client class name', pointer: '#/clientName' },
    { settings: { clientName: 'Acme-Client' }, message: 'is not a valid client class name', pointer: '#/clientName' },
    { settings: { clientName: 'APIClient' }, message: '"APIClient" is a name the generated package already declares', pointer: '#/clientName' },
    { settings: { clientName: 'Promise' }, message: '"Promise" is a name the generated package already declares', pointer: '#/clientName' },
    { settings: { envPrefix: 'acme' }, message: '"acme" is not a valid environment variable prefix', pointer: '#/envPrefix' },
    { settings: { packageVersion: '1.0' }, message: '"1.0" is not a valid package version', pointer: '#/packageVersion' },
    { settings: { packageVersion: '01.0.0' }, message: '"01.0.0" is not a valid package version', pointer: '#/packageVersion' },
    { settings: { packageVersion: 2 as unknown as string }, message: '2 is not a valid package version', pointer: '#/packageVersion' },
  ];
  it.each(cases)('$settings', ({ settings, message, pointer }) => {
    let thrown: unknown;
    try {
      resolvePackageSettings(settings, 'Pets', 'sdk.config.json');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GeneratorError);
    expect((thrown as GeneratorError).message).toContain(message);
    expect((thrown as GeneratorError).location).toEqual({ file: 'sdk.config.json', pointer });
  });
});

describe('packageSettingsOf', () => {
  it('keeps what describes the package, not where things are or which warnings are known', () => {
    const config = { spec: 'a.yaml', output: 'out', overlays: ['o.yaml'], allowRefHosts: ['h'], acknowledgedWarnings: [{ kind: '*' }], packageName: 'p', title: 'T' };
    expect(packageSettingsOf(config)).toEqual({ packageName: 'p', title: 'T' });
  });
});

describe('specTitle', () => {
  const cases: [Record<string, unknown>, string][] = [
    [{ info: { title: 'Pets' } }, 'Pets'],
    [{ info: { title: 42 } }, 'API'],
    [{ info: {} }, 'API'],
    [{}, 'API'],
  ];
  it.each(cases)('%j → %s', (document, want) => {
    expect(specTitle(document)).toBe(want);
  });
});

describe('readConfig', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  beforeAll(async () => {
    work = await tempDir('sdkgen-config-');
  });
  afterAll(async () => work?.remove());

  async function read(name: string, text: string) {
    const path = join(work.path, name);
    await writeFile(path, text);
    return readConfig(path);
  }

  it('allowRefHosts: a list of host names (with a port to allow only that one)', async () => {
    const allowRefHosts = ['schemas.example.com', '127.0.0.1:8080', '[::1]:9000'];
    expect(await read('hosts.json', JSON.stringify({ spec: 'a.yaml', output: 'out', allowRefHosts }))).toMatchObject({ allowRefHosts });
    for (const [given, pointer] of [
      ['schemas.example.com', '#/allowRefHosts'],
      [['https://schemas.example.com'], '#/allowRefHosts/0'],
      [['ok.example.com', 'a/b'], '#/allowRefHosts/1'],
      [[''], '#/allowRefHosts/0'],
    ] as const) {
      const error = (await read('bad-hosts.json', JSON.stringify({ spec: 'a.yaml', output: 'out', allowRefHosts: given })).catch((caught: unknown) => caught)) as GeneratorError;
      expect(error.location?.pointer).toBe(pointer);
      expect(error.hint).toMatch(/"allowRefHosts": \["schemas\.example\.com"/);
    }
  });

  it('resolves paths against the config file: the spec relative to the current folder, the output absolute; URLs stay', async () => {
    const config = await read('ok.json', JSON.stringify({ spec: 'spec/api.yaml', output: 'out', packageName: 'pets-sdk', taskStatus: { success: ['done'] } }));
    expect(config).toEqual({
      spec: relative(process.cwd(), join(work.path, 'spec/api.yaml')),
      output: join(work.path, 'out'),
      packageName: 'pets-sdk',
      taskStatus: { success: ['done'] },
    });
    const acknowledgedWarnings = [{ kind: 'openapi-3.1-keyword:*', pointer: '#/components/schemas/*', reason: 'the spec is 3.0 only by name' }, { kind: 'not-dropped' }];
    expect(await read('acks.json', JSON.stringify({ spec: 'a.yaml', output: 'out', acknowledgedWarnings }))).toMatchObject({ acknowledgedWarnings });
    expect((await read('url.json', JSON.stringify({ spec: 'https://example.com/openapi.yaml', output: 'out' }))).spec).toBe('https://example.com/openapi.yaml');
  });

  const refusals: { name: string; text: string; message: RegExp; pointer?: string }[] = [
    { name: 'not JSON', text: '{ spec: x }', message: /the config file is not valid JSON/ },
    { name: 'not an object', text: '["spec"]', message: /must contain a JSON object/, pointer: '#' },
    { name: 'an unknown key', text: '{"spec":"a","output":"b","packagename":"x"}', message: /unknown config key "packagename"/, pointer: '#/packagename' },
    { name: 'no spec', text: '{"output":"b"}', message: /"spec" is required and must be a string/, pointer: '#/spec' },
    { name: 'an empty output', text: '{"spec":"a","output":""}', message: /"output" is required/, pointer: '#/output' },
    {
      name: 'taskStatus not an object',
      text: '{"spec":"a","output":"b","taskStatus":["done"]}',
      message: /must be an object with "success" and\/or "failure"/,
      pointer: '#/taskStatus',
    },
    { name: 'taskStatus with an unknown key', text: '{"spec":"a","output":"b","taskStatus":{"done":["x"]}}', message: /unknown key "done"/, pointer: '#/taskStatus/done' },
    {
      name: 'taskStatus list of numbers',
      text: '{"spec":"a","output":"b","taskStatus":{"success":[1]}}',
      message: /"success" must be a list of strings/,
      pointer: '#/taskStatus/success',
    },
    {
      name: 'taskStatus operations not a map',
      text: '{"spec":"a","output":"b","taskStatus":{"operations":[]}}',
      message: /"operations" must map fetch operation names/,
      pointer: '#/taskStatus/operations',
    },
    {
      name: 'positionalPathParams neither last nor all',
      text: '{"spec":"a","output":"b","positionalPathParams":"first"}',
      message: /"positionalPathParams" must be "last" or "all"/,
      pointer: '#/positionalPathParams',
    },
    { name: 'openFields not a list', text: '{"spec":"a","output":"b","openFields":"Chat.voice"}', message: /"openFields" must be a list of field keys/, pointer: '#/openFields' },
    {
      name: 'an openFields entry that is no field key',
      text: '{"spec":"a","output":"b","openFields":["Chat.voice","voice"]}',
      message: /"voice" is not a field key/,
      pointer: '#/openFields/1',
    },
    { name: 'an openFields entry that is no string', text: '{"spec":"a","output":"b","openFields":[3]}', message: /3 is not a field key/, pointer: '#/openFields/0' },
    { name: 'surface with an unknown key', text: '{"spec":"a","output":"b","surface":{"method":{}}}', message: /unknown key "method"/, pointer: '#/surface/method' },
    {
      name: 'a surface method key without a method',
      text: '{"spec":"a","output":"b","surface":{"methods":{"/a/b":"a.b"}}}',
      message: /"\/a\/b" is not a call key/,
      pointer: '#/surface/methods/~1a~1b',
    },
    {
      name: 'a surface method placed at no identifier',
      text: '{"spec":"a","output":"b","surface":{"methods":{"GET /a":"a.2b"}}}',
      message: /"a.2b" is not a place for a call/,
      pointer: '#/surface/methods/GET ~1a',
    },
    {
      name: 'a surface resource moved to no place',
      text: '{"spec":"a","output":"b","surface":{"resources":{"a":true}}}',
      message: /maps a resource's place to its new one/,
      pointer: '#/surface/resources/a',
    },
    {
      name: 'a namespace selecting by an unknown key',
      text: '{"spec":"a","output":"b","surface":{"namespaces":{"beta":{"prefix":["/a"]}}}}',
      message: /unknown key "prefix"/,
      pointer: '#/surface/namespaces/beta/prefix',
    },
    {
      name: 'a namespace with an empty list',
      text: '{"spec":"a","output":"b","surface":{"namespaces":{"beta":{"tags":[]}}}}',
      message: /"tags" must be a list of strings/,
      pointer: '#/surface/namespaces/beta/tags',
    },
    { name: 'empty title', text: '{"spec":"a","output":"b","title":" "}', message: /"title" must be a non-empty string/, pointer: '#/title' },
    { name: 'license not a string', text: '{"spec":"a","output":"b","license":{"type":"MIT"}}', message: /"license" must be a non-empty string/, pointer: '#/license' },
    {
      name: 'acknowledgedWarnings not a list',
      text: '{"spec":"a","output":"b","acknowledgedWarnings":{"kind":"x"}}',
      message: /must be a list/,
      pointer: '#/acknowledgedWarnings',
    },
    {
      name: 'an acknowledgement not an object',
      text: '{"spec":"a","output":"b","acknowledgedWarnings":["x"]}',
      message: /must be an object with "kind"/,
      pointer: '#/acknowledgedWarnings/0',
    },
    {
      name: 'an acknowledgement without a kind',
      text: '{"spec":"a","output":"b","acknowledgedWarnings":[{"kind":"a"},{"pointer":"#/x"}]}',
      message: /"kind" is required/,
      pointer: '#/acknowledgedWarnings/1',
    },
    {
      name: 'an acknowledgement with an unknown key',
      text: '{"spec":"a","output":"b","acknowledgedWarnings":[{"kind":"a","path":"#/x"}]}',
      message: /unknown key "path"/,
      pointer: '#/acknowledgedWarnings/0/path',
    },
    {
      name: 'an acknowledgement with an empty pointer',
      text: '{"spec":"a","output":"b","acknowledgedWarnings":[{"kind":"a","pointer":""}]}',
      message: /"pointer" must be a non-empty string/,
      pointer: '#/acknowledgedWarnings/0/pointer',
    },
    {
      name: 'credentials not an object',
      text: '{"spec":"a","output":"b","credentials":["AdminKey"]}',
      message: /"credentials" must map security scheme keys/,
      pointer: '#/credentials',
    },
    {
      name: 'a credential entry empty',
      text: '{"spec":"a","output":"b","credentials":{"AdminKey":{}}}',
      message: /must be an object with "option"/,
      pointer: '#/credentials/AdminKey',
    },
    {
      name: 'a credential with an unknown key',
      text: '{"spec":"a","output":"b","credentials":{"Admin/Key":{"name":"x"}}}',
      message: /unknown key "name"/,
      pointer: '#/credentials/Admin~1Key/name',
    },
    {
      name: 'a credential option not an identifier',
      text: '{"spec":"a","output":"b","credentials":{"AdminKey":{"option":"admin-key"}}}',
      message: /"admin-key" is not a client option name/,
      pointer: '#/credentials/AdminKey/option',
    },
    {
      name: 'a credential variable not upper snake case',
      text: '{"spec":"a","output":"b","credentials":{"AdminKey":{"env":"acme_admin"}}}',
      message: /"acme_admin" is not an environment variable name/,
      pointer: '#/credentials/AdminKey/env',
    },
    {
      name: 'taskStatus per operation checked too',
      text: '{"spec":"a","output":"b","taskStatus":{"operations":{"getTask":{"failure":"x"}}}}',
      message: /"failure" must be a list of strings/,
      pointer: '#/taskStatus/operations/getTask/failure',
    },
  ];
  it.each(refusals)('refuses $name', async ({ name, text, message, pointer }) => {
    const error = await read(`${name.replace(/\W+/g, '-')}.json`, text).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).message).toMatch(message);
    expect((error as GeneratorError).location?.pointer).toBe(pointer);
    expect((error as GeneratorError).hint).not.toBe('');
  });

  it('a missing file is refused with a hint', async () => {
    await expect(readConfig(join(work.path, 'missing.json'))).rejects.toThrow(/the config file does not exist or cannot be read/);
  });
});
