/**
 * The only places spec text enters TypeScript source: as a string literal, a property key or comment text.
 * Each is escaped so that no description, name or value can end the construct it sits in.
 */

/** A plain (ASCII) identifier: written bare as a key or name; anything else is quoted. */
export const IDENTIFIER = /^[A-Za-z_$][A-Za-z0-9_$]*$/;

/**
 * JSON text made safe for TypeScript source: U+2028/9 escaped, and a backslash written as `\u005C`. The last is
 * for the code writer of ts-morph, which takes `\\"` (an escaped backslash before a closing quote) for an escaped
 * quote and then misreads what follows the string; `\u005C` is the same character without that pattern.
 */
function safeJson(json: string): string {
  return json
    .replace(/\\\\/g, '\\u005C')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** A string literal; JSON escaping covers quotes, backslashes and control characters. */
export function stringLiteral(value: string): string {
  return safeJson(JSON.stringify(value));
}

/** A JSON-compatible value as JSON text (for JSON files the templates write), safe inside TypeScript source too. */
export function jsonText(value: unknown): string {
  return safeJson(JSON.stringify(value));
}

/**
 * Any JSON-compatible value as a TypeScript expression / literal type. JSON text is one, except that a
 * `"__proto__"` key in an object literal sets the object's prototype instead of a property (a security scheme
 * named `__proto__` would vanish from the map of schemes): such a key is written computed, as objectKey does.
 * In JSON text a quote inside a string is always escaped, so `"__proto__":` can only be a key.
 */
export function literal(value: unknown): string {
  if (typeof value === 'number' && !Number.isFinite(value)) return 'number';
  return jsonText(value).replace(/"__proto__":/g, '["__proto__"]:');
}

/** An object key: bare when it is an identifier, quoted otherwise (`'x-moderation'`, `'16:9'`). */
export function propertyKey(name: string): string {
  return IDENTIFIER.test(name) ? name : stringLiteral(name);
}

/**
 * A key of an object written in code that runs (not a type): as propertyKey, except that `__proto__`, which as a
 * key of an object literal sets the object's prototype instead of a property, is a computed key (`["__proto__"]`).
 */
export function objectKey(name: string): string {
  return name === '__proto__' ? `[${stringLiteral(name)}]` : propertyKey(name);
}

/** Accessor for a key on an expression: `a.b` or `a["x-y"]`. */
export function propertyAccess(target: string, name: string): string {
  return IDENTIFIER.test(name) ? `${target}.${name}` : `${target}[${stringLiteral(name)}]`;
}

/**
 * Text for the inside of a `/** … *\/` comment. `*\/` is broken up so it cannot close the comment, and the
 * Unicode line separators become newlines so that every line gets its ` * ` prefix.
 */
export function commentText(text: string): string {
  return text
    .replace(/\r\n?|\u2028|\u2029/g, '\n')
    .replace(/\*\//g, '*\\/')
    .replace(/\/\*/g, '/\\*')
    .trim();
}
