/**
 * How one piece of generated text is formatted: Prettier with fixed options (never a user's or machine's
 * config: same input, same bytes).
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Options, Plugin } from 'prettier';

export const OPTIONS: Options = {
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

const require = createRequire(import.meta.url);
const prettierVersion = (require('prettier/package.json') as { version: string }).version;
const oxcVersion = (require('@prettier/plugin-oxc/package.json') as { version: string }).version;

/**
 * The format stage's own code (this folder's modules): a generator whose formatting changed while Prettier did
 * not must not be served the pieces an older one cached.
 */
function formatStageDigest(): string {
  const folder = fileURLToPath(new URL('.', import.meta.url));
  const hash = createHash('sha256');
  for (const name of readdirSync(folder).sort()) if (/\.[jt]s$/.test(name)) hash.update(name).update(readFileSync(join(folder, name)));
  return hash.digest('hex').slice(0, 16);
}

/** Changes whenever formatting could give other bytes: a cache keyed with it never serves stale output. */
export const FORMAT_VERSION = `${prettierVersion}:${JSON.stringify(OPTIONS)}:oxc-ts@${oxcVersion}:${formatStageDigest()}`;

/** Prettier is loaded on first use: a regeneration whose pieces are all cached never loads it. */
let loaded: Promise<typeof import('prettier')> | undefined;
const prettier = () => (loaded ??= import('prettier'));

/** How wide Prettier considers a text (for padding tables as it would). */
export const stringWidth = async () => (await prettier()).util.getStringWidth;

/**
 * The oxc parser plugin (a native parser; about a fifth less formatting CPU than Babel's), or undefined where
 * its binding cannot load (a platform without a prebuilt one): then Babel's parser reads the TypeScript.
 * Both print the same bytes (test/format/prettier-options.test.ts formats the golden files with both).
 */
let oxcLoaded: Promise<Plugin | undefined> | undefined;
export const oxcPlugin = () =>
  (oxcLoaded ??= import('@prettier/plugin-oxc').then(
    (plugin) => plugin as Plugin,
    () => undefined,
  ));

/**
 * oxc is told the text is TSX. Without a file name it first tests the whole text with a multiline regular
 * expression that guesses whether JSX is in it (`^[^"'`]*<\/|^[^/]{2}.*\/>`), which scans from every line
 * start: about 0.5 s of CPU on GitHub's SDK. The generator emits no JSX and none of the two constructs that TSX
 * reads differently (`<T>value` casts, `<T>() =>` generic arrows), so the bytes are the same (the golden tests
 * compare every file with Babel's and the `typescript` parser's output).
 */
const OXC_FILE = 'generated.tsx';

/**
 * TypeScript is parsed with oxc (or, without it, Babel's TypeScript parser), which Prettier prints identically
 * to the `typescript` parser for what the generator emits, in about half the time; anything they decline is
 * parsed with `typescript`.
 */
export async function formatText(text: string, parser: Parser): Promise<string> {
  const { format } = await prettier();
  if (parser === 'markdown') return format(text, { ...OPTIONS, parser, embeddedLanguageFormatting: 'off' });
  if (parser === 'markdown-embedded') return format(text, { ...OPTIONS, parser: 'markdown' });
  if (parser !== 'typescript') return format(text, { ...OPTIONS, parser });
  const oxc = await oxcPlugin();
  try {
    return await format(text, oxc ? { ...OPTIONS, parser: 'oxc-ts', plugins: [oxc], filepath: OXC_FILE } : { ...OPTIONS, parser: 'babel-ts' });
  } catch {
    return format(text, { ...OPTIONS, parser: 'typescript' });
  }
}

/**
 * Formats a little of each kind, so that a long-running process's first real formatting does not start cold, and
 * every parser the generated files need is loaded (Prettier loads each on first use; JSON's is Babel's).
 */
export async function warmUp(): Promise<void> {
  await formatText('export const a = { b: 1 };\n', 'typescript');
  await formatText('# a\n\n| b |\n| - |\n', 'markdown');
  await formatText('{ "a": [1] }\n', 'json');
}
