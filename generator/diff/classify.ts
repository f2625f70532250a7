/**
 * What a change means, judged twice:
 *
 * - **SDK**: does code written against the old generated package still compile and behave? Requests are what
 *   callers *write*: widening a request type is fine, narrowing it is not. Responses are what callers *read*: a
 *   field removed or now optional breaks them, an added one does not. Removing anything they can name breaks.
 * - **Wire**: does a request the old spec allowed still pass the new one, and does a response the new spec
 *   allows still fit what the old spec promised? Narrowing what a request may send (a shorter `maxLength`, a
 *   new `pattern`, a new required field, a stricter security requirement) or widening what a response may
 *   return (a lower `minimum`, a new `oneOf` alternative, a replaced `const`) breaks; the opposite does not.
 *
 * The severity is the worse of the two verdicts. Deliberate SDK-first choices (stated in the README too):
 * - a value added to a response enum, or an alternative added to a response `anyOf`, is non-breaking with a
 *   caution: servers add values (statuses, models) all the time, and a major release for each would make
 *   majors meaningless;
 * - a request field or parameter removed breaks the SDK (code that sets it stops compiling) although the
 *   server would ignore it; a field that becomes read-only leaves the request type for the same reason;
 * - a response `pattern` change is never breaking on the wire: clients do not match responses against patterns;
 *   where the SDK types a pattern (a template literal type beside listed values), the SDK view judges the type;
 * - the default of a request *field* changing is non-breaking (with a caution); a *parameter*'s is breaking,
 *   like the diff tools that judge the wire.
 */
import { acceptsEveryString } from '../emit/pattern-template.ts';
import type { ApiChange, Bump, RawChange, Severity, Side, Verdicts } from './types.ts';

const ORDER: Record<Severity, number> = { breaking: 0, 'non-breaking': 1, patch: 2 };

export function worst(a: Severity, b: Severity): Severity {
  return ORDER[a] <= ORDER[b] ? a : b;
}

export function severityOrder(severity: Severity): number {
  return ORDER[severity];
}

const both = (severity: Severity): Verdicts => ({ sdk: severity, wire: severity });
const views = (sdk: Severity, wire: Severity): Verdicts => ({ sdk, wire });
const breakingIf = (condition: boolean | undefined, otherwise: Severity = 'non-breaking'): Severity => (condition ? 'breaking' : otherwise);

