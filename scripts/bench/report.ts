/** The tables the bench prints: cold figures of every generator, warm figures of ours, the acceptance targets. */
import { bytes, median, missing, phaseMedian, ratio, seconds, startupMedian, table, type SideFigures } from './figures.ts';
import { PHASES } from './generators.ts';
import type { Regeneration } from './warm.ts';

/** One column per generator (ours first), then ours / each peer. */
export function coldTable(sides: Map<string, SideFigures>): string {
  const [oursName, ...peerNames] = [...sides.keys()];
  const ours = sides.get(oursName)!;
  const peers = peerNames.map((name) => sides.get(name)!);
  const blank = peers.map(() => '');
  const rows: string[][] = [];
  const row = (label: string, cell: (side: SideFigures) => string, value?: (side: SideFigures) => number | undefined) =>
    rows.push([label, cell(ours), ...peers.map(cell), ...peers.map((peer) => (value ? ratio(value(ours), value(peer)) : ''))]);
  for (const phase of PHASES) rows.push([`  ${phase}`, ours.ok.length ? seconds(phaseMedian(ours.ok, phase)) : '—', ...peers.map(() => ''), ...blank]);
  rows.push(['  start-up, module loading, exit', ours.ok.length ? seconds(startupMedian(ours.ok)) : '—', ...peers.map(() => ''), ...blank]);
  row(
    'total wall time',
    (side) => (side.ok.length ? seconds(side.wallMs) : missing(side)),
    (side) => side.wallMs,
  );
  row('  range over runs', (side) => {
    if (!side.ok.length) return '—';
    const walls = side.ok.map((run) => run.wallMs);
    return `${seconds(Math.min(...walls))} – ${seconds(Math.max(...walls))}`;
  });
  row(
    'CPU time (user + system)',
    (side) => seconds(side.cpuMs),
    (side) => side.cpuMs,
  );
  row(
    'peak memory (max RSS)',
    (side) => (side.rssKb === undefined ? '—' : bytes(side.rssKb * 1024)),
    (side) => side.rssKb,
  );
  row(
    'output size',
    (side) => (side.bytes === undefined ? '—' : `${bytes(side.bytes)} in ${side.files} file${side.files === 1 ? '' : 's'}`),
    (side) => side.bytes,
  );
  row('tsc --noEmit of the output', (side) => {
    if (!side.tsc.length) return '—';
    const failed = side.tsc.find((run) => !run.ok);
    return `${seconds(side.tscMs)}${failed ? ` (${failed.errors} errors)` : ''}`;
  });
  row('runs (ok of run)', (side) => `${side.ok.length} of ${side.runs.length}${side.tsc.length ? ` (tsc ${side.tsc.length})` : ''}`);
  return table(['cold, median', oursName, ...peerNames, ...peerNames.map((name) => `${oursName}/${name}`)], rows);
}

export function warmTable(cold: SideFigures, regen: Regeneration): string {
  const runs = regen.runs.filter((run) => run.ok);
  const rows: string[][] = [];
  for (const phase of PHASES) {
    const before = phaseMedian(cold.ok, phase);
    const after = phaseMedian(runs, phase);
    rows.push([`  ${phase}`, seconds(before), seconds(after), ratio(after, before)]);
  }
  const startupCold = startupMedian(cold.ok);
  const startupWarm = startupMedian(runs);
  rows.push(['  start-up, module loading, exit', seconds(startupCold), seconds(startupWarm), ratio(startupWarm, startupCold)]);
  const wall = median(runs.map((run) => run.wallMs));
  rows.push([
    'total wall time',
    seconds(cold.wallMs),
    runs.length ? seconds(wall) : (regen.runs.find((run) => !run.ok)?.error ?? regen.initial?.error ?? '—'),
    ratio(wall, cold.wallMs),
  ]);
  const filesCold = cold.ok[0]?.files;
  const written = median(runs.map((run) => run.written!));
  rows.push(['files written', filesCold === undefined ? '—' : `${filesCold}`, written === undefined ? '—' : `${written} of ${runs[0].written! + runs[0].unchanged!}`, '']);
  const cpuWarm = median(runs.flatMap((run) => (run.cpuMs === undefined ? [] : [run.cpuMs])));
  rows.push(['CPU time (user + system)', seconds(cold.cpuMs), seconds(cpuWarm), ratio(cpuWarm, cold.cpuMs)]);
  const rssWarm = median(runs.flatMap((run) => (run.rssKb === undefined ? [] : [run.rssKb])));
  rows.push(['peak memory (max RSS)', cold.rssKb === undefined ? '—' : bytes(cold.rssKb * 1024), rssWarm === undefined ? '—' : bytes(rssWarm * 1024), ratio(rssWarm, cold.rssKb)]);
  rows.push(['runs', `${cold.ok.length}`, `${runs.length} of ${regen.runs.length}`, '']);
  const watchWall = median(regen.watched.map((run) => run.wallMs));
  const watchInProcess = median(regen.watched.map((run) => run.inProcessMs));
  rows.push([
    'with generate --watch: spec write → output written',
    seconds(cold.wallMs),
    regen.watched.length ? seconds(watchWall) : (regen.watchError ?? '—'),
    ratio(watchWall, cold.wallMs),
  ]);
  rows.push(['  of which the regeneration itself', '', regen.watched.length ? seconds(watchInProcess) : '—', '']);
  return table(['median', 'cold full run', 'warm regeneration', 'warm/cold'], rows);
}

export type Target = [target: string, figure: string, verdict: string];

export function verdict(met: boolean | undefined): string {
  return met === undefined ? 'no figure' : met ? 'met' : 'NOT met';
}

/** "ours ≤ limit × theirs" as a row of the acceptance table. */
export function ratioTarget(label: string, ours: number | undefined, theirs: number | undefined, limit: number, note = ''): Target {
  return [label, `${ratio(ours, theirs)}${note}`, verdict(ours === undefined || theirs === undefined ? undefined : ours <= limit * theirs)];
}

export function acceptanceTable(targets: Target[]): string {
  return table(['target', 'figure', ''], targets);
}
