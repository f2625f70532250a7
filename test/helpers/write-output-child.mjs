/**
 * A process of its own that writes a package with writeOutput, for the kill and concurrency tests of
 * test/write/write-output.test.ts. Arguments: the output folder and a JSON file of the generated files. It prints
 * `writing` right before the write starts and `done <ms>` after it ends. Plain JavaScript on the compiled
 * generator (dist/, kept fresh by test/helpers/build-cli.ts), so that each of the many children starts quickly.
 */
import { readFileSync } from 'node:fs';
import { writeOutput } from '../../dist/write/write-output.js';

const [out, filesJson] = process.argv.slice(2);
const files = JSON.parse(readFileSync(filesJson, 'utf8'));
process.stdout.write('writing\n');
const started = performance.now();
await writeOutput(out, files);
process.stdout.write(`done ${(performance.now() - started).toFixed(1)}\n`);
