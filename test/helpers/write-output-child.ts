/**
 * A process of its own that writes a package with writeOutput, for the kill and concurrency tests of
 * test/write/write-output.test.ts. Arguments: the output folder and a JSON file of the generated files. It prints
 * `writing` right before the write starts and `done <ms>` after it ends.
 */
import { readFileSync } from 'node:fs';
import type { GeneratedFile } from '../../generator/emit/emit-package.ts';
import { writeOutput } from '../../generator/write/write-output.ts';

const [out, filesJson] = process.argv.slice(2) as [string, string];
const files = JSON.parse(readFileSync(filesJson, 'utf8')) as GeneratedFile[];
process.stdout.write('writing\n');
const started = performance.now();
await writeOutput(out, files);
process.stdout.write(`done ${(performance.now() - started).toFixed(1)}\n`);
