/**
 * Formats one piece of a generated file: TypeScript or JSON as it is, Markdown with its TypeScript blocks
 * formatted as TypeScript (see typescriptBlocks), then its blank lines and tables shaped (markdown-shape.ts). The generator prints its Markdown in
 * Prettier's shape but for those two (test/golden.test.ts holds every golden README to it), so Prettier's
 * Markdown pass, the slowest part of formatting a README, runs only on a table of another shape. The same
 * function runs on this thread and on the format workers, so the bytes never depend on where a piece was formatted.
 */
import { shapeMarkdown } from './markdown-shape.ts';
import { typescriptBlocks } from './markdown-sections.ts';
import { formatText, stringWidth, type Parser } from './prettier-options.ts';

/**
 * Between code blocks formatted in one Prettier call: each call has a fixed cost of about a millisecond, which
 * for a README with an example per call was most of its formatting time.
 */
const BOUNDARY = '// @sdkgen-code-block-boundary';

/**
 * Formats code blocks as TypeScript, several per call where that cannot change them: blocks that end with a
 * semicolon are whole statements, so a line comment between two of them separates them exactly (no automatic
 * semicolon insertion can join them, and Prettier keeps a comment line as it is). Anything else, or a batch
 * that does not split back into as many blocks, is formatted block by block.
 */
export async function formatCodeBlocks(codes: string[]): Promise<string[]> {
  const one = async (code: string) => (await formatText(code, 'typescript')).replace(/\n$/, '');
  const batchable = codes.length > 1 && codes.every((code) => /;\s*$/.test(code) && !code.includes(BOUNDARY));
  if (batchable) {
    const parts = (await formatText(codes.join(`\n${BOUNDARY}\n`), 'typescript')).split(`${BOUNDARY}\n`);
    if (parts.length === codes.length) return parts.map((part) => part.replace(/^\n+/, '').replace(/\n+$/, ''));
  }
  const formatted: string[] = [];
  for (const code of codes) formatted.push(await one(code));
  return formatted;
}

/** One piece of `file` (named in the error when the piece does not parse). */
export async function formatPiece(text: string, parser: Parser, file: string): Promise<string> {
  try {
    if (parser !== 'markdown') return await formatText(text, parser);
    const blocks = typescriptBlocks(text);
    if (!blocks) return await formatText(text, 'markdown-embedded');
    const assembled = blocks.assemble(await formatCodeBlocks(blocks.codes));
    return shapeMarkdown(assembled, await stringWidth()) ?? (await formatText(assembled, 'markdown'));
  } catch (error) {
    // Unparseable output is a generator bug; say which file so it can be reproduced.
    throw new Error(`internal: generated ${file} does not parse: ${(error as Error).message}`);
  }
}
