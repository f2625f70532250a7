/**
 * The real specs that emit and format tests check whole outputs of: the gateway, every golden fixture, and the
 * quick corpus where it is cached (`npm run corpus:fetch`; a clean clone has none).
 */
import { existsSync } from 'node:fs';
import type { PackageSettings } from '../../generator/config.ts';
import { emitPackage, type EmittedFile } from '../../generator/emit/emit-package.ts';
import { planApi } from '../../generator/plan-api.ts';
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
  return emitPackage((await planApi(spec, { settings, settingsSource: 'test' })).api);
}
