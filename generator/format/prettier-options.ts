/**
 * How one piece of generated text is formatted: Prettier with fixed options (never a user's or machine's
 * config: same input, same bytes).
 */
import * as prettier from 'prettier';

export const OPTIONS: prettier.Options = {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
  proseWrap: 'preserve',
};

/** `markdown` leaves code blocks as they are (their TypeScript is formatted on its own); `markdown-embedded` formats them too. */
export type Parser = 'typescript' | 'json' | 'markdown' | 'markdown-embedded';

export function parserFor(path: string): Parser | undefined {
  if (path.endsWith('.ts')) return 'typescript';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.md')) return 'markdown';
  return undefined;
}

/** Changes whenever formatting could give other bytes: a cache keyed with it never serves stale output. */
export const FORMAT_VERSION = `${prettier.version}:${JSON.stringify(OPTIONS)}:babel-ts`;

/**
 * TypeScript is parsed with Babel's TypeScript parser, which Prettier prints identically to the `typescript`
 * parser for what the generator emits and parses in about two thirds of the time; anything Babel declines is
 * parsed with `typescript`.
 */
export async function formatText(text: string, parser: Parser): Promise<string> {
  if (parser === 'markdown') return prettier.format(text, { ...OPTIONS, parser, embeddedLanguageFormatting: 'off' });
  if (parser === 'markdown-embedded') return prettier.format(text, { ...OPTIONS, parser: 'markdown' });
  if (parser !== 'typescript') return prettier.format(text, { ...OPTIONS, parser });
  try {
    return await prettier.format(text, { ...OPTIONS, parser: 'babel-ts' });
  } catch {
    return prettier.format(text, { ...OPTIONS, parser: 'typescript' });
  }
}
