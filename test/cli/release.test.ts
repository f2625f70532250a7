/** `sdkgen release`: flags reach the release step, the summary is printed, a refusal exits 1 and changes nothing. */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { main } from '../../generator/cli/program.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { snapshotTree, tempDir } from '../helpers/run-cli.ts';

const FIXTURES = join(ROOT, 'test/fixtures-diff');
let work: Awaited<ReturnType<typeof tempDir>>;
const path = (...parts: string[]) => join(work.path, ...parts);

async function release(args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['release', ...args, '--config', path('sdk.config.json')], { out: (text) => void (stdout += text), err: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

beforeAll(async () => {
  work = await tempDir('sdkgen-release-');
  await mkdir(path('spec'));
  await copyFile(join(FIXTURES, 'operation-added/old.yaml'), path('spec/api.yaml'));
  await copyFile(join(FIXTURES, 'operation-added/new.yaml'), path('new.yaml'));
  await writeFile(path('sdk.config.json'), JSON.stringify({ spec: 'spec/api.yaml', output: 'out', packageName: 'pets-sdk', packageVersion: '1.0.0' }));
  await main(['generate', '--config', path('sdk.config.json'), '--quiet'], { out: () => undefined, err: () => undefined });
});
afterAll(async () => work?.remove());

describe('sdkgen release', () => {
  it('releases with the given date and prints the summary and the changelog entry', async () => {
    const result = await release([path('new.yaml'), '--date', '2026-06-01']);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    expect(result.stdout).toMatch(/^Pets: API version 1\.0\.0 → 1\.1\.0; pets-sdk 1\.0\.0 → 1\.1\.0 \(minor: 0 breaking, 1 non-breaking, 0 patch\)\n/);
    expect(result.stdout).toContain('CHANGELOG.md entry dated 2026-06-01');
    expect(result.stdout).toContain('## 1.1.0 (2026-06-01)');
  });

  it('refuses the same document again: exit 1, the reason, a hint, "nothing was changed", and nothing changed', async () => {
    const before = await snapshotTree(work.path);
    const result = await release([path('new.yaml'), '--date', '2026-06-02']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(/^error: the new document's info\.version is 1\.1\.0[\s\S]*\n {2}hint: .*--force[\s\S]*\nnothing was changed\n$/);
    expect(await snapshotTree(work.path)).toEqual(before);
  });

  it('--force reaches the release step: the same document becomes a patch release', async () => {
    const result = await release([path('new.yaml'), '--date', '2026-06-03', '--force']);
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('pets-sdk 1.1.0 → 1.1.1 (patch:');
    expect(JSON.parse(await readFile(path('sdk.config.json'), 'utf8')).packageVersion).toBe('1.1.1');
  });

  it('--strict refuses a document with warnings the config does not acknowledge, and changes nothing', async () => {
    const withConst = (await readFile(path('new.yaml'), 'utf8'))
      .replace('version: 1.1.0', 'version: 1.2.0')
      .replace('name: { type: string } } }\n', "name: { type: string, const: 'Rex' } } }\n");
    await writeFile(path('warned.yaml'), withConst);
    const before = await snapshotTree(work.path);
    const result = await release([path('warned.yaml'), '--date', '2026-06-04', '--strict']);
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(
      /^warning: `const` is not part of OpenAPI 3\.0 .* \[openapi-3\.1-keyword:const\]\n1 warning of 1 kind\nerror: --strict: 1 warning not acknowledged \(above\)\n[\s\S]*\nnothing was changed\n$/,
    );
    expect(await snapshotTree(work.path)).toEqual(before);
  });

  it('a bad --date is refused with exit 1', async () => {
    const result = await release([path('new.yaml'), '--date', '2026-13-01', '--force']);
    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/--date "2026-13-01" is not a date[\s\S]*nothing was changed/);
  });
});
