import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { RUNTIME_EXPORTS, runtimeExportsFor, runtimeModuleOf } from '../../generator/surface/runtime-exports.ts';
import { declaredNames, runtimeSource } from '../../generator/surface/runtime-names.ts';
import { ROOT } from '../helpers/golden-cases.ts';

const CORE = join(ROOT, 'templates/package/src/core');

/** The runtime module's text as the runtime-names reader sees it. */
function moduleText(module: string): string {
  const name = [`${module}.ts`, `${module}.ts.hbs`].find((candidate) => existsSync(join(CORE, candidate)));
  if (!name) throw new Error(`no runtime module src/core/${module}`);
  return runtimeSource(name);
}

describe('RUNTIME_EXPORTS', () => {
  it.each(RUNTIME_EXPORTS.map((entry) => [entry.module, entry] as const))('core/%s declares every name the package root re-exports from it', (module, entry) => {
    const declared = new Set(declaredNames(moduleText(module)).exported);
    expect([...entry.values, ...entry.types].filter((name) => !declared.has(name))).toEqual([]);
  });

  it('names each public name once', () => {
    const names = RUNTIME_EXPORTS.flatMap((entry) => [...entry.values, ...entry.types]);
    expect(names.filter((name, index) => names.indexOf(name) !== index)).toEqual([]);
  });

  it('lists each module once', () => {
    const modules = RUNTIME_EXPORTS.map((entry) => entry.module);
    expect(new Set(modules).size).toBe(modules.length);
  });
});

describe('runtimeExportsFor', () => {
  it.each([
    [{ tasks: false }, false],
    [{ tasks: true }, true],
  ])('%j re-exports polling: %s', (has, want) => expect(runtimeExportsFor(has).some((entry) => entry.module === 'polling')).toBe(want));

  it('keeps every other module either way', () => {
    expect(runtimeExportsFor({ tasks: false }).length).toBe(RUNTIME_EXPORTS.length - 1);
  });
});

describe('runtimeModuleOf', () => {
  it.each([
    ['Stream', 'streaming'],
    ['WaitOptions', 'polling'],
    ['RequestOptions', 'http'],
    ['NotFoundError', 'errors'],
    ['fetchFollowing', undefined], // declared by the runtime, but internal
    ['Video', undefined],
  ])('%s → %s', (name, want) => expect(runtimeModuleOf(name)).toBe(want));
});

describe('the gateway package root', () => {
  it('re-exports every public runtime name, from the module the registry names', () => {
    const index = readFileSync(join(ROOT, 'generated/imarouter/src/index.ts'), 'utf8');
    const missing = RUNTIME_EXPORTS.flatMap((entry) => [...entry.values, ...entry.types].map((name) => ({ name, module: entry.module }))).filter(
      ({ name, module }) => !new RegExp(`export (type )?\\{[^}]*\\b${name}\\b[^}]*\\} from '\\./core/${module}\\.js'`).test(index),
    );
    expect(missing).toEqual([]);
  });
});
