/**
 * Declarations printed in their final form, where that form is certain, so that Prettier does not have to format
 * them: SourceBuilder prints every plain interface and type alias through here (in a big SDK the models are the
 * largest file, GitHub's 3 MB of 7.7 MB, and `Operations` the next), falling back to ts-morph and Prettier.
 *
 * The rules are deliberately narrow: a declaration is printed here only when every line of it is one Prettier
 * leaves as it is (see `codeLine`): member lines that fit the print width, of plain ASCII, with strings that need
 * no escape, no parentheses but the `(A | B)[]` of an array of a union, no intersection beside a union, no
 * exponent in a number; a union too long for its line broken the way Prettier breaks it; object types only as a
 * whole member's or alias's type (kept expanded, as Prettier keeps an object written expanded), of an array or
 * with `| null`; JSDoc re-indented the way Prettier re-indents it. Anything else returns undefined.
 * test/emit/preformatted.test.ts holds every declaration printed here for the gateway, the golden fixtures and
 * the quick corpus to Prettier's output; when the rules were written, all 216 corpus documents were checked so.
 */
import { IDENTIFIER } from './ts-syntax.ts';

/** The width Prettier fits lines into (format/prettier-options.ts formats with it). */
export const PRINT_WIDTH = 120;

export interface PreformattedMember {
  /** The key as ts-syntax's propertyKey writes it: an identifier, or a JSON string. */
  key: string;
  optional: boolean;
  readonly: boolean;
  /** The type as type-expression.ts writes it (objects expanded over several lines, members unindented). */
  type: string;
  /** JSDoc text, written as ts-morph writes it (one line when it is one line) ... */
  docs?: string;
  /** ... or the lines of a block already written (` * text`), as type-expression.ts writes a nested member's. */
  docBlock?: string[];
}

const INDENT = '  ';

/** `export interface name { … }` (without `export` when not `exported`), or undefined when its final form is not certain. */
export function preformattedInterface(name: string, docs: string | undefined, members: PreformattedMember[], exported = true): string | undefined {
  if (!members.length || !IDENTIFIER.test(name)) return undefined;
  const lines = [...jsDocLines(docs, ''), `${exported ? 'export ' : ''}interface ${name} {`];
  for (const member of members) {
    const printed = memberLines(member, INDENT);
    if (!printed) return undefined;
    lines.push(...printed);
  }
  lines.push('}');
  return `${lines.join('\n')}\n`;
}

/** `export type name = …;` (without `export` when not `exported`), or undefined when its final form is not certain. */
export function preformattedTypeAlias(name: string, docs: string | undefined, type: string, exported = true): string | undefined {
  if (!IDENTIFIER.test(name)) return undefined;
  const body = typeLines(`${exported ? 'export ' : ''}type ${name} = `, type, '');
  return body && `${[...jsDocLines(docs, ''), ...body].join('\n')}\n`;
}

/** A name in braces of an import: a name, maybe type-only. */
const IMPORTED = /^(?:type )?[A-Za-z_$][\w$]*$/;

/**
 * An import of names as Prettier prints it: on one line when it fits (or names one), else one name per line (with
 * a trailing comma); undefined when that is not certain (a module specifier with a quote or an escape, or no names).
 */
