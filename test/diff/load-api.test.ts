import { describe, expect, it } from 'vitest';
import { parseGitSource } from '../../generator/diff/load-api.ts';

describe('parseGitSource', () => {
  it.each([
    { given: 'git:HEAD~1', want: { rev: 'HEAD~1' } },
    { given: 'git:v1.5.17:spec/openapi.yaml', want: { rev: 'v1.5.17', path: 'spec/openapi.yaml' } },
    { given: 'spec/openapi.yaml', want: undefined },
    { given: 'https://example.com/openapi.yaml', want: undefined },
  ])('$given', ({ given, want }) => {
    expect(parseGitSource(given)).toEqual(want);
  });

  it('refuses a git source without a revision, saying how to write one', () => {
    expect(() => parseGitSource('git:')).toThrow(/names no revision/);
  });
});
