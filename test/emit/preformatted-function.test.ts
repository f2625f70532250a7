/**
 * An operation function printed in its final form must be exactly what Prettier makes of it: each wanted text
 * below is formatted again and must come back unchanged (so the table cannot drift from Prettier), and what is not
 * certain is declined. Every final part of the real specs is held to Prettier in preformatted.test.ts.
 */
import { describe, expect, it } from 'vitest';
import {
  expressionCode,
  jsonExpression,
  preformattedClass,
  preformattedFunction,
  type Expression,
  type FinalClass,
  type FinalFunction,
} from '../../generator/emit/preformatted-function.ts';
import { formatText } from '../../generator/format/prettier-options.ts';

const request = (...more: [string, Expression][]): Expression => ({
  object: [['operation', '"getThing"'], ['method', '"GET"'], ...more],
});

const fn = (more: Partial<FinalFunction> = {}): FinalFunction => ({
  name: 'getThing',
  exported: true,
  parameters: [
    { name: 'client', type: 'APIClient' },
    { name: 'options', type: 'RequestOptions', optional: true },
  ],
  returnType: 'APIPromise<Thing>',
  overloads: [],
  statements: [],
  returns: { callee: 'client.request<Thing>', args: [request(), 'options'] },
  ...more,
});

describe('preformattedFunction', () => {
  const cases: { name: string; given: FinalFunction; want: string | undefined }[] = [
    {
      name: 'what fits stays on its line; JSON strings in single quotes',
      given: fn({ docs: 'Gets a thing.' }),
      want:
        '/** Gets a thing. */\n' +
        'export function getThing(client: APIClient, options?: RequestOptions): APIPromise<Thing> {\n' +
        "  return client.request<Thing>({ operation: 'getThing', method: 'GET' }, options);\n" +
        '}\n',
    },
    {
      name: 'a long signature: one parameter per line; a long request: arguments one per line, objects expanded where they do not fit',
      given: fn({
        parameters: [
          { name: 'client', type: 'APIClient' },
          { name: 'params', type: 'CreateAVeryLongNamedThingWithManyWordsInItsNameRequest' },
          { name: 'options', type: 'RequestOptions', optional: true },
        ],
        statements: ['const { thing_id: $0, ...body } = params;'],
        returns: {
          callee: 'client.request<Thing>',
          args: [
            request(
              ['pathParams', { object: [['thing_id', '$0']] }],
              ['query', { object: Array.from({ length: 8 }, (_, index): [string, Expression] => [`"filter-${index}"`, `$${index}`]) }],
              ['security', { array: [{ array: ['"Bearer"'] }] }],
              ['body', { verbatim: 'Object.keys(body).length ? body : undefined' }],
            ),
            'options',
          ],
        },
      }),
      want:
        'export function getThing(\n  client: APIClient,\n  params: CreateAVeryLongNamedThingWithManyWordsInItsNameRequest,\n  options?: RequestOptions,\n): APIPromise<Thing> {\n' +
        '  const { thing_id: $0, ...body } = params;\n' +
        '  return client.request<Thing>(\n' +
        '    {\n' +
        "      operation: 'getThing',\n" +
        "      method: 'GET',\n" +
        '      pathParams: { thing_id: $0 },\n' +
        '      query: {\n' +
        Array.from({ length: 8 }, (_, index) => `        'filter-${index}': $${index},\n`).join('') +
        '      },\n' +
        "      security: [['Bearer']],\n" +
        '      body: Object.keys(body).length ? body : undefined,\n' +
        '    },\n' +
        '    options,\n' +
        '  );\n' +
        '}\n',
    },
    {
      name: 'overloads, each with its docs',
      given: fn({
        overloads: [
          { docs: 'Streams.', parameters: [{ name: 'client', type: 'APIClient' }], returnType: 'APIPromise<Stream<Chunk>>' },
          { docs: 'Line one.\n\nLine two.', parameters: [{ name: 'client', type: 'APIClient' }], returnType: 'APIPromise<Thing>' },
        ],
      }),
      want:
        '/** Streams. */\nexport function getThing(client: APIClient): APIPromise<Stream<Chunk>>;\n' +
        '/**\n * Line one.\n *\n * Line two.\n */\nexport function getThing(client: APIClient): APIPromise<Thing>;\n' +
        'export function getThing(client: APIClient, options?: RequestOptions): APIPromise<Thing> {\n' +
        "  return client.request<Thing>({ operation: 'getThing', method: 'GET' }, options);\n" +
        '}\n',
    },
    {
      name: 'a last argument that is an object, on one line: certain',
      given: fn({ returns: { callee: 'requestPage<Item, Page>', args: ['client', request(), 'options', jsonExpression({ items: ['data'] })] } }),
      want:
        'export function getThing(client: APIClient, options?: RequestOptions): APIPromise<Thing> {\n' +
        "  return requestPage<Item, Page>(client, { operation: 'getThing', method: 'GET' }, options, { items: ['data'] });\n" +
        '}\n',
    },
    {
      name: 'a last argument that is an object, too long for one line: Prettier hugs it, declined',
      given: fn({ returns: { callee: 'requestPage<Item, Page>', args: ['client', request(['path', `"/${'x'.repeat(60)}"`]), 'options', jsonExpression({ items: ['data'] })] } }),
      want: undefined,
    },
    { name: 'a string with a quote in it: declined', given: fn({ returns: { callee: 'f', args: ['"it\'s"'] } }), want: undefined },
    { name: 'a string with an escape: declined', given: fn({ returns: { callee: 'f', args: ['"a\\"b"'] } }), want: undefined },
    { name: 'a non-ASCII line: declined', given: fn({ returns: { callee: 'f', args: ['"café"'] } }), want: undefined },
    {
      name: 'an array of several arrays of several entries (Prettier always breaks it): declined',
      given: fn({ returns: { callee: 'f', args: [jsonExpression([['a', 'b'], ['c']])] } }),
      want: undefined,
    },
    { name: 'an intersection beside a union (Prettier adds parentheses): declined', given: fn({ returnType: 'A & B | null' }), want: undefined },
    { name: 'a number with an exponent: declined', given: fn({ returns: { callee: 'f', args: ['1e+21'] } }), want: undefined },
    {
      name: 'a parameter line too long for the width: declined',
      given: fn({ parameters: [{ name: 'client', type: `A${'b'.repeat(130)}` }] }),
      want: undefined,
    },
  ];
  it.each(cases)('$name', async ({ given, want }) => {
    const printed = preformattedFunction(given);
    expect(printed).toBe(want);
    if (printed !== undefined) expect(await formatText(printed, 'typescript')).toBe(printed);
  });
});

