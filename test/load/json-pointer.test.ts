/** RFC 6901 pointers in fragment form, both ways, and following a path through JSON data. */
import { describe, expect, it } from 'vitest';
import { getAtPath, pathFromPointer, pointerFromPath } from '../../generator/load/json-pointer.ts';

describe('pointerFromPath', () => {
  const cases: { given: (string | number)[]; want: string }[] = [
    { given: [], want: '#' },
    { given: ['components', 'schemas', 'Pet'], want: '#/components/schemas/Pet' },
    { given: ['paths', '/v1/videos/{id}', 'get'], want: '#/paths/~1v1~1videos~1{id}/get' },
    { given: ['a~b', 'c/d~1'], want: '#/a~0b/c~1d~01' },
    { given: ['parameters', 0], want: '#/parameters/0' },
    { given: [''], want: '#/' },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(pointerFromPath(given)).toBe(want));
});

describe('pathFromPointer', () => {
  const cases: { given: string; want: string[] }[] = [
    { given: '#', want: [] },
    { given: '', want: [] },
    { given: '#/components/schemas/Pet', want: ['components', 'schemas', 'Pet'] },
    { given: '/components/schemas/Pet', want: ['components', 'schemas', 'Pet'] },
    { given: '#/paths/~1v1~1videos', want: ['paths', '/v1/videos'] },
    // ~01 is "~1" (not "/"): ~1 is decoded before ~0.
    { given: '#/a~0b/c~01', want: ['a~b', 'c~1'] },
    { given: '#/components/schemas/Caf%C3%A9', want: ['components', 'schemas', 'Café'] },
    { given: '#/', want: [''] },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(pathFromPointer(given)).toEqual(want));

  it.each(['#components', 'schemas/Pet'])('refuses %j', (given) => expect(() => pathFromPointer(given)).toThrow(`not a JSON pointer: ${given}`));

  it.each([[['a/b', '~', 'x~1/']], [['paths', '/v1/{id}#frag', 'post']]])('round trip %j', (path) => expect(pathFromPointer(pointerFromPath(path))).toEqual(path));
});

describe('getAtPath', () => {
  const root = { a: { b: [10, { c: null }] }, empty: '' };
  const cases: { given: string[]; want: unknown }[] = [
    { given: [], want: root },
    { given: ['a', 'b', '0'], want: 10 },
    { given: ['a', 'b', '1', 'c'], want: null },
    { given: ['empty'], want: '' },
    { given: ['a', 'missing'], want: undefined },
    { given: ['empty', 'length'], want: undefined },
    { given: ['a', 'b', '1', 'c', 'd'], want: undefined },
    { given: ['a', 'toString'], want: undefined },
    { given: ['__proto__'], want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(getAtPath(root, given)).toEqual(want));
});
