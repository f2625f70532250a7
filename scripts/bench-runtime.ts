/**
 * Per-request overhead of the generated SDK's runtime over a bare `fetch`: the gateway SDK is built, packed and
 * installed like a published package, then both send the same requests to the same local server (a separate
 * process, so that its work does not share this event loop). Requests go in pairs, bare and SDK back to back (the
 * order alternating), and the overhead is the median of the per-pair differences, with a 95% confidence interval
 * and the median of each of several rounds (their spread shows how steady the machine was). With `--baseline`,
 * another build of the package (an earlier commit's `generated/imarouter`, say) joins each pair, so that before
 * and after are measured in the same run, under the same load. Then the memory a 50 MB download takes, read as a
 * stream from `.asResponse()` and, for comparison, buffered into a Blob. Prints figures; asserts nothing.
 *
 *   npm run bench:runtime                                   # 4000 measured pairs per scenario
 *   npm run bench:runtime -- 5000                           # another count
 *   git archive main generated/imarouter | tar -x -C /tmp/before
 *   npm run bench:runtime -- --baseline /tmp/before/generated/imarouter
 */
import { spawn } from 'node:child_process';
import os from 'node:os';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { buildAndInstall, type InstalledPackage } from '../test/helpers/install-package.ts';

const { values: flags, positionals } = parseArgs({ options: { baseline: { type: 'string' } }, allowPositionals: true });
const REQUESTS = Number(positionals[0] ?? 4000);
const WARMUP = 2000;
const ROUNDS = 5;
const API_KEY = 'sk-bench';
const PACKAGE_DIR = fileURLToPath(new URL('../generated/imarouter/', import.meta.url));

if (!Number.isInteger(REQUESTS) || REQUESTS < ROUNDS) throw new Error(`The request count must be an integer ≥ ${ROUNDS}, got ${positionals[0]}`);

const SERVER = `
import http from 'node:http';
const DOWNLOAD = 50 * 1024 * 1024;
const chunk = Buffer.alloc(64 * 1024, 7);
const server = http.createServer((req, res) => {
  req.resume();
  if (req.url.startsWith('/mj/image/')) {
    res.writeHead(200, { 'content-type': 'application/octet-stream', 'content-length': DOWNLOAD });
    let sent = 0;
    const pump = () => {
      while (sent < DOWNLOAD) {
        sent += chunk.length;
        if (!res.write(chunk)) return void res.once('drain', pump);
      }
      res.end();
    };
    return pump();
  }
  req.on('end', () => {
    const body = req.method === 'POST' ? '{"id":"task_1","status":"submitted"}' : '{"success":true,"data":{"quota":1250000}}';
    res.writeHead(200, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) });
    res.end(body);
  });
});
server.keepAliveTimeout = 60_000;
server.listen(0, '127.0.0.1', () => console.log(server.address().port));
`;

async function startServer(): Promise<{ url: string; stop: () => void }> {
  const child = spawn(process.execPath, ['--input-type=module', '-e', SERVER], { stdio: ['ignore', 'pipe', 'inherit'] });
  const port = await new Promise<string>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`the server exited with code ${code}`)));
    child.stdout.once('data', (data: Buffer) => resolve(data.toString().trim()));
  });
  return { url: `http://127.0.0.1:${port}`, stop: () => child.kill() };
}

interface Scenario {
  name: string;
  bare: () => Promise<unknown>;
  sdk: () => Promise<unknown>;
  /** The same call through the baseline build, when there is one. */
  baseline?: () => Promise<unknown>;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]!;
}

function median(values: number[]): number {
  return percentile(
    [...values].sort((a, b) => a - b),
    0.5,
  );
}

/**
 * A 95% confidence interval of the median of `values` (distribution-free: the order statistics whose ranks lie
 * 1.96 standard deviations of a Binomial(n, ½) either side of the middle).
 */
