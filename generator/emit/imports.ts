import type { SourceBuilder } from './source-builder.ts';

/** Collects the imports a generated file needs, then writes them sorted (same input, same bytes). */
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
