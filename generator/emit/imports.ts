import { posix } from 'node:path';
import { runtimeModuleOf } from '../surface/runtime-exports.ts';
import type { SourceBuilder } from './source-builder.ts';
import type { NameOf } from './type-expression.ts';
import { TypeUses } from './type-names.ts';

/**
 * Collects the imports a generated file needs, then writes them sorted (same input, same bytes): the one way every
 * emitted file gets its imports. Modules are named from `src/` (`core/http.js`, `resources/videos.js`) and written
 * relative to the file; what the file itself declares is never imported. Runtime values are added by the writer
 * that uses them; the types come from what the file's type text named (`typesUsed`).
 */
export class Imports {
  private readonly values = new Map<string, Set<string>>();
  private readonly types = new Map<string, Set<string>>();
  /** The file's own module, from `src/` (`resources/videos.js`). */
  private readonly self: string;

  /** `path`: the file being written, from the package root (`src/resources/videos.ts`). */
  constructor(private readonly path: string) {
    this.self = path.replace(/^src\//, '').replace(/\.ts$/, '.js');
  }

  value(module: string, name: string): this {
    if (module !== this.self) this.values.set(module, (this.values.get(module) ?? new Set()).add(name));
    return this;
  }

  type(module: string, ...names: string[]): this {
    if (module === this.self) return this;
    for (const name of names) this.types.set(module, (this.types.get(module) ?? new Set()).add(name));
    return this;
  }

  /** Type-only imports of what the file's type text named (its `TypeUses`): the API's types from the file that declares each, runtime types from the core module the runtime registry names. */
  typesUsed(uses: TypeUses): this {
    for (const name of [...uses.models].sort()) this.type(uses.moduleOf(name), name);
    for (const name of [...uses.runtime].sort()) this.type(`core/${runtimeModuleOf(name)}.js`, name);
    return this;
  }

  writeTo(file: SourceBuilder): void {
    const from = posix.dirname(this.path.replace(/^src\//, ''));
    const specifier = (module: string) => {
      const relative = posix.relative(from, module);
      return relative.startsWith('.') ? relative : `./${relative}`;
    };
    const modules = [...new Set([...this.values.keys(), ...this.types.keys()])].sort((a, b) => (specifier(a) < specifier(b) ? -1 : specifier(a) > specifier(b) ? 1 : 0));
    file.insertImportDeclarations(
      0,
      modules.flatMap((module) => {
        const values = [...(this.values.get(module) ?? [])].sort();
        const types = [...(this.types.get(module) ?? [])].filter((name) => !values.includes(name)).sort();
        const moduleSpecifier = specifier(module);
        return [...(values.length ? [{ moduleSpecifier, namedImports: values }] : []), ...(types.length ? [{ moduleSpecifier, isTypeOnly: true, namedImports: types }] : [])];
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
  const imports = new Imports(path);
  const uses = new TypeUses(nameOf);
  build(imports, uses.nameOf);
  imports.typesUsed(uses);
  imports.writeTo(file);
}
