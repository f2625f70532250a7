/**
 * Mutation fuzzing (slow tier, `npm run test:fuzz`; skipped by the default `npm test`).
 *
 * Each mutant is the gateway spec (spec/openapi.yaml), usually cut down to a random slice of its operations and
 * the components they reach (so that hundreds of generations fit in minutes; every 100th mutant keeps the whole
 * document), with 1–3 random structural mutations: a deleted key, a value of the wrong type, an emptied object,
 * a changed `type`, a duplicated or renamed schema, a broken `$ref`, a reference cycle, … Each is generated
 * through the pipeline API (`generate()`, `check: true`, so nothing is written) and must either succeed or fail
 * with a `GeneratorError`; anything else (a stack trace) or a hang fails the test. Every 10th mutant (and each
 * whole-document one) is written out and, when it generated, type-checked under `tsc --strict`. Outputs go to
 * two folders per worker under .cache/fuzz/ (reused: the generator's format cache is kept per output folder).
 *
 * Reproducible: a seeded PRNG per mutant. `FUZZ_SEED` (default 7), `FUZZ_COUNT` (default 510), `FUZZ_ONLY=12,40`
 * to rerun some mutants; failing mutants are saved under .tmp/fuzz-failures/ for a look.
 *
 * Generations run in two worker threads; a worker stuck on one mutant (an infinite loop) is terminated by a
 * watchdog and replaced, and the mutant is reported as a hang.
 */
import { availableParallelism } from 'node:os';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import ts from 'typescript';
import { parse } from 'yaml';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/golden-cases.ts';
import { tempDir } from '../helpers/run-cli.ts';

const ENABLED = Boolean(process.env.FUZZ);
const SEED = Number(process.env.FUZZ_SEED ?? 7);
const COUNT = Number(process.env.FUZZ_COUNT ?? 510);
const ONLY = process.env.FUZZ_ONLY?.split(',').map(Number);
const COMPILE_EVERY = 10;
const FULL_EVERY = 100;
const WORKERS = Math.max(1, Math.min(2, availableParallelism()));
const FUZZ_OUT = join(ROOT, '.cache/fuzz');

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type JsonObject = { [key: string]: Json };
type Path = (string | number)[];

// ---------------------------------------------------------------------------------------------------------------
// Seeded randomness.

function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

class Random {
  constructor(readonly next: () => number) {}
  int(n: number): number {
    return Math.floor(this.next() * n);
  }
  pick<T>(items: readonly T[]): T {
    return items[this.int(items.length)]!;
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
}

// ---------------------------------------------------------------------------------------------------------------
// Document helpers.

const isObject = (value: unknown): value is JsonObject => value !== null && typeof value === 'object' && !Array.isArray(value);
const clone = <T>(value: T): T => structuredClone(value);
const escapePointer = (part: string | number) => String(part).replace(/~/g, '~0').replace(/\//g, '~1');
const pointer = (path: Path) => '#' + path.map((part) => '/' + escapePointer(part)).join('');

function get(root: Json, path: Path): Json | undefined {
  let node: Json | undefined = root;
  for (const part of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, Json>)[part as string];
  }
  return node;
}

function set(root: Json, path: Path, value: Json): void {
  const parent = get(root, path.slice(0, -1));
  if (parent !== null && typeof parent === 'object') (parent as Record<string, Json>)[path.at(-1) as string] = value;
}

/** Every node with its path (containers and leaves), in document order. */
function nodes(root: Json, under: Path = []): { path: Path; value: Json }[] {
  const found: { path: Path; value: Json }[] = [];
  const visit = (node: Json, path: Path) => {
    found.push({ path, value: node });
    if (Array.isArray(node)) node.forEach((item, index) => visit(item, [...path, index]));
    else if (isObject(node)) for (const [key, value] of Object.entries(node)) visit(value, [...path, key]);
  };
  const start = get(root, under);
  if (start !== undefined) visit(start, under);
  return found;
}

const refsIn = (node: Json) => nodes(node).filter(({ value }) => isObject(value) && typeof value.$ref === 'string');
const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'options', 'head', 'trace'];

