/**
 * The surface plan: the IR as a TypeScript user meets it. Every name here is a TypeScript identifier or file
 * chosen by the surface stage; emitters read only this (and never the spec or the IR's own names).
 */
import type { ResolvedPackageSettings } from '../config.ts';
import type { WarningKind } from '../errors.ts';
import type { ApiModel, EndpointGroup, NamedSchema, Operation, TaskLifecycle } from '../ir/types.ts';
import type { CallShape } from './call-shape.ts';
import type { CredentialOption } from './credentials.ts';
import type { EndpointValueNames } from './names.ts';
import type { StreamPlan } from './streaming.ts';
import type { ValueFields } from './value-fields.ts';

export interface SurfaceSchema extends NamedSchema {
  /** The exported type name (the response-side form, when there are two). */
  name: string;
  /** The request-side form's type name, for schemas that read differently in requests (IR `requestForm`). */
  requestName?: string;
  /**
   * The resource file (under `src/resources/`, without extension) that declares it (both forms), when only that
   * file's calls name it (type-homes.ts); else it is declared in the shared `src/models.ts`.
   */
  home?: string;
}

export interface SurfaceOperation extends Operation {
  /** The standalone function's name; also the operation's name in the `operations` index and in errors. */
  name: string;
  /** The IR's name of the operation (what the spec calls it), for messages and the config's `taskStatus`. */
  apiName: string;
  /** How the call takes its arguments: positional path parameters, then one flat params object (call-shape.ts). */
  call: CallShape;
  /** Whether (and how) the call resolves to a `Stream` of items (streaming.ts). */
  stream?: StreamPlan;
  /**
   * Name of the exported type of the params object, when it is more than the body: its query, header and
   * cookie parameters beside the body's fields (or beside `body`, for a body that is not an object).
   */
  paramsTypeName?: string;
  /** The resource file that declares the params type, when only that file's calls name it; else `src/models.ts`. */
  paramsTypeHome?: string;
  /**
   * The resource file (under `src/resources/`, without extension) that holds the function: the file of the
   * resource whose method calls it (a variant without a method of its own: its merged call's).
   */
  home: string;
  /** The credential options it sends, per security alternative, when the client has several (credentials.ts). */
  credentials?: string[][];
}

export interface SurfaceEndpointGroup extends EndpointGroup {
  /** Name of the merged call (a standalone function), when the variants can be called as one. */
  name?: string;
  /** For a discriminated group: the runtime list of values, its type, and the types mapping each value to its params and results. */
  valueNames?: EndpointValueNames;
  /** For a discriminated group: what each value asks of its params (value-fields.ts), for pickers. */
  valueFields?: ValueFields[];
  /** The variant that sends a value the SDK does not list (the one without a fragment, else the first). */
  defaultVariant?: string;
  /** `createAndWait` of the merged call, when every variant starts a task. */
  andWaitName?: string;
  /** `waitFor` of the merged call, when every variant fetches a task the same way. */
  waitForName?: string;
  /** The resource file that holds the merged call and its wait twins (see `SurfaceOperation.home`), when it has a name. */
  home?: string;
}

export interface SurfaceTask extends TaskLifecycle {
  /** Standalone function names: create-then-poll, and poll-by-id (shared by lifecycles with the same fetch). */
  createAndWaitName: string;
  waitForName: string;
}

/** One call on a resource class. */
export type ResourceMethod =
  | { kind: 'operation'; name: string; operation: string }
  /** The merged call of an endpoint group, named by `SurfaceEndpointGroup.name`. */
  | { kind: 'endpoint'; name: string; group: string }
  /** Creates a task and polls until it ends; `task` is the create operation of a TaskLifecycle. */
  | { kind: 'createAndWait'; name: string; task: string }
  /** Polls a task by id until it ends; `task` is the fetch operation of a TaskLifecycle. */
  | { kind: 'waitFor'; name: string; task: string }
  /** The merged call's create-then-poll and poll-by-id. */
  | { kind: 'endpointAndWait'; name: string; group: string }
  | { kind: 'endpointWaitFor'; name: string; group: string };

export interface Resource {
  /** Property name on the parent (the client or another resource). */
  name: string;
  /** Class name, unique among all type names. */
  className: string;
  methods: ResourceMethod[];
  children: Resource[];
}

export interface SurfaceApi extends Omit<ApiModel, 'schemas' | 'operations' | 'endpointGroups' | 'tasks'> {
  settings: ResolvedPackageSettings;
  /** The API has no operations (a schema library, webhooks only): the package holds its types and no client. */
  typesOnly: boolean;
  schemas: SurfaceSchema[];
  operations: SurfaceOperation[];
  endpointGroups: SurfaceEndpointGroup[];
  tasks: SurfaceTask[];
  /**
   * The client's resource tree: top-level resources, each with its file under `src/resources/`, the one home of
   * its calls (methods, standalone functions, merged-call routing, wait twins).
   */
  resources: (Resource & { file: string })[];
  /** What the surface plan warns of (two calls wanting one name), at a JSON pointer of the spec. */
  warnings: SurfaceWarning[];
  /** The client's credential options, the most used first (credentials.ts); none for an API without security schemes. */
  credentials: CredentialOption[];
}

export interface SurfaceWarning {
  kind: WarningKind;
  message: string;
  pointer: string;
}
