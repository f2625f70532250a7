/**
 * diff/types.ts is the diff's vocabulary: the list of rules (the one value it holds) and the shapes of a change
 * and a report. The list is checked as data; the shapes by snippets compiled against them (one compiler run).
 */
import { describe, expect, it } from 'vitest';
import { RULES } from '../../generator/diff/types.ts';
import { describeTypeCases, type TypeCase } from '../helpers/type-cases.ts';

describe('RULES', () => {
  it('names each rule once, in kebab case', () => {
    expect(new Set(RULES).size).toBe(RULES.length);
    expect(RULES.filter((rule) => !/^[a-z]+(-[a-z]+)*$/.test(rule))).toEqual([]);
  });

  it.each([
    // Report order (merge-changes sorts by this list): operations first, then parameters, bodies, fields, types, the rest.
    ['operation-added', 'parameter-added'],
    ['parameter-added', 'request-body-added'],
    ['request-body-added', 'field-added'],
    ['field-added', 'type-added'],
    ['type-added', 'docs-changed'],
  ] as const)('%s is listed before %s', (earlier, later) => {
    expect(RULES.indexOf(earlier)).toBeLessThan(RULES.indexOf(later));
  });
});

const HEADER = `import type { ApiChange, ApiDiff, Bump, ChangeRule, RawChange, Severity, Side } from '../../../generator/diff/types.ts';`;

const CASES: TypeCase[] = [
  { name: 'a rule from the list', compiles: true, code: `const rule: ChangeRule = 'field-removed';` },
  { name: 'a rule not in the list', compiles: false, error: '"field-renamed"', code: `const rule: ChangeRule = 'field-renamed';` },
  { name: 'three severities', compiles: true, code: `const all: Severity[] = ['breaking', 'non-breaking', 'patch'];` },
  { name: 'no other severity', compiles: false, code: `const severity: Severity = 'minor';` },
  { name: 'bumps are semver parts', compiles: false, code: `const bump: Bump = 'breaking';` },
  { name: 'a raw change is seen on one side only', compiles: false, code: `const change: RawChange = { rule: 'field-added', subject: 'A.b', side: 'both' };` },
  {
    name: 'a merged change may concern both sides',
    compiles: true,
    code: `const side: Side = 'both'; declare const change: ApiChange; const merged: Side | undefined = change.side;`,
  },
  { name: 'a raw change needs only its rule and subject', compiles: true, code: `const change: RawChange = { rule: 'type-added', subject: 'Video' };` },
  {
    name: 'a judged change has verdicts from both views, a severity and a message',
    compiles: false,
    error: 'verdicts',
    code: `const change: ApiChange = { rule: 'type-added', subject: 'Video', operations: [], severity: 'non-breaking', message: 'x' };`,
  },
  { name: 'a breaking change says which view broke', compiles: false, code: `declare const change: ApiChange; change.breaks = { view: 'server', reason: 'x' };` },
  { name: 'counts by every severity', compiles: false, code: `const counts: ApiDiff['counts'] = { breaking: 1, patch: 0 };` },
];

describeTypeCases('diff/types.ts shapes', 'diff-types', HEADER, CASES);