/** Every internal `$ref` target reachable from a node, followed transitively through the document. */
function reachableComponents(document: JsonObject, from: Json): Set<string> {
  const seen = new Set<string>();
  const queue = [from];
  while (queue.length) {
    for (const { value } of refsIn(queue.pop()!)) {
      const ref = (value as JsonObject).$ref as string;
      const match = /^#\/components\/([^/]+)\/([^/]+)$/.exec(ref);
      if (!match || seen.has(ref)) continue;
      seen.add(ref);
      const target = get(document, ['components', match[1]!, match[2]!.replace(/~1/g, '/').replace(/~0/g, '~')]);
      if (target !== undefined) queue.push(target);
    }
  }
  return seen;
}

/** A random slice: the operations of one tag, or 1–3 path items, and the components they reach. */
function slice(document: JsonObject, random: Random): { doc: JsonObject; what: string } {
  const paths = document.paths as JsonObject;
  const keys = Object.keys(paths);
  let chosen: string[];
  let what: string;
  if (random.chance(0.5)) {
    const tags = [...new Set(keys.flatMap((key) => HTTP_METHODS.flatMap((method) => ((get(paths, [key, method, 'tags']) as string[] | undefined) ?? []).slice(0, 1))))];
    const tag = random.pick(tags);
    chosen = keys.filter((key) => HTTP_METHODS.some((method) => (get(paths, [key, method, 'tags']) as string[] | undefined)?.[0] === tag));
    what = `tag ${JSON.stringify(tag)}`;
  } else {
    chosen = [...new Set(Array.from({ length: 1 + random.int(3) }, () => random.pick(keys)))];
    what = `paths ${chosen.join(', ')}`;
  }
  const doc = clone(document);
  doc.paths = Object.fromEntries(chosen.map((key) => [key, clone(paths[key]!)]));
  const keep = reachableComponents(document, doc.paths);
  const components = (document.components ?? {}) as Record<string, JsonObject>;
  doc.components = Object.fromEntries(
    Object.entries(components).map(([kind, entries]) => [
      kind,
      kind === 'securitySchemes'
        ? clone(entries)
        : Object.fromEntries(
            Object.entries(entries)
              .filter(([name]) => keep.has(`#/components/${kind}/${escapePointer(name)}`))
              .map(([name, value]) => [name, clone(value)]),
          ),
    ]),
  );
  return { doc, what };
}

// ---------------------------------------------------------------------------------------------------------------
// Mutations. Each changes the document in place and says what it did.

const WRONG_VALUES: Json[] = [42, -1, 3.5, 0, '', 'text', true, false, null, [], {}, [1, 'a', null], { unexpected: 1 }];
const TYPES: Json[] = ['string', 'integer', 'number', 'boolean', 'array', 'object', 'null', 'file', 'any', 'Strng', ['string', 'null'], ['integer', 'string'], [], 7];
const BAD_REFS: Json[] = [
  '#/components/schemas/DoesNotExist',
  '#/nope',
  '#',
  '#/components/schemas',
  '#/info',
  '#/paths',
  'missing-file.yaml#/X',
  '',
  '#/components/schemas/',
  '#components/schemas/X',
  '#/components/schemas/%ZZ',
  42,
  null,
];
const NAME_VARIANTS = (name: string): string[] => [
  name.toLowerCase(),
  name.toUpperCase(),
  `${name}.v2`,
  `${name}-copy`,
  `${name} copy`,
  `1${name}`,
  `${name}_`,
  'Promise',
  'Error',
  'JSONValue',
  'constructor',
  `${name}Input`,
  `${name}Params`,
];

function schemaNames(doc: JsonObject): string[] {
  return Object.keys((get(doc, ['components', 'schemas']) ?? {}) as JsonObject);
}

/** Schema objects anywhere in the document (anything with a type, properties, combinator or $ref). */
function schemaNodes(doc: JsonObject): { path: Path; value: JsonObject }[] {
  return nodes(doc).filter(
    (node): node is { path: Path; value: JsonObject } =>
      isObject(node.value) && ['type', 'properties', 'allOf', 'oneOf', 'anyOf', 'items', 'enum', '$ref'].some((key) => key in (node.value as JsonObject)),
  );
}

function renameRefs(doc: JsonObject, from: string, to: string): void {
  for (const { value } of refsIn(doc)) {
    const object = value as JsonObject;
    if (object.$ref === `#/components/schemas/${escapePointer(from)}`) object.$ref = `#/components/schemas/${escapePointer(to)}`;
  }
}

