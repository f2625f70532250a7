/** npm needs a semantic version; `info.version` is free text (`2024-06-20`, `v2`, `beta`). */
const SEMVER = /^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/;

export function isSemver(version: string): boolean {
  return SEMVER.test(version);
}

/** The spec version as a package version: kept when it is semver, else its first three numbers (`2024-06-20` → `2024.6.20`). */
export function packageVersionOf(specVersion: string): string {
  if (isSemver(specVersion)) return specVersion;
  const numbers = (specVersion.match(/\d+/g) ?? []).slice(0, 3).map((part) => String(Number(part)));
  while (numbers.length < 3) numbers.push('0');
  return numbers.join('.');
}
