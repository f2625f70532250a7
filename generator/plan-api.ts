/**
 * load → IR → surface, the one way through the first three stages. `generate`, `diff`, `release` and the tests
 * all plan an API here, so each sees the same settings, names, tasks and warnings. The spec is a file, a URL, or
 * text in memory (tests then need no temporary files).
 */
import { resolvePackageSettings, specTitle, type PackageSettings, type ResolvedPackageSettings } from './config.ts';
import type { GeneratorWarning } from './errors.ts';
import { buildApiModel } from './ir/build-api.ts';
import type { ApiModel } from './ir/types.ts';
import { loadSpec, type LoadedSpec } from './load/load-spec.ts';
import { planSurface } from './surface/plan-surface.ts';
import type { SurfaceApi } from './surface/types.ts';
import { WARNING_KINDS } from './warning-kinds.ts';

/**
 * A spec file or URL, or a spec's text with the file it stands for: relative `$ref`s resolve from that file's
 * folder (which must exist) and messages name it.
 */
export type SpecInput = string | { text: string; file: string };

export type PlanPhase = 'load' | 'ir' | 'surface';

export interface PlanOptions {
  settings?: PackageSettings;
  /** Where the settings came from, for messages (`sdk.config.json`; default `command line`). */
  settingsSource?: string;
  /** Overlay documents applied to the spec before it is read (see load/overlay.ts). */
  overlays?: string[];
  /** Hosts `$ref`s may reach beside the spec's own origin (see load/reference-policy.ts). */
  allowRefHosts?: readonly string[];
  /** Called once the settings are resolved, before the IR is built: `generate` adds what only the output folder knows. */
  withSettings?: (settings: ResolvedPackageSettings) => void | Promise<void>;
  /** Runs each phase: `generate` times them; by default a phase just runs. */
  phase?: <T>(name: PlanPhase, work: () => T | Promise<T>) => Promise<T>;
}

export interface PlannedApi {
  spec: LoadedSpec;
  /** The language-neutral IR. */
  model: ApiModel;
  /** The IR as the generated package presents it (names, resources, call shapes). */
  api: SurfaceApi;
  settings: ResolvedPackageSettings;
  /** The loader's, the IR's, the surface's and the settings' warnings, in that order. */
  warnings: GeneratorWarning[];
}

const justRun = async <T>(_name: PlanPhase, work: () => T | Promise<T>): Promise<T> => work();

export async function planApi(input: SpecInput, options: PlanOptions = {}): Promise<PlannedApi> {
  const phase = options.phase ?? justRun;
  const settingsSource = options.settingsSource ?? 'command line';
  const load = { overlays: options.overlays, allowRefHosts: options.allowRefHosts };
  const spec = await phase('load', () => (typeof input === 'string' ? loadSpec(input, load) : loadSpec(input.file, { ...load, text: input.text })));
  // Settings are resolved once, from the config and the spec's title (the defaults derive from it).
  const settings = resolvePackageSettings(options.settings ?? {}, specTitle(spec.document), settingsSource);
  await options.withSettings?.(settings);
  const { api: model, warnings: irWarnings } = await phase('ir', () =>
    buildApiModel(spec, {
      taskStatus: options.settings?.taskStatus,
      ...(options.settings?.openFields && { openFields: { entries: options.settings.openFields, source: settingsSource } }),
    }),
  );
  const api = await phase('surface', () => planSurface(model, settings));
  // The surface's warnings (names it had to choose) carry a pointer; located here, where the source is known.
  const surfaceWarnings = api.warnings.map(({ kind, message, pointer }) => ({ kind, message, location: spec.source.locate(pointer) }));
  return { spec, model, api, settings, warnings: [...spec.warnings, ...irWarnings, ...surfaceWarnings, ...settingsWarnings(model, options.settings ?? {}, settingsSource)] };
}

/** What the settings name that the API does not have (read as: ignored). */
function settingsWarnings(model: ApiModel, settings: PackageSettings, settingsSource: string): GeneratorWarning[] {
  return Object.keys(settings.taskStatus?.operations ?? {})
    .filter((name) => !model.tasks.some((task) => task.fetch === name))
    .map((name) => ({
      kind: WARNING_KINDS.taskStatus,
      message: `taskStatus names "${name}", which is not the fetch operation of any task; ignored`,
      location: { file: settingsSource, pointer: `#/taskStatus/operations/${name}` },
    }));
}