const MUTATIONS: Record<string, (doc: JsonObject, random: Random) => string | undefined> = {
  deleteKey(doc, random) {
    const objects = nodes(doc).filter(({ value }) => isObject(value) && Object.keys(value).length > 0);
    const { path, value } = random.pick(objects);
    const key = random.pick(Object.keys(value as JsonObject));
    delete (value as JsonObject)[key];
    return `delete ${pointer([...path, key])}`;
  },
  wrongType(doc, random) {
    const candidates = nodes(doc).filter(({ path }) => path.length > 0);
    const { path, value } = random.pick(candidates);
    const replacement = random.pick(WRONG_VALUES.filter((candidate) => typeof candidate !== typeof value || Array.isArray(candidate) !== Array.isArray(value)));
    set(doc, path, clone(replacement));
    return `${pointer(path)} = ${JSON.stringify(replacement)}`;
  },
  emptyContainer(doc, random) {
    const containers = nodes(doc).filter(({ path, value }) => path.length > 0 && value !== null && typeof value === 'object');
    const { path, value } = random.pick(containers);
    set(doc, path, Array.isArray(value) ? [] : {});
    return `${pointer(path)} emptied`;
  },
  changeType(doc, random) {
    const typed = schemaNodes(doc).filter(({ value }) => 'type' in value);
    if (!typed.length) return undefined;
    const { path, value } = random.pick(typed);
    value.type = clone(random.pick(TYPES));
    return `${pointer([...path, 'type'])} = ${JSON.stringify(value.type)}`;
  },
  duplicateSchema(doc, random) {
    const names = schemaNames(doc);
    if (!names.length) return undefined;
    const name = random.pick(names);
    const copy = random.pick(NAME_VARIANTS(name));
    const schemas = get(doc, ['components', 'schemas']) as JsonObject;
    schemas[copy] = clone(schemas[name]!);
    // Sometimes point a reference at the copy, so it is used.
    const refs = refsIn(doc).filter(({ value }) => (value as JsonObject).$ref === `#/components/schemas/${escapePointer(name)}`);
    if (refs.length && random.chance(0.5)) (random.pick(refs).value as JsonObject).$ref = `#/components/schemas/${escapePointer(copy)}`;
    return `schema ${name} duplicated as ${JSON.stringify(copy)}`;
  },
  renameSchema(doc, random) {
    const names = schemaNames(doc);
    if (!names.length) return undefined;
    const name = random.pick(names);
    const to = random.pick(NAME_VARIANTS(name));
    const schemas = get(doc, ['components', 'schemas']) as JsonObject;
    if (to in schemas) return undefined;
    schemas[to] = schemas[name]!;
    delete schemas[name];
    const updateRefs = random.chance(0.7);
    if (updateRefs) renameRefs(doc, name, to);
    return `schema ${name} renamed to ${JSON.stringify(to)}${updateRefs ? '' : ' (references left dangling)'}`;
  },
  breakRef(doc, random) {
    const refs = refsIn(doc);
    if (!refs.length) return undefined;
    const { path, value } = random.pick(refs);
    const replacement = random.pick(BAD_REFS);
    (value as JsonObject).$ref = clone(replacement);
    return `${pointer([...path, '$ref'])} = ${JSON.stringify(replacement)}`;
  },
  injectCycle(doc, random) {
    const names = schemaNames(doc);
    if (!names.length) return undefined;
    const schemas = get(doc, ['components', 'schemas']) as JsonObject;
    const a = random.pick(names);
    const b = random.pick(names);
    const refA = { $ref: `#/components/schemas/${escapePointer(a)}` };
    const refB = { $ref: `#/components/schemas/${escapePointer(b)}` };
    const kind = random.pick(['property', 'allOf', 'alias', 'items', 'additionalProperties', 'oneOf', 'not', 'mutual-allOf']);
    const target = schemas[a];
    if (!isObject(target)) return undefined;
    switch (kind) {
      case 'property':
        target.properties = { ...(isObject(target.properties) ? target.properties : {}), self: refA };
        break;
      case 'allOf':
        target.allOf = [...(Array.isArray(target.allOf) ? target.allOf : []), refA];
        break;
      case 'alias':
        schemas[a] = refB;
        schemas[b] = refA;
        break;
      case 'items':
        schemas[a] = { type: 'array', items: refA };
        break;
      case 'additionalProperties':
        target.additionalProperties = refA;
        break;
      case 'oneOf':
        schemas[a] = { oneOf: [clone(target), refA, { type: 'null' }] };
        break;
      case 'not':
        target.not = refA;
        break;
      case 'mutual-allOf':
        target.allOf = [refB];
        if (isObject(schemas[b])) (schemas[b] as JsonObject).allOf = [refA];
        break;
    }
    return `cycle (${kind}) through ${a}${kind === 'alias' || kind === 'mutual-allOf' ? ` and ${b}` : ''}`;
  },
  requiredMismatch(doc, random) {
    const objects = schemaNodes(doc).filter(({ value }) => isObject(value.properties));
    if (!objects.length) return undefined;
    const { path, value } = random.pick(objects);
    value.required = random.pick<Json>([['does_not_exist'], 'id', [1, null], [], Object.keys(value.properties as JsonObject).concat('ghost'), true]);
    return `${pointer([...path, 'required'])} = ${JSON.stringify(value.required)}`;
  },
  enumOddities(doc, random) {
    const schemas = schemaNodes(doc);
    const { path, value } = random.pick(schemas);
    value.enum = clone(random.pick<Json>([[], [null], ['a', 1, true, null, { x: 1 }, [1]], 'not-a-list', ['dup', 'dup'], ['', ' '], [1.5, -0, 1e21]]));
    return `${pointer([...path, 'enum'])} = ${JSON.stringify(value.enum)}`;
  },
  operationOddities(doc, random) {
    const operations = Object.entries(doc.paths as JsonObject).flatMap(([key, item]) =>
      isObject(item) ? HTTP_METHODS.filter((method) => method in item).map((method) => ({ key, method, item })) : [],
    );
    if (!operations.length) return undefined;
    const { key, method, item } = random.pick(operations);
    const operation = item[method] as JsonObject;
    const change = random.pick([
      'no-responses',
      'same-operationId',
      'upper-method',
      'body-parameter',
      'path-param-optional',
      'parameter-without-schema',
      'only-default-response',
      'empty-content',
      'duplicate-parameter',
    ]);
    switch (change) {
      case 'no-responses':
        delete operation.responses;
        break;
      case 'same-operationId': {
        const other = random.pick(operations);
        if (isObject(other.item[other.method])) (other.item[other.method] as JsonObject).operationId = operation.operationId ?? 'sameId';
        operation.operationId = operation.operationId ?? 'sameId';
        break;
      }
      case 'upper-method':
        item[method.toUpperCase()] = operation;
        delete item[method];
        break;
      case 'body-parameter':
        operation.parameters = [...(Array.isArray(operation.parameters) ? operation.parameters : []), { name: 'body', in: 'body', schema: { type: 'object' } }];
        break;
      case 'path-param-optional':
        operation.parameters = [...(Array.isArray(operation.parameters) ? operation.parameters : []), { name: 'extra', in: 'path', required: false }];
        break;
      case 'parameter-without-schema':
        operation.parameters = [...(Array.isArray(operation.parameters) ? operation.parameters : []), { name: 'q', in: 'query' }];
        break;
      case 'only-default-response':
        operation.responses = { default: { description: 'anything' } };
        break;
      case 'empty-content':
        operation.requestBody = { content: {} };
        break;
      case 'duplicate-parameter': {
        const parameter = { name: 'dup', in: 'query', schema: { type: 'string' } };
        operation.parameters = [...(Array.isArray(operation.parameters) ? operation.parameters : []), parameter, clone(parameter)];
        break;
      }
    }
    return `${method.toUpperCase()} ${key}: ${change}`;
  },
  transplant(doc, random) {
    const schemas = schemaNodes(doc);
    if (schemas.length < 2) return undefined;
    const from = random.pick(schemas);
    const to = random.pick(schemas);
    set(doc, to.path, clone(from.value));
    return `${pointer(to.path)} replaced by a copy of ${pointer(from.path)}`;
  },
  deepNesting(doc, random) {
    const schemas = schemaNodes(doc).filter(({ path }) => path.length > 0);
    if (!schemas.length) return undefined;
    const { path, value } = random.pick(schemas);
    let nested: Json = clone(value);
    const depth = 20 + random.int(60);
    for (let level = 0; level < depth; level++) nested = random.chance(0.5) ? { type: 'array', items: nested } : { allOf: [nested] };
    set(doc, path, nested);
    return `${pointer(path)} nested ${depth} levels deep`;
  },
};

