import { describe, expect, it } from 'vitest';
import { breakingView, bumpFor, cautionFor, judge, mergeVerdicts, severityOf } from '../../generator/diff/classify.ts';
import type { RawChange } from '../../generator/diff/types.ts';

const change = (rule: RawChange['rule'], facts: Partial<RawChange> = {}): RawChange => ({ rule, subject: 'X.f', ...facts });

describe('judge: the SDK view and the wire view', () => {
  it.each<{ given: RawChange; want: { sdk: string; wire: string } }>([
    // Validation: narrowing a request breaks on the wire, widening a response too; the SDK's types are unchanged.
    { given: change('constraint-changed', { side: 'request', keyword: 'maxLength', narrowed: true, widened: false }), want: { sdk: 'patch', wire: 'breaking' } },
    { given: change('constraint-changed', { side: 'request', keyword: 'maxLength', narrowed: false, widened: true }), want: { sdk: 'patch', wire: 'non-breaking' } },
    { given: change('constraint-changed', { side: 'response', keyword: 'minimum', narrowed: false, widened: true }), want: { sdk: 'patch', wire: 'breaking' } },
    { given: change('constraint-changed', { side: 'response', keyword: 'minimum', narrowed: true, widened: false }), want: { sdk: 'patch', wire: 'non-breaking' } },
    { given: change('constraint-changed', { side: 'response', keyword: 'pattern', narrowed: true, widened: true }), want: { sdk: 'patch', wire: 'non-breaking' } },
    // A pattern the SDK types (a template literal type beside listed values): the SDK view judges the type.
    ...(
      [
        ['request', '`${number}*${number}`', '`${number}x${number}`', 'breaking'],
        ['request', '(string & {})', '`${number}*${number}`', 'breaking'],
        ['request', '`${number}*${number}`', '(string & {})', 'non-breaking'],
        ['request', '`${number}*${number}`', 'string', 'non-breaking'],
        ['response', '`${number}*${number}`', '`${number}x${number}`', 'breaking'],
        ['response', '`${number}*${number}`', '(string & {})', 'breaking'],
        ['response', '(string & {})', '`${number}*${number}`', 'non-breaking'],
      ] as const
    ).map(([side, before, after, sdk]) => ({
      given: change('constraint-changed', { side, keyword: 'pattern', narrowed: true, widened: true, sdkType: { before, after } }),
      want: { sdk, wire: side === 'request' ? 'breaking' : 'non-breaking' },
    })),
    { given: change('default-changed', { side: 'request', parameter: true }), want: { sdk: 'patch', wire: 'breaking' } },
    { given: change('default-changed', { side: 'request' }), want: { sdk: 'patch', wire: 'non-breaking' } },
    { given: change('default-changed', { side: 'response' }), want: { sdk: 'patch', wire: 'patch' } },
    { given: change('const-changed', { side: 'request', widened: true }), want: { sdk: 'non-breaking', wire: 'non-breaking' } },
    { given: change('const-changed', { side: 'response', widened: true }), want: { sdk: 'breaking', wire: 'breaking' } },
    { given: change('wrapped-in-one-of', { side: 'request', widened: true, disjoint: false }), want: { sdk: 'non-breaking', wire: 'breaking' } },
    { given: change('wrapped-in-one-of', { side: 'request', widened: true, disjoint: true }), want: { sdk: 'non-breaking', wire: 'non-breaking' } },
    { given: change('wrapped-in-one-of', { side: 'response', narrowed: false }), want: { sdk: 'breaking', wire: 'breaking' } },
    { given: change('all-of-member-added', { side: 'request' }), want: { sdk: 'patch', wire: 'breaking' } },
    { given: change('all-of-member-added', { side: 'request', annotationOnly: true }), want: { sdk: 'patch', wire: 'patch' } },
    { given: change('union-variant-added', { side: 'response', exclusive: true }), want: { sdk: 'non-breaking', wire: 'breaking' } },
    { given: change('union-variant-added', { side: 'response', exclusive: false }), want: { sdk: 'non-breaking', wire: 'non-breaking' } },
    // Required beats default: a new required field breaks whatever its default.
    { given: change('field-added', { side: 'request', required: true }), want: { sdk: 'breaking', wire: 'breaking' } },
    { given: change('field-removed', { side: 'request' }), want: { sdk: 'breaking', wire: 'non-breaking' } },
    { given: change('security-changed', { narrowed: true, widened: false }), want: { sdk: 'patch', wire: 'breaking' } },
    { given: change('security-changed', { narrowed: false, widened: true }), want: { sdk: 'patch', wire: 'non-breaking' } },
    { given: change('base-url-changed', { narrowed: false }), want: { sdk: 'patch', wire: 'patch' } },
    { given: change('server-removed'), want: { sdk: 'patch', wire: 'breaking' } },
    { given: change('operation-renamed'), want: { sdk: 'breaking', wire: 'patch' } },
  ])('$given.rule $given.side → $want', ({ given, want }) => {
    expect(judge(given)).toEqual(want);
  });
});

describe('severity, view and bump', () => {
  it('takes the worse verdict and names the view that breaks', () => {
    expect(severityOf({ sdk: 'patch', wire: 'breaking' })).toBe('breaking');
    expect(severityOf({ sdk: 'non-breaking', wire: 'patch' })).toBe('non-breaking');
    expect(breakingView({ sdk: 'patch', wire: 'breaking' })).toBe('wire');
    expect(breakingView({ sdk: 'breaking', wire: 'breaking' })).toBe('sdk and wire');
    expect(breakingView({ sdk: 'non-breaking', wire: 'patch' })).toBeUndefined();
    expect(mergeVerdicts({ sdk: 'breaking', wire: 'patch' }, { sdk: 'patch', wire: 'non-breaking' })).toEqual({ sdk: 'breaking', wire: 'non-breaking' });
    expect(bumpFor([{ severity: 'patch' }, { severity: 'non-breaking' }])).toBe('minor');
  });

  it('cautions about response values added and request defaults, never about breaking changes', () => {
    expect(cautionFor({ rule: 'enum-value-added', side: 'response', subject: 'T.s', severity: 'non-breaking' })).toContain('exhaustive switches');
    expect(cautionFor({ rule: 'default-changed', side: 'request', subject: 'T.s', severity: 'non-breaking' })).toContain('new default');
    expect(cautionFor({ rule: 'union-variant-added', side: 'response', subject: 'T', severity: 'breaking' })).toBeUndefined();
  });
});
