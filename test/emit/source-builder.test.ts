/** Statements collected as structures and printed once, in parts that split only between declarations. */
import { describe, expect, it } from 'vitest';
import { VariableDeclarationKind } from 'ts-morph';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';

describe('SourceBuilder.print', () => {
  it('prints each kind of statement after the header', () => {
    const file = new SourceBuilder();
    file.addInterface({ name: 'A', isExported: true, properties: [{ name: 'x', type: 'string' }] });
    file.addTypeAlias({ name: 'B', type: 'A[]' });
    file.addFunction({ name: 'f', parameters: [{ name: 'a', type: 'A' }], returnType: 'void', statements: ['return;'] });
    file.addVariableStatement({ declarationKind: VariableDeclarationKind.Const, declarations: [{ name: 'c', initializer: '1' }] });
    file.addExportDeclaration({ moduleSpecifier: './x.js', namedExports: ['X'] });
    const parts = file.print('// header\n');
    expect(parts).toHaveLength(1);
    const text = parts[0]!.text;
    expect(text.startsWith('// header\nexport interface A {')).toBe(true);
    for (const piece of ['type B = A[];', 'function f(a: A): void {', 'const c = 1;', 'export { X } from "./x.js";']) expect(text).toContain(piece);
  });

  it('keeps statements in order; inserts go where asked', () => {
    const file = new SourceBuilder();
    file.addTypeAlias({ name: 'Second', type: 'string' });
    file.insertTypeAlias(0, { name: 'First', type: 'string' });
    file.insertImportDeclarations(0, [{ moduleSpecifier: './m.js', namedImports: ['M'] }]);
    const text = file
      .print('')
      .map((part) => part.text)
      .join('');
    expect(text.indexOf('import')).toBeLessThan(text.indexOf('First'));
    expect(text.indexOf('First')).toBeLessThan(text.indexOf('Second'));
  });

  it('methods added after the class was added land in it', () => {
    const file = new SourceBuilder();
    const klass = file.addClass({ name: 'Things', methods: [{ name: 'list' }] });
    klass.addMethod({ name: 'create' });
    const text = file
      .print('')
      .map((part) => part.text)
      .join('');
    expect(text.indexOf('list()')).toBeGreaterThan(-1);
    expect(text.indexOf('create()')).toBeGreaterThan(text.indexOf('list()'));
  });

  const sizes: { name: string; count: number; size: number; wantParts: number }[] = [
    { name: 'small file: one part', count: 3, size: 100, wantParts: 1 },
    { name: 'about 8,000 characters a part', count: 20, size: 1000, wantParts: 3 },
  ];
  it.each(sizes)('$name', ({ count, size, wantParts }) => {
    const file = new SourceBuilder();
    for (let index = 0; index < count; index++) file.addTypeAlias({ name: `T${index}`, type: `"${'x'.repeat(size)}"` });
    const parts = file.print('// h\n');
    expect(parts).toHaveLength(wantParts);
    expect(parts[0]!.text.startsWith('// h\n')).toBe(true);
    for (const part of parts.slice(1)) expect(part.text.startsWith('type T')).toBe(true);
  });

  it('final statements make parts of their own, marked final, the header going with whichever part is first', () => {
    const file = new SourceBuilder();
    file.addFinal('export type A = string;\n');
    file.addFinal('export type B = number;\n');
    file.addTypeAlias({ name: 'C', type: 'A' });
    file.addFinal('export type D = B;\n');
    const parts = file.print('// h\n');
    expect(parts).toEqual([
      { text: '// h\nexport type A = string;\n\nexport type B = number;\n', final: true },
      { text: expect.stringContaining('type C = A;') },
      { text: 'export type D = B;\n', final: true },
    ]);
  });

  it('runs of imports or exports are never split between parts', () => {
    const file = new SourceBuilder();
    file.addTypeAlias({ name: 'Big', type: `"${'x'.repeat(7990)}"` });
    for (let index = 0; index < 50; index++) file.addExportDeclaration({ moduleSpecifier: `./m${index}.js`, namedExports: [`M${index}`] });
    const parts = file.print('');
    expect(parts).toHaveLength(2);
    expect(parts[1]!.text.match(/^export /gm)).toHaveLength(50);
  });
});
