/** `sdkgen generate`: the SDK package from a spec (and its --check and --watch modes). */
import { existsSync } from 'node:fs';
import { relative, resolve } from 'node:path';
import { Option, type Command } from 'commander';
import { packageSettingsOf, readConfig, type PackageSettings, type WarningAcknowledgement } from '../config.ts';
import type { McpConfig, McpMode } from '../mcp-config.ts';
import { GeneratorError, type GeneratorWarning } from '../errors.ts';
import { warmUp } from '../format/prettier-options.ts';
import { isUrl } from '../load/read-document.ts';
import { generate, type Phase } from '../pipeline.ts';
import { watchFile } from '../watch.ts';
import { addWarningOptions, ALLOW_REF_HOST_HELP, allowedHostsOf, collect, DEFAULT_CONFIG, describeFailure, EXIT, runReported, type CommonFlags, type Io } from './io.ts';
import { handleWarnings } from './warnings.ts';

export interface GenerateFlags extends CommonFlags {
  spec?: string;
  out?: string;
  packageName?: string;
  clientName?: string;
  envPrefix?: string;
  check?: boolean;
  watch?: boolean;
  overlay?: string[];
  allowRefHost?: string[];
  mcpOut?: string;
  mcpMode?: McpMode;
}

/** What to generate: the spec, the output folder and the package settings. */
export interface GenerateRun {
  spec: string;
  /** Overlays applied to the spec: the config's, then the command line's. */
  overlays: string[];
  /** Hosts `$ref`s may reach: the config's `allowRefHosts` and every --allow-ref-host. */
  allowRefHosts: string[];
  output: string;
  settings: PackageSettings;
  /** Where the settings came from, for error messages: the config file or "command line". */
  settingsSource: string;
  /** The config file read, if any, and the warnings it acknowledges. */
  configFile?: string;
  acknowledgements: WarningAcknowledgement[];
  /** The MCP package to generate beside the SDK: the config's `mcp`, or --mcp-out (which wins for the folder). */
  mcp?: McpConfig;
}

const NOTHING_WRITTEN = 'nothing was written';

function seconds(ms: number): string {
  return `${(ms / 1000).toFixed(2)} s`;
}

/**
 * What to generate, from the config file and the flags; a flag wins over the config. The config is read when
 * named, or by default when no --spec is given.
 */
export async function resolveRun(flags: GenerateFlags): Promise<GenerateRun> {
  let spec = flags.spec;
  let output = flags.out ? resolve(flags.out) : undefined;
  let settings: PackageSettings = {};
  let settingsSource = 'command line';
  let overlays: string[] = [];
  let allowRefHosts: string[] = [];
  let acknowledgements: WarningAcknowledgement[] = [];
  let mcp: McpConfig | undefined;
  let configOutput: string | undefined;
  const configPath = flags.config ?? (flags.spec === undefined ? DEFAULT_CONFIG : undefined);
  if (configPath) {
    if (!flags.config && !existsSync(configPath)) {
      throw new GeneratorError(`no --spec given and no ${DEFAULT_CONFIG} here`, { file: resolve(configPath) }, 'pass --spec <file|url> --out <dir>, or --config <file>');
    }
    const config = await readConfig(configPath);
    spec ??= config.spec;
    output ??= config.output;
    overlays = config.overlays ?? [];
    allowRefHosts = config.allowRefHosts ?? [];
    acknowledgements = config.acknowledgedWarnings ?? [];
    settings = packageSettingsOf(config);
    settingsSource = configPath;
    mcp = config.mcp;
    configOutput = config.output;
  }
  // Moved with --out, the MCP package keeps its place beside the SDK (its file: dependency points there).
  if (mcp && flags.out && !flags.mcpOut && configOutput) mcp = { ...mcp, output: resolve(output!, relative(configOutput, mcp.output)) };
  if (flags.mcpOut) mcp = { ...mcp, output: resolve(flags.mcpOut) };
  if (flags.mcpMode) {
    if (!mcp) throw new GeneratorError('--mcp-mode needs an MCP package to generate', undefined, 'pass --mcp-out <dir>, or set "mcp" in the config');
    mcp = { ...mcp, mode: flags.mcpMode };
  }
  if (!spec) throw new GeneratorError('no spec given', undefined, 'pass --spec <file|url>');
  if (!output) throw new GeneratorError('no output folder given', undefined, 'pass --out <dir> (or set "output" in a config file)');
  settings = {
    ...settings,
    packageName: flags.packageName ?? settings.packageName,
    clientName: flags.clientName ?? settings.clientName,
    envPrefix: flags.envPrefix ?? settings.envPrefix,
  };
  return {
    spec,
    overlays: [...overlays, ...(flags.overlay ?? [])],
    allowRefHosts: [...allowRefHosts, ...allowedHostsOf(flags.allowRefHost)],
    output,
    settings,
    settingsSource,
    ...(configPath && { configFile: configPath }),
    acknowledgements,
    ...(mcp && { mcp }),
  };
}

