/**
 * Validation facts the generated types do not show (bounds, lengths, item counts, `multipleOf`, `uniqueItems`,
 * `pattern`, `format`, keywords such as `contains` or `dependentRequired`, `if` rules), compared between two
 * versions of one position. Each difference says whether the new rule accepts less than the old one (narrowed),
 * more (widened), or neither can be told (both: a changed pattern). Whether that breaks anyone depends on the
 * side, which `classify.ts` decides.
 */
import type { Docs } from '../ir/types.ts';

export interface ConstraintChange {
  /** `maxLength`, `minimum`, `pattern`, `contains`, `if`, … */
  keyword: string;
  /** The rule as a reader writes it: `≤ 50`, `> 0`, `^[a-z]+$`, `int64`; `none` when absent. */
  before: string;
  after: string;
  narrowed: boolean;
  widened: boolean;
}

interface Bound {
  value: number;
  exclusive: boolean;
}

/** The lower or upper bound, reading both the 3.0 (boolean flag) and the 3.1 (number) form of `exclusive…`. */
function bound(docs: Docs | undefined, side: 'min' | 'max'): Bound | undefined {
  const inclusive = side === 'min' ? docs?.minimum : docs?.maximum;
  const exclusive = side === 'min' ? docs?.exclusiveMinimum : docs?.exclusiveMaximum;
  const candidates: Bound[] = [];
  if (typeof inclusive === 'number') candidates.push({ value: inclusive, exclusive: exclusive === true });
  if (typeof exclusive === 'number') candidates.push({ value: exclusive, exclusive: true });
  if (!candidates.length) return undefined;
  // Both given (3.1 allows it): the stricter one holds.
  return candidates.reduce((a, b) => (stricter(b, a, side) ? b : a));
}

/** Does bound `a` accept less than bound `b`? */
function stricter(a: Bound | undefined, b: Bound | undefined, side: 'min' | 'max'): boolean {
  if (!a) return false;
  if (!b) return true;
  if (a.value !== b.value) return side === 'min' ? a.value > b.value : a.value < b.value;
  return a.exclusive && !b.exclusive;
}

function showBound(value: Bound | undefined, side: 'min' | 'max'): string {
  if (!value) return 'none';
  return `${side === 'min' ? (value.exclusive ? '>' : '≥') : value.exclusive ? '<' : '≤'} ${value.value}`;
}

const COUNTS = [
  ['minLength', 'min'],
  ['maxLength', 'max'],
  ['minItems', 'min'],
  ['maxItems', 'max'],
  ['minProperties', 'min'],
  ['maxProperties', 'max'],
] as const;

