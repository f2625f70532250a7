/**
 * The surface stage: plans everything TypeScript-facing from the neutral IR — every exported name (types,
 * functions, classes, files), the resource tree and the calls on it. Names are claimed in a fixed order (schemas,
 * parameter types, request forms, operation functions, task helpers, merged calls, resource classes), so the
 * same API always gives the same names; a name the runtime or the language reserves goes to the runtime.
 */
import { pointerToken, type ResolvedPackageSettings } from '../config.ts';
import { plainVariant } from '../ir/endpoints.ts';
import { camelCase, deriveOperationName, pascalCase } from '../ir/naming.ts';
import { WARNING_KINDS } from '../warning-kinds.ts';
import { resolverOf } from '../ir/type-query.ts';
import type { ApiModel, EndpointGroup, Operation } from '../ir/types.ts';
import { callShape } from './call-shape.ts';
import { planValueFields } from './value-fields.ts';
import { callCredentials, planCredentials } from './credentials.ts';
import { FileNameRegistry } from './file-names.ts';
import { boundValueNames, createAndWaitName, endpointValueNames, requestTypeName, typeNameRegistry, typesOnlyNameRegistry, valueNameRegistry, waitForName } from './names.ts';
import { layoutResources, pathFacts, resourcePaths, resourcePlacement } from './resources.ts';
import { callKey, SurfaceConfigPlan, withoutHidden } from './surface-config.ts';
import { streamPlan } from './streaming.ts';
import { planTypeHomes } from './type-homes.ts';
import type { Resource, SurfaceApi, SurfaceEndpointGroup, SurfaceOperation, SurfaceSchema, SurfaceTask, SurfaceWarning } from './types.ts';

/** The standalone function name of a merged endpoint: the derived name, `By<Property>` when discriminated. */
export function endpointName(group: EndpointGroup, derived: string): string {
  return group.discriminator ? `${derived}By${pascalCase(group.discriminator.property)}` : camelCase(derived);
}

/**
 * The one home of every call: the file of the top-level resource whose methods call it. A merged call's variants
 * live beside it; a variant left without a method of its own (a group that cannot be called as one) lives beside
 * its group's primary call.
 */
export function callHomes(resources: (Resource & { file: string })[], groups: SurfaceEndpointGroup[]): { operations: Map<string, string>; groups: Map<string, string> } {
  const operations = new Map<string, string>();
  const merged = new Map<string, string>();
  const visit = (resource: Resource, file: string) => {
    for (const method of resource.methods) {
      if (method.kind === 'operation' && !operations.has(method.operation)) operations.set(method.operation, file);
      if (method.kind === 'endpoint' && !merged.has(method.group)) merged.set(method.group, file);
    }
    for (const child of resource.children) visit(child, file);
  };
  for (const resource of resources) visit(resource, resource.file);
  for (const group of groups) {
    const home = (group.name && merged.get(group.name)) ?? group.operations.map((name) => operations.get(name)).find(Boolean);
    if (!home) continue;
    for (const name of group.operations) if (!operations.has(name)) operations.set(name, home);
  }
  return { operations, groups: merged };
}

