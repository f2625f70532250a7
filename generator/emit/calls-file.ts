/**
 * `src/endpoints.ts` and `src/tasks.ts`: calls built on top of the operation functions.
 * - Merged endpoints: one call for all `#fragment` variants of a method and path, routed by the discriminating
 *   body value (one overload per variant, so each value gets its own body and response type), with the
 *   runtime list of values and a type mapping each value to its request.
 * - Tasks: `<create>AndWait` (create, then poll) and `waitFor<Fetch>` (poll by id) for every task lifecycle.
 */
import type { SourceBuilder } from './source-builder.ts';
import type { SurfaceApi as ApiModel, SurfaceEndpointGroup as EndpointGroup, SurfaceOperation as Operation, SurfaceTask as TaskLifecycle } from '../surface/types.ts';
import { docsText } from './jsdoc.ts';
import type { Imports } from './imports.ts';
import { modelNamesUsed } from './model-imports.ts';
import { operationShape, type OperationShape } from './operation-shape.ts';
import { literal, propertyKey } from './ts-syntax.ts';
import { typeExpression, type NameOf } from './type-expression.ts';

export interface CallContext {
  api: ApiModel;
  nameOf: NameOf;
  modelNames: ReadonlySet<string>;
  /** Module (relative to `src/`) that exports each operation function. */
  moduleOf: (operation: string) => string;
}

export interface Signature {
  request: string;
  response: string;
  requestRequired: boolean;
}

const byName = (api: ApiModel) => new Map(api.operations.map((operation) => [operation.name, operation]));

function shapeOf(context: CallContext, operation: Operation): OperationShape {
  return operationShape(operation, context.api, context.nameOf);
}

/** The overloads of a merged endpoint: one per variant, then one taking any variant's request. */
export function endpointSignatures(group: EndpointGroup, context: CallContext): Signature[] {
  const operations = byName(context.api);
  const shapes = group.operations.map((name) => shapeOf(context, operations.get(name)!));
  const perVariant = shapes.map((shape) => ({ request: shape.requestType, response: shape.responseType, requestRequired: shape.requestRequired }));
  if (!group.discriminator) {
    // Interchangeable variants: one signature, answering any of their response types.
    return [{ ...perVariant[0]!, response: [...new Set(perVariant.map((signature) => signature.response))].join(' | ') }];
  }
  const any = {
    request: [...new Set(perVariant.map((signature) => signature.request))].join(' | '),
    response: [...new Set(perVariant.map((signature) => signature.response))].join(' | '),
    requestRequired: true,
  };
  return [...perVariant, any];
}

/** The fetch response type a lifecycle resolves to. */
export function fetchResponse(task: TaskLifecycle, context: CallContext): string {
  return shapeOf(context, byName(context.api).get(task.fetch)!).responseType;
}

/** Signatures of `<create>AndWait` for a merged endpoint: per variant, then any. */
export function endpointAndWaitSignatures(group: EndpointGroup, context: CallContext): Signature[] {
  const operations = byName(context.api);
  const perVariant = group.operations.map((name) => {
    const task = context.api.tasks.find((candidate) => candidate.create === name)!;
    return { request: shapeOf(context, operations.get(name)!).requestType, response: fetchResponse(task, context), requestRequired: true };
  });
  return [
    ...perVariant,
    { request: [...new Set(perVariant.map((s) => s.request))].join(' | '), response: [...new Set(perVariant.map((s) => s.response))].join(' | '), requestRequired: true },
  ];
}

/** The type of a task id: that of the fetch operation's path parameter (a string, a number, an enum). */
export function idType(task: TaskLifecycle, context: CallContext): string {
  const fetch = byName(context.api).get(task.fetch)!;
  const parameter = fetch.parameters.find((candidate) => candidate.in === 'path' && candidate.name === task.idParameter);
  return parameter ? typeExpression(parameter.type, context.nameOf, 'request') : 'string';
}

