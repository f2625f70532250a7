/** `sdkgen` as a whole: the subcommands, --help for each, the flags they share and the exit code of a usage error. */
import { describe, expect, it } from 'vitest';
import { main } from '../../generator/cli/program.ts';

async function sdkgen(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, { out: (text) => void (stdout += text), err: (text) => void (stderr += text) });
  return { code, stdout, stderr };
}

describe('help', () => {
  const cases: { args: string[]; want: string[] }[] = [
    { args: ['--help'], want: ['Usage: sdkgen [options] [command]', 'generate [options]', 'diff [options]', 'release [options] <file-or-url>'] },
    { args: ['help', 'diff'], want: ['Usage: sdkgen diff [options]', '--from <source>'] },
    { args: ['generate', '--help'], want: ['Usage: sdkgen generate [options]', '--spec <file|url>', '--out <dir>', '--check', '--watch'] },
    { args: ['diff', '--help'], want: ['Usage: sdkgen diff [options]', '--from <source>', '--to <source>', '--json', '--fail-on-breaking'] },
    { args: ['release', '--help'], want: ['Usage: sdkgen release [options] <file-or-url>', '--date <YYYY-MM-DD>', '--force'] },
  ];
  it.each(cases)('sdkgen $args.0 $args.1 exits 0 and describes it', async ({ args, want }) => {
    const result = await sdkgen(args);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    for (const text of want) expect(result.stdout).toContain(text);
  });

  it.each(['generate', 'diff', 'release'])('%s takes the shared flags --config <file>, --quiet, --verbose and --strict', async (command) => {
    const { stdout } = await sdkgen([command, '--help']);
    expect(stdout).toMatch(/--config <file>\s+JSON config file/);
    expect(stdout).toMatch(/--quiet\s+do not print warnings/);
    expect(stdout).toMatch(/--verbose\s+print every warning with its location and kind/);
    expect(stdout).toMatch(/--strict\s+exit 1 \(changing nothing\) on warnings/);
  });
});

describe('usage errors exit 2 and say what is wrong', () => {
  const cases: { args: string[]; stderr: string }[] = [
    { args: [], stderr: 'Usage: sdkgen' },
    { args: ['generat'], stderr: "unknown command 'generat'" },
    { args: ['generate', '--no-such-flag'], stderr: "unknown option '--no-such-flag'" },
    { args: ['generate', '--check', '--watch'], stderr: "option '--watch' cannot be used with option '--check'" },
    { args: ['diff', '--from', 'a.yaml'], stderr: "required option '--to <source>' not specified" },
    { args: ['diff', '--to', 'b.yaml'], stderr: "required option '--from <source>' not specified" },
    { args: ['release'], stderr: "missing required argument 'file-or-url'" },
    { args: ['release', 'a.yaml', 'b.yaml'], stderr: 'too many arguments' },
  ];
  it.each(cases)('sdkgen $args', async ({ args, stderr }) => {
    const result = await sdkgen(args);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain(stderr);
  });
});
