/**
 * Warnings a CI log can live with. By default one line per kind (`25 × … — first at …`) and a count; with
 * --verbose every warning with its location and kind. Warnings the config acknowledges (by kind and JSON pointer
 * pattern) are only counted; --strict refuses the run when any other is left. Kinds are whatever the warnings
 * carry: nothing here knows a particular one.
 */
import type { WarningAcknowledgement } from '../config.ts';
import { formatLocation, GeneratorError, type GeneratorWarning } from '../errors.ts';
import type { Io } from './io.ts';

/** `*` matches any text (slashes included); every other character matches itself. */
export function matchesPattern(pattern: string, text: string): boolean {
  const source = pattern
    .split('*')
    .map((part) => part.replace(/[.+?^${}()|[\]\\]/g, '\\$&'))
    .join('[\\s\\S]*');
  return new RegExp(`^${source}$`).test(text);
}

export function acknowledges(acknowledgement: WarningAcknowledgement, warning: GeneratorWarning): boolean {
  if (!matchesPattern(acknowledgement.kind, warning.kind.id)) return false;
  return acknowledgement.pointer === undefined || matchesPattern(acknowledgement.pointer, warning.location.pointer ?? '');
}

export interface PartitionedWarnings {
  /** What the config does not acknowledge: listed, and refused by --strict. */
  reported: GeneratorWarning[];
  acknowledged: GeneratorWarning[];
  /** Indexes of acknowledgements that matched no warning (the spec no longer needs them). */
  unused: number[];
}

export function partitionWarnings(warnings: readonly GeneratorWarning[], acknowledgements: readonly WarningAcknowledgement[] = []): PartitionedWarnings {
  const used = new Set<number>();
  const reported: GeneratorWarning[] = [];
  const acknowledged: GeneratorWarning[] = [];
  for (const warning of warnings) {
    const index = acknowledgements.findIndex((acknowledgement) => acknowledges(acknowledgement, warning));
    if (index === -1) reported.push(warning);
    else {
      used.add(index);
      acknowledged.push(warning);
    }
  }
  return { reported, acknowledged, unused: acknowledgements.map((_, index) => index).filter((index) => !used.has(index)) };
}

/** Warnings grouped by kind id, kinds in order of their first warning. */
export function groupByKind(warnings: readonly GeneratorWarning[]): GeneratorWarning[][] {
  const groups = new Map<string, GeneratorWarning[]>();
  for (const warning of warnings) {
    const group = groups.get(warning.kind.id);
    if (group) group.push(warning);
    else groups.set(warning.kind.id, [warning]);
  }
  return [...groups.values()];
}

/** One line per kind; a kind with one warning is that warning itself, which says more than its summary. */
export function summaryLines(warnings: readonly GeneratorWarning[]): string[] {
  return groupByKind(warnings).map((group) => {
    const [first] = group as [GeneratorWarning];
    const what = group.length === 1 ? first.message : `${group.length} × ${first.kind.summary}`;
    return `warning: ${what} — ${group.length === 1 ? 'at' : 'first at'} ${formatLocation(first.location)} [${first.kind.id}]`;
  });
}

/** Two lines per warning: the message with its kind id (what a config acknowledges), then its location. */
export function verboseLines(warnings: readonly GeneratorWarning[], acknowledged: ReadonlySet<GeneratorWarning> = new Set()): string[] {
  return warnings.map(
    (warning) => `warning${acknowledged.has(warning) ? ' (acknowledged)' : ''}: ${warning.message} [${warning.kind.id}]\n  at ${formatLocation(warning.location)}`,
  );
}

const plural = (count: number, word: string) => `${count} ${word}${count === 1 ? '' : 's'}`;

export interface ReportOptions {
  verbose?: boolean;
  /** The config file that holds the acknowledgements, named in the report. */
  configFile?: string;
}

/** The lines the CLI prints for a run's warnings (none when there are none). */
export function warningReport(warnings: readonly GeneratorWarning[], acknowledgements: readonly WarningAcknowledgement[], options: ReportOptions = {}): string[] {
  const { reported, acknowledged, unused } = partitionWarnings(warnings, acknowledgements);
  const config = options.configFile ?? 'the config';
  const lines = options.verbose ? verboseLines(warnings, new Set(acknowledged)) : summaryLines(reported);
  const kinds = groupByKind(reported).length;
  const counts: string[] = [];
  if (reported.length) counts.push(`${plural(reported.length, 'warning')} of ${plural(kinds, 'kind')}`);
  if (acknowledged.length) counts.push(`${reported.length ? `${acknowledged.length} more` : plural(acknowledged.length, 'warning')} acknowledged in ${config}`);
  // The hint only where the summary left something out.
  const hidden = !options.verbose && (reported.length > kinds || acknowledged.length > 0);
  if (counts.length) lines.push(`${counts.join('; ')}${hidden ? ' (--verbose lists each with its location)' : ''}`);
  for (const index of unused) {
    lines.push(`note: acknowledgedWarnings/${index} (${acknowledgements[index]!.kind}) matches no warning; remove it from ${config} if the spec no longer needs it`);
  }
  return lines;
}

export interface WarningPolicy {
  quiet?: boolean;
  verbose?: boolean;
  /** Refuse (exit 1, nothing written) when a warning is left that the config does not acknowledge. */
  strict?: boolean;
  acknowledgements?: readonly WarningAcknowledgement[];
  configFile?: string;
}

/**
 * Prints the report (unless quiet), then, with --strict, refuses what the config does not acknowledge. Called
 * before anything is written, so a refusal leaves the previous output as it was.
 */
export function handleWarnings(io: Io, warnings: readonly GeneratorWarning[], policy: WarningPolicy): void {
  const acknowledgements = policy.acknowledgements ?? [];
  if (!policy.quiet) for (const line of warningReport(warnings, acknowledgements, policy)) io.err(`${line}\n`);
  if (!policy.strict) return;
  const { reported } = partitionWarnings(warnings, acknowledgements);
  if (!reported.length) return;
  const [first] = reported as [GeneratorWarning];
  const entry = JSON.stringify({ kind: first.kind.id, pointer: first.location.pointer ?? '*' });
  throw new GeneratorError(
    `--strict: ${plural(reported.length, 'warning')} not acknowledged${policy.quiet ? '' : ' (above)'}`,
    first.location,
    `fix the spec, or acknowledge known warnings in ${policy.configFile ?? 'a config file (--config)'}: "acknowledgedWarnings": [${entry}] (a * in "kind" or "pointer" matches any text)`,
  );
}
