#!/usr/bin/env node
/** Command line: `generate` (and its --check mode). Exit codes: 0 ok, 1 failed (bad input or stale output), 2 usage. */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import { readConfig, type PackageSettings } from './config.ts';
import { formatLocation, GeneratorError } from './errors.ts';
import { generate, type Phase } from './pipeline.ts';
import { isUrl } from './load/read-document.ts';
import { warmUp } from './format/prettier-options.ts';
import { watchFile } from './watch.ts';

const DEFAULT_CONFIG = 'sdk.config.json';

interface GenerateFlags {
  spec?: string;
  out?: string;
  config?: string;
  packageName?: string;
  clientName?: string;
  envPrefix?: string;
  check?: boolean;
  quiet?: boolean;
  watch?: boolean;
}

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

interface GenerateRun {
  spec: string;
  output: string;
  settings: PackageSettings;
  settingsSource: string;
}

/** What to generate, from the config file (when one is read) and the flags. */
async function resolveRun(flags: GenerateFlags): Promise<GenerateRun> {
  let spec = flags.spec;
  let output = flags.out ? resolve(flags.out) : undefined;
  let settings: PackageSettings = {};
  let settingsSource = 'command line';
  // A config is read when named, or by default when no spec is given on the command line.
  const configPath = flags.config ?? (flags.spec === undefined ? DEFAULT_CONFIG : undefined);
  if (configPath) {
    if (!flags.config && !existsSync(configPath)) {
      throw new GeneratorError(`no --spec given and no ${DEFAULT_CONFIG} here`, { file: resolve(configPath) }, 'pass --spec <file|url> --out <dir>, or --config <file>');
    }
    const config = await readConfig(configPath);
    spec ??= config.spec;
    output ??= config.output;
    settings = { packageName: config.packageName, clientName: config.clientName, envPrefix: config.envPrefix, packageVersion: config.packageVersion, taskStatus: config.taskStatus };
    settingsSource = configPath;
  }
  if (!spec) throw new GeneratorError('no spec given', undefined, 'pass --spec <file|url>');
  if (!output) throw new GeneratorError('no output folder given', undefined, 'pass --out <dir> (or set "output" in a config file)');
  settings = {
    packageName: flags.packageName ?? settings.packageName,
    clientName: flags.clientName ?? settings.clientName,
    envPrefix: flags.envPrefix ?? settings.envPrefix,
    packageVersion: settings.packageVersion,
    taskStatus: settings.taskStatus,
  };
  return { spec, output, settings, settingsSource };
}

async function runGenerate(flags: GenerateFlags): Promise<number> {
  const { spec, output, settings, settingsSource } = await resolveRun(flags);
  const started = performance.now();
  const result = await generate({ spec, output, settings, settingsSource, check: flags.check });
  const total = performance.now() - started;

  if (!flags.quiet) {
    for (const warning of result.warnings) console.error(`warning: ${warning.message}\n  at ${formatLocation(warning.location)}`);
  }
  const phases = (['load', 'ir', 'emit', 'format', 'write'] as Phase[]).map((phase) => `${phase} ${seconds(result.timings[phase])}`).join(', ');
  const where = relative(process.cwd(), output) || '.';
  if (result.differing) {
    if (result.differing.length) {
      console.error(`${where} is not what the spec generates; differing files:\n${result.differing.map((path) => `  ${path}`).join('\n')}\nhint: run npm run generate and commit the result`);
      return 1;
    }
    console.log(`${where} is up to date (${result.files.length} files) in ${seconds(total)} (${phases})`);
    return 0;
  }
  const write = result.write!;
  console.log(
    `generated ${result.api.operations.length} operations and ${result.api.schemas.length} types into ${where}: ` +
      `${write.written} written, ${write.unchanged} unchanged, ${write.removed} removed; ${result.warnings.length} warnings; ` +
      `${seconds(total)} (${phases})`,
  );
  return 0;
}

/** Reports a failed run the way main does, without ending the process. */
function report(error: unknown): void {
  if (error instanceof GeneratorError) console.error(`${error.format()}\nnothing was written`);
  else console.error('internal error (please report it with the spec that caused it):', error);
}

async function runWatch(flags: GenerateFlags): Promise<number> {
  const { spec } = await resolveRun(flags);
  if (isUrl(spec)) throw new GeneratorError('--watch needs a spec file, not a URL', { file: spec }, 'download the spec and pass its path');
  await runGenerate(flags).catch(report);
  // While the user edits: the first regeneration would otherwise pay for loading and compiling Prettier.
  await warmUp();
  console.log(`watching ${relative(process.cwd(), spec) || spec} for changes (Ctrl-C to stop)`);
  return watchFile(spec, async () => void (await runGenerate(flags).catch(report)));
}

export async function main(argv: string[]): Promise<number> {
  const program = new Command()
    .name('sdkgen')
    .description('Generate a typed TypeScript SDK package from an OpenAPI 3.0/3.1 document.')
    .exitOverride()
    .configureOutput({ writeErr: (text) => process.stderr.write(text) });
  let exitCode = 0;
  program
    .command('generate')
    .description(`generate the SDK package (reads ${DEFAULT_CONFIG} when no --spec is given)`)
    .option('--spec <file|url>', 'OpenAPI document (YAML or JSON), path or http(s) URL')
    .option('--out <dir>', 'output folder of the generated package')
    .option('--config <file>', `JSON config file with spec, output, packageName, clientName, envPrefix (default: ${DEFAULT_CONFIG})`)
    .option('--package-name <name>', 'npm package name (default: from the spec title)')
    .option('--client-name <name>', 'client class name (default: from the spec title)')
    .option('--env-prefix <PREFIX>', 'prefix of the environment variables the client reads')
    .option('--check', 'write nothing; exit 1 when the output folder differs from what would be generated')
    .addOption(new Option('--quiet', 'do not print warnings'))
    .addOption(new Option('--watch', 'generate, then regenerate whenever the spec file changes (until stopped)').conflicts('check'))
    .action(async (flags: GenerateFlags) => {
      exitCode = flags.watch ? await runWatch(flags) : await runGenerate(flags);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof GeneratorError) {
      console.error(error.format());
      console.error('nothing was written');
      return 1;
    }
    console.error('internal error (please report it with the spec that caused it):');
    console.error(error);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
