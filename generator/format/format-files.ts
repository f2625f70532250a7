/** Prettier, once per file, with fixed options (never a user's or machine's config: same input, same bytes). */
import * as prettier from 'prettier';
import type { GeneratedFile } from '../emit/emit-package.ts';

const OPTIONS: prettier.Options = {
  printWidth: 120,
  singleQuote: true,
  trailingComma: 'all',
  endOfLine: 'lf',
  proseWrap: 'preserve',
};

function parserFor(path: string): string | undefined {
  if (path.endsWith('.ts')) return 'typescript';
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.md')) return 'markdown';
  return undefined;
}

export async function formatFiles(files: GeneratedFile[]): Promise<GeneratedFile[]> {
  return Promise.all(
    files.map(async (file) => {
      const parser = parserFor(file.path);
      if (!parser) return file;
      try {
        return { path: file.path, content: await prettier.format(file.content, { ...OPTIONS, parser }) };
      } catch (error) {
        // Unparseable output is a generator bug; say which file so it can be reproduced.
        throw new Error(`internal: generated ${file.path} does not parse: ${(error as Error).message}`);
      }
    }),
  );
}
