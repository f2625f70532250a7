/**
 * ts-morph, loaded with `require` on first use. It is CommonJS, and an ESM `import` of a CommonJS module first
 * scans the module's source for its export names (Node's cjs-module-lexer): for ts-morph about 170 ms of CPU on
 * every run. Loading it (and the TypeScript compiler it bundles, about 12 MB of JavaScript) only when the first
 * source is printed lets the format workers start on the templates meanwhile (see pipeline.ts). Its types are
 * imported from 'ts-morph' as usual (`import type`), which costs nothing at run time.
 */
import { createRequire } from 'node:module';

let loaded: typeof import('ts-morph') | undefined;

export function tsMorph(): typeof import('ts-morph') {
  return (loaded ??= createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph'));
}
