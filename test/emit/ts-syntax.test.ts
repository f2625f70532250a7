/** Spec text enters TypeScript only as a string literal, a property key or comment text, and cannot break out of any. */
import { describe, expect, it } from 'vitest';
import { commentText, jsonText, literal, objectKey, propertyAccess, propertyKey, stringLiteral } from '../../generator/emit/ts-syntax.ts';

describe('stringLiteral', () => {
  const cases: { given: string; want: string }[] = [
    { given: 'plain', want: '"plain"' },
    { given: 'say "hi"', want: '"say \\"hi\\""' },
    { given: 'line\nbreak', want: '"line\\nbreak"' },
    { given: 'back\\slash', want: '"back\\u005Cslash"' },
    { given: 'end\\', want: '"end\\u005C"' },
    { given: 'sep\u2028par\u2029', want: '"sep\\u2028par\\u2029"' },
    { given: "it's `x` ${y}", want: '"it\'s `x` ${y}"' },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(stringLiteral(given)).toBe(want));

  it.each(['a\\', '"\\\\"', 'x\u2028y', '\\"; process.exit(1); "'])('evaluates back to the same text: %j', (given) => {
    expect(new Function(`return ${stringLiteral(given)};`)()).toBe(given);
  });
});

describe('literal', () => {
  const cases: { given: unknown; want: string }[] = [
    { given: 'a', want: '"a"' },
    { given: 1.5, want: '1.5' },
    { given: true, want: 'true' },
    { given: null, want: 'null' },
    { given: Infinity, want: 'number' },
    { given: NaN, want: 'number' },
    { given: { a: ['x\\'] }, want: '{"a":["x\\u005C"]}' },
    // A `__proto__` key is written computed, at any depth; the text `"__proto__":` inside a string is not a key.
    { given: { ['__proto__']: { kind: 'apiKey' }, ['a"__proto__":']: '"__proto__":' }, want: '{["__proto__"]:{"kind":"apiKey"},"a\\"__proto__\\":":"\\"__proto__\\":"}' },
    { given: [{ b: { ['__proto__']: 1 } }], want: '[{"b":{["__proto__"]:1}}]' },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(literal(given)).toBe(want));

  it('a value evaluates back to itself, `__proto__` keys as own properties', () => {
    const value = JSON.parse('{"__proto__":{"kind":"apiKey","in":"header"},"x":["a\\\\b","\\"__proto__\\":"]}');
    const evaluated = new Function(`return ${literal(value)};`)();
    expect(Object.hasOwn(evaluated, '__proto__')).toBe(true);
    expect(Object.getPrototypeOf(evaluated)).toBe(Object.prototype);
    expect(JSON.stringify(evaluated)).toBe(JSON.stringify(value));
  });
});

describe('jsonText', () => {
  it('is JSON text: a `__proto__` key stays a JSON key', () => {
    expect(jsonText({ ['__proto__']: 'x', y: 'a\\' })).toBe('{"__proto__":"x","y":"a\\u005C"}');
    expect(JSON.parse(jsonText({ y: 'a\\\u2028' }))).toEqual({ y: 'a\\\u2028' });
  });
});

describe('propertyKey and propertyAccess', () => {
  const cases: { name: string; key: string; access: string }[] = [
    { name: 'aspect_ratio', key: 'aspect_ratio', access: 'x.aspect_ratio' },
    { name: '$ref', key: '$ref', access: 'x.$ref' },
    { name: 'x-moderation', key: '"x-moderation"', access: 'x["x-moderation"]' },
    { name: '16:9', key: '"16:9"', access: 'x["16:9"]' },
    { name: '2fa', key: '"2fa"', access: 'x["2fa"]' },
    { name: '', key: '""', access: 'x[""]' },
    { name: 'a"]; evil(); x["', key: '"a\\"]; evil(); x[\\""', access: 'x["a\\"]; evil(); x[\\""]' },
  ];
  it.each(cases)('$name', ({ name, key, access }) => {
    expect(propertyKey(name)).toBe(key);
    expect(propertyAccess('x', name)).toBe(access);
  });
});

describe('objectKey', () => {
  const cases: { name: string; want: string }[] = [
    { name: 'aspect_ratio', want: 'aspect_ratio' },
    { name: 'x-moderation', want: '"x-moderation"' },
    { name: '__proto__', want: '["__proto__"]' },
    { name: 'constructor', want: 'constructor' },
  ];
  it.each(cases)('$name → $want', ({ name, want }) => {
    expect(objectKey(name)).toBe(want);
  });

  it.each(['__proto__', 'constructor', 'x-moderation'])('%s in an object literal is an own property of the object', (name) => {
    const object = new Function(`return { ${objectKey(name)}: 'value' };`)() as object;
    expect(Object.hasOwn(object, name)).toBe(true);
    expect(Object.getPrototypeOf(object)).toBe(Object.prototype);
  });
});

describe('commentText', () => {
  const cases: { given: string; want: string }[] = [
    { given: 'plain', want: 'plain' },
    { given: 'ends */ here', want: 'ends *\\/ here' },
    { given: 'opens /* there', want: 'opens /\\* there' },
    { given: 'a\r\nb\rc\u2028d\u2029e', want: 'a\nb\nc\nd\ne' },
    { given: '  padded\n', want: 'padded' },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(commentText(given)).toBe(want));
});
