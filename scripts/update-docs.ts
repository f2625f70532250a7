/**
 * Writes the tables of docs/ that are derived from the generator's own registries, between their markers
 * (`<!-- <name>:start -->` … `<!-- <name>:end -->`), so the docs cannot drift from the code. `test/docs-tables.test.ts`
 * fails when a table is stale; `npm run docs:update` rewrites it.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { RUNTIME_EXPORTS } from '../generator/surface/runtime-exports.ts';
import { warningKindRows } from '../generator/warning-kinds.ts';

const ROOT = fileURLToPath(new URL('../', import.meta.url));

export interface DocsTable {
  /** The docs file, relative to the repository root. */
  file: string;
  /** The marker name around the table. */
  name: string;
  /** The Markdown the markers enclose. */
  markdown: string;
}

const cell = (text: string) => text.replace(/\|/g, '\\|');

export function markdownTable(head: readonly string[], rows: readonly (readonly string[])[]): string {
  return [`| ${head.join(' | ')} |`, `| ${head.map(() => '---').join(' | ')} |`, ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`)].join('\n');
}

export function docsTables(): DocsTable[] {
  return [
    {
      file: 'docs/warnings.md',
      name: 'warning-kinds',
      markdown: markdownTable(
        ['kind id', 'what was read how'],
        warningKindRows().map(({ id, readAs }) => [`\`${id}\``, readAs]),
      ),
    },
    {
      file: 'docs/generated-package.md',
      name: 'runtime-exports',
      markdown: markdownTable(
        ['module', 'values', 'types', 'for'],
        RUNTIME_EXPORTS.map((entry) => [
          `\`core/${entry.module}\``,
          entry.values.map((name) => `\`${name}\``).join(', '),
          entry.types.map((name) => `\`${name}\``).join(', '),
          entry.summary + (entry.onlyWith === 'tasks' ? ' (only when the API has tasks)' : ''),
        ]),
      ),
    },
  ];
}

/** The file's text with the table between its markers replaced; throws when the markers are missing. */
export function withTable(text: string, table: DocsTable): string {
  const start = `<!-- ${table.name}:start -->`;
  const end = `<!-- ${table.name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from === -1 || to < from) throw new Error(`${table.file}: the markers ${start} … ${end} are missing`);
  return `${text.slice(0, from + start.length)}\n${table.markdown}\n${text.slice(to)}`;
}

export const readDoc = (file: string) => readFileSync(join(ROOT, file), 'utf8');

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  for (const table of docsTables()) writeFileSync(join(ROOT, table.file), withTable(readDoc(table.file), table));
}
