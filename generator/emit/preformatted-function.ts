/**
 * Operation functions and resource classes printed in their final form, where that form is certain, so that
 * Prettier does not have to format them (they are an SDK's `operations/` and `resources/` files). Like
 * preformatted.ts for declarations, the rules are narrow and anything else returns undefined (final-structures.ts
 * then leaves the structure to be printed for Prettier):
 *
 * - a signature (type parameters, rest parameters) on one line when it fits the print width, else one parameter
 *   per line (with a trailing comma, none after a rest parameter) and `): R {` on its own, as Prettier breaks a
 *   parameter list; a lone parameter of an object type, which Prettier hugs, is declined;
 * - a body of one-line statements and one `return callee(args);`, whose arguments go on one line when they fit,
 *   else one per line (Prettier hugs only a last argument that is an object or a function, which is declined then);
 *   an object argument or value stays on its line when it fits there, else it is expanded with one property per
 *   line, recursively;
 * - values of the shapes the emitter writes: names, JSON literals (strings in single quotes, without escapes),
 *   arrays that fit on their line (not of several arrays or objects of several entries each, which Prettier
 *   always breaks), objects, and fixed code the emitter marks verbatim;
 * - a class: its `readonly` properties, a blank line, its constructor, and a blank line before each method;
 * - every line plain ASCII and within the width; JSDoc as preformatted.ts writes it.
 *
 * test/emit/preformatted.test.ts formats every final part of the gateway, the golden fixtures and the quick corpus
 * again and holds it unchanged; when these rules were written, all 216 corpus documents were checked so.
 */
import { jsDocLines, plainLine } from './preformatted.ts';
import { IDENTIFIER, literal, objectKey, stringLiteral } from './ts-syntax.ts';

/** An expression: an atom (a name, a JSON literal), fixed code the emitter vouches for, an object or an array. */
export type Expression = string | { verbatim: string } | { object: [key: string, value: Expression][] } | { array: Expression[] };

export interface FinalParameter {
  name: string;
  type: string;
  optional?: boolean;
  /** A rest parameter (`...args: unknown[]`). */
  rest?: boolean;
}

export interface FinalSignature {
  docs?: string;
  /** Type parameters as written inside the angle brackets (`TModel extends Model`). */
  typeParameters?: string[];
  parameters: FinalParameter[];
  returnType: string;
}

/** `return callee(args);` */
export interface FinalCall {
  callee: string;
  args: Expression[];
}

/** A function or method body: statements written on one line each (`const { a: $0 } = params;`), then `return callee(args);`. */
export interface FinalBody {
  overloads: FinalSignature[];
  statements: string[];
  returns: FinalCall;
}

export interface FinalFunction extends FinalSignature, FinalBody {
  name: string;
  exported: boolean;
}

export interface FinalMethod extends FinalSignature, FinalBody {
  name: string;
}

/** A resource class: `readonly` properties, a constructor of one-line statements, methods. */
export interface FinalClass {
  name: string;
  exported: boolean;
  docs?: string;
  properties: { name: string; type: string }[];
  /** The constructor's parameters as written (`private readonly client: APIClient`) and its statements. */
  ctor?: { parameters: string[]; statements: string[] };
  methods: FinalMethod[];
}

const INDENT = '  ';

/** The function as Prettier prints it, or undefined when that is not certain. */
export function preformattedFunction(fn: FinalFunction): string | undefined {
  const lines = callableLines(`${fn.exported ? 'export ' : ''}function ${fn.name}`, fn, '');
  return lines && `${lines.join('\n')}\n`;
}

/** The class as Prettier prints it (a blank line before the constructor and each method), or undefined when that is not certain. */
export function preformattedClass(cls: FinalClass): string | undefined {
  if (!IDENTIFIER.test(cls.name) || !(cls.properties.length || cls.ctor || cls.methods.length)) return undefined;
  const members: string[][] = [];
  const properties = cls.properties.map((property) => (IDENTIFIER.test(property.name) ? certainLine(`${INDENT}readonly ${property.name}: ${property.type};`) : undefined));
  if (!properties.every((line): line is string => line !== undefined)) return undefined;
  if (properties.length) members.push(properties);
  if (cls.ctor) {
    const head = certainLine(`${INDENT}constructor(${cls.ctor.parameters.join(', ')}) {${cls.ctor.statements.length ? '' : '}'}`);
    const statements = cls.ctor.statements.map((statement) => certainLine(`${INDENT}${INDENT}${statement}`));
    if (head === undefined || !statements.every((line): line is string => line !== undefined)) return undefined;
    members.push(statements.length ? [head, ...statements, `${INDENT}}`] : [head]);
  }
  for (const method of cls.methods) {
    const lines = callableLines(method.name, method, INDENT);
    if (!lines) return undefined;
    members.push(lines);
  }
  const open = certainLine(`${cls.exported ? 'export ' : ''}class ${cls.name} {`);
  if (open === undefined) return undefined;
  return `${[...jsDocLines(cls.docs, ''), open, members.map((lines) => lines.join('\n')).join('\n\n'), '}'].join('\n')}\n`;
}