export function planSurface(model: ApiModel, settings: ResolvedPackageSettings): SurfaceApi {
  // The surface config is read against the spec first: hidden operations leave the model before anything is named.
  const config = new SurfaceConfigPlan(model, settings);
  const api = withoutHidden(model, config.hidden());
  // Without operations there is no client to call: the package is its types alone, with no runtime to collide with.
  const typesOnly = api.operations.length === 0;
  const types = typesOnly ? typesOnlyNameRegistry() : typeNameRegistry(settings.clientName);
  const values = valueNameRegistry(settings.clientName);

  const schemas: SurfaceSchema[] = api.schemas.map((schema) => ({ ...schema, name: types.claim(schema.name) }));
  const resolve = resolverOf(api);
  // Functions: operations named by an operationId first, then the derived ones (the order the IR named them in).
  const functionNames = new Map<string, string>();
  for (const source of ['operationId', 'derived'] as const) {
    for (const operation of api.operations) if (operation.nameSource === source) functionNames.set(operation.name, values.claim(operation.name));
  }
  const fn = (name: string) => functionNames.get(name)!;
  // A path argument never shadows a function its call passes it to, nor a runtime value the body uses.
  const bound = new Set([...boundValueNames(), ...functionNames.values()]);
  const calls = new Map(api.operations.map((operation) => [operation.name, callShape(operation, resolve, settings.positionalPathParams, bound)]));
  const needsParamsType = (operation: Operation) => {
    const call = calls.get(operation.name)!;
    return call.fields.length > 0 || (call.body !== undefined && !call.body.spread);
  };
  const paramsTypeNames = new Map(api.operations.filter(needsParamsType).map((operation) => [operation.name, types.claim(`${pascalCase(operation.name)}Params`)]));
  for (const schema of schemas) if (schema.requestForm) schema.requestName = types.claim(requestTypeName(schema.name));

  const credentials = typesOnly ? [] : planCredentials(api, settings);
  const operations: SurfaceOperation[] = api.operations.map((operation) => {
    const call = calls.get(operation.name)!;
    const stream = streamPlan(operation, call, resolve);
    const surface: SurfaceOperation = {
      ...operation,
      name: fn(operation.name),
      apiName: operation.name,
      call,
      ...(stream && { stream }),
      ...(paramsTypeNames.has(operation.name) && { paramsTypeName: paramsTypeNames.get(operation.name)! }),
      home: '', // set below, once the resources are laid out
    };
    const sends = callCredentials(operation.security, credentials);
    if (sends) surface.credentials = sends;
    return surface;
  });

  const waitNames = new Map<string, string>();
  const tasks: SurfaceTask[] = api.tasks.map((task) => {
    const create = fn(task.create);
    const fetch = fn(task.fetch);
    if (!waitNames.has(fetch)) waitNames.set(fetch, values.claim(waitForName(fetch)));
    return { ...task, create, fetch, createAndWaitName: values.claim(createAndWaitName(create)), waitForName: waitNames.get(fetch)! };
  });

  const endpointGroups: SurfaceEndpointGroup[] = api.endpointGroups.map((group) => {
    const surface: SurfaceEndpointGroup = {
      ...group,
      operations: group.operations.map(fn),
      ...(group.discriminator && { discriminator: { ...group.discriminator, values: group.discriminator.values.map((entry) => ({ ...entry, operation: fn(entry.operation) })) } }),
    };
    if (!group.mergeable) return surface;
    const derived = deriveOperationName(group.method, group.path);
    surface.name = values.claim(endpointName(group, derived));
    if (group.discriminator) {
      const names = endpointValueNames(derived, group.discriminator.property);
      surface.valueNames = {
        list: values.claim(names.list),
        type: types.claim(names.type),
        requestByValue: types.claim(names.requestByValue),
        responseByValue: types.claim(names.responseByValue),
        taskByValue: types.claim(names.taskByValue),
        requiredByValue: types.claim(names.requiredByValue),
        fieldsList: values.claim(names.fieldsList),
        accepting: types.claim(names.accepting),
        acceptingFunction: values.claim(names.acceptingFunction),
      };
      surface.valueFields = planValueFields(group.discriminator, (operation) => calls.get(operation)!, resolve);
      const variants = group.operations.map((name) => api.operations.find((operation) => operation.name === name)!);
      surface.defaultVariant = fn(plainVariant(variants)!.name);
      if (group.everyVariantCreatesTask) surface.andWaitName = values.claim(createAndWaitName(surface.name));
    } else if (group.everyVariantFetchesTask) {
      surface.waitForName = values.claim(waitForName(surface.name));
    }
    return surface;
  });

  const resourceFiles = new FileNameRegistry();
  const facts = pathFacts(api.operations, resolve);
  const layout = layoutResources(operations, endpointGroups, tasks, types, {
    place: (operation) => config.place(operation, resourcePlacement(operation.method, operation.path, facts)),
    key: callKey,
  });
  config.checkResources(resourcePaths(layout.resources));
  const resources = layout.resources.map((resource) => ({ ...resource, file: resourceFiles.claim(resource.name) }));
  // Every call is placed by now (a method, or a variant of a merged call), so every operation has its home.
  const homes = callHomes(resources, endpointGroups);
  for (const operation of operations) operation.home = homes.operations.get(operation.name) ?? resources[0]!.file;
  for (const group of endpointGroups) if (group.name && homes.groups.has(group.name)) group.home = homes.groups.get(group.name)!;
  // Each type only one resource file names is declared there; the rest in the shared models file.
  const typeHomes = planTypeHomes(
    schemas,
    operations,
    endpointGroups.map((group) => ({ operations: group.operations, ...(group.home !== undefined && { home: group.home }), andWait: group.andWaitName !== undefined })),
    tasks,
  );
  for (const schema of schemas) if (typeHomes.schemas.has(schema.id)) schema.home = typeHomes.schemas.get(schema.id)!;
  for (const operation of operations) if (operation.paramsTypeName && typeHomes.params.has(operation.name)) operation.paramsTypeHome = typeHomes.params.get(operation.name)!;
  const warnings: SurfaceWarning[] = layout.collisions.map(({ operation, message }) => ({
    kind: WARNING_KINDS.callNameCollision,
    message,
    pointer: `#/paths/${pointerToken(operation.pathKey)}/${operation.method}`,
  }));
  const paginations = api.paginations.map((pagination) => ({ ...pagination, operation: fn(pagination.operation) }));
  const { schemas: _schemas, operations: _operations, endpointGroups: _groups, tasks: _tasks, paginations: _paginations, ...rest } = api;
  return { ...rest, settings, typesOnly, schemas, operations, endpointGroups, tasks, paginations, resources, warnings, credentials };
}
