import { runtimeModuleOf } from '../surface/runtime-exports.ts';
import type { SourceBuilder } from './source-builder.ts';
import { RENDERED_RUNTIME_TYPES } from './type-expression.ts';

const RUNTIME_TYPE_NAMES: ReadonlySet<string> = new Set(RENDERED_RUNTIME_TYPES);

/**
 * Collects the imports a generated file needs, then writes them sorted (same input, same bytes): the one way every
 * emitted file gets its imports. Runtime names are added by the writer that uses them; model types are found in
 * the type expressions the file prints (`models`), since those are built as text.
 */
export class Imports {
  private readonly values = new Map<string, Set<string>>();
  private readonly types = new Map<string, Set<string>>();

  value(module: string, name: string): this {
    this.values.set(module, (this.values.get(module) ?? new Set()).add(name));
    return this;
  }

  type(module: string, ...names: string[]): this {
    for (const name of names) this.types.set(module, (this.types.get(module) ?? new Set()).add(name));
    return this;
  }

  /**
   * Type-only imports from `module` of the model types the type expressions name (not inside string literals or
   * comments), and of the runtime types they may name (`Uploadable`), from the core beside `models.js`.
   */
  models(module: string, typeTexts: string[], modelNames: ReadonlySet<string>): this {
    this.runtimeTypes(module.replace(/models\.js$/, 'core/'), typeTexts);
    return this.type(module, ...modelNamesUsed(typeTexts, modelNames));
  }

  /** Type-only imports of the runtime types the type expressions name, from `core` (`./core/`, `../core/`). */
  runtimeTypes(core: string, typeTexts: string[]): this {
    for (const name of modelNamesUsed(typeTexts, RUNTIME_TYPE_NAMES)) this.type(`${core}${runtimeModuleOf(name)}.js`, name);
    return this;
  }

  writeTo(file: SourceBuilder): void {
    const modules = [...new Set([...this.values.keys(), ...this.types.keys()])].sort();
    file.insertImportDeclarations(
      0,
      modules.flatMap((module) => {
        const values = [...(this.values.get(module) ?? [])].sort();
        const types = [...(this.types.get(module) ?? [])].filter((name) => !values.includes(name)).sort();
        return [
          ...(values.length ? [{ moduleSpecifier: module, namedImports: values }] : []),
          ...(types.length ? [{ moduleSpecifier: module, isTypeOnly: true, namedImports: types }] : []),
        ];
      }),
    );
  }
}

/** Names of model types used in some type expressions (string literals and comments are not looked into). */
function modelNamesUsed(typeTexts: string[], modelNames: ReadonlySet<string>): string[] {
  const used = new Set<string>();
  for (const text of typeTexts) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/"(?:[^"\\]|\\.)*"/g, ' ');
    for (const name of code.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? []) if (modelNames.has(name)) used.add(name);
  }
  return [...used];
}
