/**
 * One spec pair per diff rule under `test/fixtures-diff/<rule>/{old,new}.yaml`; `expected.json` beside them
 * lists exactly the changes (rule, severity, which view made it breaking, subject in SDK terms, …) and the
 * semver bump they call for. Where it has a `reverse` entry, the pair is also diffed the other way (new → old):
 * the narrowing direction breaks, the widening one does not.
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
  .map((name) => ({ name, expected: JSON.parse(readFileSync(join(FIXTURES, name, 'expected.json'), 'utf8')) as Expected }));

interface Expected {
  bump: string;
  changes: Record<string, unknown>[];
  reverse?: { bump: string; changes: Record<string, unknown>[] };
}

async function diffFixture(name: string, direction: 'forward' | 'reverse' = 'forward'): Promise<ApiDiff> {
  const [before, after] = await Promise.all([loadApi(join(FIXTURES, name, 'old.yaml')), loadApi(join(FIXTURES, name, 'new.yaml'))]);
  return direction === 'forward' ? diffApis(before.api, after.api) : diffApis(after.api, before.api);
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
    ...(change.keyword && { keyword: change.keyword }),
    ...(change.breaks && { breaks: change.breaks.view }),
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

  it.runIf(expected.reverse)('diffed the other way (new → old), yields the expected changes and bump', async () => {
    const diff = await diffFixture(name, 'reverse');
    expect(project(diff)).toEqual(expected.reverse!.changes);
    expect(diff.bump).toBe(expected.reverse!.bump);
  });
});

describe('the fixtures', () => {
  it('cover every rule', () => {
    const covered = new Set(cases.flatMap(({ expected }) => [...expected.changes, ...(expected.reverse?.changes ?? [])].map((change) => change.rule)));
    expect(RULES.filter((rule) => !covered.has(rule))).toEqual([]);
  });

  it('judge each wire rule both ways: some pair breaks in one direction and not in the other', () => {
    // The rules that see what the types do not show; each needs a narrowing case that breaks and a widening one that does not.
    const groups = [
      ['constraint-changed'],
      ['default-changed'],
      ['const-changed'],
      ['wrapped-in-one-of'],
      ['all-of-member-added'],
      ['nullable-added', 'nullable-removed'],
      ['union-variant-added', 'union-variant-removed'],
      ['media-type-added', 'media-type-removed'],
      ['security-changed'],
      ['base-url-changed'],
      ['server-added', 'server-removed'],
      ['field-became-required', 'field-became-optional'],
      ['field-added'],
    ];
    const seen = new Map<string, Set<string>>();
    for (const { expected } of cases.filter((entry) => entry.expected.reverse)) {
      for (const change of [...expected.changes, ...expected.reverse!.changes]) {
        const group = groups.find((rules) => rules.includes(String(change.rule)))?.join(' / ');
        if (group) seen.set(group, (seen.get(group) ?? new Set()).add(change.severity === 'breaking' ? 'breaking' : 'not'));
      }
    }
    expect(groups.map((rules) => rules.join(' / ')).filter((group) => seen.get(group)?.size !== 2)).toEqual([]);
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
        '- new required field `Profile.locale` (`string`) — used by `getProfile` (`GET /profile`), `updateProfile` (`PUT /profile`) (SDK and wire: the server now rejects requests without `locale`)',
        '- field `Profile.bio` was removed — used by `getProfile` (`GET /profile`), `updateProfile` (`PUT /profile`) (SDK and wire: code that reads `bio` no longer compiles)',
        '',
        '### Non-breaking changes',
        '',
        '- `Profile.theme` has the new value `"system"` — used by `getProfile` (`GET /profile`), `updateProfile` (`PUT /profile`) (note: exhaustive switches over `Profile.theme` need a case for the new value)',
        '',
      ].join('\n'),
    );
  });

  it('a breaking change says which view made it breaking, in one clause', async () => {
    const diff = await diffFixture('request-constraints');
    const name = diff.changes.find((change) => change.subject === 'ListUsersParams.name')!;
    expect(name.breaks).toEqual({ view: 'wire', reason: 'the server now rejects `name` with more than 50 characters' });
    expect(name.verdicts).toEqual({ sdk: 'patch', wire: 'breaking' });
    const reverse = await diffFixture('request-constraints', 'reverse');
    expect(reverse.changes.find((change) => change.subject === 'ListUsersParams.name')!.breaks).toBeUndefined();
  });

  it('removing something deprecated stays major, and says since when it was deprecated', async () => {
    const diff = await diffFixture('deprecated-removal');
    expect(diff.bump).toBe('major');
    expect(diff.changes.map((change) => change.message)).toEqual([
      'operation `searchV0` (`GET /search/v0`) was removed (it was deprecated since 2024-06-01, sunset 2025-06-01)',
      'parameter `SearchParams.fuzzy` was removed (it was deprecated since 2025-01-15)',
      'response field `Results.total_count` was removed (it was deprecated, sunset 2025-12-31)',
    ]);
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
    expect(diff.changes[0]).toMatchObject({
      rule: 'model-value-removed',
      value: 'beta-2-fast',
      message: 'model `"beta-2-fast"` is no longer accepted in `CreateBetaVideoBody.model`',
    });
  });
});
