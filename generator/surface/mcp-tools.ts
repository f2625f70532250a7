/**
 * The MCP tool plan: which tools the MCP package offers, what they are called and what they take, derived from
 * the surface (its resource tree and call shapes) and the IR's schemas, never from the spec. The rules:
 * - one tool per primary call of the client (a resource method): `client.videos.create` is `videos_create`. A
 *   merged, model-routed call is one tool whose input is a `oneOf` of its variants, each with its own values of
 *   the routing property. A task's create-and-wait (`videos_create_and_wait`) is a tool beside its create and
 *   fetch calls, which stay tools so an agent can poll by itself; poll-by-id helpers are not tools.
 * - the input is one object: path parameters by their wire name (`path_<name>` when a params key has it), then
 *   the call's params object (body fields, query, header and cookie parameters), as self-contained JSON Schema.
 * - names are the resource path and method in snake_case, unique, at most 64 characters (what clients accept).
 * - annotations: `readOnlyHint` for safe methods, `destructiveHint` for DELETE, `idempotentHint` where the SDK
 *   retries every failure (the idempotent methods), `openWorldHint` always (the tool reaches a remote API).
 * - selection: `include` (any match), then `exclude`; an operation's `x-mcp` wins over both.
 */
import { words } from '../ir/naming.ts';
import { openFieldSchema, shortText, toJsonSchema, type JsonSchema } from '../ir/json-schema.ts';
import { resolverOf, type Resolve } from '../ir/type-query.ts';
import type { HttpMethod } from '../ir/types.ts';
import type { McpMode, ResolvedMcpSettings, ToolSelector } from '../mcp-config.ts';
import type { CallShape } from './call-shape.ts';
import type { Resource, ResourceMethod, SurfaceApi, SurfaceOperation } from './types.ts';

export interface McpToolCall {
  /** The SDK's exported function that makes the call (`createVideosByModel`), given the client first. */
  function: string;
  /** `wait`: the function creates a task and polls it, taking wait options (with `onProgress`). */
  kind: 'call' | 'wait';
  /** Input keys passed positionally after the client, in order. */
  pathArguments: string[];
  /** Whether the function takes a params object (every other input key) after the path arguments. */
  params: boolean;
  /** For `wait`: where the task's status is, for progress messages. */
  statusField?: string[];
}

export interface McpTool {
  name: string;
  title: string;
  description: string;
  inputSchema: JsonSchema;
  annotations: { readOnlyHint: boolean; destructiveHint?: boolean; idempotentHint: boolean; openWorldHint: true };
  call: McpToolCall;
  /** What the README's table shows: the method and wire path, and the SDK call. */
  method: string;
  path: string;
  sdkCall: string;
}

export interface McpPlan {
  mode: McpMode;
  /** Every selected tool; in dynamic mode these are the endpoints the three tools list, describe and call. */
  tools: McpTool[];
}

const SAFE_METHODS = new Set(['get', 'head', 'options', 'trace', 'query']);
/** The methods the SDK retries on every retryable failure (templates/package/src/core/retries.ts). */
const IDEMPOTENT_METHODS = new Set([...SAFE_METHODS, 'put', 'delete']);

export const MAX_TOOL_NAME = 64;
const DESCRIPTION_LENGTH = 600;
const PROPERTY_DESCRIPTION_LENGTH = 160;

/** `['chat', 'completions']` + `create` → `chat_completions_create`; `subtitleErase` → `subtitle_erase`. */
export function toolName(resourcePath: readonly string[], method: string): string {
  return [...resourcePath, method]
    .flatMap((part) => words(part))
    .map((word) => word.toLowerCase())
    .join('_');
}

/** Unique names of at most {@link MAX_TOOL_NAME} characters, numbered on collision in claiming order. */
export class ToolNames {
  private readonly taken = new Set<string>();
  claim(wanted: string): string {
    const base = wanted.slice(0, MAX_TOOL_NAME) || 'call';
    let name = base;
    for (let n = 2; this.taken.has(name); n++) name = `${base.slice(0, MAX_TOOL_NAME - String(n).length - 1)}_${n}`;
    this.taken.add(name);
    return name;
  }
}

/** Whether a selector picks a tool: by resource path (or a parent of it), by tag, or by operation name. */
export function selects(selector: ToolSelector, tool: { resource: string; tags: readonly string[]; operations: readonly string[] }): boolean {
  return (
    (selector.resources ?? []).some((resource) => tool.resource === resource || tool.resource.startsWith(`${resource}.`)) ||
    (selector.tags ?? []).some((tag) => tool.tags.includes(tag)) ||
    (selector.operations ?? []).some((operation) => tool.operations.includes(operation))
  );
}

