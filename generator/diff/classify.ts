/**
 * What a change means for code written against the SDK: breaking (major), non-breaking (an addition: minor)
 * or patch (documentation and wiring only; the SDK's types and names are unchanged).
 *
 * The direction of data decides most cases. A request type is what callers *write*: widening it (a new optional
 * field, a new enum value) is non-breaking, narrowing it (a new required field, a removed value) is breaking.
 * A response type is what callers *read*: a removed field or a field that may now be missing is breaking,
 * an added field is not. Removing a field is breaking on both sides (code that names it stops compiling).
 *
 * One deliberate choice: a value added to a *response* enum (or a new variant of a response union) is
 * classified non-breaking, with a caution. Exhaustive `switch`es with a `never` check over that type stop
 * compiling, but servers add values routinely (new statuses, new models), and treating each as a major release
 * would make majors meaningless; the caution says which type to re-check.
 */
import type { ApiChange, Bump, RawChange, Severity, Side } from './types.ts';

const ORDER: Record<Severity, number> = { breaking: 0, 'non-breaking': 1, patch: 2 };

export function worst(a: Severity, b: Severity): Severity {
  return ORDER[a] <= ORDER[b] ? a : b;
}

export function severityOrder(severity: Severity): number {
  return ORDER[severity];
}

/** Severity of one raw change on the side it was seen. */
export function classify(change: RawChange): Severity {
  const request = change.side !== 'response';
  switch (change.rule) {
    case 'operation-added':
    case 'variant-added':
    case 'operation-deprecated':
    case 'type-added':
    case 'media-type-added':
    case 'additional-properties-allowed':
    case 'parameter-became-optional':
    case 'request-body-became-optional':
    case 'model-value-added':
      return 'non-breaking';
    case 'operation-removed':
    case 'operation-renamed':
    case 'variant-removed':
    case 'type-removed':
    case 'type-renamed':
    case 'parameter-removed':
    case 'parameter-became-required':
    case 'request-body-removed':
    case 'request-body-became-required':
    case 'media-type-removed':
    case 'field-removed':
    case 'model-value-removed':
    case 'additional-properties-disallowed':
      return 'breaking';
    case 'operation-moved':
    case 'docs-changed':
    case 'security-changed':
    case 'base-url-changed':
      return 'patch';
    case 'parameter-added':
    case 'request-body-added':
      return change.required ? 'breaking' : 'non-breaking';
    case 'response-added':
    case 'response-removed':
      // Success responses make up what the function returns: a new shape among them (or none left) is breaking.
      // Error responses only change what may be thrown.
      return /^2/.test(change.status ?? '') && change.returnTypeChanged ? 'breaking' : 'non-breaking';
    case 'field-added':
      return request && change.required ? 'breaking' : 'non-breaking';
    case 'field-became-required':
      return request ? 'breaking' : 'non-breaking';
    case 'field-became-optional':
      return request ? 'non-breaking' : 'breaking';
    case 'enum-value-added':
    case 'union-variant-added':
      return 'non-breaking';
    case 'enum-value-removed':
    case 'union-variant-removed':
      return request ? 'breaking' : 'non-breaking';
    case 'nullable-added':
      return request ? 'non-breaking' : 'breaking';
    case 'nullable-removed':
      return request ? 'breaking' : 'non-breaking';
    case 'type-changed':
      return (request ? change.widened : change.narrowed) ? 'non-breaking' : 'breaking';
  }
}

/** A note for changes that are not breaking by the rules above but can still make some code fail to compile. */
export function cautionFor(change: Pick<ApiChange, 'rule' | 'side' | 'subject'>): string | undefined {
  if (change.side === 'request') return undefined;
  if (change.rule === 'enum-value-added') return `exhaustive switches over \`${change.subject}\` need a case for the new value`;
  if (change.rule === 'union-variant-added') return `code that narrows \`${change.subject}\` by variant needs to handle the new one`;
  return undefined;
}

export function mergeSides(a: Side | undefined, b: Side | undefined): Side | undefined {
  if (a === undefined) return b;
  if (b === undefined || a === b) return a;
  return 'both';
}

/** Major for anything breaking, minor for additions, patch otherwise (also when nothing changed). */
export function bumpFor(changes: Pick<ApiChange, 'severity'>[]): Bump {
  if (changes.some((change) => change.severity === 'breaking')) return 'major';
  if (changes.some((change) => change.severity === 'non-breaking')) return 'minor';
  return 'patch';
}