function statusSpec(tasks: TaskLifecycle[]): string {
  const [first] = tasks;
  const success = [...new Set(tasks.flatMap((task) => task.terminal.success))];
  const failure = [...new Set(tasks.flatMap((task) => task.terminal.failure))];
  const ignoreCase = tasks.some((task) => !task.terminal.exact);
  return `{ statusField: ${literal(first!.statusField)}, success: ${literal(success)}, failure: ${literal(failure)}, ignoreCase: ${ignoreCase} }`;
}

function describeGroup(group: EndpointGroup, operations: Map<string, Operation>): string {
  const lines = [`One call for every variant of \`${group.method.toUpperCase()} ${group.path}\``];
  if (group.discriminator) {
    lines[0] += `, routed by the body's \`${group.discriminator.property}\`. An unknown value throws before anything is sent.`;
    for (const name of group.operations) {
      const values = group.discriminator.values.filter((entry) => entry.operation === name).map((entry) => `\`${entry.value}\``);
      const operation = operations.get(name)!;
      lines.push(`- {@link ${name}}${operation.summary ? ` (${operation.summary})` : ''}: ${values.join(', ')}`);
    }
  } else {
    lines[0] += ': the variants take the same parameters, so any of them serves.';
  }
  return lines.join('\n');
}

const overloads = (signatures: Signature[], options: string, promise: string) =>
  signatures.map((signature) => ({
    parameters: [
      { name: 'client', type: 'APIClient' },
      { name: 'request', type: signature.request, hasQuestionToken: !signature.requestRequired },
      { name: 'options', type: options, hasQuestionToken: true },
    ],
    returnType: `${promise}<${signature.response}>`,
  }));

/**
 * A call routed by the group's discriminating body value: its routing table (value → variant function) and the
 * function, one overload per variant plus one for any. An unknown value rejects the promise rather than throwing
 * from the call: a single request goes through `callByValue` (an `APIPromise`, like the variant's own), a task
 * helper (`WaitOptions`) is async.
 */
function writeRoutedCall(
  file: SourceBuilder,
  imports: Imports,
  group: EndpointGroup,
  call: { name: string; docs: string | undefined; signatures: Signature[]; options: string; routes: string[] },
): void {
  const single = call.options === 'RequestOptions';
  const endpoint = literal(`${group.method.toUpperCase()} ${group.path}`);
  const property = literal(group.discriminator!.property);
  if (single) imports.value('./core/variants.js', 'callByValue').type('./core/variants.js', 'APICall').type('./core/api-promise.js', 'APIPromise');
  else imports.value('./core/variants.js', 'routeByValue').type('./core/variants.js', 'VariantCall');
  file.addVariableStatement({
    declarationKind: 'const' as never,
    declarations: [{ name: `${call.name}Routes`, type: `Readonly<Record<string, ${single ? 'APICall' : 'VariantCall'}>>`, initializer: `{ ${call.routes.join(', ')} }` }],
  });
  file.addFunction({
    name: call.name,
    isExported: true,
    docs: call.docs ? [call.docs] : [],
    overloads: overloads(call.signatures, call.options, single ? 'APIPromise' : 'Promise'),
    parameters: [
      { name: 'client', type: 'APIClient' },
      { name: 'request', type: call.signatures.at(-1)!.request },
      { name: 'options', type: call.options, hasQuestionToken: true },
    ],
    isAsync: !single,
    returnType: single ? 'APIPromise<unknown>' : 'Promise<unknown>',
    statements: single
      ? `return callByValue(${call.name}Routes, ${property}, ${endpoint}, client, request, options);`
      : `return routeByValue(${call.name}Routes, ${property}, request.body, ${endpoint})(client, request as never, options);`,
  });
}

