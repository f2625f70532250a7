import type { SourceBuilder } from './source-builder.ts';

/** Names of model types used in some type expressions (string literals and comments are not looked into). */
export function modelNamesUsed(typeTexts: string[], modelNames: ReadonlySet<string>): string[] {
  const used = new Set<string>();
  for (const text of typeTexts) {
    const code = text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/"(?:[^"\\]|\\.)*"/g, ' ');
    for (const name of code.match(/[A-Za-z_$][A-Za-z0-9_$]*/g) ?? []) if (modelNames.has(name)) used.add(name);
  }
  return [...used].sort();
}

export function addModelImports(file: SourceBuilder, names: string[], moduleSpecifier: string): void {
  if (names.length) file.insertImportDeclaration(0, { isTypeOnly: true, moduleSpecifier, namedImports: names });
}
