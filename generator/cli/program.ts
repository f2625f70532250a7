/** The `sdkgen` command line: its subcommands, and the exit code of a run (see EXIT in io.ts). */
import { Command, CommanderError } from 'commander';
import { addDiffCommand } from './diff.ts';
import { addGenerateCommand } from './generate.ts';
import { EXIT, processIo, type Io } from './io.ts';
import { addReleaseCommand } from './release.ts';

export function buildProgram(io: Io, setExitCode: (code: number) => void): Command {
  const program = new Command()
    .name('sdkgen')
    .description('Generate a typed TypeScript SDK package from an OpenAPI 3.0/3.1 document, diff API versions and release updates.')
    // Usage errors and --help end the parse with a CommanderError instead of exiting the process; the
    // subcommands inherit both settings.
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .showHelpAfterError('(add --help for usage)');
  addGenerateCommand(program, io, setExitCode);
  addDiffCommand(program, io, setExitCode);
  addReleaseCommand(program, io, setExitCode);
  return program;
}

/** Runs `sdkgen` with the arguments after the program name; resolves to the exit code. */
export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode: number = EXIT.ok;
  const program = buildProgram(io, (code) => (exitCode = code));
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    // --help and --version end with exit code 0; everything else commander refuses is a usage error.
    if (error instanceof CommanderError) return error.exitCode === 0 ? EXIT.ok : EXIT.usage;
    throw error;
  }
}
