import { describe, expect, it } from 'vitest';
import { indexApi } from '../../generator/diff/api-index.ts';
import { compareOperation } from '../../generator/diff/compare-operation.ts';
import { TypeComparer } from '../../generator/diff/compare-types.ts';
import type { RawChange } from '../../generator/diff/types.ts';
import type { Parameter } from '../../generator/ir/types.ts';
import type { SurfaceApi, SurfaceOperation } from '../../generator/surface/types.ts';

const index = indexApi({ schemas: [] } as unknown as SurfaceApi);
const string = { kind: 'primitive', type: 'string' } as const;
const parameter = (name: string, facts: Partial<Parameter> = {}): Parameter => ({ name, in: 'query', required: false, deprecated: false, type: string, ...facts });
/** The call shape the surface plans: path parameters positional (camelCase), the others keyed by wire name. */
function withCall(operation: SurfaceOperation): SurfaceOperation {
  const camel = (name: string) => name.replace(/_(\w)/g, (_, letter: string) => letter.toUpperCase());
  const pathArguments = operation.parameters.filter((entry) => entry.in === 'path').map((entry) => ({ name: camel(entry.name), parameter: entry }));
  const fields = operation.parameters.filter((entry) => entry.in !== 'path').map((entry) => ({ key: entry.name, parameter: entry }));
  return { ...operation, call: { pathArguments, fields, hasParams: fields.length > 0, paramsRequired: false } };
}
const operation = (facts: Partial<SurfaceOperation> = {}): SurfaceOperation =>
  withCall({
    name: 'listThings',
    apiName: 'listThings',
    nameSource: 'operationId',
    method: 'get',
    pathKey: '/things',
    path: '/things',
    tags: [],
    deprecated: false,
    parameters: [],
    responses: [{ status: '200', contents: [] }],
    security: [],
    paramsTypeName: 'ListThingsParams',
    home: 'things',
    ...facts,
  } as SurfaceOperation);

function changes(before: SurfaceOperation, after: SurfaceOperation): Partial<RawChange>[] {
  const found: RawChange[] = [];
  compareOperation(before, after, new TypeComparer(index, index, (change) => found.push(change)), (change) => found.push(change));
  return found.map(({ rule, subject, required, status, keyword }) => ({
    rule,
    subject,
    ...(required !== undefined && { required }),
    ...(status && { status }),
    ...(keyword && { keyword }),
  }));
}

describe('compareOperation', () => {
  it.each<{ name: string; given: [SurfaceOperation, SurfaceOperation]; want: Partial<RawChange>[] }>([
    {
      name: 'a required parameter added',
      given: [operation(), operation({ parameters: [parameter('q', { required: true })] })],
      want: [{ rule: 'parameter-added', subject: 'ListThingsParams.q', required: true }],
    },
    {
      name: 'a parameter narrowed',
      given: [operation({ parameters: [parameter('q')] }), operation({ parameters: [parameter('q', { type: { ...string, docs: { maxLength: 5 } } })] })],
      want: [{ rule: 'constraint-changed', subject: 'ListThingsParams.q', keyword: 'maxLength' }],
    },
    {
      name: 'the only success response removed',
      given: [operation(), operation({ responses: [{ status: '404', contents: [] }] })],
      want: [
        { rule: 'response-removed', subject: 'listThings', status: '200' },
        { rule: 'response-added', subject: 'listThings', status: '404' },
      ],
    },
    { name: 'authentication now required', given: [operation(), operation({ security: [['bearer']] })], want: [{ rule: 'security-changed', subject: 'listThings' }] },
    {
      name: 'a path parameter removed (a positional argument)',
      given: [operation({ parameters: [parameter('task_id', { in: 'path', required: true })] }), operation()],
      want: [{ rule: 'parameter-removed', subject: 'listThings(taskId)' }],
    },
    { name: 'deprecated', given: [operation(), operation({ deprecated: true })], want: [{ rule: 'operation-deprecated', subject: 'listThings' }] },
  ])('$name', ({ given, want }) => {
    expect(changes(...given)).toEqual(want);
  });
});
