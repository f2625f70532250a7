/**
 * Peak-memory fallback for `npm run bench` when `/usr/bin/time` is not installed: preloaded into the measured
 * process (`node --import ./scripts/bench/measure.mjs <cli> ...`), it writes the process's peak resident set size
 * in KiB (`process.resourceUsage().maxRSS`) and its user and system CPU seconds to the file named by
 * `BENCH_RSS_FILE` when the process exits.
 * It changes nothing else: the CLI after it sees the same argv, cwd and environment.
 */
import { writeFileSync } from 'node:fs';

const file = process.env.BENCH_RSS_FILE;
if (file) {
  process.on('exit', () => {
    try {
      const usage = process.resourceUsage();
      // The same line as `/usr/bin/time -f '%M %U %S'`: peak RSS in KiB, user and system CPU seconds.
      writeFileSync(file, `${usage.maxRSS} ${usage.userCPUTime / 1e6} ${usage.systemCPUTime / 1e6}\n`);
    } catch {
      // No figure is better than a failed run.
    }
  });
}
