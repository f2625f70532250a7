/**
 * `npm run spec:update -- <file|url>`: takes a new version of the API's OpenAPI document and releases the SDK
 * for it, in one step:
 * 1. loads the new document and the current one (`spec` in the config) into the IR and diffs them;
 * 2. refuses a document whose `info.version` did not change, or went backwards, unless forced;
 * 3. bumps the package version by the diff (major / minor / patch) and keeps it as `packageVersion` in the
 *    config, which every later `npm run generate` reads — so the bump survives regeneration;
 * 4. replaces the spec file, regenerates the package, and prepends an entry to its CHANGELOG.md.
 * If generation fails, the spec file, the config and the changelog are put back as they were.
 */
import { randomBytes } from 'node:crypto';
import { readFile, rename, rm, writeFile } from 'node:fs/promises';
import { extname, join, relative, resolve } from 'node:path';
import { parse as parseYaml } from 'yaml';
import { packageSettingsOf, readConfig, resolvePackageSettings } from '../config.ts';
import { diffApis } from '../diff/diff-api.ts';
import type { ApiDiff } from '../diff/types.ts';
import { GeneratorError } from '../errors.ts';
import { planApi } from '../plan-api.ts';
import { readText, isUrl } from '../load/read-document.ts';
import { generate, type GenerateOptions, type GenerateResult } from '../pipeline.ts';
import { CHANGELOG, prependEntry, renderEntry } from './changelog.ts';
import { bumpVersion, compareSemver, isSemver } from '../semver.ts';

export interface SpecUpdateOptions {
  /** The new OpenAPI document: a path or an http(s) URL. */
  source: string;
  /** The generator config (`sdk.config.json`); its `spec` is replaced and its `packageVersion` updated. */
  config: string;
  /** Release date (YYYY-MM-DD) when the document's `info.x-release-date` gives none; default today (UTC). */
  date?: string;
  /** Accept a document whose `info.version` is unchanged or lower. */
  force?: boolean;
  /** For tests: what "today" is. */
  today?: () => Date;
  /** Sees the new package's warnings before it is written; throwing there changes nothing (see pipeline.ts). */
  onWarnings?: GenerateOptions['onWarnings'];
}

export interface SpecUpdateResult {
  diff: ApiDiff;
  previousSpecVersion: string;
  specVersion: string;
  previousPackageVersion: string;
  packageVersion: string;
  date: string;
  /** Absolute paths of the files written besides the generated package. */
  specFile: string;
  configFile: string;
  changelogFile: string;
  changelogEntry: string;
  generated: GenerateResult;
  /** What the command prints. */
  summary: string;
}

const DATE = /^\d{4}-\d{2}-\d{2}$/;

function validDate(date: string): boolean {
  if (!DATE.test(date)) return false;
  const parsed = new Date(`${date}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(date);
}

async function readIfExists(path: string): Promise<string | undefined> {
  return readFile(path, 'utf8').catch(() => undefined);
}

/** Replace a file in one step (write beside it, then rename), so a reader never sees half a file. */
async function replaceFile(path: string, content: string): Promise<void> {
  const temporary = `${path}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temporary, content, 'utf8');
  await rename(temporary, path);
}

async function restoreFile(path: string, content: string | undefined): Promise<void> {
  if (content === undefined) await rm(path, { force: true });
  else await replaceFile(path, content);
}

/** The new document's text as it will be stored: verbatim, except YAML is turned into JSON for a `.json` spec. */
function storedText(text: string, specFile: string): string {
  if (extname(specFile).toLowerCase() !== '.json') return text;
  try {
    JSON.parse(text);
    return text;
  } catch {
    return `${JSON.stringify(parseYaml(text, { maxAliasCount: 1000 }), null, 2)}\n`;
  }
}

/** The config with `packageVersion` set, keys in their order (new key after `envPrefix` or at the end). */
function configWithVersion(text: string, version: string): string {
  const data = JSON.parse(text) as Record<string, unknown>;
  if ('packageVersion' in data) {
    data.packageVersion = version;
    return `${JSON.stringify(data, null, 2)}\n`;
  }
  const entries = Object.entries(data);
  const after = entries.findIndex(([key]) => key === 'envPrefix');
  entries.splice(after === -1 ? entries.length : after + 1, 0, ['packageVersion', version]);
  return `${JSON.stringify(Object.fromEntries(entries), null, 2)}\n`;
}

function releaseDate(info: Record<string, unknown>, options: SpecUpdateOptions, source: string): string {
  const fromSpec = info['x-release-date'];
  if (fromSpec !== undefined) {
    const date = fromSpec instanceof Date ? fromSpec.toISOString().slice(0, 10) : String(fromSpec);
    if (!validDate(date)) throw new GeneratorError(`info.x-release-date "${date}" is not a date`, { file: source, pointer: '#/info/x-release-date' }, 'write it as YYYY-MM-DD');
    return date;
  }
  if (options.date !== undefined) {
    if (!validDate(options.date)) throw new GeneratorError(`--date "${options.date}" is not a date`, undefined, 'write it as YYYY-MM-DD');
    return options.date;
  }
  return (options.today?.() ?? new Date()).toISOString().slice(0, 10);
}

