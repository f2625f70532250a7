/**
 * Patterned alternatives (emit/pattern-template.ts): which patterns become template literal types, and that each
 * template accepts every value its pattern accepts (the compiler judges sample values).
 */
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { OPEN_STRING, openStringType, patternTemplate } from '../../generator/emit/pattern-template.ts';

describe('patternTemplate: patterns that convert', () => {
  const cases: [pattern: string, want: string, matching: string[]][] = [
    ['^[0-9]+\\*[0-9]+$', '`${number}*${number}`', ['1024*1024', '0*0', '007*12345678901234567890']],
    ['^\\d+\\*\\d+$', '`${number}*${number}`', ['2048*2048']],
    ['^[0-9]+x[0-9]+$', '`${number}x${number}`', ['1280x720']],
    ['^[0-9]{1,4}x[0-9]{1,4}$', '`${number}x${number}`', ['1x1', '9999x0001']],
    ['^[0-9]{3}$', '`${number}`', ['000', '123']],
    ['^[1-9][0-9]*$', '`${number}`', ['1', '10', '999']],
    ['^[0-9]+:[0-9]+$', '`${number}:${number}`', ['16:9', '1:1']],
    ['^[0-9]+%$', '`${number}%`', ['50%', '100%']],
    ['^v[0-9]+$', '`v${number}`', ['v1', 'v20']],
    ['^[0-9]+/[0-9]+$', '`${number}/${number}`', ['3/4']],
    ['^[0-9]+\\/[0-9]+$', '`${number}/${number}`', ['3/4']],
    ['^[0-9]+px$', '`${number}px`', ['12px']],
    ['^1[0-9]{2}$', '`${number}`', ['100', '199']],
    ['^[0-9]+_[0-9]+_[0-9]+$', '`${number}_${number}_${number}`', ['1_2_3']],
  ];
  it.each(cases)('%s → %s', (pattern, want) => expect(patternTemplate(pattern)).toBe(want));

  it('every value each pattern accepts compiles as its template literal type', () => {
    const lines: string[] = [];
    for (const [pattern, want, matching] of cases) {
      for (const value of matching) {
        expect(new RegExp(pattern).test(value), `${value} matches ${pattern}`).toBe(true);
        lines.push(`export const v${lines.length}: ${want} = ${JSON.stringify(value)};`);
      }
    }
    // And the templates do reject something: a value missing its second run.
    lines.push('// @ts-expect-error the second number is missing');
    lines.push("export const wrong: `${number}*${number}` = '1024*';");
    const host = ts.createCompilerHost({ strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, types: [] });
    const source = lines.join('\n');
    const readFile = host.readFile;
    host.readFile = (name) => (name === 'templates.ts' ? source : readFile(name));
    const getSourceFile = host.getSourceFile;
    host.getSourceFile = (name, version) => (name === 'templates.ts' ? ts.createSourceFile(name, source, version) : getSourceFile(name, version));
    host.fileExists = (
      (exists) => (name: string) =>
        name === 'templates.ts' || exists(name)
    )(host.fileExists);
    const program = ts.createProgram(['templates.ts'], { strict: true, noEmit: true, target: ts.ScriptTarget.ES2022, types: [], lib: ['lib.es2022.d.ts'] }, host);
    const diagnostics = ts.getPreEmitDiagnostics(program).map((diagnostic) => ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n'));
    expect(diagnostics).toEqual([]);
  });
});

describe('patternTemplate: patterns that stay open strings', () => {
  const cases: [label: string, pattern: string][] = [
    ['unanchored', '[0-9]+\\*[0-9]+'],
    ['anchored at the start only', '^[0-9]+\\*[0-9]+'],
    ['anchored at the end only', '[0-9]+\\*[0-9]+$'],
    ['an escaped $ at the end is no anchor', '^[0-9]+\\$'],
    ['a class with letters', '^[0-9a-f]+$'],
    ['a class of letters', '^[A-Z]+[0-9]+$'],
    ['a negated class', '^[^0-9]+$'],
    ['a class with an escape', '^[\\d]+$'],
    ['alternation', '^[0-9]+|auto$'],
    ['alternation in a group', '^([0-9]|[1-9][0-9]|100)%$'],
    ['a group', '^([0-9]+)x([0-9]+)$'],
    ['a quantifier on a separator', '^[0-9]+x+[0-9]+$'],
    ['an optional separator', '^[0-9]+x?[0-9]+$'],
    ['an escaped dot', '^[0-9]+\\.[0-9]+$'],
    ['a dash (part of how numbers are spelt)', '^[0-9]{4}-[0-9]{2}-[0-9]{2}$'],
    ['a plus', '^\\+[0-9]+$'],
    ['an e', '^[0-9]+e[0-9]+$'],
    ['a word escape', '^\\w+$'],
    ['a space escape', '^[0-9]+\\s[0-9]+$'],
    ['a letter escape (hex)', '^\\x41[0-9]+$'],
    ['any character', '^[0-9]+.[0-9]+$'],
    ['an optional run alone', '^[0-9]*$'],
    ['a run that may be empty between separators', '^[0-9]+x[0-9]?$'],
    ['a lazy quantifier', '^[0-9]+?x[0-9]+$'],
    ['a backwards range', '^[9-0]+$'],
    ['a backwards count', '^[0-9]{4,2}$'],
    ['no digits at all', '^auto$'],
    ['empty', '^$'],
    ['a backtick', '^[0-9]+`[0-9]+$'],
    ['a dollar inside', '^[0-9]+\\$\\{[0-9]+$'],
    ['a space', '^[0-9]+ [0-9]+$'],
  ];
  it.each(cases)('%s: %s', (_label, pattern) => {
    expect(patternTemplate(pattern)).toBeUndefined();
    expect(openStringType(pattern)).toBe(OPEN_STRING);
  });

  it('no pattern at all is an open string', () => expect(openStringType(undefined)).toBe('(string & {})'));
});