export interface Mutant {
  index: number;
  full: boolean;
  slice: string;
  mutations: string[];
  document: JsonObject;
}

function makeMutant(base: JsonObject, index: number): Mutant {
  const random = new Random(mulberry32(SEED * 1_000_003 + index));
  const full = index % FULL_EVERY === 0;
  const { doc, what } = full ? { doc: clone(base), what: 'whole document' } : slice(base, random);
  const mutations: string[] = [];
  const count = 1 + random.int(3);
  for (let attempt = 0; mutations.length < count && attempt < 20; attempt++) {
    const name = random.pick(Object.keys(MUTATIONS));
    const done = MUTATIONS[name]!(doc, random);
    if (done) mutations.push(`${name}: ${done}`);
  }
  return { index, full, slice: what, mutations, document: doc };
}

// ---------------------------------------------------------------------------------------------------------------
// Generation in worker threads, with a watchdog.

interface Job {
  id: number;
  spec: string;
  output: string;
  write: boolean;
}

type Result =
  | { id: number; kind: 'generated'; ms: number; operations: number; types: number; warnings: number }
  | { id: number; kind: 'refused'; ms: number; message: string; located: boolean }
  | { id: number; kind: 'crashed'; ms: number; message: string }
  | { id: number; kind: 'hang'; ms: number; message: string };

