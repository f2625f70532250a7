/** Renders the Handlebars templates in `templates/package/` (package files, README, the client's base class) and `templates/mcp/`. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Handlebars from 'handlebars';
import { commentText, jsonText, literal } from './ts-syntax.ts';

const TEMPLATES = fileURLToPath(new URL('../../templates/', import.meta.url));

const handlebars = Handlebars.create();
// Values go into JSON/TypeScript, never HTML: `json` writes JSON text (package.json), `literal` a TypeScript
// expression (a `__proto__` key stays a property), `jsdocText` escapes for a comment.
handlebars.registerHelper('json', (value: unknown) => jsonText(value));
handlebars.registerHelper('literal', (value: unknown) => literal(value));
handlebars.registerHelper('jsdocText', (value: unknown) => commentText(String(value)).replace(/\n/g, ' '));
handlebars.registerHelper('mdCell', (value: unknown) => markdownCell(String(value ?? '')));
handlebars.registerHelper('concat', (...parts: unknown[]) => parts.slice(0, -1).join(''));
handlebars.registerHelper('mdCode', (value: unknown) => markdownCode(String(value ?? '')));

/** Text for one Markdown table cell: one line, no pipes, no HTML. */
export function markdownCell(text: string): string {
  return text
    .replace(/\s+/g, ' ')
    .replace(/[\\`*_[\]<>|]/g, (char) => `\\${char}`)
    .trim();
}

/** Inline code that cannot be closed early by backticks in the text. */
export function markdownCode(text: string): string {
  const clean = text.replace(/\s+/g, ' ');
  const longestRun = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longestRun + 1);
  return `${fence}${clean.startsWith('`') || clean.endsWith('`') ? ` ${clean} ` : clean}${fence}`.replace(/\|/g, '\\|');
}

const compiled = new Map<string, HandlebarsTemplateDelegate>();

/** `set`: the folder under templates/, the SDK package's (`package`) or the MCP package's (`mcp`). */
export function renderTemplate(name: string, context: object, set: 'package' | 'mcp' = 'package'): string {
  const path = `${TEMPLATES}${set}/${name}`;
  let template = compiled.get(path);
  if (!template) {
    template = handlebars.compile(readFileSync(path, 'utf8'), { noEscape: true, strict: true });
    compiled.set(path, template);
  }
  return template(context);
}
