/**
 * V8's compiled code for the generator's CommonJS dependencies, kept in a folder beside the compiled CLI.
 * ts-morph alone is 13 MB of JavaScript (it bundles the TypeScript compiler); compiling it again on every run
 * was about 0.15 s of a gateway run's main thread. The build (scripts/sdkgen.mjs) records the cache once, by
 * generating a small package with recording on, so a clean CI run that installs and then generates finds it
 * like it finds dist/. V8 checks each entry against the source text and its own version and flags, and
 * compiles afresh where one does not fit; entries are keyed by the module's source (see entryPath). A stale or
 * foreign cache costs time, never correctness.
 *
 * Only CommonJS modules under node_modules go through here (Node 20 has no hook to give an ES module cached
 * code); the generator's own modules and Prettier (ES modules) load as usual.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, sep } from 'node:path';
import { constants, Script } from 'node:vm';

interface ModuleInternals {
  exports: unknown;
  /** `format` is Node's reading of the file: 'module' for ES module syntax (a `require` of an ES module). */
  _compile(content: string, filename: string, format?: string): unknown;
}

type ModuleConstructor = { prototype: ModuleInternals; wrap(content: string): string };

const Module = createRequire(import.meta.url)('node:module') as ModuleConstructor;

/**
 * The cache file of one module version: a hash of its path and source. V8 itself checks only the source's
 * length, so a dependency updated in place with a change of the same length would otherwise run stale code.
 */
export function entryPath(dir: string, filename: string, content: string): string {
  return join(dir, `${createHash('sha256').update(filename).update('\0').update(content).digest('hex').slice(0, 32)}.bin`);
}

/** Whether a module's compiled code is cached: the CommonJS dependencies, not the project's own files. */
export function isCached(filename: string): boolean {
  return filename.includes(`${sep}node_modules${sep}`) && filename.endsWith('.js');
}

export interface CodeCache {
  /** Modules compiled with their cached code, and without (no entry, or one V8 refused). */
  readonly hits: number;
  readonly misses: number;
  /** Records the compiled code of every module that missed (after they ran, so it includes what they compiled lazily). */
  save(): void;
}

/**
 * From now on, compiles CommonJS dependencies with their cached code from `dir`. Call it before the modules
 * load: in the executable, before the CLI is imported.
 */
export function useCodeCache(dir: string): CodeCache {
  const compile = Module.prototype._compile;
  const missed: { script: Script; file: string }[] = [];
  const state = { hits: 0, misses: 0 };
  Module.prototype._compile = function (this: ModuleInternals, content: string, filename: string, format?: string) {
    // An ES module that CommonJS requires (json-schema-ref-parser, which the $ref bundler loads) is Node's to load.
    if (!isCached(filename) || format === 'module') return compile.call(this, content, filename, format);
    const file = entryPath(dir, filename, content);
    let cachedData: Buffer | undefined;
    try {
      cachedData = readFileSync(file);
    } catch {
      // Not recorded: compiled as usual.
    }
    let script: Script;
    try {
      // `import()` inside a dependency resolves as it would without the cache.
      script = new Script(Module.wrap(content), { filename, cachedData, importModuleDynamically: constants.USE_MAIN_CONTEXT_DEFAULT_LOADER });
    } catch (error) {
      // ES module syntax in a file Node had not yet read as one (no "type" in its package): Node's own compile
      // tells which it is, and loads it or reports the error as it would without the cache.
      if (error instanceof SyntaxError) return compile.call(this, content, filename, format);
      throw error;
    }
    if (cachedData && !script.cachedDataRejected) state.hits++;
    else {
      state.misses++;
      missed.push({ script, file });
    }
    // What Node's own _compile passes a module: exports, require, module, __filename, __dirname.
    const wrapper = script.runInThisContext({ displayErrors: true }) as (...args: unknown[]) => unknown;
    return wrapper.call(this.exports, this.exports, createRequire(filename), this, filename, dirname(filename));
  };
  return {
    get hits() {
      return state.hits;
    },
    get misses() {
      return state.misses;
    },
    save() {
      mkdirSync(dir, { recursive: true });
      for (const { script, file } of missed.splice(0)) writeFileSync(file, script.createCachedData());
    },
  };
}
