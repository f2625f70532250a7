/**
 * The runtime files that are the same in every generated package (errors, HTTP, retries, streaming, polling…):
 * plain TypeScript under templates/package/src/core/, copied as they are. They are kept formatted with the
 * generator's own Prettier options (scripts/format-runtime.ts; a test checks it), so generation does not
 * format them again: their input never changes from one spec to the next.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The first line of every generated TypeScript file. */
export const GENERATED_HEADER = '// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.\n';

/** Where the static runtime files are, inside templates/package/ and inside the generated package alike. */
export const STATIC_RUNTIME = 'src/core/';

const FOLDER = fileURLToPath(new URL(`../../templates/package/${STATIC_RUNTIME}`, import.meta.url));

/** Each static runtime file as it goes into the package (path inside the package, content with the header). */
export function staticRuntimeFiles(): { path: string; content: string }[] {
  return readdirSync(FOLDER)
    .filter((name) => name.endsWith('.ts'))
    .sort()
    .map((name) => ({ path: `${STATIC_RUNTIME}${name}`, content: GENERATED_HEADER + readFileSync(FOLDER + name, 'utf8') }));
}
