import { printStructure, StructureKind } from 'ts-morph';
import { loadSpec } from './generator/load/load-spec.ts';
import { buildApiModel } from './generator/ir/build-api.ts';
import { emitPackage } from './generator/emit/emit-package.ts';
import { resolvePackageSettings } from './generator/config.ts';
import { SourceBuilder } from './generator/emit/source-builder.ts';
const spec = await loadSpec(process.argv[2]);
const { api } = buildApiModel(spec, { reservedTypeNames: ['X'], reservedValueNames: ['X'] });
const settings = resolvePackageSettings({ packageName: 'x', clientName: 'X', envPrefix: 'X' }, api.title, 'x');
for (let i = 0; i < 3; i++) { const t = performance.now(); emitPackage(api, settings); console.log('emit', (performance.now() - t).toFixed(0)); }
// capture statements by monkeypatching print
const all: any[][] = [];
const orig = SourceBuilder.prototype.print;
SourceBuilder.prototype.print = function (h: string) { all.push(this.statements); return orig.call(this, h); };
emitPackage(api, settings);
SourceBuilder.prototype.print = orig;
let t = performance.now();
for (const st of all) for (const s of st) printStructure({ kind: StructureKind.SourceFile, statements: [s] });
console.log('per statement', (performance.now() - t).toFixed(0), all.reduce((n, s) => n + s.length, 0));
t = performance.now();
for (const st of all) printStructure({ kind: StructureKind.SourceFile, statements: st });
console.log('per file', (performance.now() - t).toFixed(0));
t = performance.now();
for (const st of all) JSON.stringify(st);
console.log('json', (performance.now() - t).toFixed(0));
