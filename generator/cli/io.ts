/**
 * What every `sdkgen` subcommand shares: where it prints, its exit codes, how it reports a failure and which
 * warning options it takes, so that `generate`, `diff` and `release` behave alike.
 */
import type { Command } from 'commander';
import { isHostName } from '../config.ts';
import { GeneratorError } from '../errors.ts';

/** Where a command prints. The process's stdout/stderr in use; strings in tests that run a command in-process. */
export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

export const processIo: Io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

/** The exit codes of every subcommand. */
export const EXIT = {
  ok: 0,
  /** The input is unusable, the command refused (stale output, breaking changes, same version), or a bug. */
  failed: 1,
  /** The command line itself is wrong: unknown option, missing argument. */
  usage: 2,
} as const;

/** The config file read by default, by every subcommand. */
export const DEFAULT_CONFIG = 'sdk.config.json';

/** Commander's way to take an option more than once (`--overlay a.yaml --overlay b.yaml`). */
export function collect(value: string, list: string[] = []): string[] {
  return [...list, value];
}

/** --allow-ref-host, of every subcommand that loads a spec. */
export const ALLOW_REF_HOST_HELP = 'a host (name or name:port) whose http(s) URLs $refs may reach, beside the config\'s "allowRefHosts" (repeatable; none by default)';

/** The hosts --allow-ref-host named, each checked as the config's `allowRefHosts` are. */
export function allowedHostsOf(hosts: string[] = []): string[] {
  for (const host of hosts) {
    if (!isHostName(host))
      throw new GeneratorError(
        `--allow-ref-host ${JSON.stringify(host)} is not a host name`,
        undefined,
        'pass a host name, with a port to allow only that one: --allow-ref-host schemas.example.com',
      );
  }
  return hosts;
}

/** Flags every subcommand takes, with the same meaning (the warning flags are read by warnings.ts). */
export interface CommonFlags {
  config?: string;
  quiet?: boolean;
  verbose?: boolean;
  strict?: boolean;
}

/** The warning options of every subcommand that loads a spec. */
export function addWarningOptions(command: Command): Command {
  return command
    .option('--quiet', 'do not print warnings')
    .option('--verbose', 'print every warning with its location and kind (default: one line per kind)')
    .option('--strict', 'exit 1 (changing nothing) on warnings the config does not acknowledge');
}

/**
 * Runs a command's work and turns a failure into its exit code. A GeneratorError is the user's to fix: its
 * message, location and hint, then what the failure left untouched (`unchanged`, e.g. "nothing was written"),
 * and no stack trace. Anything else is a bug and keeps its stack.
 */
export async function runReported(io: Io, unchanged: string | undefined, work: () => Promise<number>): Promise<number> {
  try {
    return await work();
  } catch (error) {
    io.err(describeFailure(error, unchanged));
    return EXIT.failed;
  }
}

export function describeFailure(error: unknown, unchanged: string | undefined): string {
  if (error instanceof GeneratorError) return `${error.format()}\n${unchanged ? `${unchanged}\n` : ''}`;
  const detail = error instanceof Error ? (error.stack ?? String(error)) : String(error);
  return `internal error (please report it with the spec that caused it):\n${detail}\n`;
}
