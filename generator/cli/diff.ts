/**
 * `sdkgen diff --from <source> --to <source>`: what changed between two versions of the API, in SDK terms.
 * A source is a spec file, an http(s) URL, or a git revision of the configured spec (`git:HEAD~1`,
 * `git:<rev>:<path>`). Markdown by default, JSON with --json; --fail-on-breaking exits 1 on breaking changes.
 */
import { existsSync } from 'node:fs';
import type { Command } from 'commander';
import { packageSettingsOf, readConfig, type PackageSettings, type WarningAcknowledgement } from '../config.ts';
import type { GeneratorWarning } from '../errors.ts';
import { addWarningOptions, ALLOW_REF_HOST_HELP, allowedHostsOf, collect, DEFAULT_CONFIG, EXIT, runReported, type CommonFlags, type Io } from './io.ts';
import { handleWarnings } from './warnings.ts';

export interface DiffFlags extends CommonFlags {
  from: string;
  to: string;
  json?: boolean;
  failOnBreaking?: boolean;
  overlay?: string[];
  allowRefHost?: string[];
  /** `--no-config-overlays` makes it false. */
  configOverlays?: boolean;
}

/** A warning both versions have (same kind, place and message) is one thing to fix, reported once (as the new side's). */
function sameOnce(warnings: GeneratorWarning[]): GeneratorWarning[] {
  const seen = new Set<string>();
  return warnings.filter((warning) => {
    const key = JSON.stringify([warning.kind.id, warning.location.pointer, warning.message]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

async function runDiff(flags: DiffFlags, io: Io): Promise<number> {
  // The config (when there is one) gives the client name the IR reserves, and the spec `git:<rev>` means.
  const configPath = flags.config ?? (existsSync(DEFAULT_CONFIG) ? DEFAULT_CONFIG : undefined);
  // Loaded here, not with the CLI: `generate`, the command every CI run starts, never needs them.
  const [{ diffApis }, { loadApi, sourceIsSpec }, { renderMarkdown }] = await Promise.all([
    import('../diff/diff-api.ts'),
    import('../diff/load-api.ts'),
    import('../diff/render-markdown.ts'),
  ]);
  let settings: PackageSettings = {};
  let defaultSpecPath: string | undefined;
  let overlays: string[] = [];
  let allowRefHosts: string[] = [];
  let acknowledgements: WarningAcknowledgement[] = [];
  if (configPath) {
    const config = await readConfig(configPath);
    settings = packageSettingsOf(config);
    defaultSpecPath = config.spec;
    acknowledgements = config.acknowledgedWarnings ?? [];
    allowRefHosts = config.allowRefHosts ?? [];
    // The SDK is generated from the spec with its overlays applied, so versions of that spec are compared that
    // way: both sides, when either is the configured spec (like `release`, which overlays the new file too). Two
    // other documents are other APIs, which the overlays were not written for.
    const configured = config.overlays ?? [];
    const ofTheSpec = [flags.from, flags.to].some((source) => sourceIsSpec(source, config.spec, process.cwd()));
    if (configured.length && flags.configOverlays !== false && ofTheSpec) overlays = configured;
    else if (configured.length && flags.configOverlays !== false && !flags.quiet) {
      io.err(`note: the overlays of ${configPath} are not applied: neither side is its spec (${config.spec}); --overlay <file> applies one to both\n`);
    }
  }
  overlays = [...overlays, ...(flags.overlay ?? [])];
  allowRefHosts = [...allowRefHosts, ...allowedHostsOf(flags.allowRefHost)];
  const options = { settings, defaultSpecPath, overlays, allowRefHosts };
  const [before, after] = await Promise.all([loadApi(flags.from, options), loadApi(flags.to, options)]);
  handleWarnings(io, sameOnce([...after.warnings, ...before.warnings]), { ...flags, acknowledgements, configFile: configPath });
  const diff = diffApis(before.api, after.api);
  io.out(flags.json ? `${JSON.stringify(diff, null, 2)}\n` : renderMarkdown(diff));
  return flags.failOnBreaking && diff.counts.breaking > 0 ? EXIT.failed : EXIT.ok;
}

export function addDiffCommand(program: Command, io: Io, setExitCode: (code: number) => void): void {
  const command = program
    .command('diff')
    .description('compare two versions of the API in SDK terms (operations, variants, model values, types)')
    .requiredOption('--from <source>', 'old version: a spec file, an http(s) URL, or git:<rev>[:<path>]')
    .requiredOption('--to <source>', 'new version: a spec file, an http(s) URL, or git:<rev>[:<path>]')
    .option('--json', 'print the diff as JSON instead of Markdown')
    .option('--fail-on-breaking', 'exit 1 when there are breaking changes')
    .option('--config <file>', `JSON config file: the client name, and the spec git:<rev> reads (default: ${DEFAULT_CONFIG} when present)`)
    .option('--overlay <file>', 'an OpenAPI Overlay 1.0 document applied to both sides after the config\'s "overlays" (repeatable)', collect)
    .option('--allow-ref-host <host>', ALLOW_REF_HOST_HELP, collect)
    .option('--no-config-overlays', 'do not apply the config\'s "overlays" (applied by default when either side is the configured spec)');
  addWarningOptions(command).action(async (flags: DiffFlags) => {
    setExitCode(await runReported(io, undefined, () => runDiff(flags, io)));
  });
}