const WORKER_SOURCE = `
import { parentPort, workerData } from 'node:worker_threads';
const { register } = await import(workerData.tsxApi);
register();
const { generate } = await import(workerData.pipeline);
const { GeneratorError } = await import(workerData.errors);
parentPort.on('message', async (job) => {
  const started = performance.now();
  try {
    const result = await generate({ spec: job.spec, output: job.output, settings: {}, settingsSource: 'fuzz', check: !job.write });
    parentPort.postMessage({ id: job.id, kind: 'generated', ms: performance.now() - started, operations: result.api.operations.length, types: result.api.schemas.length, warnings: result.warnings.length });
  } catch (error) {
    const ms = performance.now() - started;
    if (error instanceof GeneratorError) {
      const located = Boolean(error.location && (error.location.line !== undefined || error.location.pointer !== undefined));
      parentPort.postMessage({ id: job.id, kind: 'refused', ms, message: error.format(), located });
    } else {
      parentPort.postMessage({ id: job.id, kind: 'crashed', ms, message: String((error && error.stack) || error) });
    }
  }
});
parentPort.postMessage({ kind: 'ready' });
`;

class GeneratorWorker {
  private worker!: Worker;
  private ready!: Promise<void>;
  private pending?: { resolve: (result: Result) => void; timer: NodeJS.Timeout; job: Job; started: number };

  constructor() {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(new URL(`data:text/javascript,${encodeURIComponent(WORKER_SOURCE)}`), {
      workerData: {
        tsxApi: pathToFileURL(join(ROOT, 'node_modules/tsx/dist/esm/api/index.mjs')).href,
        pipeline: pathToFileURL(join(ROOT, 'generator/pipeline.ts')).href,
        errors: pathToFileURL(join(ROOT, 'generator/errors.ts')).href,
      },
      resourceLimits: { maxOldGenerationSizeMb: 4096 },
    });
    this.ready = new Promise((resolve, reject) => {
      this.worker.once('message', () => resolve());
      this.worker.once('error', reject);
    });
    this.worker.on('message', (message: Result | { kind: 'ready' }) => {
      if (message.kind === 'ready' || !this.pending || message.id !== this.pending.job.id) return;
      const { resolve, timer } = this.pending;
      clearTimeout(timer);
      this.pending = undefined;
      resolve(message);
    });
    this.worker.on('error', (error) => this.fail(`worker died: ${error.stack ?? error}`));
    this.worker.on('exit', (code) => this.fail(`worker exited with code ${code}`));
  }

  private fail(message: string): void {
    if (!this.pending) return;
    const { resolve, timer, job, started } = this.pending;
    clearTimeout(timer);
    this.pending = undefined;
    resolve({ id: job.id, kind: 'crashed', ms: performance.now() - started, message });
  }

  async run(job: Job, timeoutMs: number): Promise<Result> {
    await this.ready;
    return new Promise((resolve) => {
      const started = performance.now();
      const timer = setTimeout(() => {
        this.pending = undefined;
        resolve({ id: job.id, kind: 'hang', ms: performance.now() - started, message: `no answer within ${timeoutMs / 1000} s` });
        // A stuck worker is replaced: terminate() stops even a synchronous infinite loop.
        const stuck = this.worker;
        stuck.removeAllListeners();
        stuck.on('error', () => {});
        void stuck.terminate();
        this.start();
      }, timeoutMs);
      this.pending = { resolve, timer, job, started };
      this.worker.postMessage(job);
    });
  }