/** The verdict of each view on one raw change, on the side it was seen. */
export function judge(change: RawChange): Verdicts {
  const request = change.side !== 'response';
  switch (change.rule) {
    case 'operation-added':
    case 'variant-added':
    case 'operation-deprecated':
    case 'media-type-added':
    case 'parameter-became-optional':
    case 'request-body-became-optional':
    case 'model-value-added':
    case 'server-added':
      return both('non-breaking');
    case 'type-added':
      return views('non-breaking', 'patch');
    case 'operation-removed':
    case 'variant-removed':
    case 'parameter-became-required':
    case 'request-body-removed':
    case 'request-body-became-required':
    case 'media-type-removed':
    case 'model-value-removed':
      return both('breaking');
    // Names only: the server sees the same requests.
    case 'operation-renamed':
    case 'type-removed':
    case 'type-renamed':
      return views('breaking', 'patch');
    case 'operation-moved':
    case 'docs-changed':
      return both('patch');
    case 'parameter-removed':
      return views('breaking', 'non-breaking');
    case 'parameter-added':
    case 'request-body-added':
      return both(breakingIf(change.required));
    case 'response-added':
    case 'response-removed':
      // Success responses make up what the function returns: a new shape among them (or none left) is breaking.
      return views(breakingIf(/^2/.test(change.status ?? '') && change.returnTypeChanged), 'non-breaking');
    case 'field-added':
      return request ? both(breakingIf(change.required)) : both('non-breaking');
    case 'field-removed':
      return request ? views('breaking', 'non-breaking') : both('breaking');
    case 'field-became-required':
      return both(request ? 'breaking' : 'non-breaking');
    case 'field-became-optional':
      return both(request ? 'non-breaking' : 'breaking');
    case 'enum-value-added':
      return both('non-breaking');
    case 'enum-value-removed':
    case 'union-variant-removed':
      return both(request ? 'breaking' : 'non-breaking');
    case 'union-variant-added':
      // A new `oneOf` alternative in a response is a value clients have never seen; `anyOf` ones overlap the old.
      return request ? both('non-breaking') : views('non-breaking', breakingIf(change.exclusive));
    case 'nullable-added':
      return both(request ? 'non-breaking' : 'breaking');
    case 'nullable-removed':
      return both(request ? 'breaking' : 'non-breaking');
    case 'additional-properties-allowed':
      return both('non-breaking');
    case 'additional-properties-disallowed':
      return request ? both('breaking') : views('breaking', 'non-breaking');
    case 'type-changed':
      return both(breakingIf(request ? !change.widened : !change.narrowed));
    case 'constraint-changed': {
      const sdk = change.sdkType ? patternTypeVerdict(change.sdkType, request) : 'patch';
      if (!request && change.keyword === 'pattern') return views(sdk, 'non-breaking');
      return views(sdk, request ? breakingIf(change.narrowed) : breakingIf(change.widened));
    }
    case 'default-changed':
      if (!request) return both('patch');
      return views('patch', change.parameter ? 'breaking' : 'non-breaking');
    case 'const-changed':
      // Request: the old value is refused unless the new rule still allows it. Response: a value never seen before.
      return request ? both(breakingIf(!change.widened)) : both('breaking');
    case 'wrapped-in-one-of':
      // Request: an old payload that matches two alternatives now fails `oneOf`. Response: fields may be missing.
      return request ? views(breakingIf(!change.widened), breakingIf(!(change.widened && change.disjoint))) : both(breakingIf(!change.narrowed));
    case 'all-of-member-added':
      // New constraints on what a request may send; fields it adds are reported one by one.
      if (change.annotationOnly) return both('patch');
      return views('patch', request ? 'breaking' : 'non-breaking');
    case 'all-of-member-removed':
      return change.annotationOnly ? both('patch') : views('patch', 'non-breaking');
    case 'security-changed':
      return views('patch', change.narrowed ? 'breaking' : change.widened ? 'non-breaking' : 'patch');
    case 'base-url-changed':
      // The SDK follows the new default; callers who pinned the old URL break when it is no longer listed.
      return views('patch', breakingIf(change.narrowed, 'patch'));
    case 'server-removed':
      return views('patch', 'breaking');
  }
}

/**
 * The SDK's verdict on a pattern change that changes a type (a template literal type beside listed values):
 * callers write requests, so only a type that now takes every string is safe there; they read responses, so only
 * a type that took every string before is safe there. Two different template literal types are neither.
 */
function patternTypeVerdict(sdkType: NonNullable<RawChange['sdkType']>, request: boolean): Severity {
  return breakingIf(!acceptsEveryString(request ? sdkType.after : sdkType.before));
}

export function severityOf(verdicts: Verdicts): Severity {
  return worst(verdicts.sdk, verdicts.wire);
}

export function mergeVerdicts(a: Verdicts, b: Verdicts): Verdicts {
  return { sdk: worst(a.sdk, b.sdk), wire: worst(a.wire, b.wire) };
}

/** Which view makes a change breaking (undefined when it is not). */
export function breakingView(verdicts: Verdicts): 'sdk' | 'wire' | 'sdk and wire' | undefined {
  const sdk = verdicts.sdk === 'breaking';
  const wire = verdicts.wire === 'breaking';
  return sdk && wire ? 'sdk and wire' : sdk ? 'sdk' : wire ? 'wire' : undefined;
}

/** A note for changes that are not breaking by the rules above but can still surprise some callers. */
export function cautionFor(change: Pick<ApiChange, 'rule' | 'side' | 'subject' | 'severity'>): string | undefined {
  if (change.severity === 'breaking') return undefined;
  if (change.rule === 'default-changed' && change.side !== 'response') return `callers that leave \`${change.subject}\` out get the new default`;
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
