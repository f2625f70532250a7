/** The API diff as Markdown: a report for `api:diff`, and the body of a CHANGELOG entry. */
import { code } from './messages.ts';
import type { ApiChange, ApiDiff, Severity } from './types.ts';

const SECTIONS: { severity: Severity; title: string }[] = [
  { severity: 'breaking', title: 'Breaking changes' },
  { severity: 'non-breaking', title: 'Non-breaking changes' },
  { severity: 'patch', title: 'Patch changes (no change to the SDK’s types)' },
];

/** At most this many operations are named per change; the rest are counted. */
const MAX_OPERATIONS = 6;

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function usedBy(change: ApiChange, diff: ApiDiff): string {
  // Operation-level changes name their operation as the subject already.
  const others = change.operations.filter((operation) => operation !== change.subject && !change.subject.startsWith(`${operation} `));
  if (!others.length) return '';
  const shown = others.slice(0, MAX_OPERATIONS).map((operation) => (diff.endpoints[operation] ? `${code(operation)} (${code(diff.endpoints[operation])})` : code(operation)));
  const more = others.length > MAX_OPERATIONS ? ` and ${others.length - MAX_OPERATIONS} more` : '';
  return ` — used by ${shown.join(', ')}${more}`;
}

const VIEW_NAMES = { sdk: 'SDK', wire: 'wire', 'sdk and wire': 'SDK and wire' } as const;

export function changeLine(change: ApiChange, diff: ApiDiff): string {
  const breaks = change.breaks ? ` (${VIEW_NAMES[change.breaks.view]}: ${change.breaks.reason})` : '';
  const caution = change.caution ? ` (note: ${change.caution})` : '';
  return `- ${change.message}${usedBy(change, diff)}${breaks}${caution}`;
}

export function summaryLine(diff: ApiDiff): string {
  const { counts } = diff;
  return `${plural(counts.breaking, 'breaking change')}, ${plural(counts['non-breaking'], 'non-breaking change')}, ${plural(counts.patch, 'patch-level change')}: a **${diff.bump}** version bump.`;
}

/** The change sections, headed at the given level (`###` by default). */
export function renderChangeSections(diff: ApiDiff, level = 3): string {
  const hashes = '#'.repeat(level);
  if (!diff.changes.length) return 'No changes to the SDK’s operations or types.\n';
  const parts: string[] = [];
  for (const { severity, title } of SECTIONS) {
    const changes = diff.changes.filter((change) => change.severity === severity);
    if (!changes.length) continue;
    parts.push(`${hashes} ${title}\n\n${changes.map((change) => changeLine(change, diff)).join('\n')}\n`);
  }
  return parts.join('\n');
}

export function renderMarkdown(diff: ApiDiff): string {
  const from = `${diff.from.title} ${diff.from.version}`;
  const to = diff.to.title === diff.from.title ? diff.to.version : `${diff.to.title} ${diff.to.version}`;
  return `## API changes: ${from} → ${to}\n\n${summaryLine(diff)}\n\n${renderChangeSections(diff, 3)}`;
}
