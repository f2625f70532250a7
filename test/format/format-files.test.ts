/**
 * Formatting piece by piece must give the bytes of formatting each file whole with Prettier's defaults for
 * the language (the `typescript` parser, Markdown with its embedded code formatted by Prettier itself).
 */
import * as prettier from 'prettier';
import { describe, expect, it } from 'vitest';
import { resolvePackageSettings } from '../../generator/config.ts';
import { emitPackage } from '../../generator/emit/emit-package.ts';
import { formatFiles, FormatRun } from '../../generator/format/format-files.ts';
import { startFormatWorkers } from '../../generator/format/format-pool.ts';
import { OPTIONS } from '../../generator/format/prettier-options.ts';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { planSurface } from '../../generator/surface/plan-surface.ts';

async function emitted(spec: string) {
  const loaded = await loadSpec(spec);
  const { api } = buildApiModel(loaded);
  return emitPackage(planSurface(api, resolvePackageSettings({ clientName: 'Client' }, api.title, 'test')));
}

const wholeFile = (content: string, path: string) =>
  prettier.format(content, { ...OPTIONS, parser: path.endsWith('.md') ? 'markdown' : path.endsWith('.json') ? 'json' : 'typescript' });

describe('formatFiles', () => {
  for (const spec of ['spec/openapi.yaml', 'test/fixtures/hostile.yaml', 'test/fixtures/fragments.yaml']) {
    it(`gives each file of ${spec} the bytes of formatting it whole`, async () => {
      const files = await emitted(spec);
      // The gateway's big files are printed in several parts, so the joins are exercised.
      if (spec === 'spec/openapi.yaml') expect(files.some((file) => (file.parts?.length ?? 0) > 1)).toBe(true);
      const formatted = await formatFiles(files);
      for (const [index, file] of files.entries()) {
        expect(formatted[index]!.content, file.path).toBe(await wholeFile(file.content, file.path));
      }
    }, 120_000);
  }
});

describe('FormatRun', () => {
  it('gives the same bytes whether files were handed to a worker as emitted or formatted at the end', async () => {
    const files = await emitted('test/fixtures/hostile.yaml');
    const together = await formatFiles(files, undefined, 0);
    startFormatWorkers(1);
    const run = new FormatRun(undefined, 1);
    for (const file of files) run.add([file]);
    expect(await run.finish(files)).toEqual(together);
  }, 120_000);
});

describe('formatFiles on Markdown', () => {
  it('formats code blocks that a batch could join (no final semicolon, a leading parenthesis) like Prettier does', async () => {
    const content = [
      '# Title\n',
      '```ts\nconst a = {b:1}\n```\n',
      '```ts\n(async () => { await a })()\n```\n',
      '```ts\nlet x = 1;   let y = [1,2];\n```\n',
      '```ts\nfoo(1,\n2);\n```\n',
      '| a | b |\n| - | - |\n| long cell | x |\n',
    ].join('\n');
    const [formatted] = await formatFiles([{ path: 'README.md', content }]);
    expect(formatted!.content).toBe(await wholeFile(content, 'README.md'));
  });
});
