/**
 * Security requirements and servers, judged on the wire. A requirement is a list of alternatives (OR), each a
 * set of schemes with scopes (AND). A caller that satisfied the old requirement still gets through when each
 * old alternative asks for at least everything some new alternative asks for.
 */
import type { Operation, SecurityRequirement } from '../ir/types.ts';

/** An alternative as the credentials it asks for: `bearer`, and `oauth:write` for each scope. */
type Alternative = Set<string>;

function alternatives(operation: Pick<Operation, 'security' | 'securityRequirements'>): Alternative[] {
  const requirements: SecurityRequirement[][] = operation.securityRequirements ?? operation.security.map((set) => set.map((scheme) => ({ scheme, scopes: [] })));
  // No requirement at all means anyone gets through: one alternative that asks for nothing.
  if (!requirements.length) return [new Set()];
  return requirements.map((set) => new Set(set.flatMap(({ scheme, scopes }) => [scheme, ...scopes.map((scope) => `${scheme}:${scope}`)])));
}

const covers = (held: Alternative, asked: Alternative) => [...asked].every((credential) => held.has(credential));

/** Every caller `from` let through is let through by `to`. */
function letsThrough(from: Alternative[], to: Alternative[]): boolean {
  return from.every((held) => to.some((asked) => covers(held, asked)));
}

export interface SecurityChange {
  before: string;
  after: string;
  /** Callers the old requirement let through may now be refused. */
  narrowed: boolean;
  /** Callers the old requirement refused may now get through. */
  widened: boolean;
}

export function showSecurity(operation: Pick<Operation, 'security' | 'securityRequirements'>): string {
  const requirements = operation.securityRequirements ?? operation.security.map((set) => set.map((scheme) => ({ scheme, scopes: [] })));
  if (!requirements.length) return 'none';
  return requirements.map((set) => (set.length ? set.map(({ scheme, scopes }) => (scopes.length ? `${scheme} (${scopes.join(', ')})` : scheme)).join(' + ') : 'none')).join(' or ');
}

export function compareSecurity(
  before: Pick<Operation, 'security' | 'securityRequirements'>,
  after: Pick<Operation, 'security' | 'securityRequirements'>,
): SecurityChange | undefined {
  const was = showSecurity(before);
  const now = showSecurity(after);
  if (was === now) return undefined;
  const old = alternatives(before);
  const current = alternatives(after);
  return { before: was, after: now, narrowed: !letsThrough(old, current), widened: !letsThrough(current, old) };
}

/** Server URLs the new version no longer lists, and the ones it adds, in document order. */
export function compareServers(before: { url: string }[], after: { url: string }[]): { removed: string[]; added: string[] } {
  const was = before.map((server) => server.url);
  const now = after.map((server) => server.url);
  return { removed: was.filter((url) => !now.includes(url)), added: now.filter((url) => !was.includes(url)) };
}
