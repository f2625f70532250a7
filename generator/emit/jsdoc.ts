import type { Docs } from '../ir/types.ts';
import { commentText } from './ts-syntax.ts';

const CONSTRAINTS: [keyof Docs, string][] = [
  ['format', 'format'],
  ['minimum', 'minimum'],
  ['exclusiveMinimum', 'exclusiveMinimum'],
  ['maximum', 'maximum'],
  ['exclusiveMaximum', 'exclusiveMaximum'],
  ['minLength', 'minLength'],
  ['maxLength', 'maxLength'],
  ['pattern', 'pattern'],
  ['minItems', 'minItems'],
  ['maxItems', 'maxItems'],
];

function json(value: unknown): string {
  return JSON.stringify(value, null, 0) ?? String(value);
}

/** The JSDoc body for a schema's docs: title, description, then tags. Undefined when there is nothing to say. */
export function docsText(docs: Docs | undefined, extraLines: string[] = []): string | undefined {
  const lines: string[] = [];
  if (docs?.title && docs.title !== docs.description) lines.push(docs.title);
  if (docs?.description) lines.push(docs.description);
  lines.push(...extraLines);
  if (docs) {
    if (docs.deprecated) lines.push('@deprecated');
    if (docs.default !== undefined) lines.push(`@default ${json(docs.default)}`);
    for (const example of docs.examples ?? []) lines.push(`@example ${json(example)}`);
    for (const [key, label] of CONSTRAINTS) {
      const value = docs[key];
      if (value !== undefined && value !== false) lines.push(`@${label} ${typeof value === 'string' ? value : json(value)}`);
    }
  }
  const text = commentText(lines.join('\n'));
  return text === '' ? undefined : text;
}

/** A complete block comment, for places where text (not a ts-morph structure) is written. */
export function jsdocBlock(text: string | undefined): string {
  if (!text) return '';
  return `/**\n${text
    .split('\n')
    .map((line) => ` * ${line}`.trimEnd())
    .join('\n')}\n */\n`;
}
