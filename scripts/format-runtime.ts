/**
 * Formats the static runtime files (templates/package/src/core/*.ts and templates/mcp/src/runtime/*.ts, copied
 * into every generated package as they are) with the generator's own Prettier options, so that generation never has to format them.
 * `test/format/static-runtime.test.ts` fails when one of them is not formatted: run `npm run format:runtime`.
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { GENERATED_HEADER, STATIC_FOLDERS } from '../generator/emit/static-runtime.ts';
import { formatText } from '../generator/format/prettier-options.ts';

for (const { set, path } of STATIC_FOLDERS) {
  const folder = fileURLToPath(new URL(`../templates/${set}/${path}`, import.meta.url));
  for (const name of (await readdir(folder)).filter((file) => file.endsWith('.ts'))) {
    const text = await readFile(join(folder, name), 'utf8');
    // Formatted as it ships: after the generated-file header.
    const formatted = (await formatText(GENERATED_HEADER + text, 'typescript')).slice(GENERATED_HEADER.length);
    if (formatted !== text) {
      await writeFile(join(folder, name), formatted);
      console.log(`formatted templates/${set}/${path}${name}`);
    }
  }
}
