/**
 * The real specs that emit and format tests check whole outputs of: the gateway, every golden fixture, and the
 * quick corpus where it is cached (`npm run corpus:fetch`; a clean clone has none).
 */
import { existsSync } from 'node:fs';
import { resolvePackageSettings, type PackageSettings } from '../../generator/config.ts';
import { emitPackage, type EmittedFile } from '../../generator/emit/emit-package.ts';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { planSurface } from '../../generator/surface/plan-surface.ts';
import { loadManifest, specFile } from '../../scripts/corpus/fetch-corpus.ts';
import { goldenCases } from './golden-cases.ts';

export interface RealSpec {
  spec: string;
  settings: PackageSettings;
}

export async function realSpecs(): Promise<RealSpec[]> {
  const corpus = loadManifest()
    .filter((spec) => spec.quick && existsSync(specFile(spec)))
    .map((spec) => ({ spec: specFile(spec), settings: {} }));
  return [...(await goldenCases()).map(({ spec, settings }) => ({ spec, settings })), ...corpus];
}

/** The package the generator emits for a spec, before formatting. */
export async function emitted({ spec, settings }: RealSpec): Promise<EmittedFile[]> {
  const { api } = buildApiModel(await loadSpec(spec));
  return emitPackage(planSurface(api, resolvePackageSettings(settings, api.title, 'test')));
}