describe('preformattedClass', () => {
  const method = { name: 'list', parameters: [{ name: 'options', type: 'RequestOptions', optional: true }], returnType: 'APIPromise<Thing>', overloads: [], statements: [] };
  const cases: { name: string; given: FinalClass; want: string | undefined }[] = [
    {
      name: 'properties, a blank line, the constructor, a blank line before each method',
      given: {
        name: 'Things',
        exported: true,
        docs: 'The things.',
        properties: [{ name: 'photos', type: 'ThingsPhotos' }],
        ctor: { parameters: ['private readonly client: APIClient'], statements: ['this.photos = new ThingsPhotos(client);'] },
        methods: [
          { ...method, docs: 'Lists them.\n\nAll of them.', returns: { callee: 'listThings', args: ['this.client', 'options'] } },
          {
            name: 'create',
            docs: 'One call for every model.',
            typeParameters: [],
            overloads: [
              {
                typeParameters: ['TModel extends ThingModel'],
                parameters: [
                  { name: 'params', type: 'ThingRequestByModel[TModel] & { model: TModel }' },
                  { name: 'options', type: 'RequestOptions', optional: true },
                ],
                returnType: 'APIPromise<ThingResponseByModel[TModel]>',
              },
            ],
            parameters: [{ name: 'args', type: 'unknown[]', rest: true }],
            returnType: 'APIPromise<unknown>',
            statements: [],
            returns: { callee: '(createThing as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)', args: ['this.client', '...args'] },
          },
        ],
      },
      want:
        '/** The things. */\nexport class Things {\n  readonly photos: ThingsPhotos;\n\n' +
        '  constructor(private readonly client: APIClient) {\n    this.photos = new ThingsPhotos(client);\n  }\n\n' +
        '  /**\n   * Lists them.\n   *\n   * All of them.\n   */\n  list(options?: RequestOptions): APIPromise<Thing> {\n    return listThings(this.client, options);\n  }\n\n' +
        '  create<TModel extends ThingModel>(\n    params: ThingRequestByModel[TModel] & { model: TModel },\n    options?: RequestOptions,\n  ): APIPromise<ThingResponseByModel[TModel]>;\n' +
        '  /** One call for every model. */\n  create(...args: unknown[]): APIPromise<unknown> {\n' +
        '    return (createThing as (client: APIClient, ...args: unknown[]) => APIPromise<unknown>)(this.client, ...args);\n  }\n}\n',
    },
    {
      name: 'an empty constructor on its line',
      given: { name: 'Leaf', exported: true, properties: [], ctor: { parameters: ['private readonly client: APIClient'], statements: [] }, methods: [] },
      want: 'export class Leaf {\n  constructor(private readonly client: APIClient) {}\n}\n',
    },
    {
      name: 'a lone parameter of an object type (Prettier hugs it): declined',
      given: {
        name: 'Hug',
        exported: true,
        properties: [],
        methods: [{ ...method, parameters: [{ name: 'params', type: `{ ${'a'.repeat(100)}: string }` }], returns: { callee: 'f', args: ['params'] } }],
      },
      want: undefined,
    },
    { name: 'nothing in it: declined', given: { name: 'Empty', exported: true, properties: [], methods: [] }, want: undefined },
  ];
  it.each(cases)('$name', async ({ given, want }) => {
    const printed = preformattedClass(given);
    expect(printed).toBe(want);
    if (printed !== undefined) expect(await formatText(printed, 'typescript')).toBe(printed);
  });
});

describe('expressionCode and jsonExpression', () => {
  const cases: { name: string; given: Expression; want: string }[] = [
    { name: 'an atom as it is', given: '"a"', want: '"a"' },
    { name: 'verbatim code as it is', given: { verbatim: 'a ? b : c' }, want: 'a ? b : c' },
    { name: 'JSON: keys as property keys, strings as literals', given: jsonExpression({ 'x-y': [1, 'two', null], ok: true }), want: '{ "x-y": [1, "two", null], ok: true }' },
  ];
  it.each(cases)('$name', ({ given, want }) => {
    expect(expressionCode(given)).toBe(want);
  });
});
