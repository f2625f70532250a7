/**
 * The symbols one file's type text names, noted as the text is written: the file's imports are planned from them,
 * never read back out of the text. Every function that writes types takes a `NameOf`; a file's writers get the
 * recording one of its `TypeUses`, so that the file imports exactly the models and runtime types it wrote.
 */
import type { SchemaId, TypeNode } from '../ir/types.ts';
import type { NameOf, Side } from './type-expression.ts';

export class TypeUses {
  /** Types of models.ts the file names (schemas' types, params types, `JSONValue`). */
  readonly models = new Set<string>();
  /** Types of the runtime the file names (`Uploadable`, `APIPromise`…), by name. */
  readonly runtime = new Set<string>();
  readonly nameOf: NameOf;

  constructor(base: NameOf) {
    const nameOf = ((id: SchemaId, side: Side) => base(id, side)) as NameOf;
    if (base.resolve) nameOf.resolve = (id: SchemaId): TypeNode | undefined => base.resolve!(id);
    nameOf.model = (name) => void this.models.add(name);
    nameOf.runtime = (name) => void this.runtime.add(name);
    this.nameOf = nameOf;
  }
}
