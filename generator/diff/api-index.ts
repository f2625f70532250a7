/**
 * One side of a diff (the surface plan: the IR with the generated SDK's names), indexed for lookups, and the SDK
 * names of its schemas: the name a schema is exported
 * under on each side of the data flow, and how a member is written after a type name.
 */
import type { SchemaId } from '../ir/types.ts';
import type { SurfaceApi, SurfaceSchema } from '../surface/types.ts';

/** Which way data flows at a position: into the server (bodies, parameters) or out of it (responses). */
export type DataSide = 'request' | 'response';

export interface ApiIndex {
  api: SurfaceApi;
  schemas: Map<SchemaId, SurfaceSchema>;
}

export function indexApi(api: SurfaceApi): ApiIndex {
  return { api, schemas: new Map(api.schemas.map((schema) => [schema.id, schema])) };
}

/** The name the SDK exports for a schema on one side (a request-side form exists for some schemas). */
export function typeName(schema: SurfaceSchema, side: DataSide): string {
  return side === 'request' && schema.requestName !== undefined ? schema.requestName : schema.name;
}

/** Every name a schema is exported under. */
export function exportedNames(schema: SurfaceSchema): string[] {
  return schema.requestName !== undefined && schema.requestName !== schema.name ? [schema.name, schema.requestName] : [schema.name];
}

/** `.name`, or `["odd-key"]` for keys that are not identifiers. */
export function member(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? `.${name}` : `[${JSON.stringify(name)}]`;
}
