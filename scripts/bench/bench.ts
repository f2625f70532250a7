/**
 * Generation benchmark: our generator against openapi-typescript (types only) and hey-api (a full SDK) on the
 * same specs, in the same run. Prints figures; asserts nothing.
 *
 *   npm run bench                          # gateway spec (5 runs) and GitHub REST, the largest corpus spec (3 runs)
 *   npm run bench -- --runs 3              # another number of runs for both specs
 *   npm run bench -- --only gateway        # or: --only corpus
 *   SDKGEN_FORMAT_WORKERS=0 npm run bench  # ours formatting on its main thread only
 *
 * Cold (cold.ts): empty format cache, fresh output folder, fresh process, every generator interleaved round by
 * round. Warm (warm.ts): the gateway regenerated after a one-operation change, one round after each cold round,
 * in a fresh process and with `generate --watch` running. Per phase (from our summary line), wall time, CPU time,
 * peak memory (child-process.ts), output size and `tsc --noEmit` of the output; medians; both ratios.
 */
import { spawnSync } from 'node:child_process';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { killAll, useScratch } from './child-process.ts';
import { coldRuns } from './cold.ts';
import { corpusSpec, largestCorpusSpec } from './corpus-spec.ts';
import { bytes, median, seconds } from './figures.ts';
import { peers, sdkgen } from './generators.ts';
import { parseOptions, usage } from './options.ts';
import { CLI, GATEWAY_SPEC, GNU_TIME, NODE, ROOT } from './paths.ts';
import { acceptanceTable, coldTable, ratioTarget, verdict, warmTable, type Target } from './report.ts';
import { prepareRegeneration } from './warm.ts';

const OTS = 'openapi-typescript';
const HEY_API = '@hey-api/openapi-ts';

function progress(line: string): void {
  process.stderr.write(`  · ${line}\n`);
}

function machine(): string {
  const [one, five] = loadavg();
  return `load average ${one.toFixed(1)} (1 min), ${five.toFixed(1)} (5 min)`;
}

