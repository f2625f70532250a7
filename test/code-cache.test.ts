/**
 * The code cache compiles CommonJS dependencies from recorded V8 code: the first process records, the next
 * one hits, and a module whose source changed is compiled afresh (V8 refuses the stale entry) with the same
 * result. Each run is a child process, so the hook never touches the test runner's own module loader.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { entryPath, isCached } from '../generator/code-cache.ts';

describe('isCached', () => {
  const cases: { given: string; want: boolean }[] = [
    { given: ['', 'app', 'node_modules', 'ts-morph', 'dist', 'ts-morph.js'].join(sep), want: true },
    { given: ['', 'app', 'node_modules', '@scope', 'pkg', 'index.js'].join(sep), want: true },
    { given: ['', 'app', 'node_modules', 'pkg', 'index.cjs'].join(sep), want: false },
    { given: ['', 'app', 'generator', 'cli.js'].join(sep), want: false },
    { given: ['', 'app', 'my_node_modules', 'x.js'].join(sep), want: false },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    expect(isCached(given)).toBe(want);
  });
});

describe('entryPath', () => {
  const base = { dir: '/c', filename: '/a/node_modules/x/i.js', content: 'module.exports = 20;' };
  const cases: { name: string; other: Partial<typeof base>; same: boolean }[] = [
    { name: 'the same module and source: the same entry', other: {}, same: true },
    { name: 'another module with the same source', other: { filename: '/a/node_modules/y/i.js' }, same: false },
    { name: 'a change of the same length (V8 alone would accept it)', other: { content: 'module.exports = 21;' }, same: false },
  ];
  it.each(cases)('$name', ({ other, same }) => {
    const given = { ...base, ...other };
    const path = entryPath(given.dir, given.filename, given.content);
    expect(path).toMatch(/^\/c\/[0-9a-f]{32}\.bin$/);
    expect(path === entryPath(base.dir, base.filename, base.content)).toBe(same);
  });
});

describe('useCodeCache', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'code-cache-test-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  const moduleDir = join(scratch, 'node_modules', 'dep');
  const cacheDir = join(scratch, 'cache');
  const codeCache = fileURLToPath(new URL('../generator/code-cache.ts', import.meta.url));
  const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));
  const tsxEsm = new URL('../node_modules/tsx/dist/esm/index.mjs', import.meta.url).href;
  const child = join(scratch, 'child.mts');
  writeFileSync(
    child,
    [
      `import { createRequire } from 'node:module';`,
      `import { useCodeCache } from ${JSON.stringify(codeCache)};`,
      `const cache = useCodeCache(${JSON.stringify(cacheDir)});`,
      `const dep = createRequire(${JSON.stringify(join(scratch, 'x.js'))})('dep');`,
      `cache.save();`,
      `console.log(JSON.stringify({ value: dep.value(), dirname: dep.dirname, hits: cache.hits, misses: cache.misses }));`,
    ].join('\n'),
  );
  const run = () => {
    const result = spawnSync(process.execPath, [tsx, child], { encoding: 'utf8' });
    expect(result.stderr).toBe('');
    return JSON.parse(result.stdout) as { value: number; dirname: string; hits: number; misses: number };
  };
  const writeDependency = (value: number) => {
    mkdirSync(moduleDir, { recursive: true });
    writeFileSync(join(moduleDir, 'index.js'), `const helper = require('./helper.js');\nmodule.exports = { value: () => helper(${value}), dirname: __dirname };\n`);
    writeFileSync(join(moduleDir, 'helper.js'), `module.exports = (n) => n * 2;\n`);
  };

  it('records on the first run, hits on the next, and recompiles a changed module with its new behaviour', () => {
    writeDependency(20);
    expect(run()).toEqual({ value: 40, dirname: moduleDir, hits: 0, misses: 2 });
    expect(readdirSync(cacheDir)).toHaveLength(2);
    // The same run again finds both entries.
    expect(run()).toEqual({ value: 40, dirname: moduleDir, hits: 2, misses: 0 });
    // A same-length edit of one module: its entry no longer matches, the other's does.
    writeDependency(21);
    expect(run()).toEqual({ value: 42, dirname: moduleDir, hits: 1, misses: 1 });
  }, 60_000);

  it('leaves to Node an ES module that a dependency requires: of a "type": "module" package, or by its syntax alone', () => {
    const requiring = join(scratch, 'node_modules', 'requiring');
    const typed = join(scratch, 'node_modules', 'typed-esm');
    mkdirSync(requiring, { recursive: true });
    mkdirSync(typed, { recursive: true });
    writeFileSync(join(typed, 'package.json'), JSON.stringify({ name: 'typed-esm', type: 'module', exports: './index.js' }));
    writeFileSync(join(typed, 'index.js'), 'export const value = 3;\n');
    writeFileSync(join(requiring, 'syntax.js'), 'export const value = 4;\n');
    writeFileSync(join(requiring, 'index.js'), "module.exports = { value: () => require('typed-esm').value + require('./syntax.js').value };\n");
    const script = join(scratch, 'esm-child.mts');
    writeFileSync(
      script,
      [
        `import { createRequire } from 'node:module';`,
        `import { useCodeCache } from ${JSON.stringify(codeCache)};`,
        `useCodeCache(${JSON.stringify(cacheDir)});`,
        `console.log(createRequire(${JSON.stringify(join(scratch, 'x.js'))})('requiring').value());`,
      ].join('\n'),
    );
    // tsx's own loader would turn the ES modules into CommonJS first; its ESM hooks alone load the TypeScript.
    const result = spawnSync(process.execPath, ['--import', tsxEsm, script], { encoding: 'utf8' });
    expect(result.stderr).not.toMatch(/Error/);
    expect(result.stdout.trim()).toBe('7');
  }, 60_000);
});

describe('the executable, which compiles dependencies from the cache', () => {
  // The $ref bundler (swagger-parser) requires json-schema-ref-parser, an ES module: the cache once broke it.
  it('generates a spec whose $ref points into another file', () => {
    const dir = mkdtempSync(join(tmpdir(), 'code-cache-cli-'));
    try {
      const ref = { $ref: './schemas.json#/Thing' };
      const spec = {
        openapi: '3.0.3',
        info: { title: 'External', version: '1.0.0' },
        paths: { '/a': { get: { operationId: 'getA', responses: { 200: { description: 'ok', content: { 'application/json': { schema: ref } } } } } } },
      };
      writeFileSync(join(dir, 'main.json'), JSON.stringify(spec));
      writeFileSync(join(dir, 'schemas.json'), JSON.stringify({ Thing: { type: 'object', properties: { id: { type: 'string' } } } }));
      const sdkgen = fileURLToPath(new URL('../scripts/sdkgen.mjs', import.meta.url));
      const result = spawnSync(process.execPath, [sdkgen, 'generate', '--spec', 'main.json', '--out', 'out', '--quiet'], { cwd: dir, encoding: 'utf8' });
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      // The bundled schema, read from the other file (declared beside its one call, in the resource file).
      const resources = readdirSync(join(dir, 'out/src/resources')).map((file) => readFileSync(join(dir, 'out/src/resources', file), 'utf8'));
      expect(resources.join('\n')).toContain('export interface GetAResponse {\n  id?: string;\n}');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
