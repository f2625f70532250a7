import { describe, expect, it } from 'vitest';
import { changeLine, renderChangeSections, summaryLine } from '../../generator/diff/render-markdown.ts';
import type { ApiChange, ApiDiff } from '../../generator/diff/types.ts';

const change = (facts: Partial<ApiChange>): ApiChange => ({
  rule: 'constraint-changed',
  severity: 'breaking',
  verdicts: { sdk: 'patch', wire: 'breaking' },
  subject: 'T.name',
  operations: [],
  message: 'request `T.name`: …',
  ...facts,
});
const diffOf = (changes: ApiChange[]): ApiDiff => ({
  from: { title: 'A', version: '1' },
  to: { title: 'A', version: '2' },
  endpoints: { a: 'GET /a', b: 'GET /b', c: 'GET /c', d: 'GET /d', e: 'GET /e', f: 'GET /f', g: 'GET /g' },
  counts: { breaking: changes.filter((c) => c.severity === 'breaking').length, 'non-breaking': changes.filter((c) => c.severity === 'non-breaking').length, patch: 0 },
  bump: 'major',
  changes,
});

describe('changeLine', () => {
  it.each<{ given: ApiChange; want: string }>([
    {
      given: change({ breaks: { view: 'wire', reason: 'the server now rejects `name` longer than 50 characters' }, operations: ['a'] }),
      want: '- request `T.name`: … — used by `a` (`GET /a`) (wire: the server now rejects `name` longer than 50 characters)',
    },
    { given: change({ breaks: { view: 'sdk', reason: 'code naming it no longer compiles' } }), want: '- request `T.name`: … (SDK: code naming it no longer compiles)' },
    {
      given: change({ severity: 'non-breaking', caution: 'look', operations: ['a', 'b', 'c', 'd', 'e', 'f', 'g'] }),
      want: '- request `T.name`: … — used by `a` (`GET /a`), `b` (`GET /b`), `c` (`GET /c`), `d` (`GET /d`), `e` (`GET /e`), `f` (`GET /f`) and 1 more (note: look)',
    },
  ])('$want', ({ given, want }) => {
    expect(changeLine(given, diffOf([given]))).toBe(want);
  });
});

describe('sections and summary', () => {
  it('groups by severity and counts', () => {
    const diff = diffOf([change({ breaks: { view: 'wire', reason: 'r' } }), change({ severity: 'non-breaking', subject: 'T.age' })]);
    expect(summaryLine(diff)).toBe('1 breaking change, 1 non-breaking change, 0 patch-level changes: a **major** version bump.');
    expect(renderChangeSections(diff, 2)).toBe('## Breaking changes\n\n- request `T.name`: … (wire: r)\n\n## Non-breaking changes\n\n- request `T.name`: …\n');
    expect(renderChangeSections(diffOf([]))).toBe('No changes to the SDK’s operations or types.\n');
  });
});
