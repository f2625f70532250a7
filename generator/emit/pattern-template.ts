/**
 * Patterned alternatives: a string alternative beside string literals (`oneOf: [{ enum: ['1K', '2K'] }, { type:
 * string, pattern: '^[0-9]+\*[0-9]+$' }]`). Typed as plain `string` it swallows the literals (`'1K' | string` is
 * `string`, and editors stop offering them), so it is typed:
 *
 * - as a template literal type when its pattern is simple: anchored (`^…$`), made only of digit runs (`[0-9]+`,
 *   `\d+`, `[0-9]{1,4}`, `[1-9][0-9]*`, a literal digit) and literal separators, each run becoming `${number}`:
 *   `^[0-9]+\*[0-9]+$` → `` `${number}*${number}` ``;
 * - else as `(string & {})`, which accepts every string as `string` does but keeps the literals in completion.
 *
 * The template literal never rejects a value the pattern accepts: a run holds digits only and a separator never is
 * one, so TypeScript splits the value where the pattern does, and `${number}` takes any run of digits (leading
 * zeros, any length). It is looser than the pattern: `${number}` also takes `1.5`, `-1`, `1e3`, ` 1`, `0x1f`, so
 * the server still judges. Separators that are part of how numbers are spelt (`.`, `-`, `+`, `e`, `E`) would make
 * that looseness cross the separator (`1.5.2` for `^[0-9]+\.[0-9]+$`), so a pattern with one stays `(string & {})`.
 * So does anything else: alternation, groups, a quantifier on a separator, a class with letters, an escape other
 * than an escaped separator (`\w`, `\s`, `\.`), an optional run (`[0-9]*` alone), an unanchored pattern.
 */

/** The type of a string alternative beside string literals: a template literal where its pattern allows, else `(string & {})`. */
export function openStringType(pattern: string | undefined): string {
  return (pattern !== undefined && patternTemplate(pattern)) || OPEN_STRING;
}

/** Every string, without swallowing the string literals beside it. */
export const OPEN_STRING = '(string & {})';

/** Whether the type of a string alternative takes every string (`string`, `(string & {})`), not a template literal type. */
export function acceptsEveryString(type: string): boolean {
  return type === 'string' || type === OPEN_STRING;
}

/** Characters a pattern may use as literal separators (escaped or not, where the regex syntax allows). */
const SEPARATOR = /^[*x/:_,;|@#~=&!%<>a-df-zA-DF-Z]$/;
/** Characters with a meaning of their own in a regular expression, outside a class. */
const META = new Set(['.', '^', '$', '|', '(', ')', '?', '*', '+', '{', '}', '[', ']', '\\']);

type Token = { kind: 'digits'; min: number } | { kind: 'literal'; text: string };

/** The template literal type a simple digits-and-separators pattern stands for (see the module comment), or undefined. */
export function patternTemplate(pattern: string): string | undefined {
  if (!pattern.startsWith('^') || !pattern.endsWith('$') || pattern.endsWith('\\$') || pattern.length < 3) return undefined;
  const tokens = tokenize(pattern.slice(1, -1));
  if (!tokens) return undefined;
  const parts: string[] = [];
  let run: number | undefined;
  const closeRun = (): boolean => {
    if (run === undefined) return true;
    if (run < 1) return false;
    parts.push('${number}');
    run = undefined;
    return true;
  };
  for (const token of tokens) {
    if (token.kind === 'digits') {
      run = (run ?? 0) + token.min;
      continue;
    }
    if (!closeRun()) return undefined;
    parts.push(token.text);
  }
  if (!closeRun() || !parts.includes('${number}')) return undefined;
  return `\`${parts.join('')}\``;
}

/** The pattern's body as digit classes and literal separators, or undefined when it holds anything else. */
function tokenize(body: string): Token[] | undefined {
  const tokens: Token[] = [];
  let index = 0;
  while (index < body.length) {
    const char = body[index]!;
    let digits = false;
    if (char === '[') {
      const end = body.indexOf(']', index + 1);
      if (end < 0 || !isDigitClass(body.slice(index + 1, end))) return undefined;
      digits = true;
      index = end + 1;
    } else if (char === '\\') {
      const escaped = body[index + 1];
      if (escaped === 'd') digits = true;
      else if (escaped === undefined || !SEPARATOR.test(escaped) || /[a-zA-Z]/.test(escaped)) return undefined;
      else tokens.push({ kind: 'literal', text: escaped });
      index += 2;
    } else if (/[0-9]/.test(char)) {
      digits = true;
      index += 1;
    } else if (!META.has(char) && SEPARATOR.test(char)) {
      tokens.push({ kind: 'literal', text: char });
      index += 1;
    } else {
      return undefined;
    }
    const quantifier = readQuantifier(body, index);
    if (!quantifier) return undefined;
    index = quantifier.end;
    if (digits) tokens.push({ kind: 'digits', min: quantifier.min });
    else if (quantifier.end !== quantifier.start) return undefined;
  }
  return tokens;
}

/** A class of digits only (`0-9`, `1-9`, `05`), no negation, no letters, no escapes. */
function isDigitClass(content: string): boolean {
  if (!/^(?:[0-9]-[0-9]|[0-9])+$/.test(content)) return false;
  return [...content.matchAll(/([0-9])-([0-9])/g)].every((match) => match[1]! <= match[2]!);
}

/** The quantifier at `index` (none: exactly once), as its minimum count; undefined for a lazy or malformed one. */
function readQuantifier(body: string, index: number): { start: number; end: number; min: number } | undefined {
  const char = body[index];
  let min: number;
  let end: number;
  if (char === '+') [min, end] = [1, index + 1];
  else if (char === '*' || char === '?') [min, end] = [0, index + 1];
  else if (char === '{') {
    const match = /^\{(\d+)(,(\d*))?\}/.exec(body.slice(index));
    if (!match) return undefined;
    min = Number(match[1]);
    if (match[3] !== undefined && match[3] !== '' && Number(match[3]) < min) return undefined;
    if (match[3] !== undefined && match[3] !== '' && Number(match[3]) === 0) return undefined;
    end = index + match[0].length;
  } else return { start: index, end: index, min: 1 };
  // A lazy (`+?`) or stacked quantifier: not the simple syntax this reads.
  if (body[end] === '?' || body[end] === '+' || body[end] === '*' || body[end] === '{') return undefined;
  return { start: index, end, min };
}