/** The input keys of a call: path parameters by wire name, then the params object's keys. */
function inputOf(operation: SurfaceOperation, resolve: Resolve): { schema: JsonSchema; pathArguments: string[] } {
  const call: CallShape = operation.call;
  const convert = (node: Parameters<typeof toJsonSchema>[0]) => toJsonSchema(node, { resolve, side: 'request', descriptionLength: PROPERTY_DESCRIPTION_LENGTH });
  const properties: Record<string, JsonSchema> = {};
  const required: string[] = [];
  const composed: JsonSchema[] = [];
  const add = (key: string, schema: JsonSchema, isRequired: boolean) => {
    properties[key] = schema;
    if (isRequired && !required.includes(key)) required.push(key);
  };
  if (call.body) {
    const body = convert(call.body.content.type);
    if (!call.body.spread) add('body', body, call.body.required);
    else {
      const flat = flatObject(body);
      if (flat) for (const [key, schema] of Object.entries(flat.properties)) add(key, schema, call.body.required && flat.required.includes(key));
      else composed.push(body);
    }
  }
  for (const field of call.fields) {
    const schema = field.parameter.open ? openFieldSchema(convert(field.parameter.type)) : convert(field.parameter.type);
    if (field.parameter.description) schema.description = shortText(field.parameter.description, PROPERTY_DESCRIPTION_LENGTH);
    add(field.key, schema, field.parameter.required);
  }
  const pathArguments = call.pathArguments.map((argument) => {
    const key = argument.parameter.name in properties ? `path_${argument.parameter.name}` : argument.parameter.name;
    const schema = convert(argument.parameter.type);
    if (argument.parameter.description) schema.description = shortText(argument.parameter.description, PROPERTY_DESCRIPTION_LENGTH);
    add(key, schema, true);
    return key;
  });
  // Path parameters first, as the call takes them.
  const ordered = Object.fromEntries([
    ...pathArguments.map((key) => [key, properties[key]!] as const),
    ...Object.entries(properties).filter(([key]) => !pathArguments.includes(key)),
  ]);
  const schema: JsonSchema = {
    type: 'object',
    properties: ordered,
    ...(required.length > 0 && { required: [...pathArguments, ...required.filter((key) => !pathArguments.includes(key))] }),
    ...(composed.length > 0 && { allOf: composed }),
  };
  return { schema, pathArguments };
}

/** The properties and required keys of an object schema, or of an `allOf` of them; undefined for anything else. */
function flatObject(schema: JsonSchema): { properties: Record<string, JsonSchema>; required: string[] } | undefined {
  if (schema.type === 'object' && !schema.anyOf && !schema.oneOf && !schema.allOf) {
    return { properties: (schema.properties as Record<string, JsonSchema> | undefined) ?? {}, required: (schema.required as string[] | undefined) ?? [] };
  }
  if (Array.isArray(schema.allOf) && Object.keys(schema).every((key) => key === 'allOf' || key === 'description')) {
    const parts = (schema.allOf as JsonSchema[]).map(flatObject);
    if (parts.some((part) => !part)) return undefined;
    return {
      properties: Object.assign({}, ...parts.map((part) => part!.properties)) as Record<string, JsonSchema>,
      required: [...new Set(parts.flatMap((part) => part!.required))],
    };
  }
  return undefined;
}

function describeOperation(operation: SurfaceOperation): string {
  const parts = [operation.summary, operation.description?.split(/\n\s*\n/)[0]].filter((text): text is string => Boolean(text?.trim()));
  const unique = parts.filter((text, index) => parts.findIndex((other) => other.trim() === text.trim()) === index);
  return shortText(unique.join('. ').replace(/\.\.\s/g, '. ') || `${operation.method.toUpperCase()} ${operation.path}`, DESCRIPTION_LENGTH);
}

function annotationsOf(method: HttpMethod): McpTool['annotations'] {
  const readOnly = SAFE_METHODS.has(method);
  return { readOnlyHint: readOnly, ...(!readOnly && { destructiveHint: method === 'delete' }), idempotentHint: IDEMPOTENT_METHODS.has(method), openWorldHint: true };
}

interface Draft extends Omit<McpTool, 'name'> {
  wanted: string;
  resource: string;
  tags: string[];
  operations: string[];
  xMcp: boolean | undefined;
}