/** A keyword's value as a reader sees it in a report line: short JSON. */
function shortJson(value: unknown): string {
  if (value === undefined) return 'none';
  const text = JSON.stringify(value);
  return text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

/** Formats where one only holds values of the other (`int32` values are all `int64` values). */
const WIDER_FORMAT: Record<string, string> = { int32: 'int64', float: 'double' };

function isMultiple(value: number, of: number): boolean {
  const ratio = value / of;
  return Math.abs(ratio - Math.round(ratio)) < 1e-9;
}

export function compareConstraints(before: Docs | undefined, after: Docs | undefined): ConstraintChange[] {
  const changes: ConstraintChange[] = [];
  const add = (keyword: string, was: string, now: string, narrowed: boolean, widened: boolean) => {
    if (was !== now) changes.push({ keyword, before: was, after: now, narrowed, widened });
  };

  for (const side of ['min', 'max'] as const) {
    const was = bound(before, side);
    const now = bound(after, side);
    add(side === 'min' ? 'minimum' : 'maximum', showBound(was, side), showBound(now, side), stricter(now, was, side), stricter(was, now, side));
  }

  for (const [keyword, side] of COUNTS) {
    const was = before?.[keyword];
    const now = after?.[keyword];
    const toBound = (value: number | undefined) => (value === undefined ? undefined : { value, exclusive: false });
    add(
      keyword,
      was === undefined ? 'none' : String(was),
      now === undefined ? 'none' : String(now),
      stricter(toBound(now), toBound(was), side),
      stricter(toBound(was), toBound(now), side),
    );
  }

  const wasMultiple = before?.multipleOf;
  const nowMultiple = after?.multipleOf;
  if (wasMultiple !== nowMultiple) {
    // Every multiple of 10 is a multiple of 5: 5 → 10 accepts less, 10 → 5 accepts more, 4 → 6 neither.
    const narrowed = nowMultiple !== undefined && (wasMultiple === undefined || isMultiple(nowMultiple, wasMultiple));
    const widened = wasMultiple !== undefined && (nowMultiple === undefined || isMultiple(wasMultiple, nowMultiple));
    add('multipleOf', String(wasMultiple ?? 'none'), String(nowMultiple ?? 'none'), narrowed || !widened, widened || !narrowed);
  }

  const wasUnique = before?.uniqueItems === true;
  const nowUnique = after?.uniqueItems === true;
  add('uniqueItems', String(wasUnique), String(nowUnique), nowUnique && !wasUnique, wasUnique && !nowUnique);

  // Two regular expressions cannot be compared: a changed pattern may reject values the old one accepted, and the reverse.
  const wasPattern = before?.pattern;
  const nowPattern = after?.pattern;
  add('pattern', wasPattern ?? 'none', nowPattern ?? 'none', nowPattern !== undefined, wasPattern !== undefined);

  const wasFormat = before?.format;
  const nowFormat = after?.format;
  if (wasFormat !== nowFormat) {
    const narrowed = wasFormat === undefined || WIDER_FORMAT[nowFormat ?? ''] === wasFormat || (nowFormat !== undefined && WIDER_FORMAT[wasFormat] !== nowFormat);
    const widened = nowFormat === undefined || WIDER_FORMAT[wasFormat ?? ''] === nowFormat || (wasFormat !== undefined && WIDER_FORMAT[nowFormat] !== wasFormat);
    add('format', wasFormat ?? 'none', nowFormat ?? 'none', narrowed, widened);
  }

  // Keywords no type shows (`contains`, `dependentRequired`, …): counts by direction; the rest added narrows,
  // removed widens, changed may do both (a subschema cannot be compared here).
  const wasKeywords = before?.keywords ?? {};
  const nowKeywords = after?.keywords ?? {};
  for (const keyword of [...new Set([...Object.keys(wasKeywords), ...Object.keys(nowKeywords)])].sort()) {
    const was = wasKeywords[keyword];
    const now = nowKeywords[keyword];
    if (JSON.stringify(was) === JSON.stringify(now)) continue;
    const side = keyword === 'minContains' ? 'min' : keyword === 'maxContains' ? 'max' : undefined;
    if (side && (typeof was === 'number' || was === undefined) && (typeof now === 'number' || now === undefined)) {
      const toBound = (value: number | undefined) => (value === undefined ? undefined : { value, exclusive: false });
      add(keyword, shortJson(was), shortJson(now), stricter(toBound(now), toBound(was), side), stricter(toBound(was), toBound(now), side));
      continue;
    }
    if (keyword === 'x-extensible-enum' && Array.isArray(was) && Array.isArray(now)) {
      // Values removed are no longer accepted; values added are new to readers.
      const keys = (list: unknown[]) => new Set(list.map((value) => JSON.stringify(value)));
      const [old, current] = [keys(was), keys(now)];
      add(
        keyword,
        shortJson(was),
        shortJson(now),
        [...old].some((value) => !current.has(value)),
        [...current].some((value) => !old.has(value)),
      );
      continue;
    }
    add(keyword, shortJson(was), shortJson(now), now !== undefined, was !== undefined);
  }
  return changes;
}

/** `if`/`then`/`else` rules of a schema (as written), compared as a whole: added narrow, removed widen. */
export function compareRules(before: string[], after: string[]): ConstraintChange | undefined {
  const was = [...before].sort().join('; ');
  const now = [...after].sort().join('; ');
  if (was === now) return undefined;
  const show = (text: string) => (text === '' ? 'none' : text.length > 60 ? `${text.slice(0, 57)}…` : text);
  return { keyword: 'if', before: show(was), after: show(now), narrowed: after.some((rule) => !before.includes(rule)), widened: before.some((rule) => !after.includes(rule)) };
}
