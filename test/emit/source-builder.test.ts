/** Statements collected as structures and printed once, in parts that split only between declarations. */
import { describe, expect, it } from 'vitest';
import { VariableDeclarationKind } from 'ts-morph';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';

describe('SourceBuilder.print', () => {
  it('prints each kind of statement after the header; plain declarations come final, in parts of their own', () => {
    const file = new SourceBuilder();
    file.addInterface({ name: 'A', isExported: true, properties: [{ name: 'x', type: 'string' }] });
    file.addTypeAlias({ name: 'B', type: 'A[]' });
    file.addFunction({ name: 'f', parameters: [{ name: 'a', type: 'A' }], returnType: 'void', statements: ['return;'] });
    file.addVariableStatement({ declarationKind: VariableDeclarationKind.Const, declarations: [{ name: 'c', initializer: '1' }] });
    file.addExportDeclaration({ moduleSpecifier: './x.js', namedExports: ['X'] });
    const parts = file.print('// header\n');
    expect(parts).toHaveLength(2);
    expect(parts[0]).toEqual({ text: '// header\nexport interface A {\n  x: string;\n}\n\ntype B = A[];\n', final: true });
    for (const piece of ['function f(a: A): void {', 'const c = 1;', 'export { X } from "./x.js";']) expect(parts[1]!.text).toContain(piece);
    expect(parts[1]!.final).toBeUndefined();
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

  it('final statements make parts of their own, the header going with whichever part is first', () => {
    const file = new SourceBuilder();
    file.addTypeAlias({ name: 'A', isExported: true, type: 'string' });
    file.addTypeAlias({ name: 'B', isExported: true, type: 'number', docs: ['The B.'] });
    file.addFunction({ name: 'f', statements: ['return;'] });
    file.addTypeAlias({ name: 'D', isExported: true, type: 'B' });
    expect(file.print('// h\n')).toEqual([
      { text: '// h\nexport type A = string;\n\n/** The B. */\nexport type B = number;\n', final: true },
      { text: expect.stringContaining('function f() {') },
      { text: 'export type D = B;\n', final: true },
    ]);
  });

  const throughTsMorph: { name: string; add: (file: SourceBuilder) => void }[] = [
    { name: 'an interface with heritage', add: (file) => file.addInterface({ name: 'A', extends: ['B'], properties: [{ name: 'x', type: 'string' }] }) },
    { name: 'a generic alias', add: (file) => file.addTypeAlias({ name: 'A', typeParameters: ['T'], type: 'T[]' }) },
    { name: 'a type the rules are not certain of', add: (file) => file.addTypeAlias({ name: 'A', type: '1e+21' }) },
    { name: 'two JSDoc blocks', add: (file) => file.addTypeAlias({ name: 'A', type: 'string', docs: ['One.', 'Two.'] }) },
  ];
  it.each(throughTsMorph)('$name goes through ts-morph and Prettier', ({ add }) => {
    const file = new SourceBuilder();
    add(file);
    expect(file.print('').map((part) => part.final)).toEqual([undefined]);
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
