/**
 * ts-morph, loaded with `require`. It is CommonJS, and an ESM `import` of a CommonJS module first scans the
 * module's source for its export names (Node's cjs-module-lexer); for ts-morph that scan cost about 170 ms of CPU
 * on every run, a tenth of a cold gateway generation. Its types are imported from 'ts-morph' as usual
 * (`import type`), which costs nothing at run time.
 */
import { createRequire } from 'node:module';

const tsMorph = createRequire(import.meta.url)('ts-morph') as typeof import('ts-morph');

export const { printStructure, Scope, StructureKind, VariableDeclarationKind, ts } = tsMorph;
