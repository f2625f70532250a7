/**
 * Examples conformance over the corpus: for the gateway spec and every corpus document with request or response
 * examples, generates the SDK and checks that every example the document's own schema accepts compiles against
 * the generated types (example-conformance.ts), printing N/N per document and in total.
 *
 *   npm run test:examples                          # the gateway and the whole corpus (fetches what is not cached)
 *   npm run test:examples -- --quick               # the gateway and the CI subset
 *   npm run test:examples -- --only github,slack-apisguru --verbose
 *
 * Packages are generated into `.cache/corpus/examples/<name>/package/`, the check files next to them. Exit code 1
 * when any schema-valid example does not compile. With --verbose, the examples the schema rejects are listed too.
 */
import { existsSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { packageSettingsOf, readConfig, type PackageSettings } from '../../generator/config.ts';
import { applyOverlays, readOverlay } from '../../generator/load/overlay.ts';
import { generate } from '../../generator/pipeline.ts';
import { checkExamples, describeConformance, readSpecDocument, type ConformanceResult, type OperationRef } from './example-conformance.ts';
import { documentExamples } from './example-oracle.ts';
import { CACHE, fetchCorpus, loadManifest, parseListFlag, ROOT, selectSpecs, specFile } from './fetch-corpus.ts';

export const EXAMPLES_DIR = join(CACHE, 'examples');

export interface ExampleSubject {
  name: string;
  file: string;
  /** Overlays the SDK is generated with: the examples and schemas are judged as they are after them. */
  overlays?: string[];
  settings?: PackageSettings;
}

/** The gateway's own spec, as its config generates it. */
export async function gatewaySubject(): Promise<ExampleSubject> {
  const config = await readConfig(join(ROOT, 'sdk.config.json'));
  return { name: 'gateway', file: resolve(config.spec), overlays: (config.overlays ?? []).map((file) => resolve(file)), settings: packageSettingsOf(config) };
}

/** The document as the SDK is generated from it: the spec with its overlays applied. */
export async function subjectDocument(subject: ExampleSubject): Promise<Record<string, any>> {
  const document = readSpecDocument(subject.file);
  if (!subject.overlays?.length) return document;
  return applyOverlays(document, await Promise.all(subject.overlays.map(readOverlay))).document;
}

/** Generates the package for one document and checks its examples; undefined when it has none. */
export async function conformanceOf(subject: ExampleSubject, root = EXAMPLES_DIR): Promise<ConformanceResult | undefined> {
  const document = await subjectDocument(subject);
  if (!documentExamples(document).length) return undefined;
  const packageDir = join(root, subject.name, 'package');
  const generated = await generate({ spec: subject.file, overlays: subject.overlays, output: packageDir, settings: subject.settings ?? {}, settingsSource: 'command line' });
  const operations: OperationRef[] = generated.api.operations.map(({ name, method, pathKey }) => ({ name, method: method.toUpperCase(), pathKey }));
  return checkExamples(document, operations, packageDir, join(root, subject.name, 'check'));
}

function total(results: ConformanceResult[]) {
  const sum = (pick: (result: ConformanceResult) => number) => results.reduce((count, result) => count + pick(result), 0);
  return {
    accepted: sum((result) => result.request.accepted + result.response.accepted),
    compiled: sum((result) => result.request.compiled + result.response.compiled),
    rejected: sum((result) => result.request.rejected + result.response.rejected),
    unjudged: sum((result) => result.unjudged.length),
  };
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log('usage: tsx scripts/corpus/run-examples.ts [--quick] [--only name,name] [--verbose]');
    return 0;
  }
  const only = parseListFlag(argv, '--only');
  const quick = argv.includes('--quick');
  const verbose = argv.includes('--verbose');
  const started = performance.now();
  const corpusOnly = only?.filter((name) => name !== 'gateway');
  await fetchCorpus({ only: corpusOnly, quick, log: (line) => console.log(line) });
  const subjects: ExampleSubject[] = [
    ...(!only || only.includes('gateway') ? [await gatewaySubject()] : []),
    ...(only && !corpusOnly?.length ? [] : selectSpecs(loadManifest(), { only: corpusOnly, quick }).filter((spec) => spec.expect === 'generate' && existsSync(specFile(spec)))).map(
      (spec) => ({ name: spec.name, file: specFile(spec) }),
    ),
  ];
  console.log(`examples: ${subjects.length} documents; packages and check files in ${relative(ROOT, EXAMPLES_DIR)}/`);

  const results: ConformanceResult[] = [];
  let without = 0;
  let failed = 0;
  for (const subject of subjects) {
    const documentStarted = performance.now();
    let result: ConformanceResult | undefined;
    try {
      result = await conformanceOf(subject);
    } catch (error) {
      failed++;
      console.log(` FAIL ${subject.name.padEnd(28)} ${(error as Error).message.split('\n')[0]}`);
      continue;
    }
    if (!result) {
      without++;
      if (verbose) console.log(`   -  ${subject.name.padEnd(28)} no request or response examples`);
      continue;
    }
    results.push(result);
    const ok = !result.failures.length && !result.packageErrors.length;
    if (!ok) failed++;
    const seconds = ((performance.now() - documentStarted) / 1000).toFixed(1);
    console.log(`${ok ? '  ok ' : ' FAIL'} ${subject.name.padEnd(28)} ${describeConformance(result)}; ${seconds} s`);
    for (const { example, message } of result.failures) console.log(`        ${example.id} (${example.pointer}): ${message.split('\n').slice(0, 3).join(' ')}`);
    for (const error of result.packageErrors.slice(0, 5)) console.log(`        package: ${error}`);
    if (verbose) {
      for (const { example, reason } of result.rejected) console.log(`        rejected by the schema: ${example.id}: ${reason}`);
      for (const { example, reason } of result.unjudged) console.log(`        not judged: ${example.id}: ${reason}`);
    }
  }
  const figures = total(results);
  console.log('');
  console.log(
    `examples: ${figures.compiled}/${figures.accepted} schema-valid examples compile in ${results.length} documents with examples ` +
      `(${figures.rejected} rejected by their own schema, ${figures.unjudged} not judged; ${without} documents have none); ` +
      `${((performance.now() - started) / 1000).toFixed(1)} s`,
  );
  return failed ? 1 : 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main(process.argv.slice(2)).then(
    (code) => (process.exitCode = code),
    (error: Error) => {
      console.error(`test:examples failed to run: ${error.stack ?? error.message}`);
      process.exitCode = 1;
    },
  );
}
