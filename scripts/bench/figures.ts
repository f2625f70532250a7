/** Medians of runs, and how figures are printed (seconds, sizes, ratios, tables). */
import type { Phase, Run, TscRun } from './generators.ts';

export function median(values: number[]): number | undefined {
  if (!values.length) return undefined;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export function seconds(ms: number | undefined): string {
  if (ms === undefined) return '—';
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

export function bytes(count: number | undefined): string {
  if (count === undefined) return '—';
  if (count < 1024 * 1024) return `${(count / 1024).toFixed(0)} KiB`;
  return `${(count / 1024 / 1024).toFixed(count < 100 * 1024 * 1024 ? 2 : 0)} MiB`;
}

export function ratio(ours: number | undefined, theirs: number | undefined): string {
  if (ours === undefined || theirs === undefined || theirs === 0) return '—';
  return `${(ours / theirs).toFixed(2)}×`;
}

/** A text table: the first column left-aligned, the others right-aligned. */
export function table(header: string[], rows: string[][]): string {
  const widths = header.map((cell, column) => Math.max(cell.length, ...rows.map((row) => (row[column] ?? '').length)));
  const line = (cells: string[]) =>
    '  ' +
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]) : cell.padStart(widths[column])))
      .join('   ')
      .trimEnd();
  return [line(header), '  ' + widths.map((width) => '─'.repeat(width)).join('   '), ...rows.map(line)].join('\n');
}

/** The medians of one generator's runs on one spec. */
export interface SideFigures {
  runs: Run[];
  ok: Run[];
  wallMs?: number;
  rssKb?: number;
  cpuMs?: number;
  bytes?: number;
  files?: number;
  tsc: TscRun[];
  tscMs?: number;
}

const defined = (values: (number | undefined)[]) => values.filter((value): value is number => value !== undefined);

export function figures(runs: Run[], tsc: TscRun[] = []): SideFigures {
  const ok = runs.filter((run) => run.ok);
  return {
    runs,
    ok,
    wallMs: median(ok.map((run) => run.wallMs)),
    rssKb: median(defined(ok.map((run) => run.rssKb))),
    cpuMs: median(defined(ok.map((run) => run.cpuMs))),
    bytes: median(defined(ok.map((run) => run.bytes))),
    files: median(defined(ok.map((run) => run.files))),
    tsc,
    tscMs: median(tsc.map((run) => run.wallMs)),
  };
}

/** The cell of a side that has no successful run: why. */
export function missing(side: SideFigures): string {
  return side.runs.find((run) => !run.ok)?.error ?? '—';
}

export function phaseMedian(runs: Run[], phase: Phase): number | undefined {
  return median(defined(runs.map((run) => run.phases?.[phase])));
}

/** Wall time outside the phases: node's start-up, module loading, and exit. */
export function startupMedian(runs: Run[]): number | undefined {
  return median(defined(runs.map((run) => (run.inProcessMs === undefined ? undefined : run.wallMs - run.inProcessMs))));
}