export function preformattedImport(moduleSpecifier: string, names: string[], typeOnly: boolean): string | undefined {
  const from = stringsSingleQuoted(JSON.stringify(moduleSpecifier));
  if (from === undefined || !names.length || !names.every((name) => IMPORTED.test(name))) return undefined;
  const head = `import ${typeOnly ? 'type ' : ''}`;
  const flat = `${head}{ ${names.join(', ')} } from ${from};`;
  if (!/^[\x20-\x7e]*$/.test(flat)) return undefined;
  // Prettier never breaks the braces of a single name, however long the line.
  if (flat.length <= PRINT_WIDTH || names.length === 1) return `${flat}\n`;
  const last = `} from ${from};`;
  return last.length <= PRINT_WIDTH ? `${[`${head}{`, ...names.map((name) => `${INDENT}${name},`), last].join('\n')}\n` : undefined;
}

/**
 * A JSDoc block as ts-morph prints it (one line when the text is one line) and as Prettier then re-indents it: a
 * block of several lines gets ` * ` before each line and loses the lines' trailing blanks, except that two or
 * more (a Markdown line break) become two; one line stays as it is.
 */
export function jsDocLines(docs: string | undefined, indent: string): string[] {
  if (!docs) return [];
  const lines = docs.split(/\r?\n/);
  if (lines.length === 1) return [`${indent}/** ${lines[0]} */`];
  const body = lines.map((line) => (line.trim() ? `${indent} * ${line.trimEnd()}${line.endsWith('  ') ? '  ' : ''}` : `${indent} *`));
  return [`${indent}/**`, ...body, `${indent} */`];
}

function memberLines(member: PreformattedMember, indent: string): string[] | undefined {
  const key = stringsSingleQuoted(member.key);
  if (key === undefined) return undefined;
  const head = `${indent}${member.readonly ? 'readonly ' : ''}${key}${member.optional ? '?' : ''}: `;
  const body = typeLines(head, member.type, indent);
  const docs = member.docBlock ? [`${indent}/**`, ...member.docBlock.map((line) => indent + line), `${indent} */`] : jsDocLines(member.docs, indent);
  return body && [...docs, ...body];
}

/**
 * `head` followed by a type and a semicolon: one line when the type is one line, else the type must be a single
 * expanded object type (or an array of one, or one or null), whose members are printed one level deeper.
 */
function typeLines(head: string, type: string, indent: string): string[] | undefined {
  if (!type.includes('\n')) {
    const line = codeLine(`${head}${type};`);
    return line === undefined ? (brokenArrayOfUnion(head, type, indent) ?? brokenUnion(head, type, indent)) : [line];
  }
  const object = expandedObject(type);
  const open = object && codeLine(`${head}{`, true);
  if (!object || open === undefined) return undefined;
  const lines = [open];
  for (const member of object.members) {
    const printed = memberLines(member, indent + INDENT);
    if (!printed) return undefined;
    lines.push(...printed);
  }
  lines.push(`${indent}}${object.suffix};`);
  return lines;
}

/**
 * A union too long for its line, as Prettier breaks it: the head alone (`key:` / `export type T =`), then the
 * union one level deeper, on one line when it fits there, else one member per line after `| `. Every line must be
 * certain itself.
 */
function brokenUnion(head: string, type: string, indent: string): string[] | undefined {
  const members = unionMembers(type);
  if (!members || members.length < 2) return undefined;
  const lines = [head.trimEnd()];
  const whole = codeLine(`${indent}${INDENT}${type};`);
  if (whole !== undefined) return [...lines, whole];
  for (const [index, member] of members.entries()) {
    const line = codeLine(`${indent}${INDENT}| ${member}${index === members.length - 1 ? ';' : ''}`);
    if (line === undefined) return undefined;
    lines.push(line);
  }
  return lines;
}

/**
 * An array of a union, `(A | B)[]`, too long for its line, as Prettier breaks it: `head(`, then the union one
 * level deeper, on one line when it fits there (without a leading `|`), else one member per line after `| `, then
 * `)[];`. Every line of the union must be certain itself.
 */
function brokenArrayOfUnion(head: string, type: string, indent: string): string[] | undefined {
  const inner = /^\((.*)\)\[\]$/.exec(type)?.[1];
  // The first parenthesis must close at the end: not `(A | B)[] | (C)[]`.
  const members = inner === undefined || !balanced(inner) ? undefined : unionMembers(inner);
  const first = `${head}(`;
  if (!members || members.length < 2 || first.length > PRINT_WIDTH || /[^\x20-\x7e]/.test(first)) return undefined;
  const whole = codeLine(`${indent}${INDENT}${inner}`);
  const lines = whole !== undefined ? [whole] : members.map((member) => codeLine(`${indent}${INDENT}| ${member}`));
  return lines.every((line): line is string => line !== undefined) ? [first, ...lines, `${indent})[];`] : undefined;
}

/** Whether every bracket of `text` closes one it opened, and all are closed (strings aside). */
function balanced(text: string): boolean {
  let depth = 0;
  for (let index = 0; index < text.length; index++) {
    const char = text[index];
    if (char === '"') for (index++; index < text.length && text[index] !== '"'; index++) if (text[index] === '\\') index++;
    if ('([{<'.includes(char)) depth++;
    else if (')]}>'.includes(char) && --depth < 0) return false;
  }
  return depth === 0;
}

/** The members of a union at the top level of a type (not inside parentheses, brackets, braces or strings). */
function unionMembers(type: string): string[] | undefined {
  const members: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < type.length; index++) {
    const char = type[index];
    if (char === '"') {
      for (index++; index < type.length && type[index] !== '"'; index++) if (type[index] === '\\') index++;
    } else if ('([{<'.includes(char)) depth++;
    else if (')]}>'.includes(char)) depth--;
    else if (depth === 0 && type.startsWith(' | ', index)) {
      members.push(type.slice(start, index));
      start = index + 3;
      index += 2;
    }
  }
  members.push(type.slice(start));
  return depth === 0 ? members : undefined;
}

/**
 * What may follow an expanded object type's `}`: Prettier keeps `{ … }[]` and `{ … } | null` as they are written
 * (an object with `null` is a union it hugs); with anything else the union is laid out another way.
 */
const OBJECT_SUFFIXES = new Set(['', '[]', ' | null']);

/** A member line as type-expression.ts writes it: `readonly`, a key (an index signature too), `?`, the type. */
const MEMBER = /^(readonly )?([A-Za-z_$][\w$]*|"(?:[^"\\]|\\.)*"|\[key: string\])(\?)?: (.*)$/;

const isDocLine = (line: string) => line === '/**' || line.startsWith(' *');

/**
 * The members of an expanded object type as type-expression.ts writes it (`{`, members one after another, `}`
 * and a suffix on lines of their own; a member's JSDoc a block of whole lines before it), or undefined for
 * anything else (an object in a union or intersection, …).
 */
