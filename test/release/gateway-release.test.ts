/**
 * A realistic gateway release (1.5.17 → 1.5.18, see gateway-bump.ts) through `spec:update`, in a temporary copy
 * of the project's spec and config (the real spec/ and generated/ are never touched): exactly the four API
 * changes, classified, a major version bump, and a regenerated package that differs only where they concern it.
 */
import { copyFile, mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { packageSettingsOf, readConfig } from '../../generator/config.ts';
import { generate } from '../../generator/pipeline.ts';
import { bumpVersion } from '../../generator/semver.ts';
import { specUpdate, type SpecUpdateResult } from '../../generator/release/spec-update.ts';
import { ROOT } from '../helpers/golden-cases.ts';
import { snapshotTree, tempDir } from '../helpers/run-cli.ts';
import { changedFiles, changedLines } from './changed-lines.ts';
import { gatewayBump, NEW_MODEL, NEW_REQUIRED_FIELD, NEW_VARIANT, REMOVED_RESPONSE_FIELD } from './gateway-bump.ts';

let work: Awaited<ReturnType<typeof tempDir>>;
let before: Record<string, string>;
let after: Record<string, string>;
let result: SpecUpdateResult;
let previousPackageVersion: string;
let nextSpecVersion: string;

beforeAll(async () => {
  work = await tempDir('sdkgen-gateway-release-');
  const realConfig = JSON.parse(await readFile(join(ROOT, 'sdk.config.json'), 'utf8'));
  await mkdir(join(work.path, 'spec'));
  await mkdir(join(work.path, 'incoming'));
  await copyFile(join(ROOT, 'spec/openapi.yaml'), join(work.path, 'spec/openapi.yaml'));
  for (const overlay of (realConfig.overlays ?? []) as string[]) await copyFile(join(ROOT, overlay), join(work.path, overlay));
  await writeFile(join(work.path, 'sdk.config.json'), JSON.stringify({ ...realConfig, spec: 'spec/openapi.yaml', output: 'generated/imarouter' }, null, 2));
  const config = await readConfig(join(work.path, 'sdk.config.json'));
  const settings = packageSettingsOf(config);
  const current = await generate({ spec: config.spec, overlays: config.overlays, output: config.output, settings, settingsSource: 'sdk.config.json' });
  previousPackageVersion = config.packageVersion ?? current.api.version;
  nextSpecVersion = bumpVersion(current.api.version, 'patch');
  before = await snapshotTree(config.output);

  const text = await readFile(join(ROOT, 'spec/openapi.yaml'), 'utf8');
  await writeFile(join(work.path, 'incoming/openapi.yaml'), gatewayBump(text, nextSpecVersion));
  result = await specUpdate({ source: join(work.path, 'incoming/openapi.yaml'), config: join(work.path, 'sdk.config.json'), date: '2026-06-01' });
  after = await snapshotTree(config.output);
}, 180_000); // a release regenerates the MCP package too (formatting its tool plan), on a loaded machine
afterAll(async () => work?.remove());

describe('gateway release: the next patch version of spec/openapi.yaml (1.5.17 → 1.5.18 today)', () => {
  it('yields exactly the four changes, each classified', () => {
    expect(result.diff.changes.map(({ rule, severity, subject, value }) => ({ rule, severity, subject, ...(value !== undefined && { value }) }))).toEqual([
      { rule: 'field-added', severity: 'breaking', subject: `${NEW_REQUIRED_FIELD.type}.${NEW_REQUIRED_FIELD.field}` },
      { rule: 'field-removed', severity: 'breaking', subject: `${REMOVED_RESPONSE_FIELD.type}.${REMOVED_RESPONSE_FIELD.field}` },
      { rule: 'variant-added', severity: 'non-breaking', subject: NEW_VARIANT.operation },
      { rule: 'model-value-added', severity: 'non-breaking', subject: `${NEW_MODEL.type}.model`, value: NEW_MODEL.value },
    ]);
    const [required, removed, variant, model] = result.diff.changes;
    expect(required).toMatchObject({ side: 'request', required: true, operations: ['createViduOpenAIVideoTask', 'createViduVideoTask'] });
    expect(removed!.side).toBe('response');
    expect(removed!.operations).toContain('getVeoOpenAIVideoTaskStatus');
    expect(variant).toMatchObject({ endpoint: `POST ${NEW_VARIANT.pathKey}`, models: NEW_VARIANT.models, operations: [NEW_VARIANT.operation] });
    expect(model).toMatchObject({ side: 'request', operations: ['createVeoOpenAIVideoTask'] });
  });

  it('is a major release: package version, config, spec and CHANGELOG', async () => {
    expect(result.diff.bump).toBe('major');
    expect(result.previousPackageVersion).toBe(previousPackageVersion);
    expect(result.packageVersion).toBe(bumpVersion(previousPackageVersion, 'major'));
    if (previousPackageVersion === '1.5.17') expect(result.packageVersion).toBe('2.0.0');
    expect(result.specVersion).toBe(nextSpecVersion);
    expect(JSON.parse(after['package.json']!).version).toBe(result.packageVersion);
    expect(JSON.parse(await readFile(join(work.path, 'sdk.config.json'), 'utf8')).packageVersion).toBe(result.packageVersion);
    const changelog = after['CHANGELOG.md']!;
    expect(changelog).toContain(`## ${result.packageVersion} (2026-06-01)\n\nAPI version ${nextSpecVersion} (was ${result.previousSpecVersion})`);
    expect(changelog).toContain('- new endpoint variant `POST /v1/videos#newvendor`: operation `createNewVendorVideoTask` (models `newvendor-video-1`, `newvendor-video-1-pro`)');
    expect(changelog).toContain(
      '- new required request field `ViduVideoRequest.callback_url` (`string`) — used by `createViduOpenAIVideoTask` (`POST /v1/videos#vidu`), `createViduVideoTask` (`POST /v1/video/generations#vidu`)',
    );
  });

  it('changes only the generated files those changes concern', () => {
    // The new variant joins its merged call, in the resource file that is the home of both (with its task helper);
    // the new required Vidu field changes what the merged calls of both video resources say each model requires.
    expect(changedFiles(before, after)).toEqual(
      [
        'CHANGELOG.md',
        'README.md',
        'api.md',
        'package.json',
        'src/models.ts',
        'src/operation-index.ts',
        'src/resources/video.ts',
        'src/resources/videos.ts',
        'src/version.ts',
      ].sort(),
    );
  });

  it('and within them only the lines those changes concern', () => {
    const lines = (path: string) => changedLines(before[path], after[path]);
    // Index files and the manifest only gain the new operation.
    for (const path of ['.sdkgen-manifest.json', 'src/operation-index.ts']) expect(lines(path).removed, path).toEqual([]);
    // The version, and `files` now ships the CHANGELOG.md the release wrote.
    expect(lines('package.json')).toEqual({
      removed: [`  "version": "${previousPackageVersion}",`, `  "files": ["dist", "src", "README.md", "api.md"],`],
      added: [`  "version": "${result.packageVersion}",`, `  "files": ["dist", "src", "README.md", "api.md", "CHANGELOG.md"],`],
    });
    expect(lines('src/version.ts')).toEqual({ removed: [`export const VERSION = '${previousPackageVersion}';`], added: [`export const VERSION = '${result.packageVersion}';`] });
    const readme = lines('README.md');
    // README: the version line, and the merged `POST /v1/videos` row (its model and variant counts grow);
    // the new variant gains a table row and an example.
    // The per-model table of client.videos.create: the Veo row gains the new Veo model.
    const veoRow = (line: string) => line.startsWith('| `veo-') && line.includes('`createVeoOpenAIVideoTask`');
    expect(readme.removed.filter((line) => (!line.includes('`POST /v1/videos`') || !line.startsWith('| `client.videos.create`')) && !veoRow(line))).toEqual([
      expect.stringContaining(`(API version ${result.previousSpecVersion})`),
    ]);
    // A variant is a standalone function: its row starts with its name.
    expect(readme.added.filter((line) => line.startsWith('| [`'))).toEqual([expect.stringContaining('`#newvendor`')]);
    expect(readme.added.join('\n')).toContain(`standalone function \`${NEW_VARIANT.operation}\``);
    // models.ts (the shared types): the removed field goes, the new required field of the shared Vidu request comes; nothing else moves.
    const models = lines('src/models.ts');
    const meaningful = (list: string[]) => list.filter((line) => !/^\s*(\/\*\*|\*\/|\*|\}|)\s*$/.test(line));
    expect(
      meaningful(models.removed).every((line) => /completed_at|@format int64|veo-3\.0-generate-001/.test(line)),
      models.removed.join('\n'),
    ).toBe(true);
    expect(meaningful(models.removed).filter((line) => /completed_at/.test(line))).toHaveLength(1);
    expect(models.added.join('\n')).toContain(`${NEW_REQUIRED_FIELD.field}: string;`);
    expect(meaningful(models.added).length).toBeLessThan(20);
    // The new variant's body type and the new Veo model are named by client.videos' calls only: declared in its file.
    const videos = lines('src/resources/videos.ts').added.join('\n');
    expect(videos).toContain(`'${NEW_MODEL.value}'`);
    expect(videos).toContain('export interface NewVendorVideoCreateRequest {');
  });
});
