/** The format cache file of one output folder (generator/format/format-files.ts keys it by the resolved --out). */
import { createHash } from 'node:crypto';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { FORMAT_CACHE } from './paths.ts';

export function formatCacheFile(output: string): string {
  return join(FORMAT_CACHE, `${createHash('sha256').update(output).digest('hex').slice(0, 16)}.json`);
}

export const forgetFormatCache = (output: string) => rm(formatCacheFile(output), { force: true });
