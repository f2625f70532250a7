/** The one semver definition: what is a version, how versions order, how they bump, what `info.version` becomes. */
import { describe, expect, it } from 'vitest';
import { bumpVersion, compareSemver, isSemver, packageVersionOf, parseSemver, type VersionBump } from '../generator/semver.ts';

describe('isSemver: exactly a version, as npm writes one', () => {
  const cases: [string, boolean][] = [
    ['1.2.3', true],
    ['0.0.0', true],
    ['10.20.30', true],
    ['1.0.0-rc.1', true],
    ['1.0.0-0.3.7', true],
    ['1.0.0-x-y-z.--', true],
    ['1.0.0-alpha+001', true],
    ['1.0.0+20130313144700', true],
    ['1.0.0-0a.1', true],
    ['01.2.3', false],
    ['1.02.3', false],
    ['1.2.03', false],
    ['1.2.3-rc.01', false],
    ['1.2.3-', false],
    ['1.2.3-rc..1', false],
    ['1.2.3+', false],
    ['1.2.3+a..b', false],
    ['1.2', false],
    ['1.2.3.4', false],
    ['v1.2.3', false],
    [' 1.2.3', false],
    ['2024-06-20', false],
    ['latest', false],
  ];
  it.each(cases)('%j → %s', (version, want) => {
    expect(isSemver(version)).toBe(want);
  });
});

describe('parseSemver', () => {
  const cases: [string, ReturnType<typeof parseSemver>][] = [
    ['1.2.3', { major: 1, minor: 2, patch: 3, prerelease: [] }],
    ['v1.2.3', { major: 1, minor: 2, patch: 3, prerelease: [] }],
    [' 2.0.0-rc.1+build.7 ', { major: 2, minor: 0, patch: 0, prerelease: ['rc', '1'] }],
    ['01.2.3', undefined],
    ['vv1.2.3', undefined],
  ];
  it.each(cases)('%j', (version, want) => {
    expect(parseSemver(version)).toEqual(want);
  });
});

describe('compareSemver', () => {
  const cases: [string, string, number | undefined][] = [
    ['1.5.18', '1.5.17', 1],
    ['1.5.9', '1.5.17', -1],
    ['2.0.0', '10.0.0', -1],
    ['1.2.3', '1.2.3', 0],
    ['v1.2.3', '1.2.3', 0],
    ['1.6.0+build.5', '1.6.0', 0],
    ['1.6.0-rc.1', '1.6.0', -1],
    ['1.6.0', '1.6.0-rc.1', 1],
    ['1.6.0-rc.2', '1.6.0-rc.10', -1],
    ['1.0.0-alpha', '1.0.0-alpha.1', -1],
    ['1.0.0-alpha.1', '1.0.0-alpha.beta', -1],
    ['1.0.0-beta', '1.0.0-alpha.beta', 1],
    ['1.0.0-1', '1.0.0-alpha', -1],
    ['1.0.0-99999999999999999999', '1.0.0-99999999999999999998', 1],
    ['2024-05', '1.0.0', undefined],
    ['1.0.0', '01.0.0', undefined],
  ];
  it.each(cases)('%s vs %s → %s', (a, b, want) => {
    expect(compareSemver(a, b)).toBe(want);
  });
});

describe('bumpVersion', () => {
  const cases: [string, VersionBump, string][] = [
    ['1.5.17', 'major', '2.0.0'],
    ['1.5.17', 'minor', '1.6.0'],
    ['1.5.17', 'patch', '1.5.18'],
    ['0.3.9', 'major', '1.0.0'],
    ['0.3.9', 'minor', '0.4.0'],
    ['1.2.3+build.1', 'patch', '1.2.4'],
    ['2.0.0-rc.1', 'major', '2.0.0'],
    ['2.1.0-beta.2', 'major', '3.0.0'],
    ['2.1.0-beta.2', 'minor', '2.1.0'],
    ['2.1.3-beta.2', 'minor', '2.2.0'],
    ['2.1.3-beta.2', 'patch', '2.1.3'],
  ];
  it.each(cases)('%s + %s → %s', (version, bump, want) => {
    expect(bumpVersion(version, bump)).toBe(want);
  });

  it.each(['latest', '01.2.3', ''])('refuses %j', (version) => {
    expect(() => bumpVersion(version, 'patch')).toThrow(/is not a semantic version/);
  });
});

describe('packageVersionOf: info.version as a package version', () => {
  const cases: [string, string][] = [
    ['1.5.17', '1.5.17'],
    ['2.0.0-beta.1', '2.0.0-beta.1'],
    ['2024-06-20', '2024.6.20'],
    ['v2', '2.0.0'],
    ['v1.2.3', '1.2.3'],
    ['01.02.03', '1.2.3'],
    ['1.0', '1.0.0'],
    ['3.1.4.1', '3.1.4'],
    ['beta', '0.0.0'],
  ];
  it.each(cases)('%j → %s', (specVersion, want) => {
    expect(packageVersionOf(specVersion)).toBe(want);
    expect(isSemver(packageVersionOf(specVersion))).toBe(true);
  });
});
