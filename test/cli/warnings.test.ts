/** The warning report: one line per kind, --verbose, acknowledgements by kind and pointer pattern, --strict. */
import { describe, expect, it } from 'vitest';
import type { Io } from '../../generator/cli/io.ts';
import { handleWarnings, matchesPattern, partitionWarnings, summaryLines, verboseLines, warningReport } from '../../generator/cli/warnings.ts';
import type { WarningAcknowledgement } from '../../generator/config.ts';
import { GeneratorError, type GeneratorWarning, type WarningKind } from '../../generator/errors.ts';

const IF: WarningKind = { id: 'openapi-3.1-keyword:if', summary: '`if` honoured' };
const ENUM: WarningKind = { id: 'enum-value-type-mismatch', summary: 'enum values read as their type' };
const NEW: WarningKind = { id: 'some-kind-added-later', summary: 'anything a later stage reports' };

const at = (pointer: string, line: number) => ({ file: 'spec.yaml', line, column: 3, pointer });
const ifA: GeneratorWarning = { kind: IF, message: '`if` is 3.1', location: at('#/components/schemas/A/if', 10) };
const ifB: GeneratorWarning = { kind: IF, message: '`if` is 3.1', location: at('#/components/schemas/B/allOf/0/if', 20) };
const enumC: GeneratorWarning = { kind: ENUM, message: 'enum values true, false are not strings', location: at('#/components/schemas/C/enum', 30) };
const fresh: GeneratorWarning = { kind: NEW, message: 'a new thing', location: { file: 'sdk.config.json', pointer: '#/x' } };

function capture(): Io & { stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  return { out: (text) => void (stdout += text), err: (text) => void (stderr += text), stdout: () => stdout, stderr: () => stderr };
}

describe('matchesPattern: * is any text, the rest is literal', () => {
  const cases: { pattern: string; text: string; want: boolean }[] = [
    { pattern: 'openapi-3.1-keyword:if', text: 'openapi-3.1-keyword:if', want: true },
    { pattern: 'openapi-3.1-keyword:*', text: 'openapi-3.1-keyword:then', want: true },
    { pattern: 'openapi-3.1-keyword:if', text: 'openapi-3.1-keyword:iff', want: false },
    { pattern: 'openapi-3.1-keyword', text: 'openapi-3.1-keyword:if', want: false },
    { pattern: '#/components/schemas/Mini*', text: '#/components/schemas/MiniMax/allOf/0/if', want: true },
    { pattern: '#/components/schemas/*/if', text: '#/components/schemas/A/allOf/0/if', want: true },
    { pattern: 'openapi-3?1*', text: 'openapi-3.1-keyword:if', want: false },
    { pattern: 'a.b', text: 'axb', want: false },
    { pattern: '*', text: '', want: true },
  ];
  it.each(cases)('$pattern ~ $text → $want', ({ pattern, text, want }) => expect(matchesPattern(pattern, text)).toBe(want));
});

describe('partitionWarnings', () => {
  const cases: { name: string; acknowledgements: WarningAcknowledgement[]; reported: GeneratorWarning[]; unused: number[] }[] = [
    { name: 'nothing acknowledged', acknowledgements: [], reported: [ifA, ifB, enumC], unused: [] },
    { name: 'a whole kind', acknowledgements: [{ kind: 'openapi-3.1-keyword:if' }], reported: [enumC], unused: [] },
    { name: 'a kind pattern', acknowledgements: [{ kind: 'openapi-3.1-keyword:*' }], reported: [enumC], unused: [] },
    { name: 'a kind at some pointers only', acknowledgements: [{ kind: 'openapi-3.1-keyword:if', pointer: '#/components/schemas/B/*' }], reported: [ifA, enumC], unused: [] },
    {
      name: 'an acknowledgement that matches nothing is reported as unused',
      acknowledgements: [{ kind: 'enum-value-type-mismatch' }, { kind: 'not-dropped', reason: 'spec fixed since' }],
      reported: [ifA, ifB],
      unused: [1],
    },
  ];
  it.each(cases)('$name', ({ acknowledgements, reported, unused }) => {
    const result = partitionWarnings([ifA, ifB, enumC], acknowledgements);
    expect(result.reported).toEqual(reported);
    expect(result.acknowledged).toHaveLength(3 - reported.length);
    expect(result.unused).toEqual(unused);
  });
});

describe('summaryLines: one per kind, in order of first appearance', () => {
  const cases: { name: string; warnings: GeneratorWarning[]; want: string[] }[] = [
    { name: 'none', warnings: [], want: [] },
    {
      name: 'a kind seen twice is counted and located at its first',
      warnings: [ifA, enumC, ifB],
      want: [
        'warning: 2 × `if` honoured — first at spec.yaml:10:3 (#/components/schemas/A/if) [openapi-3.1-keyword:if]',
        'warning: enum values true, false are not strings — at spec.yaml:30:3 (#/components/schemas/C/enum) [enum-value-type-mismatch]',
      ],
    },
    {
      name: 'any kind, including one this module has never heard of',
      warnings: [fresh],
      want: ['warning: a new thing — at sdk.config.json (#/x) [some-kind-added-later]'],
    },
  ];
  it.each(cases)('$name', ({ warnings, want }) => expect(summaryLines(warnings)).toEqual(want));
});

describe('verboseLines', () => {
  it('every warning with its kind and location; acknowledged ones marked', () => {
    expect(verboseLines([ifA, enumC], new Set([enumC]))).toEqual([
      'warning: `if` is 3.1 [openapi-3.1-keyword:if]\n  at spec.yaml:10:3 (#/components/schemas/A/if)',
      'warning (acknowledged): enum values true, false are not strings [enum-value-type-mismatch]\n  at spec.yaml:30:3 (#/components/schemas/C/enum)',
    ]);
  });
});

