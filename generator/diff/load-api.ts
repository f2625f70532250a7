/**
 * Loads one side of a diff through the generator's own plan (plan-api.ts: so names, tasks and warnings are exactly
 * the generator's): a file path, an http(s) URL, or a git revision of the spec — `git:<rev>` (the configured spec
 * at that revision) or `git:<rev>:<path>`. A revision's spec folder is copied out with read-only git commands
 * (`ls-tree`, `show`) into a temporary folder, so `$ref`s to sibling files still resolve.
 */
import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { promisify } from 'node:util';
import type { PackageSettings } from '../config.ts';
import { GeneratorError, type GeneratorWarning } from '../errors.ts';
import { planApi } from '../plan-api.ts';
import type { SurfaceApi } from '../surface/types.ts';

const run = promisify(execFile);

export interface LoadedApi {
  /** The IR with the SDK's names (the surface plan), so the report speaks of what users import. */
  api: SurfaceApi;
  /** The source as given (`git:HEAD~1`, a path, a URL). */
  source: string;
  warnings: GeneratorWarning[];
}

export interface LoadApiOptions {
  /** Package settings (the client name is reserved in the type namespace, as in generation). */
  settings?: PackageSettings;
  /** Spec path used by `git:<rev>` without a path (the configured spec). */
  defaultSpecPath?: string;
  /** Where relative paths and git commands start (default: the current directory). */
  cwd?: string;
  /** Overlay documents applied to both sides, as generation applies them (paths as given, or relative to cwd). */
  overlays?: string[];
  /** Hosts `$ref`s may reach (see load/reference-policy.ts). */
  allowRefHosts?: readonly string[];
}

/** `git:<rev>` or `git:<rev>:<path>`; undefined for other sources. */
export function parseGitSource(source: string): { rev: string; path?: string } | undefined {
  if (!source.startsWith('git:')) return undefined;
  const rest = source.slice(4);
  const colon = rest.indexOf(':');
  const rev = colon === -1 ? rest : rest.slice(0, colon);
  const path = colon === -1 ? undefined : rest.slice(colon + 1);
  if (!rev) throw new GeneratorError(`"${source}" names no revision`, undefined, 'write git:<revision>, e.g. git:HEAD~1 or git:v1.5.17, optionally followed by :<path>');
  return { rev, ...(path && { path }) };
}

async function git(args: string[], cwd: string): Promise<Buffer> {
  try {
    const { stdout } = await run('git', args, { cwd, encoding: 'buffer', maxBuffer: 256 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    const stderr = String((error as { stderr?: Buffer }).stderr ?? (error as Error).message)
      .trim()
      .split('\n')[0];
    throw new GeneratorError(`git ${args[0]} failed: ${stderr}`, undefined, 'check that the revision exists (git log --oneline) and that you are inside the repository');
  }
}

/**
 * Whether a diff source is the configured spec `specPath` (a version of it): `git:<rev>` (which reads it), or a
 * file or `git:<rev>:<path>` naming the same file (relative paths from `cwd`), or the same URL.
 */
export function sourceIsSpec(source: string, specPath: string, cwd: string): boolean {
  const place = (path: string) => (/^https?:\/\//i.test(path) ? path : resolve(cwd, path));
  const gitSource = parseGitSource(source);
  if (gitSource) return gitSource.path === undefined || place(gitSource.path) === place(specPath);
  return place(source) === place(specPath);
}

/** Copies the spec's folder at a revision into a temporary folder; returns the spec's path there. */
async function checkoutSpec(rev: string, specPath: string, cwd: string): Promise<{ file: string; remove: () => Promise<void> }> {
  const root = (await git(['rev-parse', '--show-toplevel'], cwd)).toString('utf8').trim();
  await git(['rev-parse', '--verify', '--quiet', `${rev}^{commit}`], root).catch(() => {
    throw new GeneratorError(`there is no revision "${rev}" in the repository at ${root}`, undefined, 'name a commit, branch or tag (git log --oneline), e.g. git:HEAD~1');
  });
  const inRepo = relative(root, resolve(cwd, specPath)).split(sep).join('/');
  if (inRepo.startsWith('..')) throw new GeneratorError(`${specPath} is outside the git repository at ${root}`, undefined, 'pass a spec path inside the repository');
  const folder = dirname(inRepo);
  // The spec's own folder (for relative $refs), but never the whole repository.
  const listed = folder === '.' ? inRepo : folder;
  const files = (await git(['ls-tree', '-r', '-z', '--name-only', rev, '--', listed], root)).toString('utf8').split('\0').filter(Boolean);
  if (!files.includes(inRepo)) {
    throw new GeneratorError(`${inRepo} does not exist at revision ${rev}`, { file: inRepo }, 'pick a revision that has the spec, or name its path with git:<rev>:<path>');
  }
  const temporary = await mkdtemp(join(tmpdir(), 'sdkgen-spec-'));
  try {
    for (const file of files) {
      const target = join(temporary, file);
      await mkdir(dirname(target), { recursive: true });
      await writeFile(target, await git(['show', `${rev}:${file}`], root));
    }
  } catch (error) {
    await rm(temporary, { recursive: true, force: true });
    throw error;
  }
  return { file: join(temporary, inRepo), remove: () => rm(temporary, { recursive: true, force: true }) };
}

export async function loadApi(source: string, options: LoadApiOptions = {}): Promise<LoadedApi> {
  const cwd = options.cwd ?? process.cwd();
  const overlays = (options.overlays ?? []).map((file) => (/^https?:\/\//i.test(file) ? file : resolve(cwd, file)));
  const gitSource = parseGitSource(source);
  if (!gitSource) {
    const file = /^https?:\/\//i.test(source) ? source : resolve(cwd, source);
    const { api, warnings } = await planApi(file, { settings: options.settings, overlays, allowRefHosts: options.allowRefHosts });
    return { api, source, warnings };
  }
  const specPath = gitSource.path ?? options.defaultSpecPath ?? 'spec/openapi.yaml';
  const checkout = await checkoutSpec(gitSource.rev, specPath, cwd);
  try {
    const { api, warnings } = await planApi(checkout.file, { settings: options.settings, overlays, allowRefHosts: options.allowRefHosts });
    return { api, source, warnings };
  } finally {
    await checkout.remove();
  }
}
