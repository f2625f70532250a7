/** The package's CHANGELOG.md: an entry per release, newest first, the header kept (the bump rule is test/diff/classify.test.ts). */
import { describe, expect, it } from 'vitest';
import type { ApiDiff } from '../../generator/diff/types.ts';
import { changelogHeader, prependEntry, renderEntry } from '../../generator/release/changelog.ts';

describe('CHANGELOG.md', () => {
  const diff: ApiDiff = {
    from: { title: 'Pets', version: '1.0.0' },
    to: { title: 'Pets', version: '1.1.0' },
    endpoints: { createPet: 'POST /pets' },
    counts: { breaking: 0, 'non-breaking': 1, patch: 0 },
    bump: 'minor',
    changes: [
      {
        rule: 'operation-added',
        severity: 'non-breaking',
        verdicts: { sdk: 'non-breaking', wire: 'non-breaking' },
        subject: 'createPet',
        operations: ['createPet'],
        endpoint: 'POST /pets',
        message: 'new operation `createPet` (`POST /pets`)',
      },
    ],
  };
  const entry = renderEntry({ packageName: 'pets-sdk', packageVersion: '3.5.0', previousPackageVersion: '3.4.5', date: '2026-06-01', diff });

  it('an entry names the package version, date, API version and the changes', () => {
    expect(entry).toBe(
      '## 3.5.0 (2026-06-01)\n\nAPI version 1.1.0 (was 1.0.0); package version 3.4.5 → 3.5.0. 0 breaking changes, 1 non-breaking change, 0 patch-level changes: a **minor** version bump.\n\n' +
        '### Non-breaking changes\n\n- new operation `createPet` (`POST /pets`)\n',
    );
  });

  it('entries are prepended under the header, newest first', () => {
    const first = prependEntry(undefined, entry, 'pets-sdk');
    expect(first).toBe(`${changelogHeader('pets-sdk')}\n${entry}`);
    const next = entry.replace('## 3.5.0 (2026-06-01)', '## 3.6.0 (2026-07-01)');
    const second = prependEntry(first, next, 'pets-sdk');
    expect(second.indexOf('## 3.6.0')).toBeLessThan(second.indexOf('## 3.5.0'));
    expect(second.startsWith(changelogHeader('pets-sdk'))).toBe(true);
    expect(second.match(/^## /gm)).toHaveLength(2);
    // A hand-written changelog without entries keeps its text above the first entry.
    expect(prependEntry('# History\n\nOlder notes live in the wiki.\n', entry, 'pets-sdk')).toBe(`# History\n\nOlder notes live in the wiki.\n\n${entry}`);
  });
});
