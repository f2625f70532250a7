/**
 * The API's named types: JSONValue first in the shared file, one type per schema (interfaces for plain objects),
 * request forms, params types, notes; each declared in its home (the resource file its calls name it from, else shared).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { writeModels } from '../../generator/emit/models-file.ts';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';
import { nameOfApi, petStore, surfaceOf } from '../helpers/surface-of.ts';

let text = '';
/** The types each file declares: the shared models (''), then each resource file. */
const declared: Record<string, string> = {};
beforeAll(async () => {
  const doc = petStore();
  doc.components.schemas.Open = { type: 'object', additionalProperties: { type: 'integer' }, properties: { a: { type: 'integer' } } };
  doc.components.schemas.Ruled = {
    type: 'object',
    properties: { size: { type: 'string' } },
    if: { properties: { size: { pattern: '^x' } } },
    then: { required: ['size'] },
  };
  const api = await surfaceOf(doc);
  for (const home of [undefined, ...api.resources.map((resource) => resource.file)]) {
    const file = new SourceBuilder();
    writeModels(file, api, nameOfApi(api), home);
    declared[home ?? ''] = file.text('');
  }
  text = Object.values(declared).join('\n\n');
});

/** The declaration of one name, up to the next blank line. */
const declaration = (name: string) => {
  const start = text.search(new RegExp(`export (interface|type) ${name}\\b`));
  if (start === -1) return undefined;
  const docStart = text.lastIndexOf('/**', start);
  const from = docStart !== -1 && !text.slice(docStart, start).includes('\n\n') ? docStart : start;
  const end = text.indexOf('\n\n', start);
  return text
    .slice(from, end === -1 ? undefined : end)
    .replace(/\s*\n\s*/g, ' ')
    .trim();
};

describe('writeModels', () => {
  it('declares JSONValue first, in the shared file', () => {
    expect(declared['']!.trimStart().startsWith('/** Any JSON value')).toBe(true);
    expect(declaration('JSONValue')).toContain('type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };');
  });

  const cases: { name: string; want: string | undefined }[] = [
    // A schema used on both sides with a readOnly field: the response form, then the request form without it.
    { name: 'Pet', want: 'export interface Pet { readonly id: string; /** The name. */ name: string; tag?: string; }' },
    { name: 'PetInput', want: '/** The request form of {@link Pet}. */ export interface PetInput { /** The name. */ name: string; tag?: string; }' },
    // Printed in its final form (preformatted.ts): single quotes, as Prettier writes them.
    { name: 'Orphan', want: "/** (Defined by the spec; no operation uses it.) */ export type Orphan = 'a' | 'b';" },
    // Extra keys make it an alias (an interface could not say it as simply).
    { name: 'Open', want: '/** (Defined by the spec; no operation uses it.) */ export type Open = { a?: number; [key: string]: number | undefined; };' },
    { name: 'ListPetsParams', want: '/** The params object of {@link listPets}: body fields and parameters in one object. */ export type ListPetsParams = { limit?: number; };' },
  ];
  it.each(cases)('$name', ({ name, want }) => expect(declaration(name)).toBe(want));

  const homes: { name: string; home: string }[] = [
    // Named only by the calls of the pets resource: declared in its file, both forms and the params type.
    { name: 'Pet', home: 'pets' },
    { name: 'PetInput', home: 'pets' },
    { name: 'ListPetsParams', home: 'pets' },
    // Named by no call: shared.
    { name: 'Orphan', home: '' },
  ];
  it.each(homes)('$name is declared in $home', ({ name, home }) =>
    expect(Object.keys(declared).filter((file) => new RegExp(`export (interface|type) ${name}\\b`).test(declared[file]!))).toEqual([home]),
  );

  it('writes down the rules a type cannot carry', () => {
    expect(declaration('Ruled')).toContain('Rules the server also enforces (not expressible as a type): * - `');
  });

  it('no params type for a call whose params are its body', () => {
    expect(declaration('CreatePetParams')).toBeUndefined();
  });
});