export function planMcpTools(api: SurfaceApi, settings: Pick<ResolvedMcpSettings, 'mode' | 'include' | 'exclude'>): McpPlan {
  const resolve = resolverOf(api);
  const byName = new Map(api.operations.map((operation) => [operation.name, operation]));
  const groupByName = new Map(api.endpointGroups.flatMap((group) => (group.name ? [[group.name, group] as const] : [])));
  const taskByCreate = new Map(api.tasks.map((task) => [task.create, task]));
  const drafts: Draft[] = [];

  const draftOf = (path: string[], method: ResourceMethod): Draft | undefined => {
    const resource = path.join('.');
    const sdkCall = `client.${resource}.${method.name}`;
    const wanted = toolName(path, method.name);
    const fromOperations = (variants: SurfaceOperation[]) => ({
      tags: [...new Set(variants.flatMap((variant) => variant.tags))],
      operations: variants.flatMap((variant) => [variant.apiName, variant.name]),
      xMcp: variants.some((variant) => variant.mcp === true) ? true : variants.every((variant) => variant.mcp === false) ? false : undefined,
    });
    if (method.kind === 'operation' || method.kind === 'createAndWait') {
      const operation = byName.get(method.kind === 'operation' ? method.operation : method.task)!;
      const input = inputOf(operation, resolve);
      const task = method.kind === 'createAndWait' ? taskByCreate.get(operation.name) : undefined;
      if (method.kind === 'createAndWait' && !task) return undefined;
      return {
        wanted,
        resource,
        ...fromOperations([operation]),
        title: operation.summary?.trim() || wanted,
        description: task ? `${describeOperation(operation)}\n\nCreates the task, then waits until it ends (reporting progress).` : describeOperation(operation),
        inputSchema: input.schema,
        annotations: task ? annotationsOf('post') : annotationsOf(operation.method),
        call: {
          function: task ? task.createAndWaitName : operation.name,
          kind: task ? 'wait' : 'call',
          pathArguments: input.pathArguments,
          params: operation.call.hasParams,
          ...(task && { statusField: task.statusField }),
        },
        method: operation.method.toUpperCase(),
        path: operation.path,
        sdkCall,
      };
    }
    if (method.kind !== 'endpoint' && method.kind !== 'endpointAndWait') return undefined;
    const group = groupByName.get(method.group)!;
    const variants = group.operations.map((name) => byName.get(name)!);
    const wait = method.kind === 'endpointAndWait';
    const first = variants[0]!;
    const firstInput = inputOf(first, resolve);
    let inputSchema = firstInput.schema;
    let description = describeOperation(first);
    if (group.discriminator) {
      const { property, values } = group.discriminator;
      const valuesOf = (variant: string) => values.filter((entry) => entry.operation === variant).map((entry) => entry.value);
      const branches = variants.map((variant) => {
        const schema = inputOf(variant, resolve).schema;
        const properties = { ...(schema.properties as Record<string, JsonSchema>), [property]: { enum: valuesOf(variant.name) } };
        const required = [...new Set([property, ...((schema.required as string[] | undefined) ?? [])])];
        return { ...schema, properties, required, ...(variant.summary && { title: shortText(variant.summary, 80) }) };
      });
      inputSchema = {
        type: 'object',
        properties: { [property]: { type: 'string', enum: values.map((entry) => entry.value), description: `Selects the variant (see the list in the description)` } },
        required: [property],
        oneOf: branches,
      };
      const lines = variants.map((variant) => `- ${variant.summary?.trim() || variant.name}: ${valuesOf(variant.name).join(', ')}`);
      description = `${group.method.toUpperCase()} ${group.path}, routed by \`${property}\`. Values by variant:\n${lines.join('\n')}`;
    }
    const task = wait ? taskByCreate.get(first.name) : undefined;
    return {
      wanted,
      resource,
      ...fromOperations(variants),
      title: first.summary?.trim() || wanted,
      description: wait ? `${description}\n\nCreates the task, then waits until it ends (reporting progress).` : description,
      inputSchema,
      annotations: wait ? annotationsOf('post') : annotationsOf(group.method),
      call: {
        function: wait ? group.andWaitName! : group.name!,
        kind: wait ? 'wait' : 'call',
        pathArguments: firstInput.pathArguments,
        params: first.call.hasParams,
        ...(task && { statusField: task.statusField }),
      },
      method: group.method.toUpperCase(),
      path: group.path,
      sdkCall,
    };
  };

  const visit = (resource: Resource, path: string[]) => {
    const here = [...path, resource.name];
    for (const method of resource.methods) {
      const draft = draftOf(here, method);
      if (draft) drafts.push(draft);
    }
    for (const child of resource.children) visit(child, here);
  };
  for (const resource of api.resources) visit(resource, []);

  const selected = drafts.filter((draft) => {
    if (draft.xMcp !== undefined) return draft.xMcp;
    if (settings.include && !selects(settings.include, draft)) return false;
    return !(settings.exclude && selects(settings.exclude, draft));
  });
  const names = new ToolNames();
  const tools = selected.map(({ wanted, resource: _resource, tags: _tags, operations: _operations, xMcp: _xMcp, ...tool }) => ({ name: names.claim(wanted), ...tool }));
  return { mode: settings.mode, tools };
}
