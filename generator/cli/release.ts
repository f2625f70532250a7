/**
 * `sdkgen release <file-or-url>`: releases the SDK for a new version of the OpenAPI document: replaces the
 * spec, regenerates, bumps the package version by the API diff and prepends a CHANGELOG.md entry. A document
 * whose info.version did not change (or went backwards) is refused unless --force.
 */
import type { Command } from 'commander';
import { readConfig } from '../config.ts';
import { addWarningOptions, DEFAULT_CONFIG, EXIT, runReported, type CommonFlags, type Io } from './io.ts';
import { handleWarnings } from './warnings.ts';

export interface ReleaseFlags extends CommonFlags {
  date?: string;
  force?: boolean;
}

export function addReleaseCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const command = program
    .command('release')
    .description('release the SDK for a new version of the OpenAPI document (spec, package version, changelog)')
    .argument('<file-or-url>', 'the new OpenAPI document')
    .option('--date <YYYY-MM-DD>', "release date when the document's info.x-release-date gives none (default: today, UTC)")
    .option('--force', 'accept a document whose info.version is unchanged or lower')
    .option('--config <file>', 'JSON config file whose spec is replaced and whose packageVersion is bumped', DEFAULT_CONFIG);
  addWarningOptions(command).action(async (source: string, flags: ReleaseFlags) => {
    const code = await runReported(io, 'nothing was changed', async () => {
      const configFile = flags.config ?? DEFAULT_CONFIG;
      const acknowledgements = (await readConfig(configFile)).acknowledgedWarnings ?? [];
      // Loaded here, not with the CLI: `generate`, the command every CI run starts, never needs it.
      const { specUpdate } = await import('../release/spec-update.ts');
      const result = await specUpdate({
        source,
        config: configFile,
        date: flags.date,
        force: flags.force,
        onWarnings: (warnings) => handleWarnings(io, warnings, { ...flags, acknowledgements, configFile }),
      });
      io.out(`${result.summary}\n`);
      return EXIT.ok;
    });
    setExitCode(code);
  });
}
