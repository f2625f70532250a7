/** How a user error and a location read on the terminal. */
import { describe, expect, it } from 'vitest';
import { formatLocation, GeneratorError, type SourceLocation } from '../generator/errors.ts';

describe('formatLocation', () => {
  const cases: [SourceLocation, string][] = [
    [{ file: 'spec.yaml' }, 'spec.yaml'],
    [{ file: 'spec.yaml', line: 12 }, 'spec.yaml:12'],
    [{ file: 'spec.yaml', line: 12, column: 5 }, 'spec.yaml:12:5'],
    [{ file: 'spec.yaml', column: 5 }, 'spec.yaml'],
    [{ file: 'spec.yaml', pointer: '#/paths/~1pets/get' }, 'spec.yaml (#/paths/~1pets/get)'],
    [{ file: 'spec.yaml', line: 3, column: 1, pointer: '#/info' }, 'spec.yaml:3:1 (#/info)'],
    [{ file: 'spec.yaml', line: 0 }, 'spec.yaml:0'],
  ];
  it.each(cases)('%j → %s', (location, want) => {
    expect(formatLocation(location)).toBe(want);
  });
});

describe('GeneratorError', () => {
  const cases: { error: GeneratorError; want: string }[] = [
    {
      error: new GeneratorError('the spec file is empty', { file: 'a.yaml' }, 'write an OpenAPI document'),
      want: 'error: the spec file is empty\n  at a.yaml\n  hint: write an OpenAPI document',
    },
    { error: new GeneratorError('no spec given', undefined, 'pass --spec <file|url>'), want: 'error: no spec given\n  hint: pass --spec <file|url>' },
    { error: new GeneratorError('bad ref', { file: 'a.yaml', line: 4, column: 7, pointer: '#/x' }, 'fix it'), want: 'error: bad ref\n  at a.yaml:4:7 (#/x)\n  hint: fix it' },
  ];
  it.each(cases)('$want', ({ error, want }) => {
    expect(error.format()).toBe(want);
  });

  it('is an Error with its own name, message, location and hint', () => {
    const error = new GeneratorError('m', { file: 'f' }, 'h');
    expect(error).toBeInstanceOf(Error);
    expect({ name: error.name, message: error.message, location: error.location, hint: error.hint }).toEqual({
      name: 'GeneratorError',
      message: 'm',
      location: { file: 'f' },
      hint: 'h',
    });
  });
});
