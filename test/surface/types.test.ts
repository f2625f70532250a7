/**
 * surface/types.ts declares the surface plan and nothing else, so its rules are what the types accept and refuse:
 * each case is a snippet compiled against it (one compiler run for the table).
 */
import { describeTypeCases, type TypeCase } from '../helpers/type-cases.ts';

const HEADER = `import type { Resource, ResourceMethod, SurfaceApi, SurfaceEndpointGroup, SurfaceOperation, SurfaceSchema, SurfaceTask } from '../../../generator/surface/types.ts';
import type { ApiModel, NamedSchema, Operation } from '../../../generator/ir/types.ts';`;

const CASES: TypeCase[] = [
  { name: 'a surface schema is an IR schema', compiles: true, code: `declare const schema: SurfaceSchema; const ir: NamedSchema = schema;` },
  { name: 'a surface operation is an IR operation', compiles: true, code: `declare const operation: SurfaceOperation; const ir: Operation = operation;` },
  {
    name: 'an IR operation is not yet a surface operation (no call shape, home, api name)',
    compiles: false,
    error: 'apiName',
    code: `declare const operation: Operation; const surface: SurfaceOperation = operation;`,
  },
  {
    name: 'a surface operation keeps the API name beside its own',
    compiles: true,
    code: `declare const operation: SurfaceOperation; const names: string[] = [operation.name, operation.apiName, operation.home];`,
  },
  {
    name: 'resource methods of every kind',
    compiles: true,
    code: `const methods: ResourceMethod[] = [{ kind: 'operation', name: 'create', operation: 'createX' }, { kind: 'endpoint', name: 'create', group: 'g' }, { kind: 'createAndWait', name: 'a', task: 't' }, { kind: 'waitFor', name: 'w', task: 't' }, { kind: 'endpointAndWait', name: 'a', group: 'g' }, { kind: 'endpointWaitFor', name: 'w', group: 'g' }];`,
  },
  { name: 'an operation method names its operation', compiles: false, code: `const method: ResourceMethod = { kind: 'operation', name: 'create', group: 'g' };` },
  { name: 'a method kind the plan lacks', compiles: false, code: `const method: ResourceMethod = { kind: 'stream', name: 'x' };` },
  {
    name: 'resources nest',
    compiles: true,
    code: `const resource: Resource = { name: 'chat', className: 'Chat', methods: [], children: [{ name: 'completions', className: 'Completions', methods: [], children: [] }] };`,
  },
  {
    name: 'a top-level resource has a file',
    compiles: false,
    error: 'file',
    code: `declare const api: SurfaceApi; const top: SurfaceApi['resources'][number] = { name: 'chat', className: 'Chat', methods: [], children: [] };`,
  },
  {
    name: 'the plan has what the IR has, in surface form',
    compiles: true,
    code: `declare const api: SurfaceApi; const parts: [SurfaceSchema[], SurfaceOperation[], SurfaceEndpointGroup[], SurfaceTask[], string[], string] = [api.schemas, api.operations, api.endpointGroups, api.tasks, api.resources.map((resource) => resource.file), api.title];`,
  },
  { name: 'the plan is not an IR model (its operations are surface operations)', compiles: false, code: `declare const api: ApiModel; const plan: SurfaceApi = api;` },
  { name: 'a task helper has both names', compiles: false, error: 'waitForName', code: `declare const task: Omit<SurfaceTask, 'waitForName'>; const full: SurfaceTask = task;` },
];

describeTypeCases('surface/types.ts', 'surface-types', HEADER, CASES);
