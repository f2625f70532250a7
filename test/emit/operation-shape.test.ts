/** An operation as a TypeScript caller meets it: arguments, body and media type, result type and how it is read, errors, security. */
import { beforeAll, describe, expect, it } from 'vitest';
import { operationShape, paramsTypeExpression, parametersSections } from '../../generator/emit/operation-shape.ts';
import type { NameOf } from '../../generator/emit/type-expression.ts';
import type { SurfaceApi } from '../../generator/surface/types.ts';
import { nameOfApi, petStore, surfaceOf } from '../helpers/surface-of.ts';

const oneLine = (text: string | undefined) => text?.replace(/\s*\n\s*/g, ' ');
const json = (schema: unknown) => ({ 'application/json': { schema } });

let api: SurfaceApi;
let nameOf: NameOf;
beforeAll(async () => {
  const doc = petStore();
  doc.components.securitySchemes.Key = { type: 'apiKey', in: 'header', name: 'x-key' };
  doc.paths['/misc'] = {
    post: {
      operationId: 'postText',
      security: [{ Undeclared: [] }, { Key: [] }],
      parameters: [
        { name: 'x-trace', in: 'header', required: true, schema: { type: 'string' } },
        { name: 'session', in: 'cookie', schema: { type: 'string' }, deprecated: true },
      ],
      requestBody: { content: { 'text/plain': { schema: { type: 'string' } } } },
      responses: {
        '200': { description: 'ok', content: { 'text/csv': { schema: { type: 'string' } } } },
        '204': { description: 'none' },
        '4XX': { description: 'bad', content: json({ $ref: '#/components/schemas/Error' }) },
        '500': { description: 'html', content: { 'text/html': { schema: { type: 'string' } } } },
      },
    },
    put: {
      operationId: 'putMaybe',
      requestBody: { content: json({ type: 'object', properties: { a: { type: 'string' } } }) },
      responses: { '200': { description: 'ok', content: json({ type: 'string' }) }, '202': { description: 'accepted' } },
    },
  };
  api = await surfaceOf(doc);
  nameOf = nameOfApi(api);
});
const operation = (name: string) => api.operations.find((candidate) => candidate.name === name)!;

describe('operationShape', () => {
  const cases: { operation: string; want: Record<string, unknown> }[] = [
    {
      operation: 'listPets',
      want: {
        pathArgs: [],
        paramsType: 'ListPetsParams',
        paramsRequired: false,
        bodyRequired: false,
        responseType: 'ListPetsResponse',
        responseKind: 'json',
        errorType: 'Error_',
        security: [['Bearer']],
      },
    },
    {
      operation: 'createPet',
      want: { paramsType: 'PetInput', paramsRequired: true, bodyType: 'PetInput', bodyRequired: true, contentType: 'application/json', responseType: 'Pet', errorType: 'unknown' },
    },
    { operation: 'getPet', want: { pathArgs: [{ name: 'petId', wireName: 'pet_id', type: 'string' }], responseType: 'Pet' } },
    { operation: 'getPetPhoto', want: { responseType: 'Blob', responseKind: 'blob' } },
    // Text from the first success; a success without content adds undefined; only JSON error bodies are typed; unknown schemes are dropped.
    {
      operation: 'postText',
      want: {
        contentType: 'text/plain',
        bodyType: 'PostTextBody',
        bodyRequired: false,
        responseType: 'string | undefined',
        responseKind: 'text',
        errorType: 'Error_',
        security: [['Key']],
      },
    },
    { operation: 'putMaybe', want: { responseType: 'PutMaybeResponse | undefined', responseKind: 'json' } },
  ];
  it.each(cases)('$operation', ({ operation: name, want }) => expect(operationShape(operation(name), api, nameOf)).toMatchObject(want));

  it('every declared response body by status', () => {
    expect(operationShape(operation('postText'), api, nameOf).responsesByStatus).toEqual([
      { status: '200', type: 'string' },
      { status: '204', type: 'void' },
      { status: '4XX', type: 'Error_' },
      { status: '500', type: 'string' },
    ]);
  });
});

describe('parametersSections', () => {
  const cases: { operation: string; want: string | undefined }[] = [
    { operation: 'createPet', want: undefined },
    { operation: 'listPets', want: '{ query?: { limit?: number; }; }' },
    { operation: 'getPet', want: '{ path: { pet_id: string; }; }' },
    { operation: 'postText', want: '{ header: { "x-trace": string; }; cookie?: { /** * @deprecated */ session?: string; }; }' },
  ];
  it.each(cases)('$operation', ({ operation: name, want }) => expect(oneLine(parametersSections(operation(name), nameOf))).toBe(want));
});

describe('paramsTypeExpression', () => {
  const cases: { operation: string; want: string }[] = [
    { operation: 'listPets', want: '{ limit?: number; }' },
    { operation: 'createPet', want: 'PetInput' },
    { operation: 'postText', want: '{ body?: PostTextBody } & { "x-trace": string; /** * @deprecated */ session?: string; }' },
  ];
  it.each(cases)('$operation', ({ operation: name, want }) => expect(oneLine(paramsTypeExpression(operation(name), nameOf))).toBe(want));
});
