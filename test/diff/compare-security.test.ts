import { describe, expect, it } from 'vitest';
import { compareSecurity, compareServers, showSecurity } from '../../generator/diff/compare-security.ts';
import type { SecurityRequirement } from '../../generator/ir/types.ts';

const op = (...alternatives: SecurityRequirement[][]) => ({ security: alternatives.map((set) => set.map((entry) => entry.scheme)), securityRequirements: alternatives });
const bearer = { scheme: 'bearer', scopes: [] };
const key = { scheme: 'key', scopes: [] };
const oauth = (...scopes: string[]) => ({ scheme: 'oauth', scopes });

describe('compareSecurity', () => {
  it.each([
    { name: 'none → bearer', given: [op(), op([bearer])], want: { narrowed: true, widened: false } },
    { name: 'bearer → none', given: [op([bearer]), op()], want: { narrowed: false, widened: true } },
    { name: 'an alternative added', given: [op([bearer]), op([bearer], [key])], want: { narrowed: false, widened: true } },
    { name: 'an alternative removed', given: [op([bearer], [key]), op([bearer])], want: { narrowed: true, widened: false } },
    { name: 'a scheme AND-ed in', given: [op([bearer]), op([bearer, key])], want: { narrowed: true, widened: false } },
    { name: 'a scope added', given: [op([oauth('read')]), op([oauth('read', 'write')])], want: { narrowed: true, widened: false } },
    { name: 'bearer swapped for key', given: [op([bearer]), op([key])], want: { narrowed: true, widened: true } },
  ])('$name', ({ given, want }) => {
    expect(compareSecurity(given[0]!, given[1]!)).toMatchObject(want);
  });

  it('is undefined when nothing changed, and shows scopes', () => {
    expect(compareSecurity(op([oauth('read')]), op([oauth('read')]))).toBeUndefined();
    expect(showSecurity(op([oauth('read', 'write'), key], [bearer]))).toBe('oauth (read, write) + key or bearer');
    expect(showSecurity({ security: [], securityRequirements: [] })).toBe('none');
  });
});

describe('compareServers', () => {
  it('lists URLs removed and added', () => {
    expect(compareServers([{ url: 'a' }, { url: 'b' }], [{ url: 'b' }, { url: 'c' }])).toEqual({ removed: ['a'], added: ['c'] });
  });
});
