/**
 * One spec pair per diff rule under `test/fixtures-diff/<rule>/{old,new}.yaml`; `expected.json` beside them
 * lists exactly the changes (rule, severity, subject in SDK terms, …) and the semver bump they call for.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { diffApis } from '../../generator/diff/diff-api.ts';
import { loadApi } from '../../generator/diff/load-api.ts';
import { renderMarkdown } from '../../generator/diff/render-markdown.ts';
import { RULES, type ApiDiff } from '../../generator/diff/types.ts';
import { ROOT } from '../helpers/golden-cases.ts';

const FIXTURES = join(ROOT, 'test/fixtures-diff');
const cases = readdirSync(FIXTURES)
  .filter((name) => existsSync(join(FIXTURES, name, 'expected.json')))
  .sort()
  .map((name) => ({ name, expected: JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as { bump: string; changes: Record<string, unknown>[] } }));

async function diffFixture(name: string): Promise<ApiDiff> {
  const [before, after] = await Promise.all([loadApi(join(FIXTURES, name, 'old.yaml')), loadApi(join(FIXTURES, name, 'new.yaml'))]);
  return diffApis(before.api, after.api);
}

/** The facts a fixture pins: what changed, where (in SDK names), and how it is classified. */
function project(diff: ApiDiff) {
  return diff.changes.map((change) => ({
    rule: change.rule,
    severity: change.severity,
    subject: change.subject,
    ...(change.side && { side: change.side }),
    ...(change.value !== undefined && { value: change.value }),
    ...(change.status && { status: change.status }),
    ...(change.mediaType && { mediaType: change.mediaType }),
    operations: change.operations,
  }));
}

describe.each(cases)('diff rule fixture $name', ({ name, expected }) => {
  it('yields exactly the expected changes, classifications and bump', async () => {
    const diff = await diffFixture(name);
    expect(project(diff)).toEqual(expected.changes);
    expect(diff.bump).toBe(expected.bump);
    expect(diff.counts.breaking + diff.counts['non-breaking'] + diff.counts.patch).toBe(diff.changes.length);
  });
});

describe('the fixtures', () => {
  it('cover every rule', () => {
    const covered = new Set(cases.flatMap(({ expected }) => expected.changes.map((change) => change.rule)));
    expect(RULES.filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('an unchanged API (only info.version differs) has no changes and calls for a patch release', async () => {
    const diff = await diffFixture('unchanged');
    expect(diff.changes).toEqual([]);
    expect(diff.bump).toBe('patch');
    expect(renderMarkdown(diff)).toContain('No changes to the SDK’s operations or types.');
  });
});

describe('reports', () => {
  it('Markdown names operations, endpoints and types, grouped by severity, with cautions', async () => {
    const markdown = renderMarkdown(await diffFixture('shared-types'));
    expect(markdown).toBe(
      [
        '## API changes: Profiles 1.0.0 → 2.0.0',
        '',
        '2 breaking changes, 1 non-breaking change, 0 patch-level changes: a **major** version bump.',
        '',
        '### Breaking changes',
        '',
        '- new required field `Profile.locale` (`string`) — used by `getProfile` (`GET /profile`), `updateProfile` (`PUT /profile`)',
        '- field `Profile.bio` was removed — used by `getProfile` (`GET /profile`), `updateProfile` (`PUT /profile`)',
        '',
        '### Non-breaking changes',
        '',
        '- `Profile.theme` has the new value `"system"` — used by `getProfile` (`GET /profile`), `updateProfile` (`PUT /profile`) (note: exhaustive switches over `Profile.theme` need a case for the new value)',
        '',
      ].join('\n'),
    );
  });

  it('variants are reported with their endpoint and model values', async () => {
    const diff = await diffFixture('endpoint-variants');
    expect(diff.changes.map((change) => change.message)).toEqual([
      'endpoint variant `POST /v1/videos#beta` was removed: operation `createVideosBeta` (model `beta-1`)',
      'new endpoint variant `POST /v1/videos#gamma`: operation `createVideosGamma` (models `gamma-1`, `gamma-1-pro`)',
    ]);
  });

  it('JSON carries versions, counts, bump, endpoints and every change with its message', async () => {
    const diff = JSON.parse(JSON.stringify(await diffFixture('model-values'))) as ApiDiff;
    expect(diff.from).toEqual({ title: 'Gateway', version: '1.0.0' });
    expect(diff.to).toEqual({ title: 'Gateway', version: '2.0.0' });
    expect(diff.counts).toEqual({ breaking: 1, 'non-breaking': 2, patch: 0 });
    expect(diff.endpoints).toEqual({ createAlphaVideo: 'POST /v1/videos#alpha', createBetaVideo: 'POST /v1/videos#beta' });
    expect(diff.changes[0]).toMatchObject({ rule: 'model-value-removed', value: 'beta-2-fast', message: 'model `"beta-2-fast"` is no longer accepted in `CreateBetaVideoBody.model`' });
  });
});