  async stop(): Promise<void> {
    this.worker.removeAllListeners();
    await this.worker.terminate();
  }
}

// ---------------------------------------------------------------------------------------------------------------

/** Type-checks one written output under `tsc --strict`; the previous program is reused (lib files parse once). */
function typeCheck(out: string, previous?: ts.Program): { errors: string[]; program: ts.Program } {
  const configFile = join(out, 'tsconfig.json');
  const parsed = ts.parseJsonConfigFileContent(ts.readConfigFile(configFile, ts.sys.readFile).config, ts.sys, out, undefined, configFile);
  const options = { ...parsed.options, strict: true, noEmit: true, outDir: undefined, rootDir: undefined, declaration: false, declarationMap: false, sourceMap: false };
  const program = ts.createProgram({ rootNames: parsed.fileNames, options, oldProgram: previous });
  const errors = ts.getPreEmitDiagnostics(program).map((diagnostic) => {
    const file = diagnostic.file?.fileName ?? '';
    const line = diagnostic.file && diagnostic.start !== undefined ? diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1 : 0;
    return `${file.startsWith(out) ? relative(out, file) : file}:${line}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
  });
  return { errors, program };
}

interface MutantRecord {
  mutant: Omit<Mutant, 'document'>;
  spec: string;
  result: Result;
  compiled?: string[];
}

describe.skipIf(!ENABLED)('fuzz: structural mutations of the gateway spec', () => {
  let work: Awaited<ReturnType<typeof tempDir>>;
  const records: MutantRecord[] = [];
  let started = 0;

  beforeAll(async () => {
    work = await tempDir('sdkgen-fuzz-');
  });
  afterAll(async () => work?.remove());

  it(
    `${ONLY ? ONLY.length : COUNT} mutants generate or fail with a GeneratorError; sampled outputs compile`,
    async () => {
      started = performance.now();
      const base = parse(await readFile(join(ROOT, 'spec/openapi.yaml'), 'utf8')) as JsonObject;
      const indices = ONLY ?? Array.from({ length: COUNT }, (_, index) => index);
      const workers = Array.from({ length: WORKERS }, () => new GeneratorWorker());
      const queue = [...indices];
      await Promise.all(
        workers.map(async (worker, slot) => {
          // One output folder per worker, reused: the generator keeps a format cache per output folder under
          // node_modules/.cache, so a folder per mutant would leave hundreds of cache files behind.
          const checkOut = join(FUZZ_OUT, `check-${slot}`);
          const sampleOut = join(FUZZ_OUT, `sample-${slot}`);
          let program: ts.Program | undefined;
          for (let index = queue.shift(); index !== undefined; index = queue.shift()) {
            const { document, ...mutant } = makeMutant(base, index);
            const spec = join(work.path, `mutant-${index}.json`);
            await writeFile(spec, JSON.stringify(document, null, 1));
            // Every COMPILE_EVERY-th mutant (and each whole-document one) is written out and type-checked.
            const write = index % COMPILE_EVERY === 0 || mutant.full;
            const result = await worker.run({ id: index, spec, output: write ? sampleOut : checkOut, write }, mutant.full ? 300_000 : 120_000);
            let compiled: string[] | undefined;
            if (write && result.kind === 'generated') ({ errors: compiled, program } = typeCheck(sampleOut, program));
            records.push({ mutant, spec, result, ...(compiled && { compiled }) });
          }
        }),
      );
      await Promise.all(workers.map((worker) => worker.stop()));

      const sampled = records.filter((record) => record.compiled);

      // Keep what failed, for a look and a rerun with FUZZ_ONLY.
      const failed = records.filter((record) => record.result.kind === 'crashed' || record.result.kind === 'hang' || (record.compiled?.length ?? 0) > 0);
      if (failed.length) {
        const dir = join(ROOT, '.tmp/fuzz-failures');
        await mkdir(dir, { recursive: true });
        for (const record of failed) await writeFile(join(dir, `seed-${SEED}-mutant-${record.mutant.index}.json`), await readFile(record.spec));
      }

      const count = (kind: Result['kind']) => records.filter((record) => record.result.kind === kind).length;
      const unlocated = records.filter((record) => record.result.kind === 'refused' && !record.result.located);
      const compiledWithErrors = sampled.filter((record) => record.compiled!.length > 0);
      const seconds = ((performance.now() - started) / 1000).toFixed(0);
      const median = (values: number[]) => (values.length ? values.sort((a, b) => a - b)[Math.floor(values.length / 2)]! : 0);
      const timing = (full: boolean) =>
        `${(median(records.filter((record) => record.mutant.full === full && record.result.kind === 'generated').map((record) => record.result.ms)) / 1000).toFixed(1)} s`;
      console.log(
        `fuzz: ${records.length} mutants (seed ${SEED}; ${records.filter((record) => record.mutant.full).length} of the whole document): ` +
          `${count('generated')} generated, ${count('refused')} refused with a GeneratorError (${unlocated.length} without line or pointer), ` +
          `${count('crashed')} crashed, ${count('hang')} hung; ${sampled.length} sampled outputs type-checked, ${compiledWithErrors.length} with errors; ${seconds} s (median generation: slice ${timing(false)}, whole document ${timing(true)})`,
      );
      const refusals = new Map<string, number>();
      for (const record of records) {
        if (record.result.kind !== 'refused') continue;
        const head = record.result.message
          .split('\n')[0]!
          .replace(/"[^"]*"/g, '"…"')
          .replace(/`[^`]*`/g, '`…`')
          .replace(/\d+/g, 'N')
          .slice(0, 110);
        refusals.set(head, (refusals.get(head) ?? 0) + 1);
      }
      console.log(
        `refusals by message:\n${[...refusals]
          .sort((a, b) => b[1] - a[1])
          .slice(0, 15)
          .map(([message, n]) => `  ${String(n).padStart(4)}  ${message}`)
          .join('\n')}`,
      );
      if (unlocated.length)
        console.log(
          `refusals without a line or pointer:\n${unlocated
            .slice(0, 5)
            .map((record) => `  #${record.mutant.index}: ${(record.result as { message: string }).message.split('\n')[0]}`)
            .join('\n')}`,
        );

      const describeFailure = (record: MutantRecord) => {
        const detail =
          record.result.kind === 'crashed' || record.result.kind === 'hang'
            ? record.result.message.split('\n').slice(0, 6).join('\n      ')
            : record.compiled!.slice(0, 5).join('\n      ');
        return `#${record.mutant.index} (${record.mutant.slice}; ${record.mutant.mutations.join('; ')}) → ${record.result.kind === 'generated' ? 'does not compile' : record.result.kind}\n      ${detail}`;
      };
      if (failed.length)
        console.log(
          `failures (saved in .tmp/fuzz-failures/, rerun with FUZZ_SEED=${SEED} FUZZ_ONLY=${failed.map((record) => record.mutant.index).join(',')}):\n${failed.map(describeFailure).join('\n')}`,
        );

      expect(records.length).toBe(indices.length);
      expect(failed.map(describeFailure)).toEqual([]);
    },
    60 * 60_000,
  );
});

// The mutants run only in the slow tier; the engine that makes them is checked by every `npm test`, since a
// failure report is only useful if FUZZ_SEED and FUZZ_ONLY give the same mutant again.
describe('the mutation engine', () => {
  it('makes the same mutant for the same seed and index, each a changed copy, and leaves the spec alone', async () => {
    const base = parse(await readFile(join(ROOT, 'spec/openapi.yaml'), 'utf8')) as JsonObject;
    const pristine = JSON.stringify(base);
    const indices = [0, 1, 2, 3, 4];
    const mutants = indices.map((index) => makeMutant(base, index));
    for (const [position, index] of indices.entries()) {
      const mutant = mutants[position]!;
      expect(makeMutant(base, index), `mutant ${index}`).toEqual(mutant);
      expect(mutant.mutations.length, `mutant ${index}`).toBeGreaterThanOrEqual(1);
      expect(mutant.document, `mutant ${index}`).not.toEqual(base);
    }
    expect(mutants.map((mutant) => mutant.full)).toEqual([true, false, false, false, false]);
    expect(new Set(mutants.map((mutant) => JSON.stringify(mutant.document))).size).toBe(indices.length);
    expect(JSON.stringify(base)).toBe(pristine);
  });
});
