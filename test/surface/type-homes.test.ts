/** Where each named type is declared: the one resource file whose calls name it, else the shared models. */
import { describe, expect, it } from 'vitest';
import type { TypeNode } from '../../generator/ir/types.ts';
import { planTypeHomes, type HomedGroup, type HomedOperation } from '../../generator/surface/type-homes.ts';

const ref = (target: string): TypeNode => ({ kind: 'ref', target }) as TypeNode;
const object = (...targets: string[]): TypeNode =>
  ({ kind: 'object', properties: targets.map((target) => ({ name: target, type: ref(target), required: true })), additionalProperties: 'closed' }) as unknown as TypeNode;
/** A media content whose type is `type` (the rule reads nothing else of it). */
const json = (type: TypeNode) => ({ type }) as never;

/** An operation named `name` in file `home` with a body of `body` and a response of `response` (schema ids). */
const op = (name: string, home: string, body?: string, response?: string): HomedOperation =>
  ({
    name,
    home,
    parameters: [],
    ...(body && { requestBody: { contents: [json(ref(body))] } }),
    responses: response ? [{ status: '200', contents: [json(ref(response))] }] : [],
  }) as unknown as HomedOperation;

const schemas = [
  { id: 'A', type: object('Inner') },
  { id: 'B', type: object() },
  { id: 'Inner', type: object() },
  { id: 'Task', type: object() },
  { id: 'Orphan', type: object() },
];

const cases: {
  name: string;
  operations: HomedOperation[];
  groups?: HomedGroup[];
  tasks?: { create: string; fetch: string }[];
  want: Record<string, string | undefined>;
  params?: Record<string, string | undefined>;
}[] = [
  {
    name: "one file's calls: declared there, with what it references",
    operations: [op('createA', 'videos', 'A', 'B')],
    want: { A: 'videos', B: 'videos', Inner: 'videos', Orphan: undefined },
    params: { createA: 'videos' },
  },
  {
    name: 'two files name it: shared, and so is what it references',
    operations: [op('createA', 'videos', 'A'), op('listA', 'images', undefined, 'A')],
    want: { A: undefined, Inner: undefined },
  },
  {
    name: "referenced by a shared type and named by one file's call itself: shared (its users include the shared one's)",
    operations: [op('createA', 'videos', 'A'), op('listA', 'images', 'A'), op('getInner', 'images', undefined, 'Inner')],
    want: { A: undefined, Inner: undefined },
  },
  {
    name: "a variant homed elsewhere: its merged call's file names its types too",
    operations: [op('createA', 'videos', 'A'), op('createB', 'video', 'B')],
    groups: [{ operations: ['createA', 'createB'], home: 'videos' }],
    want: { A: 'videos', B: undefined },
    params: { createA: 'videos', createB: undefined },
  },
  {
    name: "a wait twin beside the create call names the fetch call's response",
    operations: [op('createA', 'videos', 'A'), op('getTask', 'tasks', undefined, 'Task')],
    tasks: [{ create: 'createA', fetch: 'getTask' }],
    want: { Task: undefined, A: 'videos' },
  },
  {
    name: 'a merged create-and-wait names its variants’ fetch responses',
    operations: [op('createA', 'videos', 'A'), op('getTask', 'videos', undefined, 'Task'), op('createB', 'images', 'B')],
    groups: [{ operations: ['createB'], home: 'images', andWait: true }],
    tasks: [{ create: 'createB', fetch: 'getTask' }],
    want: { Task: undefined, B: 'images' },
  },
];

describe('planTypeHomes', () => {
  it.each(cases)('$name', ({ operations, groups = [], tasks = [], want, params = {} }) => {
    const homes = planTypeHomes(schemas, operations, groups, tasks);
    expect(Object.fromEntries(Object.keys(want).map((id) => [id, homes.schemas.get(id)]))).toEqual(want);
    expect(Object.fromEntries(Object.keys(params).map((name) => [name, homes.params.get(name)]))).toEqual(params);
  });
});
