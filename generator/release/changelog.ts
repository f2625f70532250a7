/**
 * The generated package's CHANGELOG.md: newest entry first, one per release, each naming the package version,
 * the date, the API (spec) version it was generated from and the API diff. The generator's writer never
 * touches it (it is not in the manifest), so it survives regeneration.
 */
import { renderChangeSections, summaryLine } from '../diff/render-markdown.ts';
import type { ApiDiff } from '../diff/types.ts';

export const CHANGELOG = 'CHANGELOG.md';

export interface ChangelogRelease {
  packageName: string;
  packageVersion: string;
  previousPackageVersion: string;
  /** YYYY-MM-DD. */
  date: string;
  diff: ApiDiff;
}

export function changelogHeader(packageName: string): string {
  return `# Changelog\n\nReleases of \`${packageName}\`, newest first. Versions follow semantic versioning: a breaking change to the SDK's operations or types is a major release, an addition a minor one. Each entry names the API version (the OpenAPI document's \`info.version\`) it was generated from.\n`;
}

export function renderEntry(release: ChangelogRelease): string {
  const { diff } = release;
  const api = diff.from.version === diff.to.version ? `API version ${diff.to.version} (unchanged)` : `API version ${diff.to.version} (was ${diff.from.version})`;
  return `## ${release.packageVersion} (${release.date})\n\n${api}; package version ${release.previousPackageVersion} → ${release.packageVersion}. ${summaryLine(diff)}\n\n${renderChangeSections(diff, 3)}`;
}

/** Puts the entry above the newest existing one, creating the file's header when there is none. */
export function prependEntry(existing: string | undefined, entry: string, packageName: string): string {
  const text = existing ?? changelogHeader(packageName);
  const first = text.search(/^## /m);
  const body = entry.endsWith('\n') ? entry : `${entry}\n`;
  if (first === -1) return `${text.replace(/\n*$/, '\n')}\n${body}`;
  return `${text.slice(0, first)}${body}\n${text.slice(first)}`;
}
