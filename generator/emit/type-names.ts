/**
 * The symbols one file's type text names, noted as the text is written: the file's imports are planned from them,
 * never read back out of the text. Every function that writes types takes a `NameOf`; a file's writers get the
 * recording one of its `TypeUses`, so that the file imports exactly the models and runtime types it wrote.
 */
import type { SchemaId, TypeNode } from '../ir/types.ts';
import type { SurfaceApi } from '../surface/types.ts';
import type { NameOf, Side } from './type-expression.ts';

/** The module (from `src/`) of a resource file: the home of the calls it holds and of the types only they name. */
export const homeModule = (home: string) => `resources/${home}.js`;

/** The module (from `src/`) of the shared models: the types several resource files name, or none. */
export const SHARED_MODELS = 'models.js';

/**
 * The API's named types as the emitters name them: a schema's name on a side (its request form on the request
 * side), its type (`resolve`), and the module that declares each named type (`moduleOf`, see `SurfaceSchema.home`).
 */
export function namesOf(api: SurfaceApi): NameOf {
  const byId = new Map(api.schemas.map((schema) => [schema.id, schema]));
  const modules = new Map<string, string>([['JSONValue', SHARED_MODELS]]);
  for (const schema of api.schemas) {
    const module = schema.home !== undefined ? homeModule(schema.home) : SHARED_MODELS;
    for (const name of [schema.name, ...(schema.requestName ? [schema.requestName] : [])]) modules.set(name, module);
  }
  for (const operation of api.operations) {
    if (operation.paramsTypeName) modules.set(operation.paramsTypeName, operation.paramsTypeHome !== undefined ? homeModule(operation.paramsTypeHome) : SHARED_MODELS);
  }
  return Object.assign(
    (id: SchemaId, side: Side) => {
      const schema = byId.get(id);
      if (!schema) throw new Error(`internal: no named schema for ${id}`);
      return side === 'request' && schema.requestName ? schema.requestName : schema.name;
    },
    {
      resolve: (id: SchemaId) => byId.get(id)?.type,
      moduleOf: (name: string) => {
        const module = modules.get(name);
        if (!module) throw new Error(`internal: no file declares the type ${name}`);
        return module;
      },
    },
  );
}

export class TypeUses {
  /** Named types of the API the file names (schemas' types, params types, `JSONValue`). */
  readonly models = new Set<string>();
  /** Types of the runtime the file names (`Uploadable`, `APIPromise`…), by name. */
  readonly runtime = new Set<string>();
  readonly nameOf: NameOf;

  constructor(base: NameOf) {
    const nameOf = ((id: SchemaId, side: Side) => base(id, side)) as NameOf;
    if (base.resolve) nameOf.resolve = (id: SchemaId): TypeNode | undefined => base.resolve!(id);
    if (base.moduleOf) nameOf.moduleOf = base.moduleOf;
    nameOf.model = (name) => void this.models.add(name);
    nameOf.runtime = (name) => void this.runtime.add(name);
    this.nameOf = nameOf;
  }

  /** The module that declares a named type the file names (the shared models, where the names carry no modules). */
  moduleOf(name: string): string {
    return this.nameOf.moduleOf ? this.nameOf.moduleOf(name) : SHARED_MODELS;
  }
}