async function generateOnce(flags: GenerateFlags, io: Io): Promise<number> {
  const { spec, overlays, allowRefHosts, output, settings, settingsSource, configFile, acknowledgements, mcp } = await resolveRun(flags);
  const started = performance.now();
  const onWarnings = (warnings: readonly GeneratorWarning[]) => handleWarnings(io, warnings, { ...flags, acknowledgements, configFile });
  const result = await generate({ spec, overlays, allowRefHosts, output, settings, settingsSource, check: flags.check, onWarnings, ...(mcp && { mcp }) });
  const total = performance.now() - started;

  const phases = (['load', 'ir', 'surface', 'emit', 'format', 'write'] as Phase[]).map((phase) => `${phase} ${seconds(result.timings[phase])}`).join(', ');
  const where = relative(process.cwd(), output) || '.';
  if (result.differing) {
    if (result.differing.length) {
      io.err(
        `${where} is not what the spec generates; differing files:\n${result.differing.map((path) => `  ${path}`).join('\n')}\nhint: run npm run generate and commit the result\n`,
      );
      return EXIT.failed;
    }
    const mcpWhere = result.mcp && ` and ${relative(process.cwd(), result.mcp.output) || '.'} (${result.mcp.files.length} files)`;
    io.out(`${where} is up to date (${result.files.length} files)${mcpWhere ?? ''} in ${seconds(total)} (${phases})\n`);
    return EXIT.ok;
  }
  const write = result.write!;
  io.out(
    `generated ${result.api.operations.length} operations and ${result.api.schemas.length} types into ${where}: ` +
      `${write.written} written, ${write.unchanged} unchanged, ${write.removed} removed; ${result.warnings.length} warnings; ` +
      `${seconds(total)} (${phases})\n`,
  );
  if (result.mcp?.write) {
    const { write: mcpWrite, plan } = result.mcp;
    io.out(
      `generated an MCP server (${plan.tools.length} tools, ${plan.mode} mode) into ${relative(process.cwd(), result.mcp.output) || '.'}: ` +
        `${mcpWrite.written} written, ${mcpWrite.unchanged} unchanged, ${mcpWrite.removed} removed\n`,
    );
  }
  return EXIT.ok;
}

async function generateAndWatch(flags: GenerateFlags, io: Io): Promise<number> {
  const { spec } = await resolveRun(flags);
  if (isUrl(spec)) throw new GeneratorError('--watch needs a spec file, not a URL', { file: spec }, 'download the spec and pass its path');
  // A failed run mid-edit is reported and the watch goes on.
  const runAndReport = async () => void (await generateOnce(flags, io).catch((error: unknown) => io.err(describeFailure(error, NOTHING_WRITTEN))));
  await runAndReport();
  // While the user edits: the first regeneration would otherwise pay for loading and compiling Prettier.
  await warmUp();
  // The watch is set up (synchronously) before it is announced: an edit made as soon as the line appears (by a
  // script or a test) must not fall before it.
  const watching = watchFile(spec, runAndReport);
  io.out(`watching ${relative(process.cwd(), spec) || spec} for changes (Ctrl-C to stop)\n`);
  return watching;
}

export function addGenerateCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const command = program
    .command('generate')
    .description(`generate the SDK package (reads ${DEFAULT_CONFIG} when no --spec is given)`)
    .option('--spec <file|url>', 'OpenAPI document (YAML or JSON), path or http(s) URL')
    .option('--out <dir>', 'output folder of the generated package')
    .option('--config <file>', `JSON config file with spec, output, overlays, packageName, clientName, envPrefix (default: ${DEFAULT_CONFIG})`)
    .option('--overlay <file>', 'an OpenAPI Overlay 1.0 document applied to the spec after the config\'s "overlays" (repeatable)', collect)
    .option('--allow-ref-host <host>', ALLOW_REF_HOST_HELP, collect)
    .option('--package-name <name>', 'npm package name (default: from the spec title)')
    .option('--client-name <name>', 'client class name (default: from the spec title)')
    .option('--env-prefix <PREFIX>', 'prefix of the environment variables the client reads')
    .option('--check', 'write nothing; exit 1 when the output folder differs from what would be generated')
    .option('--mcp-out <dir>', 'also generate an MCP server package into this folder (wins over the config\'s "mcp.output")')
    .addOption(new Option('--mcp-mode <mode>', 'MCP tools: one per call (static), or three that list, describe and call endpoints (dynamic)').choices(['static', 'dynamic']));
  addWarningOptions(command)
    .addOption(new Option('--watch', 'generate, then regenerate whenever the spec file changes (until stopped)').conflicts('check'))
    .action(async (flags: GenerateFlags) => {
      setExitCode(await runReported(io, NOTHING_WRITTEN, () => (flags.watch ? generateAndWatch(flags, io) : generateOnce(flags, io))));
    });
}
