/**
 * The same change seen from several operations or sides becomes one: merged, judged (the worse verdict of
 * each view), worded, and sorted (severity, rule, subject) so the report is stable.
 */
import { breakingView, cautionFor, judge, mergeSides, mergeVerdicts, severityOf, severityOrder } from './classify.ts';
import { breakReason, changeMessage } from './messages.ts';
import { RULES, type ApiChange, type RawChange } from './types.ts';

/** Rules whose subject holds several changes told apart by the alternative or member concerned. */
const BY_MEMBER = new Set<RawChange['rule']>(['union-variant-added', 'union-variant-removed', 'all-of-member-added', 'all-of-member-removed']);

function changeKey(change: RawChange): string {
  const member = BY_MEMBER.has(change.rule) ? `${change.before ?? ''}\u0000${change.after ?? ''}` : '';
  return [
    change.rule,
    change.subject,
    change.value === undefined ? '' : JSON.stringify(change.value),
    change.status ?? '',
    change.mediaType ?? '',
    change.keyword ?? '',
    member,
  ].join('\u0000');
}

/** Merges the same change seen from several operations or sides, judges it and words it. */
export function mergeChanges(raw: RawChange[]): ApiChange[] {
  const merged = new Map<string, ApiChange>();
  // The side a merged change broke on (a type used on both sides may break on one only): its reason speaks of it.
  const brokeOn = new Map<ApiChange, RawChange['side']>();
  for (const change of raw) {
    const key = changeKey(change);
    const verdicts = judge(change);
    let entry = merged.get(key);
    if (!entry) {
      const { operation, side, ...rest } = change;
      entry = { ...rest, severity: severityOf(verdicts), verdicts, ...(side && { side }), operations: operation ? [operation] : [], message: '' };
      merged.set(key, entry);
    } else {
      entry.verdicts = mergeVerdicts(entry.verdicts, verdicts);
      entry.severity = severityOf(entry.verdicts);
      const side = mergeSides(entry.side, change.side);
      if (side) entry.side = side;
      if (change.operation && !entry.operations.includes(change.operation)) entry.operations.push(change.operation);
      if (change.required) entry.required = true;
    }
    if (severityOf(verdicts) === 'breaking' && !brokeOn.has(entry)) brokeOn.set(entry, change.side);
  }
  const ruleOrder = new Map(RULES.map((rule, index) => [rule, index]));
  const changes = [...merged.values()].map((change): ApiChange => {
    change.operations.sort();
    const caution = cautionFor(change);
    const view = breakingView(change.verdicts);
    const reason = view && breakReason({ ...change, side: brokeOn.get(change) ?? change.side }, view);
    return { ...change, ...(view && { breaks: { view, reason: reason! } }), message: changeMessage(change), ...(caution && { caution }) };
  });
  const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  return changes.sort(
    (a, b) =>
      severityOrder(a.severity) - severityOrder(b.severity) ||
      ruleOrder.get(a.rule)! - ruleOrder.get(b.rule)! ||
      compare(a.subject, b.subject) ||
      compare(JSON.stringify(a.value ?? null), JSON.stringify(b.value ?? null)) ||
      compare(a.status ?? '', b.status ?? '') ||
      compare(a.mediaType ?? '', b.mediaType ?? '') ||
      compare(a.keyword ?? '', b.keyword ?? '') ||
      compare(a.before ?? '', b.before ?? '') ||
      compare(a.after ?? '', b.after ?? ''),
  );
}