function medianInterval(values: number[]): [number, number] {
  const sorted = [...values].sort((a, b) => a - b);
  const half = (1.96 * Math.sqrt(sorted.length)) / 2;
  const low = Math.max(0, Math.floor(sorted.length / 2 - half));
  const high = Math.min(sorted.length - 1, Math.ceil(sorted.length / 2 + half));
  return [sorted[low]!, sorted[high]!];
}

/** Milliseconds one call takes, from the call until its result is read. */
async function time(call: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await call();
  return performance.now() - start;
}

/** The orders the sides of one measurement go in, taken in turn: each side comes first, middle and last alike. */
function orders(sides: number): number[][] {
  if (sides === 2)
    return [
      [0, 1],
      [1, 0],
    ];
  return [
    [0, 1, 2],
    [1, 2, 0],
    [2, 0, 1],
    [0, 2, 1],
    [2, 1, 0],
    [1, 0, 2],
  ];
}

const us = (ms: number) => `${(ms * 1000).toFixed(1)} µs`;

/** One line of figures: the median of per-pair differences, its 95% CI, and as a share of the bare fetch. */
function report(label: string, differences: number[], roundMedians: number[], bareMedian: number): void {
  const percent = (ms: number) => `${((ms / bareMedian) * 100).toFixed(1)}%`;
  const overhead = median(differences);
  const [low, high] = medianInterval(differences);
  console.log(
    `  ${label.padEnd(22)} ${us(overhead).padStart(9)} = ${percent(overhead).padStart(6)} of bare fetch   95% CI ${us(low)} … ${us(high)} (${percent(low)} … ${percent(high)})`,
  );
  console.log(`  ${''.padEnd(22)} per round ${roundMedians.map(us).join(', ')}`);
}

/**
 * Requests go in pairs (triples with a baseline), one bare and one through the SDK back to back, and the figure is
 * the median of the per-pair differences: drift (JIT, GC, CPU frequency, other load on the machine) hits both
 * halves of a pair alike, so it cancels out instead of landing on whichever side ran during it.
 */
async function measure(scenario: Scenario): Promise<void> {
  const sides = [scenario.bare, scenario.sdk, ...(scenario.baseline ? [scenario.baseline] : [])];
  for (let i = 0; i < WARMUP; i += 1) for (const call of sides) await call();
  const turns = orders(sides.length);
  const bare: number[] = [];
  // Per side after the bare one: its differences to the bare fetch, all and per round; then SDK minus baseline.
  const differences: number[][] = [[], [], []];
  const roundMedians: number[][] = [[], [], []];
  const perRound = Math.ceil(REQUESTS / ROUNDS);
  for (let round = 0; round < ROUNDS; round += 1) {
    const inRound: number[][] = [[], [], []];
    for (let i = 0; i < perRound; i += 1) {
      const ms: number[] = [];
      for (const side of turns[i % turns.length]!) ms[side] = await time(sides[side]!);
      bare.push(ms[0]!);
      inRound[0]!.push(ms[1]! - ms[0]!);
      if (scenario.baseline) {
        inRound[1]!.push(ms[2]! - ms[0]!);
        inRound[2]!.push(ms[1]! - ms[2]!);
      }
    }
    for (let k = 0; k < 3; k += 1) {
      if (!inRound[k]!.length) continue;
      differences[k]!.push(...inRound[k]!);
      roundMedians[k]!.push(median(inRound[k]!));
    }
  }
  const bareMedian = median(bare);
  const sorted = [...bare].sort((a, b) => a - b);
  console.log(`\n${scenario.name} (${bare.length} ${scenario.baseline ? 'triples' : 'pairs'} in ${ROUNDS} rounds)`);
  console.log(`  bare fetch             median ${us(bareMedian)}   p90 ${us(percentile(sorted, 0.9))}`);
  report('SDK overhead', differences[0]!, roundMedians[0]!, bareMedian);
  if (scenario.baseline) {
    report('baseline overhead', differences[1]!, roundMedians[1]!, bareMedian);
    report('SDK minus baseline', differences[2]!, roundMedians[2]!, bareMedian);
  }
}

