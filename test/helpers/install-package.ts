/**
 * Builds a generated SDK package the way a publisher would (tsc, then `npm pack`), installs the tarball into a
 * fresh consumer project and imports it from there, so tests exercise exactly what users would get from npm.
 */
import { execFile } from 'node:child_process';
import { promises as fs } from 'node:fs';
import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { promisify } from 'node:util';

const execFileAsync = promisify(execFile);

const helperDir = path.dirname(fileURLToPath(import.meta.url));
const repoRoot = path.resolve(helperDir, '..', '..');
const tscBin = path.join(repoRoot, 'node_modules', '.bin', process.platform === 'win32' ? 'tsc.cmd' : 'tsc');
const npmBin = process.platform === 'win32' ? 'npm.cmd' : 'npm';

const COMMAND_TIMEOUT_MS = 120_000;

export interface InstalledPackage {
  /** The consumer project the tarball was installed into. */
  consumerDir: string;
  /** The package as built (dist/ included) and the tarball packed from it. */
  builtDir: string;
  tarball: string;
  /** Imports the installed package's entry point, resolved from the consumer project. */
  importPackage: () => Promise<any>;
  /** Removes every temporary directory this helper created. */
  cleanup: () => Promise<void>;
}

interface PackageJson {
  name?: string;
  main?: string;
  module?: string;
  exports?: unknown;
}

async function run(command: string, args: string[], cwd: string, env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string }> {
  try {
    return await execFileAsync(command, args, {
      cwd,
      timeout: COMMAND_TIMEOUT_MS,
      maxBuffer: 64 * 1024 * 1024,
      env: { ...process.env, npm_config_update_notifier: 'false', npm_config_loglevel: 'warn', ...env },
    });
  } catch (error) {
    const e = error as NodeJS.ErrnoException & {
      stdout?: string;
      stderr?: string;
      code?: number | string;
      signal?: string;
      killed?: boolean;
    };
    const reason = e.killed
      ? `timed out after ${COMMAND_TIMEOUT_MS} ms (signal ${e.signal ?? 'unknown'})`
      : `failed (exit code ${e.code ?? 'unknown'}${e.signal ? `, signal ${e.signal}` : ''})`;
    throw new Error(
      [
        `\`${command} ${args.join(' ')}\` in ${cwd} ${reason}: ${e.message}`,
        `--- stdout ---\n${(e.stdout ?? '').trim() || '(empty)'}`,
        `--- stderr ---\n${(e.stderr ?? '').trim() || '(empty)'}`,
      ].join('\n'),
      { cause: error },
    );
  }
}

