/**
 * The cold figures: each generator in turn on one spec, into a fresh output folder, ours with its format cache
 * file deleted before and after (the cache is keyed by output folder, so no run sees another's). Runs are
 * interleaved, a round being one run of every generator, starting with a different one each round, so that drift
 * (load from other processes, CPU frequency) affects all alike; each figure is the median of the runs.
 */
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { figures, seconds, type SideFigures } from './figures.ts';
import { forgetFormatCache } from './format-cache.ts';
import { sdkgen, type Generator, type Run, type TscRun } from './generators.ts';
import type { Options } from './options.ts';

export interface ColdResult {
  /** By generator name, ours first. */
  sides: Map<string, SideFigures>;
}

/** Work done once per round (the warm regeneration), so that it sees the same machine conditions. */
export type Round = (index: number) => Promise<void>;

/** Stops adding runs to a side once its time so far predicts it would pass the budget. */
function planned(runs: Run[], plan: number, budgetMs: number): number {
  const last = runs[runs.length - 1];
  if (!last.ok) return runs.length;
  const spent = runs.reduce((sum, run) => sum + run.wallMs, 0);
  const affordable = runs.length + Math.max(0, Math.floor((budgetMs - spent) / (spent / runs.length)));
  return Math.max(1, Math.min(plan, affordable));
}

export async function coldRuns(
  label: string,
  spec: string,
  generators: Generator[],
  runs: number,
  tscRuns: number,
  scratch: string,
  options: Options,
  progress: (line: string) => void,
  round?: Round,
): Promise<ColdResult> {
  const state = generators.map((generator) => ({ generator, runs: [] as Run[], tsc: [] as TscRun[], plan: runs }));
  for (let index = 0; state.some((side) => index < side.plan); index++) {
    for (let turn = 0; turn < state.length; turn++) {
      const side = state[(index + turn) % state.length];
      if (index >= side.plan) continue;
      const output = join(scratch, `${label}-${side.generator.name.replace(/\W+/g, '-')}-${index + 1}`);
      const ours = side.generator === sdkgen;
      if (ours) await forgetFormatCache(output);
      const run = await side.generator.run(spec, output, options);
      side.runs.push(run);
      let note = '';
      if (run.ok && side.tsc.length < tscRuns) {
        const tsc = await side.generator.tsc(output, options);
        side.tsc.push(tsc);
        note = `, tsc ${seconds(tsc.wallMs)}${tsc.ok ? '' : ` (${tsc.errors} errors; first: ${tsc.first})`}`;
      }
      progress(`${label} cold ${index + 1}/${side.plan}: ${side.generator.name} ${run.ok ? seconds(run.wallMs) : run.error}${note}`);
      await rm(output, { recursive: true, force: true });
      if (ours) await forgetFormatCache(output);
      side.plan = planned(side.runs, side.plan, options.budgetMs);
    }
    if (round) await round(index);
  }
  return { sides: new Map(state.map((side) => [side.generator.name, figures(side.runs, side.tsc)])) };
}