/** A function's or method's lines at `indent`: each overload and its docs, the docs and signature, the body. */
function callableLines(head: string, body: FinalSignature & FinalBody, indent: string): string[] | undefined {
  if (!IDENTIFIER.test(head.split(' ').at(-1)!)) return undefined;
  const lines: string[] = [];
  for (const overload of body.overloads) {
    const signature = signatureLines(head, overload, ';', indent);
    if (!signature) return undefined;
    lines.push(...jsDocLines(overload.docs, indent), ...signature);
  }
  const signature = signatureLines(head, body, ' {', indent);
  if (!signature) return undefined;
  lines.push(...jsDocLines(body.docs, indent), ...signature);
  const inner = `${indent}${INDENT}`;
  for (const statement of body.statements) {
    const line = certainLine(`${inner}${statement}`);
    if (line === undefined) return undefined;
    lines.push(line);
  }
  const returned = callLines(`${inner}return ${body.returns.callee}(`, body.returns.args, ');', inner);
  if (!returned) return undefined;
  lines.push(...returned, `${indent}}`);
  return lines;
}

/** `head(params): R` + `end`, on one line or with one parameter per line. */
function signatureLines(head: string, signature: FinalSignature, end: string, indent: string): string[] | undefined {
  const parameters = signature.parameters.map((parameter) => `${parameter.rest ? '...' : ''}${parameter.name}${parameter.optional ? '?' : ''}: ${parameter.type}`);
  const types = signature.typeParameters?.length ? `<${signature.typeParameters.join(', ')}>` : '';
  if ([...parameters, types].some((text) => text.includes('\n'))) return undefined;
  // Prettier hugs a lone parameter of an object type (`(params: {` … `})`): a layout left to it.
  if (signature.parameters.length === 1 && signature.parameters[0]!.type.startsWith('{')) return undefined;
  const flat = certainLine(`${indent}${head}${types}(${parameters.join(', ')}): ${signature.returnType}${end}`);
  if (flat !== undefined) return [flat];
  if (!parameters.length) return undefined;
  // A rest parameter takes no trailing comma.
  const broken = parameters.map((parameter, index) => `${indent}${INDENT}${parameter}${signature.parameters[index]!.rest ? '' : ','}`);
  const lines = [`${indent}${head}${types}(`, ...broken, `${indent}): ${signature.returnType}${end}`].map(certainLine);
  return lines.every((line): line is string => line !== undefined) ? lines : undefined;
}

/** `open` + the arguments + `close`: on one line when that fits, else one argument per line one level deeper. */
function callLines(open: string, args: Expression[], close: string, indent: string): string[] | undefined {
  const flat = args.map(flatText);
  if (flat.every((text): text is string => text !== undefined)) {
    const line = certainLine(`${open}${flat.join(', ')}${close}`);
    if (line !== undefined) return [line];
  }
  // A last argument that is an object or an array Prettier hugs (`f(a, {` … `})`): a layout left to it.
  const last = args.at(-1);
  const first = certainLine(open);
  if (first === undefined || (typeof last === 'object' && !('verbatim' in last))) return undefined;
  const lines = [first];
  for (const arg of args) {
    const printed = expressionLines(`${indent}${INDENT}`, arg, ',', `${indent}${INDENT}`);
    if (!printed) return undefined;
    lines.push(...printed);
  }
  lines.push(`${indent}${close}`);
  return lines;
}

/**
 * `prefix` + an expression + `suffix`: on one line when it fits, else (an object) expanded one property per line,
 * each property's value laid out the same way one level deeper.
 */
