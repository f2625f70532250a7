/**
 * `npm run api:diff -- --from <source> --to <source> [--json] [--fail-on-breaking]`
 * Compares two versions of the API in SDK terms. A source is a spec file, an http(s) URL, or a git revision of
 * the configured spec: `git:HEAD~1`, `git:v1.5.17`, `git:<rev>:<path>`. Markdown by default, JSON with --json.
 * Exit codes: 0 done; 1 a spec could not be loaded, or --fail-on-breaking found breaking changes; 2 usage.
 */
import { existsSync, realpathSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { Command, CommanderError } from 'commander';
import { readConfig, type PackageSettings } from '../generator/config.ts';
import { diffApis } from '../generator/diff/diff-api.ts';
import { loadApi } from '../generator/diff/load-api.ts';
import { renderMarkdown } from '../generator/diff/render-markdown.ts';
import { GeneratorError } from '../generator/errors.ts';

interface Flags {
  from: string;
  to: string;
  json?: boolean;
  config?: string;
  failOnBreaking?: boolean;
}

export interface Io {
  out: (text: string) => void;
  err: (text: string) => void;
}

const processIo: Io = { out: (text) => process.stdout.write(text), err: (text) => process.stderr.write(text) };

async function run(flags: Flags, io: Io): Promise<number> {
  // The config (when there is one) gives the client name the IR reserves, and the spec `git:<rev>` means.
  const configPath = flags.config ?? (existsSync('sdk.config.json') ? 'sdk.config.json' : undefined);
  let settings: PackageSettings = {};
  let defaultSpecPath: string | undefined;
  if (configPath) {
    const config = await readConfig(configPath);
    settings = { packageName: config.packageName, clientName: config.clientName, envPrefix: config.envPrefix };
    defaultSpecPath = config.spec;
  }
  const [before, after] = await Promise.all([loadApi(flags.from, { settings, defaultSpecPath }), loadApi(flags.to, { settings, defaultSpecPath })]);
  const diff = diffApis(before.api, after.api);
  io.out(flags.json ? `${JSON.stringify(diff, null, 2)}\n` : renderMarkdown(diff));
  return flags.failOnBreaking && diff.counts.breaking > 0 ? 1 : 0;
}

export async function main(argv: string[], io: Io = processIo): Promise<number> {
  let exitCode = 0;
  const program = new Command()
    .name('api:diff')
    .description('Compare two versions of the API in SDK terms (operations, variants, model values, types).')
    .requiredOption('--from <source>', 'old version: a spec file, an http(s) URL, or git:<rev>[:<path>]')
    .requiredOption('--to <source>', 'new version: a spec file, an http(s) URL, or git:<rev>[:<path>]')
    .option('--json', 'print the diff as JSON instead of Markdown')
    .option('--config <file>', 'generator config (default: sdk.config.json when present)')
    .option('--fail-on-breaking', 'exit 1 when there are breaking changes')
    .exitOverride()
    .configureOutput({ writeOut: io.out, writeErr: io.err })
    .action(async (flags: Flags) => {
      exitCode = await run(flags, io);
    });
  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof GeneratorError) {
      io.err(`${error.format()}\n`);
      return 1;
    }
    io.err(`internal error (please report it with the specs that caused it):\n${(error as Error).stack ?? String(error)}\n`);
    return 1;
  }
}

/** Run when executed (`tsx scripts/api-diff.ts`), not when imported by a test. */
function isEntryPoint(): boolean {
  try {
    return import.meta.url === pathToFileURL(realpathSync(process.argv[1] ?? '')).href;
  } catch {
    return false;
  }
}

if (isEntryPoint()) process.exitCode = await main(process.argv.slice(2));
