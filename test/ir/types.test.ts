/**
 * ir/types.ts declares the IR and nothing else, so its rules are what the types accept and refuse: each case is
 * a snippet compiled against it (one compiler run for the table).
 */
import { describeTypeCases, type TypeCase } from '../helpers/type-cases.ts';

const HEADER = `import type { ApiModel, EndpointGroup, LiteralValue, MediaContent, Pagination, Property, TaskLifecycle, TypeNode } from '../../../generator/ir/types.ts';`;

const CASES: TypeCase[] = [
  {
    name: 'every kind of node',
    compiles: true,
    code: `const nodes: TypeNode[] = [{ kind: 'unknown' }, { kind: 'never' }, { kind: 'ref', target: '#/components/schemas/A' }, { kind: 'primitive', type: 'integer' }, { kind: 'literal', value: null }, { kind: 'enum', values: ['a', 1, true] }, { kind: 'array', items: { kind: 'unknown' } }, { kind: 'nullable', inner: { kind: 'never' } }];`,
  },
  {
    name: 'any node carries docs',
    compiles: true,
    code: `const node: TypeNode = { kind: 'primitive', type: 'string', docs: { description: 'x', maxLength: 3, keywords: { contains: {} } } };`,
  },
  { name: 'a node kind the algebra lacks', compiles: false, error: '"tuple"', code: `const node: TypeNode = { kind: 'tuple', items: [] };` },
  { name: 'a ref needs its target', compiles: false, code: `const node: TypeNode = { kind: 'ref' };` },
  { name: 'only JSON primitives', compiles: false, code: `const node: TypeNode = { kind: 'primitive', type: 'bigint' };` },
  { name: 'literals are JSON scalars', compiles: false, code: `const value: LiteralValue = undefined;` },
  {
    name: 'object keys: closed, open, unspecified or a type',
    compiles: true,
    code: `const nodes: TypeNode[] = (['closed', 'open', 'unspecified', { kind: 'unknown' }] as const).map((additionalProperties) => ({ kind: 'object', properties: [], additionalProperties }));`,
  },
  { name: 'object keys: nothing else', compiles: false, code: `const node: TypeNode = { kind: 'object', properties: [], additionalProperties: true };` },
  { name: 'a union says whether it is exclusive (oneOf)', compiles: false, code: `const node: TypeNode = { kind: 'union', variants: [] };` },
  {
    name: 'narrowing by kind',
    compiles: true,
    code: `declare const node: TypeNode; if (node.kind === 'union') node.variants.length; else if (node.kind === 'conditional') node.rules[0]?.if;`,
  },
  {
    name: 'a property states required, default, read and write only',
    compiles: false,
    code: `const property: Property = { name: 'a', required: true, type: { kind: 'unknown' } };`,
  },
  {
    name: 'a stream item without its data',
    compiles: true,
    code: `const content: MediaContent = { mediaType: 'text/event-stream', type: { kind: 'unknown' }, examples: [], stream: { item: { kind: 'unknown' } } };`,
  },
  { name: 'the OpenAPI versions read', compiles: false, code: `declare const api: ApiModel; const version: ApiModel['openapiVersion'] = '2.0';` },
  { name: 'task matches', compiles: true, code: `const matches: TaskLifecycle['match'][] = ['path', 'path-unfragmented', 'tag'];` },
  { name: 'terminal sources', compiles: false, code: `const source: TaskLifecycle['terminal']['source'] = 'guess';` },
  {
    name: 'page kinds',
    compiles: true,
    code: `const next: Pagination['next'][] = [{ kind: 'cursor', parameter: 'c', field: ['next'] }, { kind: 'afterLast', parameter: 'after', idField: ['id'] }, { kind: 'offset', parameter: 'offset' }, { kind: 'page', parameter: 'page', first: 1 }];`,
  },
  { name: 'a cursor says where the next cursor is', compiles: false, code: `const next: Pagination['next'] = { kind: 'cursor', parameter: 'c' };` },
  {
    name: 'a discriminator value routes to one operation',
    compiles: true,
    code: `const group: EndpointGroup['discriminator'] = { property: 'model', values: [{ value: 'veo', operation: 'createVeo' }] };`,
  },
];

describeTypeCases('ir/types.ts', 'ir-types', HEADER, CASES);
