/**
 * Bundle size of the generated gateway SDK as an application ships it: esbuild bundles a small app (minified, ESM,
 * tree-shaken, platform-neutral) and this prints its bytes, minified and gzipped. Prints figures; asserts nothing.
 *
 *   npm run bench:bundle
 *   npm run bench:bundle -- --modules     # also each app's bytes per source module (esbuild metafile)
 *
 * The apps: one chat call through the client class (what a user writes today, from the package root); the same
 * call as the standalone function on the bare core client (the floor a smaller client would reach: issue 24's
 * target is < 15 KB); and the whole package root, everything kept. Sources are read from generated/imarouter/src.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';

const SRC = fileURLToPath(new URL('../generated/imarouter/src/', import.meta.url));
const CHAT = "{ model: 'gpt-4.1-mini', messages: [{ role: 'user', content: 'Hello' }] }";

const APPS: { name: string; source: string }[] = [
  {
    name: 'one chat call, client class',
    source: `import { ImaRouter } from '${SRC}index.ts';\nconst client = new ImaRouter();\nconsole.log(await client.chat.completions.create(${CHAT}));\n`,
  },
  {
    name: 'one chat call, standalone function on the core client',
    source: `import { BaseClient } from '${SRC}core/base-client.ts';\nimport { createChatCompletions } from '${SRC}index.ts';\nconsole.log(await createChatCompletions(new BaseClient(), ${CHAT}));\n`,
  },
  { name: 'the whole package root', source: `export * from '${SRC}index.ts';\n` },
];

/** With `--modules`, each app's minified bytes per source module, the largest first. */
const PER_MODULE = process.argv.includes('--modules');

/** The modules' bytes in the output, largest first, named by their path under the SDK's src/ (the app: `app`). */
function moduleBytes(inputs: Record<string, { bytesInOutput: number }>): [string, number][] {
  return Object.entries(inputs)
    .map(([path, { bytesInOutput }]): [string, number] => [path.includes('/src/') ? path.slice(path.lastIndexOf('/src/') + 5) : 'app', bytesInOutput])
    .filter(([, bytes]) => bytes > 0)
    .sort((a, b) => b[1] - a[1]);
}

const scratch = await mkdtemp(join(tmpdir(), 'sdkgen-bundle-'));
try {
  console.log('bundle of the generated gateway SDK (esbuild, minified, ESM, tree-shaken)');
  for (const app of APPS) {
    const entry = join(scratch, 'app.ts');
    await writeFile(entry, app.source);
    const result = await build({
      entryPoints: [entry],
      bundle: true,
      minify: true,
      format: 'esm',
      platform: 'neutral',
      write: false,
      logLevel: 'silent',
      metafile: PER_MODULE,
      outfile: join(scratch, 'app.js'),
    });
    const code = result.outputFiles[0]!.contents;
    console.log(`  ${app.name.padEnd(56)} ${(code.length / 1024).toFixed(1).padStart(6)} KB min  ${(gzipSync(code).length / 1024).toFixed(1).padStart(5)} KB gzip`);
    if (PER_MODULE) {
      const inputs = Object.values(result.metafile!.outputs)[0]!.inputs;
      for (const [name, bytes] of moduleBytes(inputs)) console.log(`      ${(bytes / 1024).toFixed(2).padStart(6)} KB  ${name}`);
    }
  }
} finally {
  await rm(scratch, { recursive: true, force: true });
}
