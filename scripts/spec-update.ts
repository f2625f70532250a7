/**
 * `npm run spec:update -- <file|url> [--date YYYY-MM-DD] [--force] [--config sdk.config.json]`
 * Replaces the spec with a new version, regenerates the SDK, bumps the package version by the API diff
 * (major / minor / patch), prepends a CHANGELOG.md entry to the package and prints the summary.
 * A document whose info.version did not change (or went backwards) is refused unless --force.
 * Exit codes: 0 released; 1 refused or failed (nothing changed); 2 usage.
 */
import { realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { GeneratorError } from '../generator/errors.ts';
import { specUpdate } from '../generator/release/spec-update.ts';

interface Flags {
  date?: string;
  force?: boolean;
  config: string;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('spec:update')
    .description('Release the SDK for a new version of the OpenAPI document.')
    .argument('<file-or-url>', 'the new OpenAPI document')
    .option('--date <YYYY-MM-DD>', "release date when the document's info.x-release-date gives none (default: today, UTC)")
    .option('--force', 'accept a document whose info.version is unchanged or lower')
    .option('--config <file>', 'generator config whose spec is replaced and whose packageVersion is bumped', 'sdk.config.json')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .action(async (source: string, flags: Flags) => {
      const result = await specUpdate({ source, config: flags.config, date: flags.date, force: flags.force });
      io.out(`${result.summary}\n`);
      exitCode = 0;
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof GeneratorError) {
      io.err(`${error.format()}\nnothing was changed\n`);
      return 1;
    }
    io.err(`internal error (please report it with the spec that caused it):\n${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

/** Run when executed (`tsx scripts/spec-update.ts`), not when imported by a test. */
function isEntryPoint(): boolean {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exitCode = await main(process.argv.slice(2));
