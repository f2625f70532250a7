/** The one-way flow: load → IR → emit → format → write, timed phase by phase. */
import { resolvePackageSettings, type PackageSettings } from './config.ts';
import { emitPackage, type GeneratedFile } from './emit/emit-package.ts';
import type { GeneratorWarning } from './errors.ts';
import { isSemver, packageVersionOf } from './emit/package-version.ts';
import { formatFiles } from './format/format-files.ts';
import { buildApiModel } from './ir/build-api.ts';
import type { ApiModel } from './ir/types.ts';
import { loadSpec } from './load/load-spec.ts';
import { diffOutput, writeOutput, type WriteResult } from './write/write-output.ts';

export interface GenerateOptions {
  spec: string;
  output: string;
  settings: PackageSettings;
  /** Where the settings came from, for error messages. */
  settingsSource: string;
  /** Compare with the output folder instead of writing. */
  check?: boolean;
}

export type Phase = 'load' | 'ir' | 'emit' | 'format' | 'write';

export interface GenerateResult {
  api: ApiModel;
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

  const spec = await timed('load', () => loadSpec(options.spec));
  const { api, warnings: irWarnings } = await timed('ir', () => {
    const settings = resolvePackageSettings(options.settings, String((spec.document.info as { title?: unknown } | undefined)?.title ?? 'API'), options.settingsSource);
    return buildApiModel(spec, { reservedTypeNames: [settings.clientName], reservedValueNames: [settings.clientName], taskStatus: options.settings.taskStatus });
  });
  const settings = resolvePackageSettings(options.settings, api.title, options.settingsSource);
  const emitted = await timed('emit', () => emitPackage(api, settings));
  const files = await timed('format', () => formatFiles(emitted, options.output));
  const warnings = [...spec.warnings, ...irWarnings];
  for (const name of Object.keys(options.settings.taskStatus?.operations ?? {})) {
    if (!api.tasks.some((task) => task.fetch === name)) {
      warnings.push({ message: `taskStatus names "${name}", which is not the fetch operation of any task; ignored`, location: { file: options.settingsSource, pointer: `#/taskStatus/operations/${name}` } });
    }
  }
  if (!settings.packageVersion && !isSemver(api.version)) {
    warnings.push({ message: `info.version ${JSON.stringify(api.version)} is not a semantic version; the package is versioned ${packageVersionOf(api.version)}`, location: spec.source.locate('#/info/version') });
  }
  if (options.check) {
    const differing = await timed('write', () => diffOutput(options.output, files));
    return { api, files, warnings, timings, differing };
  }
  const write = await timed('write', () => writeOutput(options.output, files));
  return { api, files, warnings, timings, write };
}
