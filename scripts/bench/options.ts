/** The bench's command line. */
import { existsSync } from 'node:fs';
import { GNU_TIME } from './paths.ts';

export interface Options {
  gatewayRuns: number;
  corpusRuns: number;
  only?: 'gateway' | 'corpus';
  timeoutMs: number;
  budgetMs: number;
  rss: 'time' | 'hook';
}

export function usage(): string {
  return [
    'usage: npm run bench -- [--runs N] [--only gateway|corpus] [--timeout S] [--budget S] [--rss time|hook]',
    '  --runs N      cold runs per spec and generator (default: 5 for the gateway spec, 3 for the largest corpus spec)',
    '  --only X      only the gateway spec, or only the largest corpus spec (GitHub REST)',
    '  --timeout S   kill a generator process after S seconds (default 120; 0: no limit)',
    '  --budget S    seconds one generator may spend on one spec before it stops adding runs (default 150; 0: no limit)',
    '  --rss X       peak memory from /usr/bin/time (default when installed) or from a preloaded exit hook',
    'environment: SDKGEN_FORMAT_WORKERS=N is passed on to sdkgen (worker threads that format beside the main thread)',
  ].join('\n');
}

export function parseOptions(argv: string[]): Options {
  const options: Options = { gatewayRuns: 5, corpusRuns: 3, timeoutMs: 120_000, budgetMs: 150_000, rss: existsSync(GNU_TIME) ? 'time' : 'hook' };
  const value = (index: number): string => {
    const next = argv[index + 1];
    if (next === undefined) throw new Error(`${argv[index]} needs a value\n${usage()}`);
    return next;
  };
  const seconds = (index: number): number => {
    const number = Number(value(index));
    if (!Number.isFinite(number) || number < 0) throw new Error(`${argv[index]} takes a number of seconds ≥ 0, got ${argv[index + 1]}`);
    return number === 0 ? Infinity : number * 1000;
  };
  for (let index = 0; index < argv.length; index++) {
    const flag = argv[index];
    if (flag === '--runs') {
      const runs = Number(value(index));
      if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs takes an integer ≥ 1, got ${argv[index + 1]}`);
      options.gatewayRuns = options.corpusRuns = runs;
      index++;
    } else if (flag === '--only') {
      const only = value(index++);
      if (only !== 'gateway' && only !== 'corpus') throw new Error(`--only takes gateway or corpus, got ${only}`);
      options.only = only;
    } else if (flag === '--timeout') {
      options.timeoutMs = seconds(index++);
    } else if (flag === '--budget') {
      options.budgetMs = seconds(index++);
    } else if (flag === '--rss') {
      const rss = value(index++);
      if (rss !== 'time' && rss !== 'hook') throw new Error(`--rss takes time or hook, got ${rss}`);
      if (rss === 'time' && !existsSync(GNU_TIME)) throw new Error(`--rss time: ${GNU_TIME} is not installed`);
      options.rss = rss;
    } else {
      throw new Error(`unknown argument ${flag}\n${usage()}`);
    }
  }
  return options;
}
