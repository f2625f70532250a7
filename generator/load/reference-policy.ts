/**
 * What a `$ref` to another file may reach (docs/security.md). The spec is untrusted text: a reference must not
 * read the machine's files (`/etc/passwd`, `/proc/self/environ`, a symlink that points out) or reach hosts the
 * user did not name (an internal address), since what it reads ends up in the generated SDK.
 * - A spec read from disk: local files inside the spec's folder only, compared by real path (symlinks
 *   followed); http(s) URLs only on a host the user allowed.
 * - A spec fetched over http(s): URLs of its own origin and of allowed hosts; local files never.
 * - Any other scheme (`ftp:`, `data:`, …): never.
 */
import { relative, isAbsolute, sep } from 'node:path';

export interface ReferenceScope {
  /** The real path of the spec's folder, when the spec is a local file. */
  folder?: string;
  /** The origin of the spec (`https://host:port`), when it was fetched over http(s). */
  origin?: string;
  /** Hosts (`name`, or `name:port` for one port) the user allowed: `--allow-ref-host`, `allowRefHosts`. */
  allowedHosts: readonly string[];
}

export interface Refusal {
  /** Completes "the reference "…" …". */
  reason: string;
  hint: string;
}

const ALLOW_HOST_HINT = (host: string) =>
  `allow the host with --allow-ref-host ${host} (or "allowRefHosts": ["${host}"] in the config file), or save the file in the spec's folder and refer to it by a relative path`;

/** Whether an http(s) URL may be fetched: the spec's own origin, or a host the user allowed. */
export function reachable(url: URL, scope: ReferenceScope): boolean {
  if (scope.origin !== undefined && url.origin === scope.origin) return true;
  const names = [url.hostname.toLowerCase(), url.host.toLowerCase()];
  return scope.allowedHosts.some((host) => names.includes(host.toLowerCase()));
}

/** Why an http(s) address may not be fetched, or undefined (for a reference, and each redirect after it). */
export function urlRefusal(url: URL, scope: ReferenceScope): Refusal | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return { reason: `uses the scheme ${url.protocol}, which is never read`, hint: 'refer to a file by a path relative to the spec, or to an http(s) URL' };
  }
  if (reachable(url, scope)) return undefined;
  const whose = scope.origin === undefined ? 'a local spec' : `a spec fetched from ${scope.origin}`;
  return { reason: `reaches the host ${url.host}, which ${whose} may not reach unless allowed`, hint: ALLOW_HOST_HINT(url.host) };
}

/**
 * Why a reference is refused, or undefined when it may be read. `target` is the address it resolves to (against
 * the file that holds it), `fromRemote` whether that file was fetched over http(s), and `realPath` the real path
 * of a local target.
 */
export function referenceRefusal(target: URL, fromRemote: boolean, scope: ReferenceScope, realPath?: string): Refusal | undefined {
  if (target.protocol !== 'file:') return urlRefusal(target, scope);
  if (fromRemote || scope.folder === undefined) {
    return {
      reason: 'names a local file, which a document fetched over http(s) may never read',
      hint: 'no option allows this: download the spec with the files it refers to, and pass the local path',
    };
  }
  if (realPath === undefined || !inside(realPath, scope.folder)) {
    return {
      reason: `resolves to ${realPath ?? target.pathname}, outside the spec's folder ${scope.folder}`,
      hint: "copy the file into the spec's folder and refer to it by a relative path: local references resolve only inside it (symlinks followed)",
    };
  }
  return undefined;
}

function inside(path: string, folder: string): boolean {
  const rest = relative(folder, path);
  return rest === '' || (!isAbsolute(rest) && rest !== '..' && !rest.startsWith(`..${sep}`));
}
