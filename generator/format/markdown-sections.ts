/** Sections are put together up to about this many characters: every Prettier call has a fixed cost. */
const PIECE_SIZE = 8_000;

/**
 * Splits Markdown at its `##` and `###` headings (outside code fences) into pieces of whole sections that
 * Prettier formats independently: a section's blocks never reach into the next one, so formatting the pieces
 * one by one and joining them with a blank line gives the bytes of formatting the whole document, while a
 * change in one section leaves the other pieces' cached formatting valid.
 */
export function markdownSections(text: string): string[] {
  const pieces: string[] = [];
  for (const section of headingSections(text)) {
    const last = pieces.length - 1;
    if (last >= 0 && pieces[last].length + section.length <= PIECE_SIZE) pieces[last] += `\n${section}`;
    else pieces.push(section);
  }
  return pieces;
}

function headingSections(text: string): string[] {
  const sections: string[] = [];
  let current: string[] = [];
  let fence: string | undefined;
  for (const line of text.split('\n')) {
    const marker = /^(`{3,}|~{3,})/.exec(line)?.[1];
    if (marker) {
      if (fence === undefined) fence = marker;
      else if (marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
    }
    if (fence === undefined && !marker && /^#{2,3} /.test(line) && current.some((part) => part.trim())) {
      sections.push(`${current.join('\n').trimEnd()}\n`);
      current = [];
    }
    current.push(line);
  }
  if (current.some((part) => part.trim())) sections.push(`${current.join('\n').trimEnd()}\n`);
  return sections;
}

/** Code block languages Prettier leaves as they are. */
const UNFORMATTED_LANGUAGES = new Set(['', 'sh', 'bash', 'shell', 'console', 'text', 'txt', 'plain', 'http']);

/** A Markdown text whose fenced TypeScript blocks are formatted separately and put back. */
export interface TypescriptBlocks {
  /** The code of each block, without its fences. */
  codes: string[];
  /** The text with each block's code replaced (in order) by the given code. */
  assemble(codes: string[]): string;
}

/**
 * The fenced ```ts blocks of a Markdown text, so that their code can be formatted as TypeScript alongside the
 * generated sources (Prettier's Markdown formatting would otherwise format each block itself, with a second,
 * slower TypeScript parser). Formatted that way and put back, the text formats with embedded formatting off to
 * the same bytes. Undefined when a TypeScript block is indented (in a list or a quote), where Prettier formats
 * the code with less width, or when a block is in another language Prettier formats (JSON, say): such a text
 * keeps Prettier's own embedded formatting.
 */
export function typescriptBlocks(text: string): TypescriptBlocks | undefined {
  const lines = text.split('\n');
  const segments: (string | number)[] = [];
  const codes: string[] = [];
  let outside: string[] = [];
  for (let index = 0; index < lines.length; index++) {
    const open = /^( *)(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[index]);
    if (!open) {
      outside.push(lines[index]);
      continue;
    }
    const [, indent, fence, lang] = open;
    const isTypescript = lang === 'ts' || lang === 'typescript';
    if ((isTypescript && indent) || !(isTypescript || UNFORMATTED_LANGUAGES.has(lang))) return undefined;
    let close = index + 1;
    while (close < lines.length && !new RegExp(`^ {0,3}${fence[0]}{${fence.length},}\\s*$`).test(lines[close])) close++;
    const code = lines.slice(index + 1, close).join('\n');
    if (!isTypescript || !code.trim() || close >= lines.length) {
      outside.push(...lines.slice(index, close + 1));
    } else {
      outside.push(lines[index]);
      segments.push(outside.join('\n'));
      outside = [lines[close]];
      segments.push(codes.length);
      codes.push(code);
    }
    index = close;
  }
  segments.push(outside.join('\n'));
  return {
    codes,
    assemble: (formatted) => segments.map((segment) => (typeof segment === 'number' ? formatted[segment] : segment)).join('\n'),
  };
}