describe('warningReport', () => {
  const warnings = [ifA, ifB, enumC];
  const cases: { name: string; acknowledgements?: WarningAcknowledgement[]; verbose?: boolean; want: string[] }[] = [
    {
      name: 'summary and a count',
      want: [
        'warning: 2 × `if` honoured — first at spec.yaml:10:3 (#/components/schemas/A/if) [openapi-3.1-keyword:if]',
        'warning: enum values true, false are not strings — at spec.yaml:30:3 (#/components/schemas/C/enum) [enum-value-type-mismatch]',
        '3 warnings of 2 kinds (--verbose lists each with its location)',
      ],
    },
    {
      name: 'no hint when the summary showed every warning',
      acknowledgements: [{ kind: 'openapi-3.1-keyword:if', pointer: '#/components/schemas/A/*' }],
      want: [
        'warning: `if` is 3.1 — at spec.yaml:20:3 (#/components/schemas/B/allOf/0/if) [openapi-3.1-keyword:if]',
        'warning: enum values true, false are not strings — at spec.yaml:30:3 (#/components/schemas/C/enum) [enum-value-type-mismatch]',
        '2 warnings of 2 kinds; 1 more acknowledged in my.json (--verbose lists each with its location)',
      ],
    },
    {
      name: 'acknowledged warnings are one quiet count',
      acknowledgements: [{ kind: 'openapi-3.1-keyword:*' }],
      want: [
        'warning: enum values true, false are not strings — at spec.yaml:30:3 (#/components/schemas/C/enum) [enum-value-type-mismatch]',
        '1 warning of 1 kind; 2 more acknowledged in my.json (--verbose lists each with its location)',
      ],
    },
    {
      name: 'all acknowledged',
      acknowledgements: [{ kind: '*' }],
      want: ['3 warnings acknowledged in my.json (--verbose lists each with its location)'],
    },
    {
      name: 'an unused acknowledgement gets a note',
      acknowledgements: [{ kind: '*' }, { kind: 'not-dropped' }],
      want: [
        '3 warnings acknowledged in my.json (--verbose lists each with its location)',
        'note: acknowledgedWarnings/1 (not-dropped) matches no warning; remove it from my.json if the spec no longer needs it',
      ],
    },
    {
      name: '--verbose lists all, acknowledged too',
      acknowledgements: [{ kind: 'enum-*' }],
      verbose: true,
      want: [
        'warning: `if` is 3.1 [openapi-3.1-keyword:if]\n  at spec.yaml:10:3 (#/components/schemas/A/if)',
        'warning: `if` is 3.1 [openapi-3.1-keyword:if]\n  at spec.yaml:20:3 (#/components/schemas/B/allOf/0/if)',
        'warning (acknowledged): enum values true, false are not strings [enum-value-type-mismatch]\n  at spec.yaml:30:3 (#/components/schemas/C/enum)',
        '2 warnings of 1 kind; 1 more acknowledged in my.json',
      ],
    },
  ];
  it.each(cases)('$name', ({ acknowledgements = [], verbose, want }) => {
    expect(warningReport(warnings, acknowledgements, { verbose, configFile: 'my.json' })).toEqual(want);
  });

  it('says nothing when there is nothing', () => expect(warningReport([], [])).toEqual([]));
});

describe('handleWarnings', () => {
  const cases: { name: string; quiet?: boolean; strict?: boolean; acknowledgements?: WarningAcknowledgement[]; stderr: RegExp | ''; throws?: RegExp }[] = [
    { name: 'prints the report', stderr: /^warning: 2 × .*\nwarning: enum .*\n3 warnings of 2 kinds .*\n$/ },
    { name: '--quiet prints nothing', quiet: true, stderr: '' },
    { name: '--strict refuses what is left', strict: true, stderr: /^warning: 2 × /, throws: /^--strict: 3 warnings not acknowledged \(above\)$/ },
    { name: '--strict --quiet refuses without a list', strict: true, quiet: true, stderr: '', throws: /^--strict: 3 warnings not acknowledged$/ },
    { name: '--strict passes when all are acknowledged', strict: true, acknowledgements: [{ kind: '*' }], stderr: /^3 warnings acknowledged in/ },
  ];
  it.each(cases)('$name', ({ quiet, strict, acknowledgements, stderr, throws }) => {
    const io = capture();
    const run = () => handleWarnings(io, [ifA, ifB, enumC], { quiet, strict, acknowledgements, configFile: 'sdk.config.json' });
    if (throws) expect(run).toThrow(throws);
    else run();
    if (stderr === '') expect(io.stderr()).toBe('');
    else expect(io.stderr()).toMatch(stderr);
    expect(io.stdout()).toBe('');
  });

  it('a --strict refusal is located at the first warning left and says how to acknowledge it', () => {
    let error: unknown;
    try {
      handleWarnings(capture(), [ifA, enumC], { strict: true, acknowledgements: [{ kind: 'openapi-*' }], configFile: 'sdk.config.json' });
    } catch (thrown) {
      error = thrown;
    }
    expect(error).toBeInstanceOf(GeneratorError);
    expect((error as GeneratorError).location).toEqual(enumC.location);
    expect((error as GeneratorError).hint).toContain('sdk.config.json: "acknowledgedWarnings": [{"kind":"enum-value-type-mismatch","pointer":"#/components/schemas/C/enum"}]');
  });

  it('no warnings: nothing printed, nothing refused', () => {
    const io = capture();
    handleWarnings(io, [], { strict: true });
    expect(io.stderr()).toBe('');
  });
});
