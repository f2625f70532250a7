/** `sdkgen diff` (`npm run api:diff`): files, git revisions, Markdown or JSON, exit codes. */
import { execFile } from 'node:child_process';
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { diffApis } from '../../generator/diff/diff-api.ts';
import { loadApi } from '../../generator/diff/load-api.ts';
import type { ApiDiff } from '../../generator/diff/types.ts';
import { main } from '../../generator/cli/program.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { runCli, tempDir } from '../helpers/run-cli.ts';

const run = promisify(execFile);
const FIXTURES = join(ROOT, 'test/fixtures-diff');
const pair = (name: string) => ['--from', join(FIXTURES, name, 'old.yaml'), '--to', join(FIXTURES, name, 'new.yaml')];

/**
 * Runs `sdkgen diff`. The fixture pairs are not the gateway's spec, so unless a test names a config, the project's
 * (whose overlays target the gateway's spec) is replaced by one without overlays.
 */
async function apiDiff(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const config = args.includes('--config') ? [] : ['--config', join(repo.path, 'plain.config.json')];
  const code = await main(['diff', ...args, ...config], { out: (text) => (stdout += text), err: (text) => (stderr += text) });
  return { code, stdout, stderr };
}

let repo: Awaited<ReturnType<typeof tempDir>>;
let expected: ApiDiff;
beforeAll(async () => {
  // A scratch repository (never the project's): the old spec committed, the new one in the working tree.
  repo = await tempDir('sdkgen-api-diff-');
  const git = (...args: string[]) => run('git', ['-c', 'user.name=test', '-c', 'user.email=test@example.com', '-c', 'commit.gpgsign=false', ...args], { cwd: repo.path });
  await git('init', '-q');
  await mkdir(join(repo.path, 'spec'));
  await copyFile(join(FIXTURES, 'request-fields/old.yaml'), join(repo.path, 'spec/openapi.yaml'));
  await git('add', 'spec/openapi.yaml');
  await git('commit', '-q', '-m', 'old spec');
  await copyFile(join(FIXTURES, 'request-fields/new.yaml'), join(repo.path, 'spec/openapi.yaml'));
  await writeFile(join(repo.path, 'plain.config.json'), JSON.stringify({ spec: 'spec/openapi.yaml', output: 'out' }));
  const [before, after] = await Promise.all([loadApi(join(FIXTURES, 'request-fields/old.yaml')), loadApi(join(FIXTURES, 'request-fields/new.yaml'))]);
  expected = JSON.parse(JSON.stringify(diffApis(before.api, after.api)));
});
afterAll(async () => repo?.remove());