/** Peak growth of RSS and of array buffers (where response bytes live) over the baseline while `run` runs. */
async function peakMemory(run: () => Promise<number>): Promise<{ bytes: number; rss: number; arrayBuffers: number }> {
  globalThis.gc?.();
  const base = process.memoryUsage();
  let rss = 0;
  let arrayBuffers = 0;
  const sample = () => {
    const now = process.memoryUsage();
    rss = Math.max(rss, now.rss - base.rss);
    arrayBuffers = Math.max(arrayBuffers, now.arrayBuffers - base.arrayBuffers);
  };
  const timer = setInterval(sample, 5);
  try {
    const bytes = await run();
    sample();
    return { bytes, rss, arrayBuffers };
  } finally {
    clearInterval(timer);
  }
}

const installed = await buildAndInstall(PACKAGE_DIR);
let baseline: InstalledPackage | undefined;
const server = await startServer();
try {
  if (flags.baseline) baseline = await buildAndInstall(flags.baseline);
  const sdk = await installed.importPackage();
  const client = new sdk.ImaRouter({ apiKey: API_KEY, baseURL: server.url });
  const before = baseline && (await baseline.importPackage());
  const beforeClient = before && new before.ImaRouter({ apiKey: API_KEY, baseURL: server.url });
  const headers = { authorization: `Bearer ${API_KEY}`, accept: 'application/json' };
  const musicBody = { model: 'sonic', prompt: 'Bright synth-pop with a catchy chorus' };

  const load = os
    .loadavg()
    .map((average) => average.toFixed(2))
    .join(' ');
  console.log(`Node ${process.version}, ${REQUESTS} measured pairs per scenario after ${WARMUP} warm-up, server at ${server.url}, load average ${load}`);
  if (flags.baseline) console.log(`baseline: ${flags.baseline}`);
  await measure({
    name: 'GET /api/usage/token/user-balance (JSON response)',
    bare: async () => (await fetch(`${server.url}/api/usage/token/user-balance`, { headers })).json(),
    sdk: () => sdk.getUserBalanceByToken(client),
    ...(before && { baseline: () => before.getUserBalanceByToken(beforeClient) }),
  });
  await measure({
    name: 'POST /v1/music/generations (JSON body and response)',
    bare: async () =>
      (await fetch(`${server.url}/v1/music/generations`, { method: 'POST', headers: { ...headers, 'content-type': 'application/json' }, body: JSON.stringify(musicBody) })).json(),
    sdk: () => sdk.createMusicGenerationTask(client, { body: musicBody }),
    ...(before && { baseline: () => before.createMusicGenerationTask(beforeClient, { body: musicBody }) }),
  });

  const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1).padStart(6)} MB`;
  console.log('\n50 MB binary download (GET /mj/image/{task_id}), peak growth over the baseline');
  const streamed = await peakMemory(async () => {
    const response = await sdk.fetchMidjourneyImage(client, 'big').asResponse();
    const reader = response.body.getReader();
    let bytes = 0;
    for (let part = await reader.read(); !part.done; part = await reader.read()) bytes += part.value.length;
    return bytes;
  });
  console.log(`  streamed (.asResponse())  ${mb(streamed.bytes)} read   RSS +${mb(streamed.rss)}   array buffers +${mb(streamed.arrayBuffers)}`);
  const buffered = await peakMemory(async () => (await sdk.fetchMidjourneyImage(client, 'big')).size);
  console.log(`  buffered (Blob)           ${mb(buffered.bytes)} read   RSS +${mb(buffered.rss)}   array buffers +${mb(buffered.arrayBuffers)}`);
} finally {
  server.stop();
  await installed.cleanup();
  await baseline?.cleanup();
}
