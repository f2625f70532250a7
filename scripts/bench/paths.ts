/** Where the bench finds what it runs. */
import { fileURLToPath } from 'node:url';
import { join } from 'node:path';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const NODE = process.execPath;
export const CLI = join(ROOT, 'scripts/sdkgen.mjs');
export const TSC = join(ROOT, 'node_modules/.bin/tsc');
export const MEASURE = join(ROOT, 'scripts/bench/measure.mjs');
export const GATEWAY_SPEC = join(ROOT, 'spec/openapi.yaml');
export const CORPUS_MANIFEST = join(ROOT, 'scripts/corpus/corpus.json');
export const CORPUS_SPECS = join(ROOT, '.cache/corpus/specs');
/** generator/format/format-files.ts keeps its cache here, one file per output folder. */
export const FORMAT_CACHE = join(ROOT, 'node_modules/.cache/sdkgen');
export const GNU_TIME = '/usr/bin/time';
