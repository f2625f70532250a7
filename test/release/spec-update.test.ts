/**
 * `sdkgen release` (`npm run spec:update`) on a small API: the version bump by the diff, the CHANGELOG, the
 * package version kept in the config across regenerations, refusing an unchanged or older `info.version`, and
 * the release date's sources.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readConfig } from '../../generator/config.ts';
import { generate } from '../../generator/pipeline.ts';
import { specUpdate, type SpecUpdateResult } from '../../generator/release/spec-update.ts';
import { main } from '../../generator/cli/program.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { runCli, snapshotTree, tempDir } from '../helpers/run-cli.ts';

const FIXTURES = join(ROOT, 'test/fixtures-diff');

let work: Awaited<ReturnType<typeof tempDir>>;
const path = (...parts: string[]) => join(work.path, ...parts);
let oldSpec: string;
let newSpec: string;
let first: SpecUpdateResult;

beforeAll(async () => {
  work = await tempDir('sdkgen-spec-update-');
  await mkdir(path('spec'));
  await mkdir(path('incoming'));
  await copyFile(join(FIXTURES, 'operation-added/old.yaml'), path('spec/api.yaml'));
  oldSpec = await readFile(path('spec/api.yaml'), 'utf8');
  newSpec = await readFile(join(FIXTURES, 'operation-added/new.yaml'), 'utf8');
  await writeFile(path('incoming/1.1.0.yaml'), newSpec);
  // The package was last published as 3.4.5, independently of the API's 1.0.0.
  await writeFile(path('sdk.config.json'), `${JSON.stringify({ spec: 'spec/api.yaml', output: 'out/pets', packageName: 'pets-sdk', packageVersion: '3.4.5' }, null, 2)}\n`);
  const config = await readConfig(path('sdk.config.json'));
  await generate({
    spec: config.spec,
    output: config.output,
    settings: { packageName: config.packageName, packageVersion: config.packageVersion },
    settingsSource: 'sdk.config.json',
  });
  first = await specUpdate({ source: path('incoming/1.1.0.yaml'), config: path('sdk.config.json'), date: '2026-06-01' });
});
afterAll(async () => work?.remove());

describe('spec:update', () => {
  it('replaces the spec, bumps the package version by the diff and keeps it in the config', async () => {
    expect(first.diff.bump).toBe('minor');
    expect(first).toMatchObject({ previousSpecVersion: '1.0.0', specVersion: '1.1.0', previousPackageVersion: '3.4.5', packageVersion: '3.5.0', date: '2026-06-01' });
    expect(await readFile(path('spec/api.yaml'), 'utf8')).toBe(newSpec);
    expect(JSON.parse(await readFile(path('sdk.config.json'), 'utf8'))).toEqual({ spec: 'spec/api.yaml', output: 'out/pets', packageName: 'pets-sdk', packageVersion: '3.5.0' });
    const packageJson = JSON.parse(await readFile(path('out/pets/package.json'), 'utf8'));
    expect(packageJson.version).toBe('3.5.0');
    // The README keeps naming the API's own version.
    expect(await readFile(path('out/pets/README.md'), 'utf8')).toContain('(API version 1.1.0)');
    const sources = Object.entries(await snapshotTree(path('out/pets/src/resources')));
    expect(sources.filter(([, text]) => text.includes('export function createPet(')).length).toBe(1);
  });

  it('prepends a CHANGELOG entry with the versions, the date and the changes, and prints a summary', async () => {
    const changelog = await readFile(path('out/pets/CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^# Changelog\n\nReleases of `pets-sdk`, newest first\./);
    expect(changelog).toContain(
      '## 3.5.0 (2026-06-01)\n\nAPI version 1.1.0 (was 1.0.0); package version 3.4.5 → 3.5.0. 0 breaking changes, 1 non-breaking change, 0 patch-level changes: a **minor** version bump.\n\n### Non-breaking changes\n\n- new operation `createPet` (`POST /pets`)\n',
    );
    expect(first.summary.split('\n')[0]).toBe('Pets: API version 1.0.0 → 1.1.0; pets-sdk 3.4.5 → 3.5.0 (minor: 0 breaking, 1 non-breaking, 0 patch)');
    expect(first.summary).toContain('CHANGELOG.md entry dated 2026-06-01');
  });

  it('the bumped version survives regeneration: `generate --check` with the config passes', async () => {
    // The CLI reads packageVersion from the config, so regenerating gives the released package.json again.
    const check = await runCli(['generate', '--check', '--config', path('sdk.config.json')]);
    expect(check.stderr).toBe('');
    expect(check.code).toBe(0);
  });

  it('refuses a document whose info.version did not change, or went back, and changes nothing', async () => {
    const before = { out: await snapshotTree(path('out')), spec: await readFile(path('spec/api.yaml'), 'utf8'), config: await readFile(path('sdk.config.json'), 'utf8') };
    await writeFile(path('incoming/same.yaml'), newSpec);
    await expect(specUpdate({ source: path('incoming/same.yaml'), config: path('sdk.config.json'), date: '2026-06-02' })).rejects.toThrow(
      /info\.version is 1\.1\.0, the same as .*: nothing to release/,
    );
    await writeFile(path('incoming/older.yaml'), oldSpec);
    await expect(specUpdate({ source: path('incoming/older.yaml'), config: path('sdk.config.json'), date: '2026-06-02' })).rejects.toThrow(
      /info\.version 1\.0\.0 is older than the current 1\.1\.0/,
    );
    // The command line: exit 1, the reason and a hint, nothing changed.
    let stderr = '';
    const code = await main(['release', path('incoming/same.yaml'), '--config', path('sdk.config.json')], { out: () => undefined, err: (text) => (stderr += text) });
    expect(code).toBe(1);
    expect(stderr).toMatch(/error: the new document's info\.version is 1\.1\.0[\s\S]*hint: .*--force[\s\S]*nothing was changed/);
    expect({ out: await snapshotTree(path('out')), spec: await readFile(path('spec/api.yaml'), 'utf8'), config: await readFile(path('sdk.config.json'), 'utf8') }).toEqual(before);
  });

  it('--force records an unchanged version as a patch release; info.x-release-date wins over --date', async () => {
    const dated = newSpec.replace('info: { title: Pets, version: 1.1.0 }', "info: { title: Pets, version: 1.1.0, x-release-date: '2026-07-04' }");
    await writeFile(path('incoming/forced.yaml'), dated);
    const forced = await specUpdate({ source: path('incoming/forced.yaml'), config: path('sdk.config.json'), date: '2026-06-03', force: true });
    expect(forced).toMatchObject({ packageVersion: '3.5.1', date: '2026-07-04' });
    expect(forced.diff.changes).toEqual([]);
    // The changelog survived the regeneration and got the new entry on top.
    const changelog = await readFile(path('out/pets/CHANGELOG.md'), 'utf8');
    expect(changelog.match(/^## .*/gm)).toEqual(['## 3.5.1 (2026-07-04)', '## 3.5.0 (2026-06-01)']);
    expect(changelog).toContain(
      'API version 1.1.0 (unchanged); package version 3.5.0 → 3.5.1. 0 breaking changes, 0 non-breaking changes, 0 patch-level changes: a **patch** version bump.\n\nNo changes to the SDK’s operations or types.\n',
    );
  });

  it('without a date from the spec or the caller, the release is dated today (UTC)', async () => {
    await writeFile(
      path('incoming/1.2.0.yaml'),
      newSpec.replace('version: 1.1.0', 'version: 1.2.0').replace('    post:\n      operationId: createPet', '    post:\n      operationId: createPet\n      deprecated: true'),
    );
    const released = await specUpdate({ source: path('incoming/1.2.0.yaml'), config: path('sdk.config.json'), today: () => new Date('2030-01-02T23:30:00Z') });
    expect(released).toMatchObject({ date: '2030-01-02', packageVersion: '3.6.0', specVersion: '1.2.0' });
    expect(released.diff.changes.map((change) => change.message)).toEqual(['operation `createPet` is deprecated']);
    await expect(specUpdate({ source: path('incoming/1.2.0.yaml'), config: path('sdk.config.json'), date: '2030-02-30', force: true })).rejects.toThrow(
      /--date "2030-02-30" is not a date/,
    );
  });
});
