/** The Handlebars side: values land in JSON, comments and Markdown cells without breaking out of them. */
import { describe, expect, it } from 'vitest';
import { markdownCell, markdownCode, renderTemplate } from '../../generator/emit/templates.ts';

describe('markdownCell', () => {
  const cases: { given: string; want: string }[] = [
    { given: 'plain text', want: 'plain text' },
    { given: '  many\n  lines\there ', want: 'many lines here' },
    { given: 'a | b', want: 'a \\| b' },
    { given: '<script>alert(1)</script>', want: '\\<script\\>alert(1)\\</script\\>' },
    { given: '*bold* _it_ `code` [link]', want: '\\*bold\\* \\_it\\_ \\`code\\` \\[link\\]' },
    { given: 'back\\slash', want: 'back\\\\slash' },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(markdownCell(given)).toBe(want));
});

describe('markdownCode', () => {
  const cases: { given: string; want: string }[] = [
    { given: 'createVideo', want: '`createVideo`' },
    { given: 'a `b` c', want: '``a `b` c``' },
    { given: 'x ``` y', want: '````x ``` y````' },
    { given: '`edge', want: '`` `edge ``' },
    { given: 'a | b', want: '`a \\| b`' },
    { given: 'two\nlines', want: '`two lines`' },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(markdownCode(given)).toBe(want));
});

describe('renderTemplate', () => {
  const context = {
    packageName: 'pets-sdk',
    version: '1.2.3',
    description: 'SDK "quoted"',
    license: 'MIT',
    files: ['dist', 'src', 'README.md'],
    typescriptVersion: '6.0.3',
    repository: undefined,
    homepage: 'https://x.example/"},"evil":{"a":"',
  };

  it('package.json is valid JSON with the values as given, whatever they hold', () => {
    const text = renderTemplate('package.json.hbs', context);
    const json = JSON.parse(text);
    expect(json).toMatchObject({ name: 'pets-sdk', version: '1.2.3', description: 'SDK "quoted"', license: 'MIT', homepage: context.homepage, files: context.files });
    expect(json).not.toHaveProperty('repository');
    expect(json).not.toHaveProperty('evil');
    expect(json.devDependencies).toEqual({ typescript: '6.0.3' });
  });

  it('strict: a missing value is an error, not an empty string', () => {
    expect(() => renderTemplate('src/core/base-client.ts.hbs', {})).toThrow(/not defined/);
  });
});
