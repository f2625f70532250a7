/**
 * `sdkgen release <file-or-url>`: releases the SDK for a new version of the OpenAPI document: replaces the
 * spec, regenerates, bumps the package version by the API diff and prepends a CHANGELOG.md entry. A document
 * whose info.version did not change (or went backwards) is refused unless --force.
 */
import type { Command } from 'commander';
import { specUpdate } from '../release/spec-update.ts';
import { DEFAULT_CONFIG, EXIT, printWarnings, runReported, type CommonFlags, type Io } from './io.ts';

export interface ReleaseFlags extends CommonFlags {
  date?: string;
  force?: boolean;
}

export function addReleaseCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  program
    .command('release')
    .description('release the SDK for a new version of the OpenAPI document (spec, package version, changelog)')
    .argument('<file-or-url>', 'the new OpenAPI document')
    .option('--date <YYYY-MM-DD>', "release date when the document's info.x-release-date gives none (default: today, UTC)")
    .option('--force', 'accept a document whose info.version is unchanged or lower')
    .option('--config <file>', 'JSON config file whose spec is replaced and whose packageVersion is bumped', DEFAULT_CONFIG)
    .option('--quiet', 'do not print warnings')
    .action(async (source: string, flags: ReleaseFlags) => {
      const code = await runReported(io, 'nothing was changed', async () => {
        const result = await specUpdate({ source, config: flags.config ?? DEFAULT_CONFIG, date: flags.date, force: flags.force });
        printWarnings(io, result.generated.warnings, flags);
        io.out(`${result.summary}\n`);
        return EXIT.ok;
      });
      setExitCode(code);
    });
}
