import { runtimeModuleOf } from '../surface/runtime-exports.ts';
import type { SourceBuilder } from './source-builder.ts';
import type { NameOf } from './type-expression.ts';
import { TypeUses } from './type-names.ts';

/**
 * Collects the imports a generated file needs, then writes them sorted (same input, same bytes): the one way every
 * emitted file gets its imports. Runtime values are added by the writer that uses them; the types come from what
 * the file's type text named (`typesUsed`).
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
   * Type-only imports of what the file's type text named (its `TypeUses`): model types from `models` (none when the
   * file is models.ts itself), runtime types from the core module the runtime registry names under `core`.
   */
  typesUsed(uses: TypeUses, core: string, models?: string): this {
    if (models) this.type(models, ...[...uses.models].sort());
    for (const name of [...uses.runtime].sort()) this.type(`${core}${runtimeModuleOf(name)}.js`, name);
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

/**
 * Writes the TypeScript file at `path` (`src/…`): `build` writes its statements, naming its types through the
 * file's own recording `NameOf` (made from `nameOf`), and adds the values it uses; then the file gets the imports
 * of all that, the models and runtime types its text named among them.
 */
export function writeWithImports(file: SourceBuilder, path: string, nameOf: NameOf, build: (imports: Imports, nameOf: NameOf) => void): void {
  const imports = new Imports();
  const uses = new TypeUses(nameOf);
  build(imports, uses.nameOf);
  const up = path.split('/').length > 2 ? '../' : './';
  imports.typesUsed(uses, `${up}core/`, path === 'src/models.ts' ? undefined : `${up}models.js`);
  imports.writeTo(file);
}
