/** JSDoc from schema docs: title, description, extra lines, then tags; and the block around it. */
import { describe, expect, it } from 'vitest';
import { docsText, jsdocBlock } from '../../generator/emit/jsdoc.ts';
import type { Docs } from '../../generator/ir/types.ts';

describe('docsText', () => {
  const cases: { name: string; docs: Docs | undefined; extra?: string[]; want: string | undefined }[] = [
    { name: 'nothing', docs: undefined, want: undefined },
    { name: 'empty docs', docs: {}, want: undefined },
    { name: 'title and description', docs: { title: 'Video', description: 'A generated video.' }, want: 'Video\nA generated video.' },
    { name: 'a title equal to the description once', docs: { title: 'Same', description: 'Same' }, want: 'Same' },
    { name: 'extra lines after the description', docs: { description: 'D' }, extra: ['The query parameter `x`.'], want: 'D\nThe query parameter `x`.' },
    { name: 'deprecated', docs: { deprecated: true }, want: '@deprecated' },
    { name: 'default as JSON', docs: { default: { a: 1 } }, want: '@default {"a":1}' },
    { name: 'a false default is still a default', docs: { default: false }, want: '@default false' },
    { name: 'examples, one tag each', docs: { examples: ['a', 2] }, want: '@example "a"\n@example 2' },
    {
      name: 'constraints in a fixed order, strings bare',
      docs: { maxLength: 10, format: 'uri', minimum: 0, pattern: '^a$', exclusiveMaximum: 5, minItems: 1, maxItems: 3, minLength: 2, maximum: 9, exclusiveMinimum: 1 },
      want: '@format uri\n@minimum 0\n@exclusiveMinimum 1\n@maximum 9\n@exclusiveMaximum 5\n@minLength 2\n@maxLength 10\n@pattern ^a$\n@minItems 1\n@maxItems 3',
    },
    { name: 'exclusiveMinimum false (3.0 form) says nothing', docs: { exclusiveMinimum: false }, want: undefined },
    { name: 'exclusiveMinimum true (3.0 form) is shown', docs: { exclusiveMinimum: true }, want: '@exclusiveMinimum true' },
    { name: 'no tags for what the types show or other keywords', docs: { multipleOf: 2, uniqueItems: true, keywords: { contains: {} } }, want: undefined },
    { name: 'a description cannot close the comment', docs: { description: 'x */ y' }, want: 'x *\\/ y' },
    { name: 'a pattern cannot close the comment', docs: { pattern: '^a*/$' }, want: '@pattern ^a*\\/$' },
  ];
  it.each(cases)('$name', ({ docs, extra, want }) => expect(docsText(docs, extra)).toBe(want));
});

describe('jsdocBlock', () => {
  const cases: { given: string | undefined; want: string }[] = [
    { given: undefined, want: '' },
    { given: '', want: '' },
    { given: 'one', want: '/**\n * one\n */\n' },
    { given: 'one\n\ntwo', want: '/**\n * one\n *\n * two\n */\n' },
  ];
  it.each(cases)('$given', ({ given, want }) => expect(jsdocBlock(given)).toBe(want));
});
