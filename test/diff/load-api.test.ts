import { describe, expect, it } from 'vitest';
import { parseGitSource, sourceIsSpec } from '../../generator/diff/load-api.ts';

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

describe('sourceIsSpec: is a diff source the configured spec (so that its overlays apply)', () => {
  const cwd = '/repo';
  it.each([
    { source: 'git:HEAD~1', spec: '/repo/spec/openapi.yaml', want: true },
    { source: 'git:v1:spec/openapi.yaml', spec: '/repo/spec/openapi.yaml', want: true },
    { source: 'git:v1:spec/other.yaml', spec: '/repo/spec/openapi.yaml', want: false },
    { source: 'spec/openapi.yaml', spec: '/repo/spec/openapi.yaml', want: true },
    { source: './spec/../spec/openapi.yaml', spec: 'spec/openapi.yaml', want: true },
    { source: '/elsewhere/openapi.yaml', spec: '/repo/spec/openapi.yaml', want: false },
    { source: 'https://example.com/openapi.yaml', spec: 'https://example.com/openapi.yaml', want: true },
    { source: 'https://example.com/openapi.yaml', spec: '/repo/spec/openapi.yaml', want: false },
  ])('$source (spec $spec) → $want', ({ source, spec, want }) => {
    expect(sourceIsSpec(source, spec, cwd)).toBe(want);
  });
});
