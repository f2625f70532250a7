/**
 * The static runtime files are copied into packages without formatting, so they must already be exactly what
 * Prettier makes of them with the generator's options (`npm run format:runtime` fixes them).
 */
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { staticRuntimeFiles } from '../../generator/emit/static-runtime.ts';
import { OPTIONS } from '../../generator/format/prettier-options.ts';

describe('static runtime files', () => {
  const files = staticRuntimeFiles();

  it('are there', () => {
    expect(files.map((file) => file.path)).toContain('src/core/errors.ts');
  });

  it.each(files)('$path is formatted as Prettier formats it (else: npm run format:runtime)', async ({ content }) => {
    expect(await prettier.format(content, { ...OPTIONS, parser: 'typescript' })).toBe(content);
  });
});
