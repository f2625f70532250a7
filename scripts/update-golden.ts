/**
 * Regenerates the golden outputs: `test/golden/<fixture>/` for every spec in `test/fixtures/` (settings derived
 * from each spec's title) and the configured SDK in `generated/`. Golden files are only ever written by the
 * generator, through this script. The fixtures' goldens leave out the static runtime, which is pinned once by
 * `templates/package/src/core/` (see test/helpers/golden-cases.ts).
 */
import { goldenCases, removeStaticRuntime } from '../test/helpers/golden-cases.ts';
import { generate } from '../generator/pipeline.ts';

for (const goldenCase of await goldenCases()) {
  const result = await generate({ ...goldenCase, check: false });
  if (goldenCase.withoutStaticRuntime) await removeStaticRuntime(goldenCase.output);
  const { written, removed } = result.write!;
  console.log(`${goldenCase.name}: ${result.files.length} files (${written} written, ${removed} removed)`);
}
