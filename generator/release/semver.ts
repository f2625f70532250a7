/** The little of semver the release step needs: parse, compare, bump. */
import type { Bump } from '../diff/types.ts';

export interface SemVer {
  major: number;
  minor: number;
  patch: number;
  prerelease: string[];
}

const PATTERN = /^v?(0|[1-9]\d*)\.(0|[1-9]\d*)\.(0|[1-9]\d*)(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/;

export function parseSemver(version: string): SemVer | undefined {
  const match = PATTERN.exec(version.trim());
  if (!match) return undefined;
  return { major: Number(match[1]), minor: Number(match[2]), patch: Number(match[3]), prerelease: match[4] ? match[4].split('.') : [] };
}

export function isSemver(version: string): boolean {
  return parseSemver(version) !== undefined && !version.startsWith('v');
}

/** Negative when a < b, 0 when equal (build metadata ignored), positive when a > b; undefined if either is not semver. */
export function compareSemver(a: string, b: string): number | undefined {
  const x = parseSemver(a);
  const y = parseSemver(b);
  if (!x || !y) return undefined;
  const core = x.major - y.major || x.minor - y.minor || x.patch - y.patch;
  if (core) return Math.sign(core);
  if (!x.prerelease.length || !y.prerelease.length) return Math.sign(y.prerelease.length - x.prerelease.length);
  for (let i = 0; i < Math.max(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i];
    const q = y.prerelease.at(i);
    if (p === undefined) return -1;
    if (q === undefined) return 1;
    if (p === q) continue;
    const numeric = /^\d+$/.test(p) && /^\d+$/.test(q);
    if (numeric) return Math.sign(Number(p) - Number(q));
    if (/^\d+$/.test(p)) return -1;
    if (/^\d+$/.test(q)) return 1;
    return p < q ? -1 : 1;
  }
  return 0;
}

/**
 * The next version: major → X+1.0.0, minor → X.Y+1.0, patch → X.Y.Z+1. A pre-release is released as its
 * own version when that already is the right bump (1.0.0-rc.1 + major → 1.0.0), as npm does.
 */
export function bumpVersion(version: string, bump: Bump): string {
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
