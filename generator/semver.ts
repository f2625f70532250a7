/**
 * Semantic versions (semver.org 2.0.0), the one definition the generator uses: which package versions are
 * valid (the config's `packageVersion`, the package.json the generator writes), how a free-text
 * `info.version` becomes a package version, and how the release step compares and bumps versions.
 *
 * Strict as the standard is: no leading zeros in numbers (`01.2.3`, `1.2.3-rc.01` are not versions), no empty
 * pre-release or build identifiers. npm refuses or rewrites such versions, so the generator never writes one.
 */

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

/** The part of a version a release bumps (the API diff decides which). */
export type VersionBump = 'major' | 'minor' | 'patch';

const NUMBER = '0|[1-9]\\d*';
const PRERELEASE_ID = `${NUMBER}|\\d*[A-Za-z-][0-9A-Za-z-]*`;
const BUILD_ID = '[0-9A-Za-z-]+';
const PATTERN = new RegExp(`^(${NUMBER})\\.(${NUMBER})\\.(${NUMBER})(?:-((?:${PRERELEASE_ID})(?:\\.(?:${PRERELEASE_ID}))*))?(?:\\+${BUILD_ID}(?:\\.${BUILD_ID})*)?$`);

/** The parts of a version, or undefined when it is not one. A leading `v` (as in `v1.2.3`) is read, as git tags write it. */
export function parseSemver(version: string): SemVer | undefined {
  const match = PATTERN.exec(version.trim().replace(/^v/, ''));
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ? match[4].split('.') : [] };
}

/** Whether the text is exactly a version, as npm writes one in package.json (no `v`, no surrounding spaces). */
export function isSemver(version: string): boolean {
  return PATTERN.test(version);
}

/** Negative when a < b, 0 when equal (build metadata ignored), positive when a > b; undefined if either is not semver. */
export function compareSemver(a: string, b: string): number | undefined {
  const x = parseSemver(a);
  const y = parseSemver(b);
  if (!x || !y) return undefined;
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (core) return Math.sign(core);
  // A release is above its own pre-releases.
  if (!x.prerelease.length || !y.prerelease.length) return Math.sign(y.prerelease.length - x.prerelease.length);
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i];
    const q = y.prerelease[i];
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const pNumeric = /^\d+$/.test(p);
    const qNumeric = /^\d+$/.test(q);
    // Without leading zeros, the longer number is the larger (and no digits are lost to floating point).
    if (pNumeric && qNumeric) return p.length !== q.length ? Math.sign(p.length - q.length) : p < q ? -1 : 1;
    // Numeric identifiers sort below alphanumeric ones; alphanumeric ones by ASCII order.
    if (pNumeric) return -1;
    if (qNumeric) return 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/**
 * The next version: major → X+1.0.0, minor → X.Y+1.0, patch → X.Y.Z+1. A pre-release is released as its
 * own version when that already is the right bump (1.0.0-rc.1 + major → 1.0.0), as npm does.
 */
export function bumpVersion(version: string, bump: VersionBump): string {
  const parsed = parseSemver(version);
  if (!parsed) throw new Error(`"${version}" is not a semantic version (MAJOR.MINOR.PATCH)`);
  const { major, minor, patch, prerelease } = parsed;
  if (prerelease.length) {
    if (bump === 'major' && minor === 0 && patch === 0) return `${major}.0.0`;
    if (bump === 'minor' && patch === 0) return `${major}.${minor}.0`;
    if (bump === 'patch') return `${major}.${minor}.${patch}`;
  }
  if (bump === 'major') return `${major + 1}.0.0`;
  if (bump === 'minor') return `${major}.${minor + 1}.0`;
  return `${major}.${minor}.${patch + 1}`;
}

/**
 * The spec's `info.version` (free text: `2024-06-20`, `v2`, `beta`) as a package version: kept when it is a
 * version, else its first three numbers without leading zeros (`2024-06-20` → `2024.6.20`, `v2` → `2.0.0`).
 */
export function packageVersionOf(specVersion: string): string {
  if (isSemver(specVersion)) return specVersion;
  const numbers = (specVersion.match(/\d+/g) ?? []).slice(0, 3).map((part) => String(Number(part)));
  while (numbers.length < 3) numbers.push('0');
  return numbers.join('.');
}