function expandedObject(type: string): { members: PreformattedMember[]; suffix: string } | undefined {
  const lines = type.split('\n');
  const last = lines[lines.length - 1];
  const suffix = last.slice(1);
  if (lines[0] !== '{' || !last.startsWith('}') || !OBJECT_SUFFIXES.has(suffix)) return undefined;
  const members: PreformattedMember[] = [];
  let docBlock: string[] | undefined;
  for (let index = 1; index < lines.length - 1; index++) {
    const line = lines[index];
    if (line === '/**') {
      docBlock = [];
      for (index++; index < lines.length - 1 && lines[index] !== ' */'; index++) {
        // jsdoc.ts writes each line as ` * text` without trailing blanks, or ` *`: what Prettier keeps.
        if (!/^ \*(?: .*\S)?$/.test(lines[index])) return undefined;
        docBlock.push(lines[index]);
      }
      continue;
    }
    const head = MEMBER.exec(line);
    if (!head || (head[2] === '[key: string]' && (head[1] || head[3]))) return undefined;
    let type = head[4];
    if (type === '{') {
      // A nested expanded object: its lines up to the `}` that closes it (braces only ever end or start a line).
      const nested = ['{'];
      let depth = 1;
      for (index++; index < lines.length - 1; index++) {
        const inner = lines[index];
        if (!isDocLine(inner) && inner.endsWith('{')) depth++;
        else if (!isDocLine(inner) && inner.startsWith('}')) depth--;
        if (depth === 0) break;
        nested.push(inner);
      }
      if (depth !== 0 || !lines[index].endsWith(';')) return undefined;
      type = [...nested, lines[index].slice(0, -1)].join('\n');
    } else if (type.endsWith(';')) type = type.slice(0, -1);
    else return undefined;
    members.push({ key: head[2], optional: head[3] === '?', readonly: head[1] !== undefined, type, docBlock });
    docBlock = undefined;
  }
  return { members, suffix };
}

/**
 * The line as Prettier would leave it, or undefined when that is not certain: it must fit the width, be plain
 * ASCII (Prettier measures East Asian characters as two columns), have every string in single quotes without an
 * escape, no number with an exponent (Prettier writes `1e21` for `1e+21`), and no parentheses but around the union
 * or intersection an array is of and around a union of names and literals that is a member of a union (any other
 * pair might be one Prettier drops).
 */
function codeLine(line: string, opensObject = false): string | undefined {
  const plain = plainLine(line);
  if (!plain) return undefined;
  const { quoted } = plain;
  const withoutArrayGroups = plain.code
    .slice(0, opensObject ? -2 : undefined)
    .replace(/\(([^()]*)\)\[\]/g, (group, inner: string) => (/ [|&] /.test(inner) ? 'T[]' : group))
    // A union in parentheses as a member of a union, `('a' | 'b' | null) | null`: Prettier keeps the parentheses
    // (it drops them anywhere else). Only unions of names, literals and arrays of them count here.
    .replace(/(?<=\| )\(([\w$.' |[\]]*)\)|\(([\w$.' |[\]]*)\)(?= \|)/g, (group, before?: string, after?: string) => (/ \| /.test(before ?? after ?? '') ? 'T' : group));
  if (/[()]/.test(withoutArrayGroups)) return undefined;
  // Prettier writes an intersection inside a union in parentheses: `(A & B) | null`.
  if (/ & /.test(withoutArrayGroups) && / \| /.test(withoutArrayGroups)) return undefined;
  // An inline object type (an index signature) is kept on its line by Prettier only with its spaces as written here.
  if (/\{(?! )|(?<! )\}/.test(withoutArrayGroups)) return undefined;
  return quoted;
}

/**
 * What every line printed in its final form must be: within the width, plain ASCII (Prettier measures East Asian
 * characters as two columns), with its JSON strings in single quotes and none holding an escape or a quote, and no
 * number with an exponent (Prettier writes `1e21` for `1e+21`). The line so `quoted`, and its `code` with every
 * string emptied (for the further rules of each kind of line); undefined when it is not such a line.
 */
export function plainLine(line: string): { quoted: string; code: string } | undefined {
  const quoted = stringsSingleQuoted(line);
  if (quoted === undefined || quoted.length > PRINT_WIDTH || /[^\x20-\x7e]/.test(quoted)) return undefined;
  const code = quoted.replace(/'[^']*'/g, "''");
  return /\d[eE][+-]?\d/.test(code) ? undefined : { quoted, code };
}

/**
 * The JSON strings of a line in single quotes, as Prettier's `singleQuote` writes them; undefined when one holds
 * an escape or a quote (then Prettier's choice of quotes and escapes would have to be reproduced).
 */
export function stringsSingleQuoted(text: string): string | undefined {
  let certain = true;
  const quoted = text.replace(/"((?:[^"\\]|\\.)*)"/g, (_, content: string) => {
    if (/['\\]/.test(content)) certain = false;
    return `'${content}'`;
  });
  return certain && !/["`]/.test(quoted.replace(/'[^']*'/g, '')) ? quoted : undefined;
}
