/**
 * The runtime files that are the same in every generated package (errors, HTTP, retries, streaming, polling…):
 * plain TypeScript under templates/package/src/core/, copied as they are; likewise the MCP package's server
 * (templates/mcp/src/runtime/). They are kept formatted with the
 * generator's own Prettier options (scripts/format-runtime.ts; a test checks it), so generation does not
 * format them again: their input never changes from one spec to the next.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The first line of every generated TypeScript file. */
export const GENERATED_HEADER = '// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.\n';

/** Where the static runtime files are, inside templates/package/ and inside the generated package alike. */
export const STATIC_RUNTIME = 'src/core/';

/** Where the MCP package's static server files are, inside templates/mcp/ and inside the generated package alike. */
export const MCP_RUNTIME = 'src/runtime/';

/** The folders of static files: templates/<set>/<path>, copied to <path> in the package. */
export const STATIC_FOLDERS = [
  { set: 'package', path: STATIC_RUNTIME },
  { set: 'mcp', path: MCP_RUNTIME },
] as const;

function filesOf(set: string, path: string): { path: string; content: string }[] {
  const folder = fileURLToPath(new URL(`../../templates/${set}/${path}`, import.meta.url));
  return readdirSync(folder)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({ path: `${path}${name}`, content: GENERATED_HEADER + readFileSync(folder + name, 'utf8') }));
}

/** Each static runtime file as it goes into the SDK package (path inside the package, content with the header). */
export function staticRuntimeFiles(): { path: string; content: string }[] {
  return filesOf('package', STATIC_RUNTIME);
}

/** Each static file of the MCP package's server, likewise. */
export function mcpRuntimeFiles(): { path: string; content: string }[] {
  return filesOf('mcp', MCP_RUNTIME);
}