describe('sdkgen diff', () => {
  it('prints Markdown by default and JSON with --json', async () => {
    const markdown = await apiDiff(pair('operation-added'));
    expect(markdown).toMatchObject({ code: 0, stderr: '' });
    expect(markdown.stdout).toContain('## API changes: Pets 1.0.0 → 1.1.0');
    expect(markdown.stdout).toContain('- new operation `createPet` (`POST /pets`)');
    const json = await apiDiff([...pair('request-fields'), '--json']);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toEqual(expected);
  });

  it('warnings: one line per kind, a warning both sides have counted once; --verbose lists them; --strict refuses before the report', async () => {
    const old = join(repo.path, 'warned-old.yaml');
    const next = join(repo.path, 'warned-new.yaml');
    const withConst = (text: string) => text.replace(/name: \{ type: string \}/g, "name: { type: string, const: 'Rex' }");
    await writeFile(old, withConst(await readFile(join(FIXTURES, 'operation-added/old.yaml'), 'utf8')));
    await writeFile(next, withConst(await readFile(join(FIXTURES, 'operation-added/new.yaml'), 'utf8')));
    const summary = await apiDiff(['--from', old, '--to', next]);
    expect(summary.code).toBe(0);
    // Pet.name on both sides (one warning), NewPet.name only in the new one.
    expect(summary.stderr).toMatch(
      /^warning: 2 × `const` honoured .* — first at .*warned-new\.yaml:\d+:\d+ \(#\/components\/schemas\/Pet\/properties\/name\/const\) \[openapi-3\.1-keyword:const\]\n2 warnings of 1 kind \(--verbose/,
    );
    const verbose = await apiDiff(['--from', old, '--to', next, '--verbose']);
    expect(verbose.stderr.match(/^ {2}at /gm)).toHaveLength(2);
    const strict = await apiDiff(['--from', old, '--to', next, '--strict', '--quiet']);
    expect(strict).toMatchObject({ code: 1, stdout: '' });
    expect(strict.stderr).toMatch(/^error: --strict: 2 warnings not acknowledged\n/);
  });

  it('--fail-on-breaking exits 1 only when there are breaking changes; usage errors exit 2', async () => {
    expect((await apiDiff([...pair('operation-added'), '--fail-on-breaking'])).code).toBe(0);
    const failing = await apiDiff([...pair('request-fields'), '--fail-on-breaking']);
    expect(failing.code).toBe(1);
    expect(failing.stdout).toContain('### Breaking changes');
    const usage = await apiDiff(['--from', 'x.yaml']);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toContain("required option '--to <source>' not specified");
    const missing = await apiDiff(['--from', join(FIXTURES, 'nope.yaml'), '--to', join(FIXTURES, 'unchanged/new.yaml')]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/error: the spec file does not exist[\s\S]*hint: /);
  });

  it('reads a side from a git revision: git:<rev> (the configured spec path) or git:<rev>:<path>', async () => {
    const byPath = await loadApi('git:HEAD:spec/openapi.yaml', { cwd: repo.path });
    const now = await loadApi('spec/openapi.yaml', { cwd: repo.path });
    expect(JSON.parse(JSON.stringify(diffApis(byPath.api, now.api)))).toEqual(expected);
    await expect(loadApi('git:no-such-revision', { cwd: repo.path })).rejects.toThrow(/there is no revision "no-such-revision"/);
    await expect(loadApi('git:HEAD:spec/other.yaml', { cwd: repo.path })).rejects.toThrow(/spec\/other\.yaml does not exist at revision HEAD/);
    // The command as run from the repository (the default spec path is spec/openapi.yaml).
    const { code, stdout } = await runCli(['diff', '--from', 'git:HEAD', '--to', 'spec/openapi.yaml', '--json'], repo.path);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(expected);
  });

  it("applies the config's overlays to both sides when either is the configured spec, as generation does", async () => {
    // The overlay removes the operation (and its body type) the new side adds: with it, the two sides are the same API.
    const folder = join(repo.path, 'overlaid');
    await mkdir(folder);
    await writeFile(
      join(folder, 'drop.overlay.json'),
      JSON.stringify({
        overlay: '1.0.0',
        info: { title: 'drop', version: '1' },
        actions: [
          { target: "$.paths['/pets'].post", remove: true },
          { target: '$.components.schemas.NewPet', remove: true },
        ],
      }),
    );
    await copyFile(join(FIXTURES, 'operation-added/old.yaml'), join(folder, 'old.yaml'));
    const config = join(folder, 'sdk.config.json');
    await writeFile(config, JSON.stringify({ spec: 'old.yaml', output: 'out', overlays: ['drop.overlay.json'] }));
    const newSide = ['--to', join(FIXTURES, 'operation-added/new.yaml'), '--json'];
    const plain = await apiDiff([...pair('operation-added'), '--json']);
    const overlaid = await apiDiff(['--from', join(folder, 'old.yaml'), ...newSide, '--config', config]);
    expect(JSON.parse(plain.stdout).changes.length).toBeGreaterThan(0);
    expect(overlaid.code, overlaid.stderr).toBe(0);
    expect(JSON.parse(overlaid.stdout).changes).toEqual([]);
    // --no-config-overlays compares the documents as written.
    const asWritten = await apiDiff(['--from', join(folder, 'old.yaml'), ...newSide, '--config', config, '--no-config-overlays']);
    expect(JSON.parse(asWritten.stdout).changes).toEqual(JSON.parse(plain.stdout).changes);
  });

  it("does not apply the config's overlays to two other documents, and says so", async () => {
    // An overlay that fails on any document but the configured one (its target holds a string, which update refuses).
    const folder = join(repo.path, 'unrelated');
    await mkdir(folder);
    await writeFile(
      join(folder, 'gateway.overlay.json'),
      JSON.stringify({ overlay: '1.0.0', info: { title: 'gateway', version: '1' }, actions: [{ target: '$.info.title', update: { x: 1 } }] }),
    );
    const config = join(folder, 'sdk.config.json');
    await writeFile(config, JSON.stringify({ spec: '../spec/openapi.yaml', output: 'out', overlays: ['gateway.overlay.json'] }));
    const plain = await apiDiff([...pair('operation-added'), '--json']);
    const other = await apiDiff([...pair('operation-added'), '--json', '--config', config]);
    expect(other.code, other.stderr).toBe(0);
    expect(JSON.parse(other.stdout)).toEqual(JSON.parse(plain.stdout));
    expect(other.stderr).toContain(`note: the overlays of ${config} are not applied: neither side is its spec`);
    // The same overlay on the configured spec is applied, so it is an error located in the overlay.
    const configured = await apiDiff(['--from', join(FIXTURES, 'operation-added/old.yaml'), '--to', join(repo.path, 'spec/openapi.yaml'), '--config', config]);
    expect(configured.code).toBe(1);
    expect(configured.stderr).toMatch(/gateway\.overlay\.json:1:\d+ \(#\/actions\/0\/update\)/);
  });
});