async function main(argv: string[]): Promise<number> {
  if (argv.includes('--help')) {
    console.log(usage());
    return 0;
  }
  const options = parseOptions(argv);
  const scratch = await mkdtemp(join(tmpdir(), 'sdkgen-bench-'));
  useScratch(scratch);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) {
    process.once(signal, () => {
      killAll();
      spawnSync('rm', ['-rf', scratch]);
      process.exit(130);
    });
  }
  // Built before the first timed run, so that no run pays for (re)building the compiled CLI.
  if (spawnSync(NODE, [CLI, '--build'], { cwd: ROOT, stdio: ['ignore', 2, 2] }).status !== 0) throw new Error('building the generator failed');
  const generators = [sdkgen, ...peers()];
  const started = performance.now();
  console.log(`sdkgen generation benchmark: node ${process.version}, ${cpus().length} cores, ${machine()} at start`);
  console.log(
    `${
      generators
        .slice(1)
        .map((peer) => `${peer.name} ${peer.version}`)
        .join(', ') || 'no peers installed (npm ci)'
    }; SDKGEN_FORMAT_WORKERS ${process.env.SDKGEN_FORMAT_WORKERS ?? 'unset (cores - 1, at most 3)'}; ` +
      `peak memory from ${options.rss === 'time' ? GNU_TIME : 'process.resourceUsage().maxRSS (scripts/bench/measure.mjs)'}; ` +
      `timeout ${options.timeoutMs === Infinity ? 'none' : seconds(options.timeoutMs)} per generator process; figures are medians`,
  );
  if (loadavg()[0] > cpus().length) {
    console.log('note: the load average is above the core count: other processes compete for the CPUs, so absolute figures are inflated (runs interleave, so ratios suffer less)');
  }
  const targets: Target[] = [];
  try {
    if (options.only !== 'corpus') {
      const specBytes = (await stat(GATEWAY_SPEC)).size;
      process.stderr.write(`\n(a) gateway spec, ${options.gatewayRuns} cold rounds, each followed by a warm regeneration\n`);
      const regen = await prepareRegeneration(GATEWAY_SPEC, scratch, options, progress);
      const result = await coldRuns('gateway', GATEWAY_SPEC, generators, options.gatewayRuns, Math.min(options.gatewayRuns, 3), scratch, options, progress, regen.round).finally(
        () => regen.dispose(),
      );
      const ours = result.sides.get(sdkgen.name)!;
      const first = ours.ok[0];
      console.log(`\n(a) gateway: ${relative(ROOT, GATEWAY_SPEC)} (${bytes(specBytes)}${first ? `, ${first.operations} operations, ${first.types} types` : ''})`);
      console.log(coldTable(result.sides));
      console.log(`\n    warm: regeneration after a one-operation change (the summary of ${regen.target}, regenerated into the same folder)`);
      console.log(warmTable(ours, regen));
      const ots = result.sides.get(OTS);
      const hey = result.sides.get(HEY_API);
      const warmWall = median(regen.runs.filter((run) => run.ok).map((run) => run.wallMs));
      const watchWall = median(regen.watched.map((run) => run.wallMs));
      targets.push(
        ratioTarget('cold gateway ≤ 1.0× openapi-typescript', ours.wallMs, ots?.wallMs, 1.0, ` (${seconds(ours.wallMs)} vs ${seconds(ots?.wallMs)})`),
        ratioTarget('cold gateway ≤ 0.75× hey-api', ours.wallMs, hey?.wallMs, 0.75, ` (${seconds(ours.wallMs)} vs ${seconds(hey?.wallMs)})`),
        ratioTarget('warm one-operation regeneration ≤ 0.3× the cold run (fresh process)', warmWall, ours.wallMs, 0.3, ` (${seconds(warmWall)})`),
        ratioTarget('… with generate --watch running', watchWall, ours.wallMs, 0.3, ` (${seconds(watchWall)})`),
        ['tsc --noEmit on the gateway SDK < 5 s', seconds(ours.tscMs), verdict(ours.tscMs === undefined ? undefined : ours.tscMs < 5000)],
      );
    }
    if (options.only !== 'gateway') {
      const entry = largestCorpusSpec();
      process.stderr.write(`\n(b) largest corpus spec${entry ? ` (${entry.name})` : ''}, ${options.corpusRuns} cold rounds\n`);
      const spec = entry && (await corpusSpec(entry));
      if (!entry || !spec) {
        console.log(`\n(b) largest corpus spec${entry ? ` (${entry.name})` : ''}: skipped: corpus not fetched (npm run corpus:fetch)`);
        targets.push(['largest corpus spec', 'skipped: corpus not fetched', 'no figure']);
      } else {
        const result = await coldRuns(entry.name, spec, generators, options.corpusRuns, 1, scratch, options, progress);
        const ours = result.sides.get(sdkgen.name)!;
        const first = ours.ok[0];
        console.log(
          `\n(b) largest corpus spec: ${entry.name}, ${relative(ROOT, spec)} (${bytes(entry.bytes)}${first ? `, ${first.operations} operations, ${first.types} types` : ''})`,
        );
        console.log(coldTable(result.sides));
        const ots = result.sides.get(OTS);
        const hey = result.sides.get(HEY_API);
        targets.push(
          ratioTarget(`cold ${entry.name} ≤ 1.5× openapi-typescript`, ours.wallMs, ots?.wallMs, 1.5, ` (${seconds(ours.wallMs)} vs ${seconds(ots?.wallMs)})`),
          ratioTarget(`cold ${entry.name} ≤ 0.85× hey-api`, ours.wallMs, hey?.wallMs, 0.85, ` (${seconds(ours.wallMs)} vs ${seconds(hey?.wallMs)})`),
          [
            `cold ${entry.name} peak memory ≤ 600 MB`,
            ours.rssKb === undefined ? '—' : `${((ours.rssKb * 1024) / 1e6).toFixed(0)} MB`,
            verdict(ours.rssKb === undefined ? undefined : ours.rssKb * 1024 <= 600e6),
          ],
        );
      }
    }
  } finally {
    killAll();
    await rm(scratch, { recursive: true, force: true });
  }
  console.log('\nacceptance (issue 15)');
  console.log(acceptanceTable(targets));
  console.log(`\n${machine()} at the end; the bench took ${seconds(performance.now() - started)}`);
  return 0;
}

process.exitCode = await main(process.argv.slice(2)).catch((error: Error) => {
  console.error(`bench: ${error.message}`);
  killAll();
  return 2;
});
