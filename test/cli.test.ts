/** The CLI as a user meets it: exit codes, messages with file/line/pointer and a hint, and nothing lost on failure. */
import { spawn } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { FIXTURES, materializeGolden, ROOT } from './helpers/golden-cases.ts';
import { cp, runCli, SDKGEN, snapshotTree, tempDir } from './helpers/run-cli.ts';

// Each test starts the CLI as new processes: on a busy two-core machine one such test can pass the default
// minute without anything being wrong.
vi.setConfig({ testTimeout: 180_000 });

let work: Awaited<ReturnType<typeof tempDir>>;
beforeAll(async () => {
  work = await tempDir();
});

/** Every file of the package a fixture's golden stands for (the golden plus the static runtime). */
async function goldenPackage(name: string): Promise<Record<string, string>> {
  const dir = join(work.path, `golden-${name}`);
  await materializeGolden(name, dir);
  return snapshotTree(dir);
}
afterAll(async () => work.remove());

describe('usage', () => {
  it('--help lists the options and exits 0', async () => {
    const result = await runCli(['generate', '--help']);
    expect(result.code).toBe(0);
    for (const option of ['--spec', '--out', '--config', '--check']) expect(result.stdout).toContain(option);
  });

  it('an unknown option exits 2', async () => {
    const result = await runCli(['generate', '--no-such-flag']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain("unknown option '--no-such-flag'");
  });

  it('--spec without --out is refused with a hint', async () => {
    const result = await runCli(['generate', '--spec', 'spec/openapi.yaml']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/no output folder given[\s\S]*hint: pass --out/);
  });
});

describe('bad input: exit 1, a located message with a hint, and the previous output untouched', () => {
  const cases: { file: string; message: RegExp; location: RegExp }[] = [
    { file: 'invalid-yaml.yaml', message: /not valid YAML/, location: /invalid-yaml\.yaml:12:\d+/ },
    {
      file: 'broken-ref.yaml',
      message: /"#\/components\/schemas\/DoesNotExist" points at nothing/,
      location: /broken-ref\.yaml:\d+:\d+ \(#\/paths\/~1widgets\/get\/responses\/200\/.*\$ref\)/,
    },
    { file: 'not-openapi.yaml', message: /Swagger "1\.2" documents are not supported/, location: /not-openapi\.yaml:4:\d+ \(#\/swaggerVersion\)/ },
    { file: 'empty.yaml', message: /the spec file is empty/, location: /empty\.yaml/ },
    { file: 'does-not-exist.yaml', message: /the spec file does not exist/, location: /does-not-exist\.yaml/ },
  ];

  it.each(cases)('$file', async ({ file, message, location }) => {
    // A previous, good generation plus a file of the user's own must survive the failed run byte for byte.
    const out = join(work.path, `out-${file}`);
    await materializeGolden('fragments', out);
    await writeFile(join(out, 'NOTES.md'), 'mine');
    const before = await snapshotTree(out);

    const result = await runCli(['generate', '--spec', join('test/fixtures/bad', file), '--out', out]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(location);
    expect(result.stderr).toContain('hint: ');
    expect(result.stderr).not.toMatch(/\n\s+at .*\.ts:\d+:\d+\)?\n/); // no stack trace for input errors
    expect(await snapshotTree(out)).toEqual(before);
  });

  it('a config file with an unknown key names the key', async () => {
    const config = join(work.path, 'bad.config.json');
    await writeFile(config, JSON.stringify({ spec: 'x.yaml', output: 'out', packagename: 'oops' }));
    const result = await runCli(['generate', '--config', config]);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('unknown config key "packagename"');
    expect(result.stderr).toContain('(#/packagename)');
  });
});

describe('the gateway spec', () => {
  let result: Awaited<ReturnType<typeof runCli>>;
  // Named as in generated/, so that the MCP package beside it depends on `file:../imarouter` there too.
  const out = () => join(work.path, 'imarouter');
  beforeAll(async () => {
    result = await runCli(['generate', '--config', 'sdk.config.json', '--out', out()]);
  });

  it('generates with a one-line summary timing every phase, and a line for the MCP package beside it', () => {
    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(
      /^generated 68 operations and \d+ types into .*; \d+ warnings; [\d.]+ s \(load [\d.]+ s, ir [\d.]+ s, surface [\d.]+ s, emit [\d.]+ s, format [\d.]+ s, write [\d.]+ s\)\ngenerated an MCP server \(\d+ tools, static mode\) into \S*imarouter-mcp: \d+ written, \d+ unchanged, \d+ removed\n$/,
    );
  });

  it('prints one line per warning kind by default: at most 10 lines', () => {
    const lines = result.stderr.split('\n').filter(Boolean);
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(lines.at(-1)).toMatch(/^52 warnings of \d+ kinds \(--verbose lists each with its location\)$/);
    expect(result.stderr).toMatch(
      /^warning: 12 × `if` honoured .* — first at spec\/openapi\.yaml:\d+:\d+ \(#\/components\/schemas\/MiniMaxVideoGenerationRequest\/allOf\/0\/if\) \[openapi-3\.1-keyword:if\]$/m,
    );
  });

  it('--verbose lists every construct outside OpenAPI 3.0, with its kind, JSON pointer and line', async () => {
    const verbose = await runCli(['generate', '--config', 'sdk.config.json', '--out', out(), '--check', '--verbose']);
    expect(verbose.code).toBe(0);
    const warnings = verbose.stderr.split('\n').filter((line) => line.startsWith('warning: '));
    expect(warnings).toHaveLength(52);
    expect(verbose.stderr.split('\n').filter((line) => /^ {2}at spec\/openapi\.yaml:\d+:\d+ \(#\/.+\)$/.test(line))).toHaveLength(52);
    const at = (pointer: string) => new RegExp(`at spec/openapi\\.yaml:\\d+:\\d+ \\(${pointer.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&')}\\)`);
    // if/then, const, type: 'null' and bare-string examples, one place of each.
    expect(verbose.stderr).toMatch(at('#/components/schemas/MiniMaxVideoGenerationRequest/allOf/0/if'));
    expect(verbose.stderr).toMatch(at('#/components/schemas/MiniMaxVideosCreateRequest/allOf/5/then'));
    expect(verbose.stderr).toMatch(at('#/components/schemas/MiniMaxVideoGenerationRequest/allOf/1/if/properties/size/const'));
    expect(verbose.stderr).toMatch(at('#/components/schemas/ImaImageTaskFetchResponse/properties/data/properties/metadata/oneOf/2/type'));
    expect(verbose.stderr).toMatch(at('#/paths/~1v1~1videos/post/responses/400/content/application~1json/examples/Text content is required'));
    const counts: Record<string, number> = {};
    for (const line of warnings) {
      const kind = line.match(/\[([^\]]+)\]$/)![1]!;
      counts[kind] = (counts[kind] ?? 0) + 1;
    }
    // 2 schemas × 6 rules; 7 bare-string examples; one `type: 'null'` (SPEC-NOTES); two boolean enums under `type: string`.
    expect(counts).toEqual({
      'openapi-3.1-keyword:if': 12,
      'openapi-3.1-keyword:then': 12,
      'openapi-3.1-keyword:const': 18,
      'openapi-3.1-null-type': 1,
      'bare-example-value': 7,
      'enum-value-type-mismatch': 2,
    });
  });

  it('matches the committed generated/ folder byte for byte', async () => {
    // Only what the generator writes (its manifest) is compared: a release's CHANGELOG.md lives there too.
    const manifest = JSON.parse(await readFile(join(out(), '.sdkgen-manifest.json'), 'utf8')).files as string[];
    const committed = await snapshotTree(join(ROOT, 'generated/imarouter'));
    const generated = await snapshotTree(out());
    for (const path of [...manifest, '.sdkgen-manifest.json']) expect(generated[path], path).toBe(committed[path]);
    expect(Object.keys(generated).sort()).toEqual([...manifest, '.sdkgen-manifest.json'].sort());
    // Moved by --out, the MCP package keeps its place beside the SDK.
    const mcpOut = join(out(), '../imarouter-mcp');
    const mcpFiles = [...JSON.parse(await readFile(join(mcpOut, '.sdkgen-manifest.json'), 'utf8')).files, '.sdkgen-manifest.json'] as string[];
    const mcpCommitted = await snapshotTree(join(ROOT, 'generated/imarouter-mcp'));
    expect(Object.keys(await snapshotTree(mcpOut)).sort()).toEqual([...mcpFiles].sort());
    for (const path of mcpFiles) expect(await readFile(join(mcpOut, path), 'utf8'), path).toBe(mcpCommitted[path]);
  });

  it('--check passes on fresh output, fails on a hand-edited file, and writes nothing', async () => {
    expect((await runCli(['generate', '--check', '--out', out()])).code).toBe(0);
    const edited = join(out(), 'src/models.ts');
    await writeFile(edited, (await readFile(edited, 'utf8')) + '\n// hand edit\n');
    const check = await runCli(['generate', '--check', '--out', out()]);
    expect(check.code).toBe(1);
    expect(check.stderr).toContain('src/models.ts');
    expect(await readFile(edited, 'utf8')).toContain('// hand edit');
  });
});

describe('other inputs', () => {
  it('reads a spec from an http URL', async () => {
    const text = await readFile(join(FIXTURES, 'fragments.yaml'), 'utf8');
    const server = http.createServer((_request, response) => response.end(text));
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const { port } = server.address() as AddressInfo;
    try {
      const out = join(work.path, 'from-url');
      const result = await runCli(['generate', '--spec', `http://127.0.0.1:${port}/openapi.yaml`, '--out', out]);
      expect(result.code).toBe(0);
      expect(await snapshotTree(out)).toEqual(await goldenPackage('fragments'));
    } finally {
      server.close();
    }
  });

  it('reads JSON specs', async () => {
    const out = join(work.path, 'json');
    const result = await runCli(['generate', '--spec', 'test/fixtures/circular-openapi.json', '--out', out]);
    expect(result.code).toBe(0);
    expect(await snapshotTree(out)).toEqual(await goldenPackage('circular-openapi'));
  });
});

describe('overlays', () => {
  const overlay = [
    'overlay: 1.0.0',
    'info: { title: rename and drop, version: 1.0.0 }',
    'actions:',
    '  - target: $.info',
    '    update: { title: Overlaid Fragments }',
    "  - target: $.paths['/v1/videos/{task_id}#veo']",
    '    remove: true',
    '',
  ].join('\n');

  it('from the config (relative to it) are applied by generate and by --check; --overlay adds more', async () => {
    const folder = join(work.path, 'overlay-project');
    await cp(join(FIXTURES, 'fragments.yaml'), join(folder, 'spec/api.yaml'));
    await writeFile(join(folder, 'spec/api.overlay.yaml'), overlay);
    await writeFile(join(folder, 'sdk.config.json'), JSON.stringify({ spec: 'spec/api.yaml', output: 'out', overlays: ['spec/api.overlay.yaml'] }));
    const config = join(folder, 'sdk.config.json');
    const plain = await runCli(['generate', '--spec', join(folder, 'spec/api.yaml'), '--out', join(folder, 'plain')]);
    const generated = await runCli(['generate', '--config', config]);
    expect(generated.code, generated.stderr).toBe(0);
    const operations = (result: typeof plain) => Number(/generated (\d+) operations/.exec(result.stdout)![1]);
    expect(operations(generated)).toBe(operations(plain) - 1);
    expect(await readFile(join(folder, 'out/package.json'), 'utf8')).toContain('"name": "overlaid-fragments-sdk"');

    expect((await runCli(['generate', '--config', config, '--check'])).code).toBe(0);
    // The same spec without its overlay is not what is in the folder.
    expect((await runCli(['generate', '--spec', join(folder, 'spec/api.yaml'), '--out', join(folder, 'out'), '--check'])).code).toBe(1);
    // --overlay applies after the config's overlays.
    await writeFile(
      join(folder, 'more.overlay.json'),
      JSON.stringify({ overlay: '1.0.0', info: { title: 'x', version: '1' }, actions: [{ target: '$.info', update: { title: 'Twice' } }] }),
    );
    const twice = await runCli(['generate', '--config', config, '--overlay', join(folder, 'more.overlay.json'), '--out', join(folder, 'twice')]);
    expect(twice.code, twice.stderr).toBe(0);
    expect(await readFile(join(folder, 'twice/package.json'), 'utf8')).toContain('"name": "twice-sdk"');
  }, 300_000);

  it('a broken overlay stops the run with its own file, line and pointer, and writes nothing', async () => {
    const folder = join(work.path, 'overlay-broken');
    await materializeGolden('fragments', join(folder, 'out'));
    const before = await snapshotTree(join(folder, 'out'));
    await writeFile(join(folder, 'bad.overlay.yaml'), overlay.replace("$.paths['/v1/videos/{task_id}#veo']", '$.paths[?'));
    const result = await runCli(['generate', '--spec', join(FIXTURES, 'fragments.yaml'), '--overlay', join(folder, 'bad.overlay.yaml'), '--out', join(folder, 'out')]);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/error: overlay: the target "\$\.paths\[\?" is not valid JSONPath/);
    expect(result.stderr).toMatch(/at .*bad\.overlay\.yaml:6:\d+ \(#\/actions\/1\/target\)/);
    expect(await snapshotTree(join(folder, 'out'))).toEqual(before);
  }, 120_000);
});

describe('--watch', () => {
  it('regenerates when the spec changes, survives a broken edit, and writes nothing for it', async () => {
    const dir = join(work.path, 'watch');
    await cp(join(FIXTURES, 'fragments.yaml'), join(dir, 'spec.yaml'));
    const spec = join(dir, 'spec.yaml');
    const out = join(dir, 'out');
    const child = spawn(process.execPath, [SDKGEN, 'generate', '--spec', spec, '--out', out, '--watch', '--quiet'], { cwd: ROOT });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    const waitFor = async (test: () => boolean) => {
      for (let waited = 0; !test(); waited += 50) {
        if (waited > 60_000) throw new Error(`timed out; stdout: ${stdout}\nstderr: ${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    };
    const runs = () => stdout.match(/^generated /gm)?.length ?? 0;
    try {
      await waitFor(() => stdout.includes('watching'));
      expect(runs()).toBe(1);
      const original = await readFile(spec, 'utf8');
      await writeFile(spec, original.replace(/^(\s+summary: .*)$/m, '$1 (edited while watching)'));
      await waitFor(() => runs() === 2);
      expect(await readFile(join(out, 'README.md'), 'utf8')).toContain('(edited while watching)');

      const before = await snapshotTree(out);
      await writeFile(spec, `${original}\nbroken: [\n`);
      await waitFor(() => stderr.includes('nothing was written'));
      expect(stderr).toMatch(/not valid YAML[\s\S]*spec\.yaml:\d+/);
      expect(await snapshotTree(out)).toEqual(before);

      await writeFile(spec, original);
      await waitFor(() => runs() === 3);
      expect(await snapshotTree(out)).toEqual(await goldenPackage('fragments'));
    } finally {
      child.kill();
    }
  }, 120_000);
});
