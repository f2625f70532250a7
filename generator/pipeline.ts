/** The one-way flow: load → IR → surface → emit → format → write, timed phase by phase. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { resolvePackageSettings, specTitle, type PackageSettings } from './config.ts';
import { emitPackage, type GeneratedFile } from './emit/emit-package.ts';
import type { GeneratorWarning } from './errors.ts';
import { isSemver, packageVersionOf } from './semver.ts';
import { FormatRun } from './format/format-files.ts';
import { startFormatWorkers } from './format/format-pool.ts';
import { buildApiModel } from './ir/build-api.ts';
import { loadSpec } from './load/load-spec.ts';
import { planSurface } from './surface/plan-surface.ts';
import type { SurfaceApi } from './surface/types.ts';
import { diffOutput, recoverOutput, writeOutput, type WriteResult } from './write/write-output.ts';
import { WARNING_KINDS } from './warning-kinds.ts';

export interface GenerateOptions {
  spec: string;
  output: string;
  settings: PackageSettings;
  /** Where the settings came from, for error messages. */
  settingsSource: string;
  /** Compare with the output folder instead of writing. */
  check?: boolean;
  /** Format every piece afresh, neither reading nor writing the format cache (tests of determinism). */
  noFormatCache?: boolean;
  /** Format worker threads beside the main thread (default: format-pool.ts's defaultWorkerCount). */
  formatWorkers?: number;
  /** Overlay documents applied to the spec before it is read (see load/overlay.ts). */
  overlays?: string[];
  /** Hosts `$ref`s may reach beside the spec's own origin (see load/reference-policy.ts). */
  allowRefHosts?: readonly string[];
  /** Sees every warning before anything is written (or compared); throwing there leaves the output untouched. */
  onWarnings?: (warnings: readonly GeneratorWarning[]) => void;
}

export type Phase = 'load' | 'ir' | 'surface' | 'emit' | 'format' | 'write';

export interface GenerateResult {
  /** The API as the generated package presents it (the IR with the surface's names and layout). */
  api: SurfaceApi;
  files: GeneratedFile[];
  warnings: GeneratorWarning[];
  timings: Record<Phase, number>;
  write?: WriteResult;
  /** With `check`: the files that differ from what would be generated. */
  differing?: string[];
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings = {} as Record<Phase, number>;
  const timed = async <T>(phase: Phase, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      timings[phase] = performance.now() - start;
    }
  };

  // Format workers load Prettier on the other cores while this thread loads, builds and emits.
  startFormatWorkers(options.formatWorkers);
  const spec = await timed('load', () => loadSpec(options.spec, { overlays: options.overlays, allowRefHosts: options.allowRefHosts }));
  // Settings are resolved once, from the config and the spec's title (the defaults derive from it).
  const settings = resolvePackageSettings(options.settings, specTitle(spec.document), options.settingsSource);
  // What a killed write left is put right first: the output folder read below is the old tree or the new one.
  if (!options.check) await recoverOutput(options.output);
  // A release writes CHANGELOG.md into the package (not generated, never removed); `files` must list it to ship it.
  settings.shipsChangelog = existsSync(join(options.output, 'CHANGELOG.md'));
  const { api: model, warnings: irWarnings } = await timed('ir', () => buildApiModel(spec, { taskStatus: options.settings.taskStatus }));
  const api = await timed('surface', () => planSurface(model, settings));
  const formatting = new FormatRun(options.noFormatCache ? undefined : options.output, options.formatWorkers);
  // Each file is formatted on the workers as soon as it is emitted, while this thread builds the next.
  const emitted = await timed('emit', () => emitPackage(api, (files) => formatting.add(files)));
  const files = await timed('format', () => formatting.finish(emitted));
  const warnings = [...spec.warnings, ...irWarnings, ...api.warnings.map(({ kind, message, pointer }) => ({ kind, message, location: spec.source.locate(pointer) }))];
  for (const name of Object.keys(options.settings.taskStatus?.operations ?? {})) {
    if (!model.tasks.some((task) => task.fetch === name)) {
      warnings.push({
        kind: WARNING_KINDS.taskStatus,
        message: `taskStatus names "${name}", which is not the fetch operation of any task; ignored`,
        location: { file: options.settingsSource, pointer: `#/taskStatus/operations/${name}` },
      });
    }
  }
  if (!settings.packageVersion && !isSemver(api.version)) {
    warnings.push({
      kind: WARNING_KINDS.versionNotSemver,
      message: `info.version ${JSON.stringify(api.version)} is not a semantic version; the package is versioned ${packageVersionOf(api.version)}`,
      location: spec.source.locate('#/info/version'),
    });
  }
  options.onWarnings?.(warnings);
  if (options.check) {
    const differing = await timed('write', () => diffOutput(options.output, files));
    return { api, files, warnings, timings, differing };
  }
  const write = await timed('write', () => writeOutput(options.output, files));
  return { api, files, warnings, timings, write };
}