export function writeEndpoints(file: SourceBuilder, imports: Imports, context: CallContext): void {
  const operations = byName(context.api);
  const typeTexts: string[] = [];
  imports.type('./core/http.js', 'APIClient', 'RequestOptions');
  for (const group of context.api.endpointGroups) {
    if (!group.name) continue;
    const signatures = endpointSignatures(group, context);
    typeTexts.push(...signatures.flatMap((signature) => [signature.request, signature.response]));
    const docs = docsText(undefined, [describeGroup(group, operations)]);
    const [first] = group.operations;

    if (group.discriminator && group.valueNames) {
      const { property, values } = group.discriminator;
      const names = group.valueNames;
      file.addVariableStatement({
        isExported: true,
        declarationKind: 'const' as never,
        docs: [`Every \`${property}\` value \`${group.method.toUpperCase()} ${group.path}\` accepts, in spec order (for pickers and validation).`],
        declarations: [{ name: names.list, initializer: `${literal(values.map((entry) => entry.value))} as const` }],
      });
      file.addTypeAlias({ name: names.type, isExported: true, type: `(typeof ${names.list})[number]` });
      file.addInterface({
        name: names.requestByValue,
        isExported: true,
        docs: [`The request body for each \`${property}\` value of \`${group.method.toUpperCase()} ${group.path}\`.`],
        properties: values.map((entry) => {
          const bodyType = shapeOf(context, operations.get(entry.operation)!).bodyType!;
          typeTexts.push(bodyType);
          return { name: propertyKey(entry.value), type: `${bodyType.includes('|') ? `(${bodyType})` : bodyType} & { ${propertyKey(property)}: ${literal(entry.value)} }` };
        }),
      });
      const routes = values.map((entry) => `${propertyKey(entry.value)}: ${entry.operation}`);
      for (const name of new Set(values.map((entry) => entry.operation))) imports.value(context.moduleOf(name), name);
      writeRoutedCall(file, imports, group, { name: group.name, docs, signatures, options: 'RequestOptions', routes });
    } else {
      imports.value(context.moduleOf(first!), first!).type('./core/api-promise.js', 'APIPromise');
      const [signature] = signatures;
      file.addFunction({
        name: group.name,
        isExported: true,
        docs: docs ? [docs] : [],
        parameters: [
          { name: 'client', type: 'APIClient' },
          { name: 'request', type: signature!.request, ...(!signature!.requestRequired && { initializer: '{}' }) },
          { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
        ],
        returnType: `APIPromise<${signature!.response}>`,
        statements: `return ${first}(client, request, options);`,
      });
    }
    writeEndpointTasks(file, imports, group, context, typeTexts);
  }
  const models = modelNamesUsed(typeTexts, context.modelNames);
  if (models.length) imports.type('./models.js', ...models);
}

function writeEndpointTasks(file: SourceBuilder, imports: Imports, group: EndpointGroup, context: CallContext, typeTexts: string[]): void {
  const tasks = context.api.tasks;
  if (group.andWaitName && group.discriminator) {
    const signatures = endpointAndWaitSignatures(group, context);
    typeTexts.push(...signatures.flatMap((signature) => [signature.request, signature.response]));
    const routes = group.discriminator.values.map((entry) => `${propertyKey(entry.value)}: ${tasks.find((task) => task.create === entry.operation)!.createAndWaitName}`);
    for (const entry of group.discriminator.values) {
      const name = tasks.find((task) => task.create === entry.operation)!.createAndWaitName;
      imports.value('./tasks.js', name);
    }
    imports.type('./core/polling.js', 'WaitOptions');
    writeRoutedCall(file, imports, group, {
      name: group.andWaitName,
      docs: `Like {@link ${group.name}}, then waits until the task ends (see the variant's \`…AndWait\` function for the statuses).`,
      signatures,
      options: 'WaitOptions',
      routes,
    });
  }
  if (group.waitForName && group.name) {
    const lifecycles = group.operations.map((name) => tasks.find((task) => task.fetch === name)!);
    const response = endpointSignatures(group, context)[0]!.response;
    const idParameter = lifecycles[0]!.idParameter;
    typeTexts.push(idType(lifecycles[0]!, context));
    imports.value('./core/polling.js', 'pollTask').type('./core/polling.js', 'WaitOptions');
    file.addFunction({
      name: group.waitForName,
      isExported: true,
      docs: [
        `Polls {@link ${group.name}} until the task ends: resolves with its final state, throws \`TaskFailedError\` on a failure status and \`TaskTimeoutError\` after \`waitTimeout\`.`,
      ],
      parameters: [
        { name: 'client', type: 'APIClient' },
        { name: 'taskId', type: idType(lifecycles[0]!, context) },
        { name: 'options', type: `WaitOptions<${response}>`, hasQuestionToken: true },
      ],
      returnType: `Promise<${response}>`,
      statements: `return pollTask(String(taskId), (requestOptions) => ${group.name}(client, { path: { ${propertyKey(idParameter)}: taskId } }, requestOptions), ${statusSpec(lifecycles)}, options);`,
    });
  }
}

export function writeTasks(file: SourceBuilder, imports: Imports, context: CallContext): void {
  const operations = byName(context.api);
  const typeTexts: string[] = [];
  imports.type('./core/http.js', 'APIClient');
  imports.value('./core/polling.js', 'pollTask').value('./core/polling.js', 'taskIdOf').type('./core/polling.js', 'WaitOptions');
  const written = new Set<string>();
  for (const task of context.api.tasks) {
    const create = shapeOf(context, operations.get(task.create)!);
    const response = fetchResponse(task, context);
    typeTexts.push(create.requestType, response, idType(task, context));
    imports.value(context.moduleOf(task.create), task.create).value(context.moduleOf(task.fetch), task.fetch);
    file.addFunction({
      name: task.createAndWaitName,
      isExported: true,
      isAsync: true,
      docs: [
        `Calls {@link ${task.create}}, then polls {@link ${task.fetch}} until the task's \`${task.statusField.join('.')}\` is one of ${[...task.terminal.success, ...task.terminal.failure].map((value) => `\`${value}\``).join(', ')}${task.terminal.exact ? '' : ' (any case)'}.\nResolves with the final state; throws \`TaskFailedError\` on ${task.terminal.failure.map((value) => `\`${value}\``).join(', ')} and \`TaskTimeoutError\` after \`waitTimeout\`.`,
      ],
      parameters: [
        { name: 'client', type: 'APIClient' },
        { name: 'request', type: create.requestType },
        { name: 'options', type: `WaitOptions<${response}>`, initializer: '{}' },
      ],
      returnType: `Promise<${response}>`,
      statements: [
        `const created = await ${task.create}(client, request, options);`,
        `return ${task.waitForName}(client, taskIdOf(created, ${literal(task.idField)}, ${literal(task.create)}) as ${idType(task, context)}, options);`,
      ],
    });
    if (written.has(task.waitForName)) continue;
    written.add(task.waitForName);
    const sharing = context.api.tasks.filter((candidate) => candidate.fetch === task.fetch);
    file.addFunction({
      name: task.waitForName,
      isExported: true,
      docs: [
        `Polls {@link ${task.fetch}} until the task ends: resolves with its final state, throws \`TaskFailedError\` on a failure status and \`TaskTimeoutError\` after \`waitTimeout\`.`,
      ],
      parameters: [
        { name: 'client', type: 'APIClient' },
        { name: 'taskId', type: idType(task, context) },
        { name: 'options', type: `WaitOptions<${response}>`, hasQuestionToken: true },
      ],
      returnType: `Promise<${response}>`,
      statements: `return pollTask(String(taskId), (requestOptions) => ${task.fetch}(client, { path: { ${propertyKey(task.idParameter)}: taskId } }, requestOptions), ${statusSpec(sharing)}, options);`,
    });
  }
  const models = modelNamesUsed(typeTexts, context.modelNames);
  if (models.length) imports.type('./models.js', ...models);
}