function expressionLines(prefix: string, expression: Expression, suffix: string, indent: string): string[] | undefined {
  const flat = flatText(expression);
  const line = flat === undefined ? undefined : certainLine(`${prefix}${flat}${suffix}`);
  if (line !== undefined) return [line];
  if (typeof expression !== 'object' || !('object' in expression) || !expression.object.length) return undefined;
  const open = certainLine(`${prefix}{`);
  if (open === undefined) return undefined;
  const lines = [open];
  for (const [key, value] of expression.object) {
    const printedKey = propertyKeyText(key);
    const printed = printedKey === undefined ? undefined : expressionLines(`${indent}${INDENT}${printedKey}: `, value, ',', `${indent}${INDENT}`);
    if (!printed) return undefined;
    lines.push(...printed);
  }
  lines.push(`${indent}}${suffix}`);
  return lines;
}

/** A name or a property path (`this.client`), maybe spread (`...args`). */
const NAME = /^(?:\.\.\.)?[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*$/;
const NUMBER = /^-?\d+(?:\.\d+)?$/;

/** An expression on one line as Prettier prints it, or undefined where it is not certain (or not one line). */
function flatText(expression: Expression): string | undefined {
  if (typeof expression === 'string') {
    if (NAME.test(expression) || NUMBER.test(expression)) return expression;
    return /^"[^"\\']*"$/.test(expression) ? `'${expression.slice(1, -1)}'` : undefined;
  }
  if ('verbatim' in expression) return expression.verbatim.includes('\n') ? undefined : expression.verbatim;
  if ('array' in expression) {
    const nested = expression.array.filter((element) => typeof element === 'object' && !('verbatim' in element));
    // Prettier always breaks an array of several arrays or objects that have several entries each.
    if (expression.array.length > 1 && nested.some((element) => entries(element) > 1)) return undefined;
    const elements = expression.array.map(flatText);
    return elements.every((text): text is string => text !== undefined) ? `[${elements.join(', ')}]` : undefined;
  }
  if (!expression.object.length) return '{}';
  const members: string[] = [];
  for (const [key, value] of expression.object) {
    const printedKey = propertyKeyText(key);
    const printedValue = flatText(value);
    if (printedKey === undefined || printedValue === undefined) return undefined;
    members.push(`${printedKey}: ${printedValue}`);
  }
  return `{ ${members.join(', ')} }`;
}

function entries(expression: Expression): number {
  if (typeof expression !== 'object' || 'verbatim' in expression) return 0;
  return 'array' in expression ? expression.array.length : expression.object.length;
}

/** A key as ts-syntax's propertyKey writes it: bare when an identifier, else a JSON string (in single quotes here). */
function propertyKeyText(key: string): string | undefined {
  if (IDENTIFIER.test(key)) return key;
  return /^"[^"\\']*"$/.test(key) ? `'${key.slice(1, -1)}'` : undefined;
}

/**
 * The line as Prettier leaves it (see plainLine: width, ASCII, strings in single quotes, no exponent), or
 * undefined when that is not certain; nor may a type have both an intersection and a union at its top level (to
 * which Prettier adds parentheses).
 */
function certainLine(line: string): string | undefined {
  const plain = plainLine(line);
  return plain && !(/ & /.test(topLevel(plain.code)) && / \| /.test(topLevel(plain.code))) ? plain.quoted : undefined;
}

/** The text outside any brackets, braces or parentheses (each bracketed group reduced to its brackets). */
function topLevel(code: string): string {
  let previous: string;
  let text = code;
  do {
    previous = text;
    text = text.replace(/\([^()[\]{}<>]*\)|\[[^()[\]{}<>]*\]|\{[^()[\]{}<>]*\}|<[^()[\]{}<>]*>/g, (group) => group[0] + group.at(-1));
  } while (text !== previous);
  return text;
}

/** An expression as code, for Prettier to lay out (what SourceBuilder prints when the final form is not certain). */
export function expressionCode(expression: Expression): string {
  if (typeof expression === 'string') return expression;
  if ('verbatim' in expression) return expression.verbatim;
  if ('array' in expression) return `[${expression.array.map(expressionCode).join(', ')}]`;
  return `{ ${expression.object.map(([key, value]) => `${key}: ${expressionCode(value)}`).join(', ')} }`;
}

/** A JSON value as an expression: strings as JSON literals, keys as objectKey writes them. */
export function jsonExpression(value: unknown): Expression {
  if (Array.isArray(value)) return { array: value.map(jsonExpression) };
  if (value !== null && typeof value === 'object') return { object: Object.entries(value).map(([key, item]) => [objectKey(key), jsonExpression(item)]) };
  return typeof value === 'string' ? stringLiteral(value) : literal(value);
}
