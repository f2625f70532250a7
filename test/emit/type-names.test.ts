/** TypeUses: a file's recording NameOf notes the models and runtime types its text names, and names as the base does. */
import { describe, expect, it } from 'vitest';
import type { TypeNode } from '../../generator/ir/types.ts';
import { modelType, runtimeType, typeExpression, type NameOf } from '../../generator/emit/type-expression.ts';
import { TypeUses } from '../../generator/emit/type-names.ts';

const base: NameOf = Object.assign((id: string, side: 'request' | 'response') => (side === 'request' ? `${id}Input` : id), {
  resolve: (id: string): TypeNode | undefined => (id === 'Size' ? { kind: 'enum', values: ['1K', '2K'] } : undefined),
});

describe('TypeUses', () => {
  it('names a schema as the base NameOf does and notes the name', () => {
    const uses = new TypeUses(base);
    expect(typeExpression({ kind: 'ref', target: 'Pet' }, uses.nameOf, 'request')).toBe('PetInput');
    expect(typeExpression({ kind: 'ref', target: 'Pet' }, uses.nameOf, 'response')).toBe('Pet');
    expect([...uses.models].sort()).toEqual(['Pet', 'PetInput']);
  });

  it('keeps the base resolve (the rule that looks through a reference)', () => {
    expect(new TypeUses(base).nameOf.resolve!('Size')).toEqual({ kind: 'enum', values: ['1K', '2K'] });
    expect(new TypeUses((id) => id).nameOf.resolve).toBeUndefined();
  });

  it('notes the types named without a schema: a params type, a runtime type', () => {
    const uses = new TypeUses(base);
    expect(modelType(uses.nameOf, 'CreatePetParams')).toBe('CreatePetParams');
    expect(runtimeType(uses.nameOf, 'APIPromise')).toBe('APIPromise');
    expect([[...uses.models], [...uses.runtime]]).toEqual([['CreatePetParams'], ['APIPromise']]);
  });

  it('files do not share notes', () => {
    const [a, b] = [new TypeUses(base), new TypeUses(base)];
    modelType(a.nameOf, 'A');
    expect([...b.models]).toEqual([]);
  });

  it('a plain NameOf (no recording) still names everything', () => {
    const plain: NameOf = (id) => id;
    expect([modelType(plain, 'X'), runtimeType(plain, 'Stream')]).toEqual(['X', 'Stream']);
  });
});
