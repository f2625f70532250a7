/**
 * Puts Markdown the generator printed into Prettier's shape where a template cannot: runs of blank lines (left by
 * a template's conditional sections) become one, and pipe tables are padded the way Prettier's Markdown printer
 * pads them (every cell to its column's display width, at least 3; the delimiter row in dashes of that width,
 * keeping `:` alignment marks). The generated README is otherwise printed in Prettier's shape (test/golden.test.ts
 * checks that Prettier leaves every golden README as it is), so this replaces Prettier's Markdown pass, which was
 * the largest single piece of a cold run's formatting.
 */

/** Display width of a cell as Prettier measures it (East Asian wide characters and emoji count two). */
export type StringWidth = (text: string) => number;

type Alignment = 'none' | 'left' | 'center' | 'right';

const DELIMITER_CELL = /^:?-+:?$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

/**
 * The text with single blank lines and every table padded; undefined when a table is not in the simple shape
 * this knows (every row between pipes, as many cells as the header): the caller then formats the text with
 * Prettier instead.
 */
export function shapeMarkdown(text: string, width: StringWidth): string | undefined {
  const lines = text.split('\n');
  const out: string[] = [];
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index];
    const marker = FENCE.exec(line)?.[1];
    if (marker && (fence === undefined || (marker[0] === fence[0] && marker.length >= fence.length))) fence = fence === undefined ? marker : undefined;
    if (fence === undefined && !line.trim() && index > 0 && !lines[index - 1].trim()) continue;
    const delimiter = lines[index + 1];
    if (fence !== undefined || marker || !line.startsWith('|') || delimiter === undefined || !isDelimiterRow(delimiter)) {
      out.push(line);
      continue;
    }
    let end = index + 2;
    while (end < lines.length && lines[end].startsWith('|')) end++;
    const table = alignTable(lines.slice(index, end), width);
    if (!table) return undefined;
    out.push(...table);
    index = end - 1;
  }
  return out.join('\n');
}

function isDelimiterRow(line: string): boolean {
  const cells = cellsOf(line);
  return cells !== undefined && cells.length > 0 && cells.every((cell) => DELIMITER_CELL.test(cell));
}

/** The trimmed cells of a row written between pipes; undefined for any other shape. */
export function cellsOf(row: string): string[] | undefined {
  const trimmed = row.trimEnd();
  if (!trimmed.startsWith('|') || !trimmed.endsWith('|') || trimmed.length < 2 || /(^|[^\\])(\\\\)*\\\|$/.test(trimmed)) return undefined;
  // Split at pipes no backslash escapes (an escaped backslash before a pipe leaves the pipe a separator).
  const cells: string[] = [];
  let current = '';
  for (let index = 1; index < trimmed.length - 1; index++) {
    const char = trimmed[index];
    if (char === '\\' && index + 1 < trimmed.length - 1) {
      current += char + trimmed[++index];
    } else if (char === '|') {
      cells.push(current.trim());
      current = '';
    } else {
      current += char;
    }
  }
  cells.push(current.trim());
  return cells;
}

function alignmentOf(cell: string): Alignment {
  const left = cell.startsWith(':');
  const right = cell.endsWith(':') && cell.length > 1;
  return left && right ? 'center' : left ? 'left' : right ? 'right' : 'none';
}

function alignTable(rows: string[], width: StringWidth): string[] | undefined {
  const cells = rows.map(cellsOf);
  if (cells.some((row) => row === undefined || row.length !== cells[0]!.length)) return undefined;
  const [header, delimiter, ...body] = cells as string[][];
  const alignments = delimiter.map(alignmentOf);
  const widths = header.map((_, column) => Math.max(3, ...[header, ...body].map((row) => width(row[column]))));
  const print = (row: string[]) => `| ${row.map((cell, column) => pad(cell, widths[column] - width(cell), alignments[column])).join(' | ')} |`;
  const rule = (alignment: Alignment, size: number) => {
    if (alignment === 'center') return `:${'-'.repeat(size - 2)}:`;
    if (alignment === 'left') return `:${'-'.repeat(size - 1)}`;
    if (alignment === 'right') return `${'-'.repeat(size - 1)}:`;
    return '-'.repeat(size);
  };
  return [print(header), `| ${alignments.map((alignment, column) => rule(alignment, widths[column])).join(' | ')} |`, ...body.map(print)];
}

function pad(cell: string, spaces: number, alignment: Alignment): string {
  if (alignment === 'right') return ' '.repeat(spaces) + cell;
  if (alignment === 'center') {
    const before = Math.floor(spaces / 2);
    return ' '.repeat(before) + cell + ' '.repeat(spaces - before);
  }
  return cell + ' '.repeat(spaces);
}
