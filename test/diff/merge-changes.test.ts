import { describe, expect, it } from 'vitest';
import { mergeChanges } from '../../generator/diff/merge-changes.ts';
import type { RawChange } from '../../generator/diff/types.ts';

describe('mergeChanges', () => {
  it('merges one change seen from two operations and sides: worse verdicts, the breaking side’s reason', () => {
    const seen: RawChange[] = [
      { rule: 'constraint-changed', side: 'request', subject: 'Sha', operation: 'b', keyword: 'maxLength', before: '40', after: '64', narrowed: false, widened: true },
      { rule: 'constraint-changed', side: 'response', subject: 'Sha', operation: 'a', keyword: 'maxLength', before: '40', after: '64', narrowed: false, widened: true },
    ];
    const [merged, ...rest] = mergeChanges(seen);
    expect(rest).toEqual([]);
    expect(merged).toMatchObject({ side: 'both', operations: ['a', 'b'], severity: 'breaking', verdicts: { sdk: 'patch', wire: 'breaking' } });
    expect(merged!.breaks).toEqual({ view: 'wire', reason: 'responses may now carry `Sha` with more than 40 characters' });
  });

  it('keeps apart alternatives of one union, and sorts breaking first', () => {
    const changes = mergeChanges([
      { rule: 'union-variant-added', side: 'request', subject: 'U', after: 'A' },
      { rule: 'union-variant-added', side: 'request', subject: 'U', after: 'B' },
      { rule: 'field-removed', side: 'response', subject: 'T.x' },
    ]);
    expect(changes.map((change) => [change.rule, change.after ?? '', change.severity])).toEqual([
      ['field-removed', '', 'breaking'],
      ['union-variant-added', 'A', 'non-breaking'],
      ['union-variant-added', 'B', 'non-breaking'],
    ]);
  });
});
