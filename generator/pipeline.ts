/** The one-way flow: load → IR → surface (plan-api.ts) → emit → format → write, timed phase by phase. */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { PackageSettings } from './config.ts';
import { emitPackage, type GeneratedFile } from './emit/emit-package.ts';
import { emitMcpPackage } from './emit/mcp-package.ts';
import type { GeneratorWarning } from './errors.ts';
import { isSemver, packageVersionOf } from './semver.ts';
import { FormatRun } from './format/format-files.ts';
import { startFormatWorkers } from './format/format-pool.ts';
import { resolveMcpSettings, type McpConfig, type ResolvedMcpSettings } from './mcp-config.ts';
import { planApi } from './plan-api.ts';
import { planMcpTools, type McpPlan } from './surface/mcp-tools.ts';
import type { SurfaceApi } from './surface/types.ts';
import { diffOutput, recoverOutput, writeOutputs, type WriteResult } from './write/write-output.ts';
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
  /** Also generate the MCP server package (its `output` absolute), written together with the SDK's. */
  mcp?: McpConfig;
}

export type Phase = 'load' | 'ir' | 'surface' | 'emit' | 'format' | 'write';

export interface GenerateResult {
  /** The API as the generated package presents it (the IR with the surface's names and layout). */
  api: SurfaceApi;
  files: GeneratedFile[];
  warnings: GeneratorWarning[];
  timings: Record<Phase, number>;
  write?: WriteResult;
  /** With `check`: the files that differ from what would be generated (those of the MCP package prefixed with its folder). */
  differing?: string[];
  /** The MCP package, when one was asked for and the API has operations. */
  mcp?: { output: string; plan: McpPlan; files: GeneratedFile[]; write?: WriteResult };
}

export async function generate(options: GenerateOptions): Promise<GenerateResult> {
  const timings = {} as Record<Phase, number>;
  const timed = async <T>(phase: Phase, work: () => T | Promise<T>): Promise<T> => {
    const start = performance.now();
    try {
      return await work();
    } finally {
      // A phase may run in parts (the surface, then the MCP tools planned from it): its time is their sum.
      timings[phase] = (timings[phase] ?? 0) + performance.now() - start;
    }
  };

  // Format workers load Prettier on the other cores while this thread loads, builds and emits.
  startFormatWorkers(options.formatWorkers);
  // What a killed write left is put right first: each output folder read below is the old tree or the new one.
  if (!options.check) for (const output of [options.output, ...(options.mcp ? [options.mcp.output] : [])]) await recoverOutput(output);
  let mcpSettings: ResolvedMcpSettings | undefined;
  const { spec, api, settings, warnings } = await planApi(options.spec, {
    settings: options.settings,
    settingsSource: options.settingsSource,
    overlays: options.overlays,
    allowRefHosts: options.allowRefHosts,
    phase: timed,
    withSettings: (settings) => {
      // A release writes CHANGELOG.md into the package (not generated, never removed); `files` must list it to ship it.
      settings.shipsChangelog = existsSync(join(options.output, 'CHANGELOG.md'));
      mcpSettings = options.mcp && resolveMcpSettings(options.mcp, { ...settings, output: options.output }, options.settingsSource);
    },
  });
  // The MCP tools are planned from the surface, and counted in its time.
  const mcpPlan = await timed('surface', () => (mcpSettings && !api.typesOnly ? planMcpTools(api, mcpSettings) : undefined));
  const formatting = new FormatRun(options.noFormatCache ? undefined : options.output, options.formatWorkers);
  const mcpFormatting = mcpPlan && new FormatRun(options.noFormatCache ? undefined : mcpSettings!.output, options.formatWorkers);
  // Each file is formatted on the workers as soon as it is emitted, while this thread builds the next.
  const { emitted, mcpEmitted } = await timed('emit', () => {
    const sdkFiles = emitPackage(api, (files) => formatting.add(files));
    const mcpFiles = mcpPlan && emitMcpPackage(api, mcpPlan, mcpSettings!);
    if (mcpFiles) mcpFormatting!.add(mcpFiles);
    return { emitted: sdkFiles, mcpEmitted: mcpFiles };
  });
  const { files, mcpFiles } = await timed('format', async () => ({
    files: await formatting.finish(emitted),
    mcpFiles: mcpEmitted && (await mcpFormatting!.finish(mcpEmitted)),
  }));
  if (!settings.packageVersion && !isSemver(api.version)) {
    warnings.push({
      kind: WARNING_KINDS.versionNotSemver,
      message: `info.version ${JSON.stringify(api.version)} is not a semantic version; the package is versioned ${packageVersionOf(api.version)}`,
      location: spec.source.locate('#/info/version'),
    });
  }
  if (mcpSettings && !mcpPlan) {
    warnings.push({
      kind: WARNING_KINDS.mcpTypesOnly,
      message: `the config asks for an MCP package in ${mcpSettings.output}, but the API has no operations; it is not generated`,
      location: { file: options.settingsSource, pointer: '#/mcp' },
    });
  }
  options.onWarnings?.(warnings);
  const mcp = mcpPlan && { output: mcpSettings!.output, plan: mcpPlan, files: mcpFiles! };
  if (options.check) {
    const differing = await timed('write', async () => [
      ...(await diffOutput(options.output, files)),
      ...(mcp ? (await diffOutput(mcp.output, mcp.files)).map((path) => join(mcp.output, path)) : []),
    ]);
    return { api, files, warnings, timings, differing, ...(mcp && { mcp }) };
  }
  const [write, mcpWrite] = await timed('write', () => writeOutputs([{ outDir: options.output, files }, ...(mcp ? [{ outDir: mcp.output, files: mcp.files }] : [])]));
  return { api, files, warnings, timings, write: write!, ...(mcp && { mcp: { ...mcp, write: mcpWrite! } }) };
}
