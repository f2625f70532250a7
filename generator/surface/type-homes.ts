/**
 * Where each named type is declared: a type only one resource file's calls name lives in that file (beside the
 * calls, as the leading SDKs lay them out); a type several files name, or none, lives in the shared `models.ts`.
 * A file names the types of the calls it holds: its operations' parameters, bodies, responses and stream items,
 * its merged calls' variants, and the fetch responses its wait twins resolve to. References are followed, so a
 * type the shared file declares only ever names shared types (its users include all of theirs).
 */
import type { NamedSchema, Operation, SchemaId } from '../ir/types.ts';
import { operationTypes, reachableIds } from '../ir/type-walk.ts';

/** What the rule reads of a call: its name, its home, and the types it names. */
export type HomedOperation = Pick<Operation, 'parameters' | 'requestBody' | 'responses'> & { name: string; home: string };

/** A merged call's variants and its home; a wait twin of the group (`andWait`) also names the variants' fetch responses. */
export interface HomedGroup {
  operations: string[];
  home?: string;
  andWait?: boolean;
}

export interface TypeHomes {
  /** The resource file of each schema declared in one (by id); a schema not here lives in the shared file. */
  schemas: Map<SchemaId, string>;
  /** The resource file of each operation's params type declared in one (by operation name). */
  params: Map<string, string>;
}

/** The files whose calls name the types of each operation, by operation name. */
function fileUsers(operations: HomedOperation[], groups: HomedGroup[], tasks: { create: string; fetch: string }[]): Map<string, Set<string>> {
  const users = new Map(operations.map((operation) => [operation.name, new Set([operation.home])]));
  const homeOf = new Map(operations.map((operation) => [operation.name, operation.home]));
  const use = (operation: string, file: string | undefined) => file !== undefined && users.get(operation)?.add(file);
  for (const group of groups) {
    for (const name of group.operations) {
      use(name, group.home);
      if (group.andWait) for (const task of tasks.filter((candidate) => candidate.create === name)) use(task.fetch, group.home);
    }
  }
  // `<create>AndWait` lives beside the create call and resolves to the fetch call's response.
  for (const task of tasks) use(task.fetch, homeOf.get(task.create));
  return users;
}

export function planTypeHomes(
  schemas: Pick<NamedSchema, 'id' | 'type'>[],
  operations: HomedOperation[],
  groups: HomedGroup[],
  tasks: { create: string; fetch: string }[],
): TypeHomes {
  const byId = new Map(schemas.map((schema) => [schema.id, schema]));
  const users = fileUsers(operations, groups, tasks);
  const schemaUsers = new Map<SchemaId, Set<string>>();
  for (const operation of operations) {
    const files = users.get(operation.name)!;
    const { request, response } = operationTypes(operation);
    const reached = reachableIds((id) => byId.get(id)?.type, [...request, ...response]);
    for (const id of reached) {
      const into = schemaUsers.get(id) ?? new Set<string>();
      for (const file of files) into.add(file);
      schemaUsers.set(id, into);
    }
  }
  const only = (files: Set<string> | undefined) => (files?.size === 1 ? [...files][0] : undefined);
  const homes: TypeHomes = { schemas: new Map(), params: new Map() };
  for (const schema of schemas) {
    const file = only(schemaUsers.get(schema.id));
    if (file !== undefined) homes.schemas.set(schema.id, file);
  }
  for (const operation of operations) {
    const file = only(users.get(operation.name));
    if (file !== undefined) homes.params.set(operation.name, file);
  }
  return homes;
}
