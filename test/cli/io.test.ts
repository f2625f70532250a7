/** What every subcommand shares: failure reports, the warning options, exit codes (the warning report: warnings.test.ts). */
import { Command } from 'commander';
import { describe, expect, it } from 'vitest';
import { addWarningOptions, describeFailure, EXIT, runReported, type Io } from '../../generator/cli/io.ts';
import { GeneratorError } from '../../generator/errors.ts';

function capture(): Io & { stdout: () => string; stderr: () => string } {
  let stdout = '';
  let stderr = '';
  return { out: (text) => void (stdout += text), err: (text) => void (stderr += text), stdout: () => stdout, stderr: () => stderr };
}

const located = new GeneratorError('the spec file is empty', { file: 'spec.yaml', line: 1 }, 'write an OpenAPI document');

describe('describeFailure', () => {
  const cases: { name: string; error: unknown; unchanged?: string; want: string | RegExp }[] = [
    {
      name: 'a user error: message, location, hint, then what was left alone',
      error: located,
      unchanged: 'nothing was written',
      want: 'error: the spec file is empty\n  at spec.yaml:1\n  hint: write an OpenAPI document\nnothing was written\n',
    },
    { name: 'a user error with nothing to say about the output', error: located, want: 'error: the spec file is empty\n  at spec.yaml:1\n  hint: write an OpenAPI document\n' },
    {
      name: 'a bug keeps its stack',
      error: new TypeError('x is undefined'),
      unchanged: 'nothing was written',
      want: /^internal error \(please report it with the spec that caused it\):\nTypeError: x is undefined\n\s+at /,
    },
    { name: 'a thrown non-error', error: 'boom', want: 'internal error (please report it with the spec that caused it):\nboom\n' },
  ];
  it.each(cases)('$name', ({ error, unchanged, want }) => {
    const text = describeFailure(error, unchanged);
    if (typeof want === 'string') expect(text).toBe(want);
    else expect(text).toMatch(want);
  });

  it('never prints a stack for a user error', () => {
    expect(describeFailure(located, undefined)).not.toMatch(/\n\s+at .*\.ts:\d+/);
  });
});

describe('runReported', () => {
  const cases: { name: string; work: () => Promise<number>; code: number; stderr: RegExp | '' }[] = [
    { name: 'the command’s own exit code', work: async () => EXIT.ok, code: 0, stderr: '' },
    { name: 'a refusal the command decided', work: async () => EXIT.failed, code: 1, stderr: '' },
    { name: 'a user error exits 1', work: async () => Promise.reject(located), code: 1, stderr: /^error: the spec file is empty[\s\S]*nothing was written\n$/ },
    { name: 'a bug exits 1', work: async () => Promise.reject(new Error('bug')), code: 1, stderr: /^internal error/ },
  ];
  it.each(cases)('$name', async ({ work, code, stderr }) => {
    const io = capture();
    expect(await runReported(io, 'nothing was written', work)).toBe(code);
    if (stderr === '') expect(io.stderr()).toBe('');
    else expect(io.stderr()).toMatch(stderr);
    expect(io.stdout()).toBe('');
  });
});

describe('addWarningOptions', () => {
  it('gives a command --quiet, --verbose and --strict', () => {
    const command = addWarningOptions(new Command('x'));
    expect(command.options.map((option) => option.long)).toEqual(['--quiet', '--verbose', '--strict']);
    command.parse(['--verbose', '--strict'], { from: 'user' });
    expect(command.opts()).toEqual({ verbose: true, strict: true });
  });
});

it('the exit codes are the documented ones', () => {
  expect(EXIT).toEqual({ ok: 0, failed: 1, usage: 2 });
});
