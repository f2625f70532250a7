/**
 * Runs one `node` process and measures it: wall time from spawn to exit, peak resident memory and CPU time
 * (from /usr/bin/time, or from measure.mjs preloaded into the process). Each child gets its own process group, so
 * a timeout or Ctrl-C ends it with everything it started.
 */
import { spawn } from 'node:child_process';
import { readFile, rm } from 'node:fs/promises';
import { join } from 'node:path';
import type { Options } from './options.ts';
import { GNU_TIME, MEASURE, NODE, ROOT } from './paths.ts';

export interface Measured {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  wallMs: number;
  /** Peak resident set size, KiB. */
  rssKb?: number;
  /** User + system CPU time of the process, which other processes on the machine disturb less than wall time. */
  cpuMs?: number;
  timedOut: boolean;
}

/** Process groups still running, ended by `killAll` (on a signal, or when the bench ends). */
export const running = new Set<number>();
let scratch = '';
let rssCounter = 0;

/** The folder for the exit figures of measured processes (the bench's scratch folder). */
export function useScratch(folder: string): void {
  scratch = folder;
}

export function killGroup(pid: number): void {
  try {
    process.kill(-pid, 'SIGKILL');
  } catch {
    // Already gone.
  }
  running.delete(pid);
}

export function killAll(): void {
  for (const pid of [...running]) killGroup(pid);
}

/** Keeps at most a megabyte of a child's output. */
export function limited(text: string, chunk: Buffer): string {
  return text.length > 1_000_000 ? text : text + chunk.toString();
}

/** Runs `node <args>` in its own process group, timing it from spawn to exit and taking its peak memory. */
export async function measureNode(args: string[], options: Options, timeoutMs = Infinity, extraEnv: NodeJS.ProcessEnv = {}): Promise<Measured> {
  const rssFile = join(scratch, `rss-${++rssCounter}.txt`);
  const env: NodeJS.ProcessEnv = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0', ...extraEnv };
  let command: string;
  let commandArgs: string[];
  if (options.rss === 'time') {
    command = GNU_TIME;
    commandArgs = ['-f', '%M %U %S', '-o', rssFile, NODE, ...args];
  } else {
    command = NODE;
    commandArgs = ['--import', MEASURE, ...args];
    env.BENCH_RSS_FILE = rssFile;
  }
  const started = performance.now();
  const child = spawn(command, commandArgs, { cwd: ROOT, env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  running.add(child.pid!);
  let stdout = '';
  let stderr = '';
  let timedOut = false;
  child.stdout.on('data', (chunk: Buffer) => (stdout = limited(stdout, chunk)));
  child.stderr.on('data', (chunk: Buffer) => (stderr = limited(stderr, chunk)));
  const timer =
    timeoutMs === Infinity
      ? undefined
      : setTimeout(() => {
          timedOut = true;
          killGroup(child.pid!);
        }, timeoutMs);
  const [code, signal] = await new Promise<[number | null, NodeJS.Signals | null]>((resolve, reject) => {
    child.once('error', reject);
    child.once('close', (exitCode, exitSignal) => resolve([exitCode, exitSignal]));
  });
  const wallMs = performance.now() - started;
  clearTimeout(timer);
  running.delete(child.pid!);
  let rssKb: number | undefined;
  let cpuMs: number | undefined;
  try {
    // "<max RSS KiB> <user s> <system s>"; GNU time may put "Command exited with non-zero status 1" before it.
    const lines = (await readFile(rssFile, 'utf8')).trim().split('\n');
    const [rss, user, system] = lines[lines.length - 1].trim().split(/\s+/).map(Number);
    if (Number.isFinite(rss) && rss > 0) rssKb = rss;
    if (Number.isFinite(user) && Number.isFinite(system)) cpuMs = (user + system) * 1000;
    await rm(rssFile, { force: true });
  } catch {
    // Killed before the exit hook ran: no figure.
  }
  return { code, signal, stdout, stderr, wallMs, rssKb, cpuMs, timedOut };
}

/** Why a run gave no figures, in one line. */
export function failure(measured: Measured, timeoutMs: number): string {
  if (measured.timedOut) return `timed out after ${(timeoutMs / 1000).toFixed(0)} s`;
  const lines = `${measured.stderr}\n${measured.stdout}`
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const reason = lines.find((line) => /error/i.test(line)) ?? lines[0] ?? '';
  return `exit ${measured.code ?? measured.signal}${reason ? `: ${reason.slice(0, 160)}` : ''}`;
}
