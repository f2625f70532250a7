/** `sdkgen generate`: which spec, output and settings a run uses, and what it prints (the process-level CLI is test/cli.test.ts). */
import { readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { resolveRun, type GenerateFlags } from '../../generator/cli/generate.ts';
import { main } from '../../generator/cli/program.ts';
import { FIXTURES } from '../helpers/golden-cases.ts';
import { tempDir } from '../helpers/run-cli.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
let config: string;
beforeAll(async () => {
  work = await tempDir('sdkgen-generate-');
  config = join(work.path, 'my.config.json');
  await writeFile(config, JSON.stringify({ spec: 'api.yaml', output: 'out', packageName: 'from-config', clientName: 'FromConfig', envPrefix: 'CONFIG', packageVersion: '2.0.0' }));
  await writeFile(join(work.path, 'overlays.config.json'), JSON.stringify({ spec: 'api.yaml', output: 'out', overlays: ['spec/a.overlay.yaml'] }));
  await writeFile(join(work.path, 'hosts.config.json'), JSON.stringify({ spec: 'api.yaml', output: 'out', allowRefHosts: ['schemas.example.com'] }));
  await writeFile(join(work.path, 'mcp.config.json'), JSON.stringify({ spec: 'api.yaml', output: 'gen/sdk', mcp: { output: 'gen/sdk-mcp', mode: 'static' } }));
});
afterAll(async () => work.remove());

describe('resolveRun: a flag wins over the config, the config over the defaults', () => {
  const cases: { name: string; flags: () => GenerateFlags; want: () => object }[] = [
    {
      name: '--spec and --out alone: no config is read',
      flags: () => ({ spec: 'a.yaml', out: 'dir' }),
      want: () => ({
        spec: 'a.yaml',
        output: resolve('dir'),
        settings: { packageName: undefined, clientName: undefined, envPrefix: undefined },
        settingsSource: 'command line',
      }),
    },
    {
      name: '--config: spec, output (relative to the config) and settings from it',
      flags: () => ({ config }),
      want: () => ({
        spec: relative(process.cwd(), join(work.path, 'api.yaml')),
        output: join(work.path, 'out'),
        settings: { packageName: 'from-config', clientName: 'FromConfig', envPrefix: 'CONFIG', packageVersion: '2.0.0' },
        settingsSource: config,
      }),
    },
    {
      name: 'flags override the config',
      flags: () => ({ config, spec: 'b.yaml', out: 'elsewhere', packageName: 'from-flag', envPrefix: 'FLAG' }),
      want: () => ({ spec: 'b.yaml', output: resolve('elsewhere'), settings: { packageName: 'from-flag', clientName: 'FromConfig', envPrefix: 'FLAG', packageVersion: '2.0.0' } }),
    },
    {
      name: "overlays: the config's (relative to the config), then --overlay ones (as given)",
      flags: () => ({ config: join(work.path, 'overlays.config.json'), overlay: ['extra.yaml'] }),
      want: () => ({ overlays: [relative(process.cwd(), join(work.path, 'spec/a.overlay.yaml')), 'extra.yaml'] }),
    },
    { name: 'no overlays', flags: () => ({ spec: 'a.yaml', out: 'dir' }), want: () => ({ overlays: [], allowRefHosts: [] }) },
    {
      name: "allowed hosts: the config's allowRefHosts, then every --allow-ref-host",
      flags: () => ({ config: join(work.path, 'hosts.config.json'), allowRefHost: ['127.0.0.1:8080'] }),
      want: () => ({ allowRefHosts: ['schemas.example.com', '127.0.0.1:8080'] }),
    },
    {
      name: "mcp: the config's section, its output relative to the config",
      flags: () => ({ config: join(work.path, 'mcp.config.json') }),
      want: () => ({ mcp: { output: join(work.path, 'gen/sdk-mcp'), mode: 'static' } }),
    },
    {
      name: 'mcp: --out alone moves the MCP package with the SDK, beside it',
      flags: () => ({ config: join(work.path, 'mcp.config.json'), out: 'moved/sdk' }),
      want: () => ({ output: resolve('moved/sdk'), mcp: { output: resolve('moved/sdk-mcp') } }),
    },
    {
      name: 'mcp: --mcp-out and --mcp-mode win over the config',
      flags: () => ({ config: join(work.path, 'mcp.config.json'), out: 'moved/sdk', mcpOut: 'agents', mcpMode: 'dynamic' }),
      want: () => ({ mcp: { output: resolve('agents'), mode: 'dynamic' } }),
    },
    { name: 'mcp: --mcp-out without a config', flags: () => ({ spec: 'a.yaml', out: 'dir', mcpOut: 'dir-mcp' }), want: () => ({ mcp: { output: resolve('dir-mcp') } }) },
  ];
  it.each(cases)('$name', async ({ flags, want }) => {
    expect(await resolveRun(flags())).toMatchObject(want());
  });

  const refusals: { name: string; flags: GenerateFlags; error: RegExp }[] = [
    { name: '--spec without --out', flags: { spec: 'a.yaml' }, error: /no output folder given/ },
    { name: 'a named config that does not exist', flags: { config: 'no-such.config.json' }, error: /the config file does not exist/ },
    {
      name: '--allow-ref-host with a URL',
      flags: { spec: 'a.yaml', out: 'dir', allowRefHost: ['http://evil.test/'] },
      error: /--allow-ref-host "http:\/\/evil\.test\/" is not a host name/,
    },
    { name: '--mcp-mode without an MCP package', flags: { spec: 'a.yaml', out: 'dir', mcpMode: 'dynamic' }, error: /--mcp-mode needs an MCP package to generate/ },
  ];
  it.each(refusals)('refuses $name', async ({ flags, error }) => {
    await expect(resolveRun(flags)).rejects.toThrow(error);
  });
});

describe('output', () => {
  async function generate(args: string[]) {
    let stdout = '';
    let stderr = '';
    const code = await main(['generate', ...args], { out: (text) => void (stdout += text), err: (text) => void (stderr += text) });
    return { code, stdout, stderr };
  }
  const spec = join(FIXTURES, 'conditionals.yaml');

  it('prints a located warning and a one-line summary; --quiet drops the warning only', async () => {
    const out = join(work.path, 'conditionals');
    const loud = await generate(['--spec', spec, '--out', out]);
    expect(loud.code).toBe(0);
    expect(loud.stderr).toMatch(/^warning: if\/then rules .* — at .*conditionals\.yaml:\d+:\d+ \(#\/.*\) \[conditional-kept-as-docs\]\n1 warning of 1 kind\n$/);
    expect(loud.stdout).toMatch(
      /^generated \d+ operations and \d+ types into .*: \d+ written, 0 unchanged, 0 removed; 1 warnings; .* \(load .* s, ir .* s, emit .* s, format .* s, write .* s\)\n$/,
    );
    const quiet = await generate(['--spec', spec, '--out', out, '--quiet']);
    expect(quiet).toMatchObject({ code: 0, stderr: '' });
    expect(quiet.stdout).toMatch(/: 0 written, \d+ unchanged, 0 removed; 1 warnings;/);
  });

  it('--verbose: each warning with its kind, then its location', async () => {
    const verbose = await generate(['--spec', spec, '--out', join(work.path, 'conditionals'), '--verbose', '--check']);
    expect(verbose.stderr).toMatch(
      /^warning: if\/then rules .* \[conditional-kept-as-docs\]\n {2}at .*conditionals\.yaml:\d+:\d+ \(#\/components\/schemas\/Shipment\)\n1 warning of 1 kind\n$/,
    );
  });

  it('--strict: exit 1, the previous output untouched; passes once the config acknowledges the warning', async () => {
    const out = join(work.path, 'strict');
    expect((await generate(['--spec', spec, '--out', out, '--quiet'])).code).toBe(0);
    await writeFile(join(out, 'README.md'), 'the previous output');
    const refused = await generate(['--spec', spec, '--out', out, '--strict']);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/\[conditional-kept-as-docs\]\n1 warning of 1 kind\nerror: --strict: 1 warning not acknowledged \(above\)\n {2}at .*conditionals\.yaml:81:7 /);
    expect(refused.stderr).toMatch(
      /hint: fix the spec, or acknowledge .*"acknowledgedWarnings": \[\{"kind":"conditional-kept-as-docs","pointer":"#\/components\/schemas\/Shipment"\}\]/,
    );
    expect(refused.stderr).toMatch(/nothing was written\n$/);
    expect(await readFile(join(out, 'README.md'), 'utf8')).toBe('the previous output');

    const acknowledging = join(work.path, 'strict.config.json');
    await writeFile(acknowledging, JSON.stringify({ spec, output: out, acknowledgedWarnings: [{ kind: 'conditional-*', pointer: '#/components/schemas/Shipment' }] }));
    const passed = await generate(['--config', acknowledging, '--strict']);
    expect(passed.code).toBe(0);
    expect(passed.stderr).toBe(`1 warning acknowledged in ${acknowledging} (--verbose lists each with its location)\n`);
    expect(await readFile(join(out, 'README.md'), 'utf8')).not.toBe('the previous output');
  });

  it('--check: exit 0 when current, exit 1 naming the differing files', async () => {
    const out = join(work.path, 'conditionals');
    expect(await generate(['--spec', spec, '--out', out, '--check', '--quiet'])).toMatchObject({ code: 0, stderr: '' });
    await writeFile(join(out, 'README.md'), 'edited');
    const stale = await generate(['--spec', spec, '--out', out, '--check', '--quiet']);
    expect(stale.code).toBe(1);
    expect(stale.stderr).toMatch(/is not what the spec generates; differing files:\n {2}README\.md\nhint: /);
  });
});

describe('big or deep input ends in a package or a located error, never an internal error', () => {
  async function generate(name: string, text: string) {
    const file = join(work.path, name);
    await writeFile(file, text);
    let stderr = '';
    let stdout = '';
    const code = await main(['generate', '--spec', file, '--out', join(work.path, `out-${name}`), '--quiet'], {
      out: (line) => void (stdout += line),
      err: (line) => void (stderr += line),
    });
    return { code, stdout, stderr };
  }
  const document = (schemas: string) =>
    `{"openapi":"3.1.0","info":{"title":"Deep","version":"1.0.0"},"paths":{"/a":{"post":{"operationId":"postA","requestBody":{"content":{"application/json":{"schema":{"$ref":"#/components/schemas/S0"}}}},"responses":{"200":{"description":"ok"}}}}},"components":{"schemas":${schemas}}}`;

  /** S0 … S(length-1), each `allOf` a reference to the next and an object of one property; the last an object. */
  const allOfChain = (length: number) =>
    JSON.stringify(
      Object.fromEntries(
        Array.from({ length }, (_, index) => [
          `S${index}`,
          index < length - 1
            ? { allOf: [{ $ref: `#/components/schemas/S${index + 1}` }, { type: 'object', properties: { [`f${index}`]: { type: 'string' } } }] }
            : { type: 'object' },
        ]),
      ),
    );

  it('a chain of 600 schemas, each allOf the next, generates', async () => {
    const result = await generate('chain.json', document(allOfChain(600)));
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^generated 1 operations and 600 types/);
  });

  it.each([
    [
      'a schema nested 10,000 deep',
      'deep.json',
      () => document(`{"S0":${'{"type":"object","properties":{"next":'.repeat(10_000)}{}${'}}'.repeat(10_000)}}`),
      /nests objects and arrays more than 256 levels deep\n {2}at .*deep\.json:1:\d+ \(#\/components\/schemas\/S0\/properties/,
    ],
    [
      'a chain of 2,000 schemas each allOf the next',
      'long-chain.json',
      () => document(allOfChain(2000)),
      /more than 1500 levels deep, counting the schemas its references lead to .*\n {2}at .*long-chain\.json:1:\d+ \(#\/components\/schemas\/S\d+\)/,
    ],
    [
      '900 YAML aliases of a 1 MB string',
      'aliases.yaml',
      () =>
        `openapi: 3.1.0\ninfo: { title: A, version: 1.0.0 }\npaths: {}\ncomponents:\n  schemas:\n    S0: { type: string, description: &big ${'x'.repeat(1 << 20)} }\n${Array.from({ length: 900 }, (_, index) => `    S${index + 1}: { type: string, description: *big }`).join('\n')}\n`,
      /expands to more than 32\.\d MB of data .*\n {2}at .*aliases\.yaml:\d+:\d+ \(#\/components\/schemas\/S\d+\/description\)/,
    ],
  ])('%s: a located error', async (_name, file, text, want) => {
    const { code, stderr } = await generate(file, text());
    expect(stderr).not.toMatch(/internal error|RangeError|\n {4}at /);
    expect(stderr).toMatch(want);
    expect(stderr).toMatch(/nothing was written\n$/);
    expect(code).toBe(1);
  });
});