export async function specUpdate(options: SpecUpdateOptions): Promise<SpecUpdateResult> {
  const configFile = resolve(options.config);
  const config = await readConfig(configFile);
  if (isUrl(config.spec)) {
    throw new GeneratorError(
      'the config names a URL as its spec, so there is no spec file to replace',
      { file: configFile, pointer: '#/spec' },
      'point "spec" at a file in the repository (e.g. spec/openapi.yaml)',
    );
  }
  const specFile = resolve(config.spec);
  const source = isUrl(options.source) ? options.source : resolve(options.source);
  if (source === specFile) {
    throw new GeneratorError(
      'the new document is the configured spec itself',
      { file: source },
      'pass the new document from elsewhere (a download, a URL); spec:update compares it with the current spec and then replaces it',
    );
  }

  // Everything is read and checked before anything is written.
  const text = await readText(source);
  const settings = packageSettingsOf(config);
  const plan = { settings, settingsSource: configFile, overlays: config.overlays, allowRefHosts: config.allowRefHosts };
  const { api: before } = await planApi(config.spec, plan);
  // The new document as read above (a URL is fetched once); it still names its file for its relative $refs.
  const { api: after } = await planApi({ text, file: source }, plan);
  const order = compareSemver(after.version, before.version);
  if (!options.force && after.version === before.version) {
    throw new GeneratorError(
      `the new document's info.version is ${after.version}, the same as ${config.spec}'s: nothing to release`,
      { file: options.source, pointer: '#/info/version' },
      'ask for the document with the new version, or pass --force to regenerate and record it as a patch release anyway',
    );
  }
  if (!options.force && order !== undefined && order < 0) {
    throw new GeneratorError(
      `the new document's info.version ${after.version} is older than the current ${before.version}`,
      { file: options.source, pointer: '#/info/version' },
      'check that you passed the newest document, or pass --force to go back anyway',
    );
  }

  const diff = diffApis(before, after);
  const previousPackageVersion = config.packageVersion ?? before.version;
  if (!isSemver(previousPackageVersion)) {
    throw new GeneratorError(
      `the package version "${previousPackageVersion}" (the spec's info.version) is not a semantic version, so it cannot be bumped`,
      { file: configFile, pointer: '#/packageVersion' },
      'set "packageVersion" in the config to the version last published (e.g. "1.0.0")',
    );
  }
  const packageVersion = bumpVersion(previousPackageVersion, diff.bump);
  const info = (parseYaml(text, { maxAliasCount: 1000 }) as { info?: Record<string, unknown> } | null)?.info ?? {};
  const date = releaseDate(info, options, options.source);
  const { packageName } = resolvePackageSettings(settings, after.title, configFile);
  const changelogEntry = renderEntry({ packageName, packageVersion, previousPackageVersion, date, diff });

  const changelogFile = join(config.output, CHANGELOG);
  const saved = {
    spec: await readFile(specFile, 'utf8'),
    config: await readFile(configFile, 'utf8'),
    changelog: await readIfExists(changelogFile),
  };
  let generated: GenerateResult | undefined;
  try {
    await replaceFile(specFile, storedText(text, specFile));
    await replaceFile(configFile, configWithVersion(saved.config, packageVersion));
    // The changelog first: the package's `files` lists it once it exists.
    await replaceFile(changelogFile, prependEntry(saved.changelog, changelogEntry, packageName));
    generated = await generate({
      spec: config.spec,
      overlays: config.overlays,
      allowRefHosts: config.allowRefHosts,
      output: config.output,
      settings: { ...settings, packageVersion },
      settingsSource: configFile,
      onWarnings: options.onWarnings,
      // The MCP package beside the SDK takes the same version.
      ...(config.mcp && { mcp: config.mcp }),
    });
  } catch (error) {
    await restoreFile(specFile, saved.spec);
    await restoreFile(configFile, saved.config);
    await restoreFile(changelogFile, saved.changelog);
    // A failed generation wrote nothing; a failure after it must put the previous package back too.
    if (generated)
      await generate({
        spec: config.spec,
        overlays: config.overlays,
        allowRefHosts: config.allowRefHosts,
        output: config.output,
        settings,
        settingsSource: configFile,
        ...(config.mcp && { mcp: config.mcp }),
      });
    throw error;
  }

  const write = generated.write!;
  const summary = [
    `${after.title}: API version ${before.version} → ${after.version}; ${packageName} ${previousPackageVersion} → ${packageVersion} (${diff.bump}: ${diff.counts.breaking} breaking, ${diff.counts['non-breaking']} non-breaking, ${diff.counts.patch} patch)`,
    `regenerated ${relative(process.cwd(), config.output) || '.'}: ${write.written} written, ${write.unchanged} unchanged, ${write.removed} removed, ${generated.warnings.length} warnings; CHANGELOG.md entry dated ${date}`,
    '',
    changelogEntry,
  ].join('\n');
  return {
    diff,
    previousSpecVersion: before.version,
    specVersion: after.version,
    previousPackageVersion,
    packageVersion,
    date,
    specFile,
    configFile,
    changelogFile,
    changelogEntry,
    generated,
    summary,
  };
}
