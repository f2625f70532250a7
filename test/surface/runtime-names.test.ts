import { describe, expect, it } from 'vitest';
import { declaredNames, runtimeNames } from '../../generator/surface/runtime-names.ts';

describe('declaredNames', () => {
  it.each([
    ['export interface A {}', ['A']],
    ['export type B = string; type Hidden = number;', ['B']],
    ['export const c = 1, d = 2; const e = 3;', ['c', 'd']],
    ['export async function f() {}', ['f']],
    ['export class G { h() {} }', ['G']],
    ['function i() {} export { i };', ['i']],
  ])('%s → %j', (source, want) => expect(declaredNames('x.ts', source).exported).toEqual(want));

  it('lists the public members of a class', () => {
    expect(declaredNames('x.ts', 'export class C { readonly a = 1; #b = 2; c() {} get d() { return 1; } }').classMembers.get('C')).toEqual(['a', 'c', 'd']);
  });
});

describe('runtimeNames', () => {
  it('reads the runtime sources, the base-client template included', () => {
    const { exported, clientMembers } = runtimeNames();
    for (const name of ['APIPromise', 'toFile', 'APIError', 'isAPIError', 'Stream', 'WaitOptions', 'BaseClient', 'ClientOptions']) expect(exported, name).toContain(name);
    for (const member of ['request', 'baseURL', 'timeout', 'maxRetries', 'toJSON']) expect(clientMembers, member).toContain(member);
  });
});