async function readPackageJson(dir: string): Promise<PackageJson> {
  const file = path.join(dir, 'package.json');
  try {
    return JSON.parse(await fs.readFile(file, 'utf8')) as PackageJson;
  } catch (error) {
    throw new Error(`Cannot read ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/** Picks the ESM entry of a package's `exports["."]` (string, conditions object or array), else `module`/`main`. */
function resolveEntry(pkg: PackageJson): string {
  const pick = (target: unknown): string | undefined => {
    if (typeof target === 'string') return target;
    if (Array.isArray(target)) {
      for (const item of target) {
        const found = pick(item);
        if (found) return found;
      }
      return undefined;
    }
    if (target && typeof target === 'object') {
      const conditions = target as Record<string, unknown>;
      for (const condition of ['import', 'node', 'default']) {
        if (condition in conditions) {
          const found = pick(conditions[condition]);
          if (found) return found;
        }
      }
    }
    return undefined;
  };
  const { exports } = pkg;
  let entry: string | undefined;
  if (exports !== undefined) {
    const isSubpathMap = exports !== null && typeof exports === 'object' && !Array.isArray(exports) && Object.keys(exports).some((key) => key.startsWith('.'));
    entry = pick(isSubpathMap ? (exports as Record<string, unknown>)['.'] : exports);
    if (!entry) throw new Error(`Package ${pkg.name} has "exports" but no importable "." entry`);
  } else {
    entry = pkg.module ?? pkg.main ?? 'index.js';
  }
  return entry;
}

/** Imports an installed package's entry point, resolved from the consumer project as Node would. */
async function importFrom(consumerDir: string, packageName: string): Promise<any> {
  const require = createRequire(path.join(consumerDir, 'package.json'));
  let manifestPath: string;
  try {
    manifestPath = require.resolve(`${packageName}/package.json`);
  } catch (error) {
    throw new Error(`${packageName} is not resolvable from ${consumerDir}: ${(error as Error).message}`, { cause: error });
  }
  const installedDir = path.dirname(manifestPath);
  const entry = resolveEntry(await readPackageJson(installedDir));
  return import(pathToFileURL(path.resolve(installedDir, entry)).href);
}

/**
 * The files of a generated package (paths relative to it, sorted): those its manifest lists, the generator's own
 * list, so that a `dist/`, `node_modules/` or any other file left in the folder is not taken for the package;
 * without a manifest every file but `node_modules/` and `dist/`.
 */
async function packageFiles(sourceDir: string): Promise<string[]> {
  const listed = await fs.readFile(path.join(sourceDir, '.sdkgen-manifest.json'), 'utf8').then(
    (text) => (JSON.parse(text) as { files: string[] }).files,
    () => undefined,
  );
  if (listed) return [...listed].sort();
  const files = (await fs.readdir(sourceDir, { recursive: true, withFileTypes: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => path.relative(sourceDir, path.join(entry.parentPath, entry.name)).split(path.sep).join('/'));
  return files.filter((file) => !/^(node_modules|dist)\//.test(file)).sort();
}

/** Copies `files` (paths relative to `sourceDir`) into `targetDir`, making their folders. */
async function copyFiles(sourceDir: string, files: string[], targetDir: string): Promise<void> {
  for (const file of files) {
    await fs.mkdir(path.dirname(path.join(targetDir, file)), { recursive: true });
    await fs.copyFile(path.join(sourceDir, file), path.join(targetDir, file));
  }
}

export async function buildAndInstall(packageDir: string): Promise<InstalledPackage> {
  const sourceDir = path.resolve(packageDir);
  const sourcePkg = await readPackageJson(sourceDir);
  const packageName = sourcePkg.name;
  if (!packageName) throw new Error(`${sourceDir}/package.json has no "name"`);

  const workDir = await fs.mkdtemp(path.join(os.tmpdir(), 'sdk-install-'));
  const cleanup = async (): Promise<void> => {
    await fs.rm(workDir, { recursive: true, force: true });
  };

  try {
    // 1. A clean copy of the package, without build output, installed dependencies or anything else left there.
    const buildDir = path.join(workDir, 'package');
    await copyFiles(sourceDir, await packageFiles(sourceDir), buildDir);

    // 2. Build with its own build script (ES modules and CommonJS), on the root project's TypeScript: the
    //    package's own devDependencies are not installed.
    await fs.access(tscBin).catch(() => {
      throw new Error(`TypeScript compiler not found at ${tscBin}; run npm install in ${repoRoot}`);
    });
    await run(npmBin, ['run', 'build', '--silent'], buildDir, { PATH: `${path.dirname(tscBin)}${path.delimiter}${process.env.PATH ?? ''}` });

    // 3. Pack. Scripts are skipped: prepack would build again, and dist must already exist.
    const packDir = path.join(workDir, 'pack');
    await fs.mkdir(packDir);
    const packed = await run(npmBin, ['pack', '--json', '--ignore-scripts', '--pack-destination', packDir], buildDir);
    let packInfo: { filename: string; files?: { path: string }[] }[];
    try {
      packInfo = JSON.parse(packed.stdout);
    } catch (error) {
      throw new Error(`npm pack --json printed something that is not JSON:\n${packed.stdout}\n${packed.stderr}`, {
        cause: error,
      });
    }
    const tarballInfo = packInfo[0];
    if (!tarballInfo?.filename) throw new Error(`npm pack reported no tarball:\n${packed.stdout}`);
    const packedFiles = (tarballInfo.files ?? []).map((file) => file.path);
    const missing = ['dist/index.js', 'dist/index.d.ts', 'package.json'].filter((file) => !packedFiles.includes(file));
    if (missing.length) {
      throw new Error(`The tarball of ${packageName} is missing ${missing.join(', ')}; it contains:\n${packedFiles.join('\n')}`);
    }
    const tarball = path.join(packDir, path.basename(tarballInfo.filename));
    await fs.access(tarball).catch(() => {
      throw new Error(`npm pack reported ${tarballInfo.filename} but ${tarball} does not exist`);
    });

    // 4. A consumer project that installs the tarball, offline.
    const consumerDir = path.join(workDir, 'consumer');
    await fs.mkdir(consumerDir);
    await fs.writeFile(path.join(consumerDir, 'package.json'), `${JSON.stringify({ name: 'sdk-consumer', version: '0.0.0', private: true, type: 'module' }, null, 2)}\n`);
    await run(npmBin, ['install', tarball, '--offline', '--no-audit', '--no-fund', '--ignore-scripts', '--no-package-lock'], consumerDir);

    const importPackage = (): Promise<any> => importFrom(consumerDir, packageName);

    return { consumerDir, builtDir: buildDir, tarball, importPackage, cleanup };
  } catch (error) {
    await cleanup();
    throw error;
  }
}

/** 16 hex digits of a sha256 over the files' paths and bytes (after `seed`): a cache key per package content. */
async function contentHash(sourceDir: string, files: string[], seed = ''): Promise<string> {
  const hash = createHash('sha256').update(seed);
  for (const file of files) {
    hash
      .update(file)
      .update('\0')
      .update(await fs.readFile(path.join(sourceDir, file)))
      .update('\0');
  }
  return hash.digest('hex').slice(0, 16);
}

/**
 * The same as {@link buildAndInstall}, built once per package content: test files (in parallel workers, and
 * across runs) share one build under `.tmp/installed/<hash>`. Two workers that race both build; the first to
 * rename its result into place wins and the other uses it.
 */
export async function sharedInstall(packageDir: string): Promise<InstalledPackage> {
  const sourceDir = path.resolve(packageDir);
  const cacheDir = path.join(repoRoot, '.tmp', 'installed', await contentHash(sourceDir, await packageFiles(sourceDir)));
  const consumerDir = path.join(cacheDir, 'consumer');
  const exists = await fs.access(path.join(consumerDir, 'node_modules')).then(
    () => true,
    () => false,
  );
  if (!exists) {
    const built = await buildAndInstall(sourceDir);
    // Copied next to its final place first (the temp folder may be on another file system), then renamed.
    const staged = `${cacheDir}.${process.pid}`;
    await fs.cp(path.dirname(built.consumerDir), staged, { recursive: true });
    await built.cleanup();
    await fs.rename(staged, cacheDir).catch(() => fs.rm(staged, { recursive: true, force: true }));
  }
  const installed = await fs.access(path.join(consumerDir, 'node_modules')).then(
    () => true,
    () => false,
  );
  if (!installed) throw new Error(`shared install of ${sourceDir} is missing at ${cacheDir}`);
  const packed = (await fs.readdir(path.join(cacheDir, 'pack'))).find((name) => name.endsWith('.tgz'))!;
  return {
    consumerDir,
    builtDir: path.join(cacheDir, 'package'),
    tarball: path.join(cacheDir, 'pack', packed),
    importPackage: async () => importFrom(consumerDir, (await readPackageJson(sourceDir)).name!),
    cleanup: async () => undefined,
  };
}

export interface InstalledServer {
  /** The installed package's `bin` script, to run with `node`. */
  bin: string;
  /** Where the package is installed. */
  packageDir: string;
}

/**
 * Builds an MCP server package generated beside an SDK (tsc against the installed SDK, then `npm pack`) and
 * installs the tarball beside that SDK, built once per content like {@link sharedInstall}. npm is not asked to
 * resolve the package's registry dependencies (`@modelcontextprotocol/sdk`, `ajv`): the test runs offline, so they
 * resolve, as Node finds packages, from this project's node_modules (the install lives under its .tmp/), at the
 * exact versions the package pins (test/emit/mcp-package.test.ts holds them to the devDependencies).
 */
export async function sharedInstallServer(serverDir: string, sdkDir: string): Promise<InstalledServer> {
  const sdk = await sharedInstall(sdkDir);
  const sourceDir = path.resolve(serverDir);
  const sourcePkg = JSON.parse(await fs.readFile(path.join(sourceDir, 'package.json'), 'utf8')) as PackageJson & { bin?: Record<string, string> };
  const sdkName = (await readPackageJson(path.resolve(sdkDir))).name!;
  const files = await packageFiles(sourceDir);
  const cacheDir = path.join(repoRoot, '.tmp', 'installed', `server-${await contentHash(sourceDir, files, sdk.consumerDir)}`);
  const installedDir = path.join(cacheDir, 'consumer', 'node_modules', ...sourcePkg.name!.split('/'));
  const binEntry = Object.values(sourcePkg.bin ?? {})[0];
  if (!binEntry) throw new Error(`${sourceDir}/package.json has no "bin"`);
  const ready = () =>
    fs.access(path.join(installedDir, binEntry)).then(
      () => true,
      () => false,
    );
  if (!(await ready())) {
    const staged = `${cacheDir}.${process.pid}`;
    await fs.rm(staged, { recursive: true, force: true });
    const linkSdk = async (nodeModules: string) => {
      const target = path.join(nodeModules, ...sdkName.split('/'));
      await fs.mkdir(path.dirname(target), { recursive: true });
      await fs.symlink(path.join(sdk.consumerDir, 'node_modules', ...sdkName.split('/')), target, 'dir');
    };
    // 1. A clean copy beside the installed SDK, built with the root project's TypeScript.
    const buildDir = path.join(staged, 'package');
    await copyFiles(sourceDir, files, buildDir);
    await linkSdk(path.join(buildDir, 'node_modules'));
    await run(tscBin, ['-p', 'tsconfig.json'], buildDir);
    // 2. Pack, and check the tarball holds what the bin needs.
    const packed = await run(npmBin, ['pack', '--json', '--ignore-scripts', '--pack-destination', staged], buildDir);
    const info = (JSON.parse(packed.stdout) as { filename: string; files?: { path: string }[] }[])[0]!;
    const tarballFiles = (info.files ?? []).map((file) => file.path);
    const missing = [binEntry.replace(/^\.\//, ''), 'dist/index.js', 'package.json'].filter((file) => !tarballFiles.includes(file));
    if (missing.length) throw new Error(`The tarball of ${sourcePkg.name} is missing ${missing.join(', ')}; it contains:\n${tarballFiles.join('\n')}`);
    // 3. Unpacked as npm installs it, with the SDK beside it.
    const target = path.join(staged, 'consumer', 'node_modules', ...sourcePkg.name!.split('/'));
    await fs.mkdir(target, { recursive: true });
    await run('tar', ['-xzf', path.join(staged, path.basename(info.filename)), '-C', target, '--strip-components=1'], staged);
    await linkSdk(path.join(staged, 'consumer', 'node_modules'));
    await fs.rm(buildDir, { recursive: true, force: true });
    await fs.rename(staged, cacheDir).catch(() => fs.rm(staged, { recursive: true, force: true }));
  }
  if (!(await ready())) throw new Error(`shared install of ${sourceDir} is missing at ${cacheDir}`);
  return { bin: path.join(installedDir, binEntry), packageDir: installedDir };
}
