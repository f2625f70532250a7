/**
 * The calls built on top of the operation functions, written into the resource file that is their home (see
 * `SurfaceOperation.home`), and the signature of every call a resource method forwards to.
 * - Merged endpoints: one call for all `#fragment` variants of a method and path. A discriminated group is routed
 *   by the value of its discriminating field (`model`): the call is generic in that value, so a union of values
 *   compiles when every value accepts the params and the result follows the value. A value the SDK does not list
 *   is written `unlisted('…')` and sent as is through the default variant: the server judges it. Errors of a
 *   merged call carry the merged call's name (`isAPIError(error, 'createVideosByModel')`). For pickers, each value's
 *   required fields (`…RequiredFieldsByModel`, a union of lists where it takes one of several sets) and the values
 *   a params object suits by its fields (`…ModelsAccepting`, a type and a function over a run-time map).
 * - Tasks: `<create>AndWait` (create, then poll) and `waitFor<Fetch>` (poll by id) for every task lifecycle.
 */
import { CONST } from './structure-printer.ts';
import type { SourceBuilder } from './source-builder.ts';
import type { ResourceMethod, SurfaceApi, SurfaceEndpointGroup, SurfaceOperation, SurfaceTask } from '../surface/types.ts';
import { operand, parametersOf, typeParametersOf, type CallSignature } from './call-signature.ts';
import { docsText } from './jsdoc.ts';
import type { Imports } from './imports.ts';
import { operationShape } from './operation-shape.ts';
import { callArguments, operationDocs, operationSignatures, pathArguments, resultType } from './operations-file.ts';
import { literal, objectKey, propertyKey, stringLiteral } from './ts-syntax.ts';
import { runtimeType, typeExpression, type NameOf } from './type-expression.ts';
import { homeModule } from './type-names.ts';

export interface CallContext {
  api: SurfaceApi;
  /** Notes the types the calls name, for the imports of the file being written. */
  nameOf: NameOf;
}

/** The module that exports an operation's standalone function. */
export function operationModule(name: string, api: SurfaceApi): string {
  return homeModule(api.operations.find((operation) => operation.name === name)!.home);
}

const byName = (api: SurfaceApi) => new Map(api.operations.map((operation) => [operation.name, operation]));
const unique = (types: string[]) => [...new Set(types)].join(' | ');
const argNames = (signature: Pick<CallSignature, 'args'>) => signature.args.map((arg) => arg.name);

/** The fetch response type a lifecycle resolves to. */
export function fetchResponse(task: SurfaceTask, context: CallContext): string {
  return operationShape(byName(context.api).get(task.fetch)!, context.api, context.nameOf).responseType;
}

/** The type of a task id: that of the fetch operation's path parameter (a string, a number, an enum). */
export function idType(task: SurfaceTask, context: CallContext): string {
  const fetch = byName(context.api).get(task.fetch)!;
  const parameter = fetch.parameters.find((candidate) => candidate.in === 'path' && candidate.name === task.idParameter);
  return parameter ? typeExpression(parameter.type, context.nameOf, 'request') : 'string';
}

/** A variant's arguments after the client, the per-call options last (their type is not written from here). */
const variantArguments = (name: string, context: CallContext): Pick<CallSignature, 'args'> => ({
  args: [...callArguments(byName(context.api).get(name)!, context.api, context.nameOf), { name: 'options', type: 'RequestOptions', optional: true }],
});

/** What a variant's call resolves to. */
const variantResult = (name: string, context: CallContext) => resultType(byName(context.api).get(name)!, context.api, context.nameOf);

/** What a merged call resolves to, whichever variant it takes: any variant's result. */
export function endpointResult(group: SurfaceEndpointGroup, context: CallContext): string {
  return unique(group.operations.map((name) => variantResult(name, context)));
}

/**
 * The overloads of a merged endpoint. Discriminated: an `unlisted` value (any params, any variant's result), then
 * the one generic in the value. Interchangeable variants: the first variant's arguments, any variant's result.
 */
export function endpointSignatures(group: SurfaceEndpointGroup, context: CallContext, wait?: 'andWait'): CallSignature[] {
  const { nameOf } = context;
  const result = (type: string) => (wait ? `Promise<${type}>` : `${runtimeType(nameOf, 'APIPromise')}<${type}>`);
  const options = (type: string) => (wait ? `${runtimeType(nameOf, 'WaitOptions')}<${type}>` : runtimeType(nameOf, 'RequestOptions'));
  if (!group.discriminator || !group.valueNames) {
    const first = callArguments(byName(context.api).get(group.operations[0]!)!, context.api, nameOf);
    return [{ args: [...first, { name: 'options', type: options(endpointResult(group, context)), optional: true }], returns: result(endpointResult(group, context)) }];
  }
  const { property } = group.discriminator;
  const names = group.valueNames;
  const byValue = wait ? names.taskByValue : names.responseByValue;
  const path = pathArguments(byName(context.api).get(group.operations[0]!)!, context.api, context.nameOf);
  const any = wait
    ? unique(
        group.operations.map((name) =>
          fetchResponse(
            context.api.tasks.find((task) => task.create === name)!,
            context,
          ),
        ),
      )
    : endpointResult(group, context);
  const value = `T${names.type.length ? pascal(property) : 'Value'}`;
  return [
    {
      args: [
        ...path,
        { name: 'params', type: `{ ${propertyKey(property)}: ${runtimeType(nameOf, 'Unlisted')} } & Record<string, unknown>`, optional: false },
        { name: 'options', type: options(any), optional: true },
      ],
      returns: result(any),
      docs: `A \`${property}\` this SDK does not list (added after it was generated), written \`unlisted('…')\`: sent as it is.`,
    },
    {
      typeParameters: [{ name: value, constraint: names.type }],
      args: [
        ...path,
        { name: 'params', type: `${names.requestByValue}[${value}] & { ${propertyKey(property)}: ${value} }`, optional: false },
        { name: 'options', type: options(`${byValue}[${value}]`), optional: true },
      ],
      returns: result(`${byValue}[${value}]`),
    },
  ];
}

function pascal(text: string): string {
  const word = text.replace(/[^A-Za-z0-9]/g, '');
  return word ? word.charAt(0).toUpperCase() + word.slice(1) : 'Value';
}

/** `<create>AndWait` of one lifecycle: the create's arguments with wait options, resolving to the finished task. */
export function createAndWaitSignature(task: SurfaceTask, context: CallContext): CallSignature {
  const create = callArguments(byName(context.api).get(task.create)!, context.api, context.nameOf);
  const response = fetchResponse(task, context);
  const options = `${runtimeType(context.nameOf, 'WaitOptions')}<${response}>`;
  return { args: [...create, { name: 'options', type: options, optional: true }], returns: `Promise<${response}>` };
}

export function waitForSignature(task: SurfaceTask, context: CallContext): CallSignature {
  const response = fetchResponse(task, context);
  return {
    args: [
      { name: 'taskId', type: idType(task, context), optional: false },
      { name: 'options', type: `${runtimeType(context.nameOf, 'WaitOptions')}<${response}>`, optional: true },
    ],
    returns: `Promise<${response}>`,
  };
}

function statusSpec(tasks: SurfaceTask[]): string {
  const [first] = tasks;
  const success = [...new Set(tasks.flatMap((task) => task.terminal.success))];
  const failure = [...new Set(tasks.flatMap((task) => task.terminal.failure))];
  const ignoreCase = tasks.some((task) => !task.terminal.exact);
  return `{ statusField: ${literal(first!.statusField)}, success: ${literal(success)}, failure: ${literal(failure)}, ignoreCase: ${ignoreCase} }`;
}

function describeGroup(group: SurfaceEndpointGroup, operations: Map<string, SurfaceOperation>): string {
  const lines = [`One call for every variant of \`${group.method.toUpperCase()} ${group.path}\``];
  if (group.discriminator) {
    lines[0] +=
      `, routed by \`${group.discriminator.property}\`: each value takes its variant's params and returns its result. ` +
      `A value this SDK does not list is sent as is through {@link ${group.defaultVariant}} (write it \`unlisted('…')\`). ` +
      `Errors carry this call's name: \`isAPIError(error, '${group.name}')\`.`;
    for (const name of group.operations) {
      const values = group.discriminator.values.filter((entry) => entry.operation === name).map((entry) => `\`${entry.value}\``);
      const operation = operations.get(name)!;
      lines.push(`- {@link ${name}}${operation.summary ? ` (${operation.summary})` : ''}: ${values.join(', ')}`);
    }
  } else {
    lines[0] += `: the variants take the same parameters, so any of them serves. Errors carry this call's name: \`isAPIError(error, '${group.name}')\`.`;
  }
  return lines.join('\n');
}

function addCall(
  file: SourceBuilder,
  name: string,
  docs: string | undefined,
  signatures: CallSignature[],
  implementation: { args: CallSignature['args']; returns: string; statements: string[]; isAsync?: boolean },
): void {
  file.addFunction({
    name,
    isExported: true,
    docs: signatures.length === 1 && docs ? [docs] : [],
    overloads:
      signatures.length === 1
        ? []
        : signatures.map((signature) => ({
            docs: [[docs, signature.docs].filter(Boolean).join('\n\n')].filter(Boolean),
            typeParameters: typeParametersOf(signature),
            parameters: parametersOf(signature, true),
            returnType: signature.returns,
          })),
    parameters: parametersOf({ args: implementation.args, returns: implementation.returns }, true),
    returnType: implementation.returns,
    ...(implementation.isAsync && { isAsync: true }),
    statements: implementation.statements,
  });
}

/** The merged calls whose home is `home` (with their value maps, pickers and wait twins). */
export function writeEndpoints(file: SourceBuilder, imports: Imports, context: CallContext, home: string): void {
  const operations = byName(context.api);
  const groups = context.api.endpointGroups.filter((group): group is SurfaceEndpointGroup & { name: string } => group.name !== undefined && group.home === home);
  if (!groups.length) return;
  imports.type('core/http.js', 'APIClient', 'RequestOptions').type('core/api-promise.js', 'APIPromise').value('core/routing.js', 'named');
  for (const group of groups) {
    const signatures = endpointSignatures(group, context);
    const docs = docsText(undefined, [describeGroup(group, operations)]);
    const first = variantArguments(group.operations[0]!, context);
    const forwarded = argNames(first).slice(0, -1);

    if (group.discriminator && group.valueNames) {
      const { property, values } = group.discriminator;
      const names = group.valueNames;
      file.addVariableStatement({
        isExported: true,
        declarationKind: CONST,
        docs: [`Every \`${property}\` value \`${group.method.toUpperCase()} ${group.path}\` lists, in spec order (for pickers and validation).`],
        declarations: [{ name: names.list, initializer: `${literal(values.map((entry) => entry.value))} as const` }],
      });
      file.addTypeAlias({ name: names.type, isExported: true, type: `(typeof ${names.list})[number]` });
      const table = (interfaceName: string, docs: string, typeOf: (operation: SurfaceOperation) => string, wrap = false) =>
        file.addInterface({
          name: interfaceName,
          isExported: true,
          docs: [docs],
          properties: values.map((entry) => {
            const type = typeOf(operations.get(entry.operation)!);
            return { name: propertyKey(entry.value), type: wrap ? `${operand(type)} & { ${propertyKey(property)}: ${literal(entry.value)} }` : type };
          }),
        });
      table(
        names.requestByValue,
        `The params of each \`${property}\` value of \`${group.method.toUpperCase()} ${group.path}\`: its variant's.`,
        (operation) => operationShape(operation, context.api, context.nameOf).paramsType ?? 'Record<string, never>',
        true,
      );
      table(
        names.responseByValue,
        `What each \`${property}\` value of \`${group.method.toUpperCase()} ${group.path}\` resolves to.`,
        (operation) => operationShape(operation, context.api, context.nameOf).responseType,
      );
      writePickers(file, group);
      const routes = values.map((entry) => `${objectKey(entry.value)}: ${entry.operation}`);
      for (const name of new Set([...values.map((entry) => entry.operation), group.defaultVariant!])) imports.value(operationModule(name, context.api), name);
      imports.value('core/routing.js', 'routeOf');
      file.addVariableStatement({
        declarationKind: CONST,
        declarations: [
          { name: `${group.name}Routes`, type: 'Readonly<Record<string, (client: APIClient, ...args: never[]) => APIPromise<unknown>>>', initializer: `{ ${routes.join(', ')} }` },
        ],
      });
      addCall(file, group.name, docs, signatures, {
        args: [
          ...first.args.slice(0, -2),
          { name: 'params', type: `{ ${propertyKey(property)}?: unknown }`, optional: false },
          { name: 'options', type: 'RequestOptions', optional: true },
        ],
        returns: 'APIPromise<unknown>',
        statements: [
          `return routeOf(${group.name}Routes, params.${property === propertyKey(property) ? property : ''}${property === propertyKey(property) ? '' : `[${stringLiteral(property)}]`}, ${group.defaultVariant})(named(client, ${stringLiteral(group.name)}), ${[...forwarded.slice(0, -1), 'params', 'options'].map((arg) => `${arg} as never`).join(', ')});`,
        ],
      });
    } else {
      imports.value(operationModule(group.operations[0]!, context.api), group.operations[0]!);
      const [signature] = signatures;
      addCall(file, group.name, docs, signatures, {
        args: signature!.args,
        returns: signature!.returns,
        statements: [`return ${group.operations[0]}(named(client, ${stringLiteral(group.name)}), ${argNames(signature!).join(', ')});`],
      });
    }
    writeEndpointTasks(file, imports, group, context);
  }
}

/**
 * What a model picker needs of a routed call: which fields each value requires (a type), which values a params
 * object can call with (a type of the params, and a function of them, from a run-time map of each value's fields).
 */
function writePickers(file: SourceBuilder, group: SurfaceEndpointGroup): void {
  const tuple = (set: string[]) => `[${set.map(literal).join(', ')}]`;
  const { property, values } = group.discriminator!;
  const names = group.valueNames!;
  const http = `\`${group.method.toUpperCase()} ${group.path}\``;
  const facts = group.valueFields!;
  file.addInterface({
    name: names.requiredByValue,
    isExported: true,
    docs: [
      `The params fields each \`${property}\` value of ${http} requires beside \`${property}\`: a list of names, or a union of lists where the value ` +
        `takes one of several sets of fields (\`['prompt', 'image'] | ['prompt', 'images']\`: params need every field of one of them).`,
    ],
    properties: facts.map((entry) => ({ name: propertyKey(entry.value), type: entry.required.map(tuple).join(' | ') })),
  });
  // `Choice` and `Variant` are inferred so the tests distribute: over the value's sets of required fields (any one
  // within `Fields` will do), over its variants (the keys any of them takes).
  const anySet = `${names.requiredByValue}[Value] extends infer Choice ? (Choice extends readonly (infer Field)[] ? ([Field] extends [Fields] ? Value : never) : never) : never`;
  const keys = `(${names.requestByValue}[Value] extends infer Variant ? (Variant extends unknown ? keyof Variant : never) : never)`;
  file.addTypeAlias({
    name: names.accepting,
    isExported: true,
    typeParameters: [{ name: 'Fields', constraint: 'string' }],
    docs: [
      `The \`${property}\` values params with the fields \`Fields\` (beside \`${property}\`) suit: each has a set of required fields all among \`Fields\`, ` +
        `and takes every one of \`Fields\`. \`${names.accepting}<'prompt'>\` leaves out the values that need more than a prompt. ` +
        `(The call also checks each field's type, which this does not.)`,
    ],
    type: `{ [Value in ${names.type}]: [Exclude<Fields, ${keys}>] extends [never] ? (${anySet}) : never }[${names.type}]`,
  });
  file.addVariableStatement({
    isExported: true,
    declarationKind: CONST,
    docs: [
      `Each \`${property}\` value's params fields at run time: \`required\`, one list per way of calling it (see {@link ${names.requiredByValue}}); ` +
        `\`accepts\`, every field it takes (\`undefined\`: any). What {@link ${names.acceptingFunction}} filters by.`,
    ],
    declarations: [
      {
        name: names.fieldsList,
        type: `{ readonly [Value in ${names.type}]: { readonly required: readonly (readonly string[])[]; readonly accepts?: readonly string[] } }`,
        initializer: `{ ${facts
          .map((entry) => `${objectKey(entry.value)}: { required: [${entry.required.map(tuple).join(', ')}]${entry.accepts ? `, accepts: ${tuple(entry.accepts)}` : ''} }`)
          .join(', ')} }`,
      },
    ],
  });
  const result = `${names.accepting}<Extract<keyof P, string>>[]`;
  file.addFunction({
    name: names.acceptingFunction,
    isExported: true,
    typeParameters: [{ name: 'P', constraint: 'object' }],
    docs: [
      `The \`${property}\` values, in spec order, that \`params\` (without \`${property}\`) suits by its fields: each has a set of required fields that \`params\` all has ` +
        `(none \`undefined\`), and takes every field \`params\` sets. Typed {@link ${names.accepting}} of the params' keys, for a picker.`,
    ],
    parameters: [{ name: 'params', type: 'P' }],
    returnType: result,
    statements: [
      'const present = Object.keys(params).filter((field) => (params as Record<string, unknown>)[field] !== undefined);',
      `return ${names.list}.filter((value) => { const { required, accepts } = ${names.fieldsList}[value]; return required.some((set) => set.every((field) => present.includes(field))) && (!accepts || present.every((field) => accepts.includes(field))); }) as ${result};`,
    ],
  });
}

function writeEndpointTasks(file: SourceBuilder, imports: Imports, group: SurfaceEndpointGroup, context: CallContext): void {
  const tasks = context.api.tasks;
  const operations = byName(context.api);
  if (group.andWaitName && group.discriminator && group.valueNames) {
    const { property, values } = group.discriminator;
    const signatures = endpointSignatures(group, context, 'andWait');
    file.addInterface({
      name: group.valueNames.taskByValue,
      isExported: true,
      docs: [`What \`${group.andWaitName}\` resolves to for each \`${property}\` value: the finished task of its variant.`],
      properties: values.map((entry) => {
        const type = fetchResponse(
          tasks.find((task) => task.create === entry.operation)!,
          context,
        );
        return { name: propertyKey(entry.value), type };
      }),
    });
    const andWaitOf = (operation: string) => tasks.find((task) => task.create === operation)!.createAndWaitName;
    const routes = values.map((entry) => `${objectKey(entry.value)}: ${andWaitOf(entry.operation)}`);
    for (const name of new Set([...values.map((entry) => entry.operation), group.defaultVariant!])) imports.value(operationModule(name, context.api), andWaitOf(name));
    imports.type('core/polling.js', 'WaitOptions');
    file.addVariableStatement({
      declarationKind: CONST,
      declarations: [
        {
          name: `${group.andWaitName}Routes`,
          type: 'Readonly<Record<string, (client: APIClient, ...args: never[]) => Promise<unknown>>>',
          initializer: `{ ${routes.join(', ')} }`,
        },
      ],
    });
    const first = variantArguments(group.operations[0]!, context);
    const path = argNames(first)
      .slice(0, -2)
      .filter((name) => name !== 'params');
    const access = property === propertyKey(property) ? `params.${property}` : `params[${stringLiteral(property)}]`;
    addCall(
      file,
      group.andWaitName,
      `Like {@link ${group.name}}, then waits until the task ends: resolves with the finished task of the variant the \`${property}\` selects (see its \`…AndWait\` function for the statuses).`,
      signatures,
      {
        args: [
          ...first.args.slice(0, path.length),
          { name: 'params', type: `{ ${propertyKey(property)}?: unknown }`, optional: false },
          { name: 'options', type: 'WaitOptions<never>', optional: true },
        ],
        returns: 'Promise<unknown>',
        statements: [
          `return routeOf(${group.andWaitName}Routes, ${access}, ${andWaitOf(group.defaultVariant!)})(named(client, ${stringLiteral(group.name!)}), ${[...path, 'params', 'options'].map((arg) => `${arg} as never`).join(', ')});`,
        ],
      },
    );
  }
  if (group.waitForName && group.name) {
    const lifecycles = group.operations.map((name) => tasks.find((task) => task.fetch === name)!);
    const response = endpointResult(group, context);
    const idParameter = lifecycles[0]!.idParameter;
    const fetch = operations.get(group.operations[0]!)!;
    imports.value('core/polling.js', 'pollTask').type('core/polling.js', 'WaitOptions');
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
      statements: `return pollTask(String(taskId), (requestOptions) => ${group.name}(client, ${fetchArguments(fetch, idParameter)}, requestOptions), ${statusSpec(lifecycles)}, options);`,
    });
  }
}

/** The arguments that fetch a task by id: the id for its path parameter (and no params object). */
function fetchArguments(fetch: SurfaceOperation, idParameter: string): string {
  const args = fetch.call.pathArguments.map((argument) => (argument.parameter.name === idParameter ? 'taskId' : 'taskId'));
  return [...args, ...(fetch.call.hasParams ? ['undefined'] : [])].join(', ');
}

/**
 * The task helpers whose home is `home`: a lifecycle's `<create>AndWait` lives beside its create operation, the
 * `waitFor<Fetch>` (shared by the lifecycles with that fetch) beside its fetch operation.
 */
export function writeTasks(file: SourceBuilder, imports: Imports, context: CallContext, home: string): void {
  const operations = byName(context.api);
  const homeOf = (name: string) => operations.get(name)!.home;
  const written = new Set<string>();
  for (const task of context.api.tasks) {
    // Only what this file writes is worked out: the types a signature names become this file's imports.
    if (homeOf(task.create) === home) writeCreateAndWait(file, imports, task, context);
    if (homeOf(task.fetch) !== home || written.has(task.waitForName)) continue;
    written.add(task.waitForName);
    const response = fetchResponse(task, context);
    const sharing = context.api.tasks.filter((candidate) => candidate.fetch === task.fetch);
    imports
      .type('core/http.js', 'APIClient')
      .value('core/polling.js', 'pollTask')
      .type('core/polling.js', 'WaitOptions')
      .value(operationModule(task.fetch, context.api), task.fetch);
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
      statements: `return pollTask(String(taskId), (requestOptions) => ${task.fetch}(client, ${fetchArguments(operations.get(task.fetch)!, task.idParameter)}, requestOptions), ${statusSpec(sharing)}, options);`,
    });
  }
}

/** `<create>AndWait`: the create call, then `waitFor<Fetch>` on the id it returned. */
function writeCreateAndWait(file: SourceBuilder, imports: Imports, task: SurfaceTask, context: CallContext): void {
  const signature = createAndWaitSignature(task, context);
  const response = fetchResponse(task, context);
  imports
    .type('core/http.js', 'APIClient')
    .value('core/polling.js', 'taskIdOf')
    .type('core/polling.js', 'WaitOptions')
    .value(operationModule(task.create, context.api), task.create)
    .value(operationModule(task.fetch, context.api), task.waitForName);
  file.addFunction({
    name: task.createAndWaitName,
    isExported: true,
    isAsync: true,
    docs: [
      `Calls {@link ${task.create}}, then polls {@link ${task.fetch}} until the task's \`${task.statusField.join('.')}\` is one of ${[...task.terminal.success, ...task.terminal.failure].map((value) => `\`${value}\``).join(', ')}${task.terminal.exact ? '' : ' (any case)'}.\nResolves with the final state; throws \`TaskFailedError\` on ${task.terminal.failure.map((value) => `\`${value}\``).join(', ')} and \`TaskTimeoutError\` after \`waitTimeout\`.`,
    ],
    parameters: [
      { name: 'client', type: 'APIClient' },
      ...signature.args.slice(0, -1).map((arg) => ({ name: arg.name, type: arg.type, hasQuestionToken: arg.optional })),
      { name: 'options', type: `WaitOptions<${response}>`, initializer: '{}' },
    ],
    returnType: `Promise<${response}>`,
    statements: [
      `const created = await ${task.create}(client, ${argNames(signature).join(', ')});`,
      `return ${task.waitForName}(client, taskIdOf(created, ${literal(task.idField)}, ${literal(task.create)}) as ${idType(task, context)}, options);`,
    ],
  });
}

/** What a resource method forwards to: the standalone function, where it lives, its signatures and docs. */
export interface ForwardedCall {
  target: string;
  module: string;
  signatures: CallSignature[];
  docs?: string;
  /** Types its signatures name that the merged call's file declares (its value maps). */
  endpointTypes?: string[];
}

/** The value maps a merged call's signatures name. */
function valueTypes(group: SurfaceEndpointGroup, wait: boolean): string[] {
  const names = group.valueNames;
  return names ? [names.type, names.requestByValue, wait ? names.taskByValue : names.responseByValue] : [];
}

export function forwardedCall(method: ResourceMethod, context: CallContext): ForwardedCall {
  const { api } = context;
  const operation = (name: string) => api.operations.find((candidate) => candidate.name === name)!;
  const group = (name: string) => api.endpointGroups.find((candidate) => candidate.name === name)!;
  switch (method.kind) {
    case 'operation':
      return {
        target: method.operation,
        module: operationModule(method.operation, api),
        signatures: operationSignatures(operation(method.operation), api, context.nameOf),
        docs: withName(operationDocs(operation(method.operation)), method.operation),
      };
    case 'endpoint':
      return {
        target: method.group,
        module: homeModule(group(method.group).home!),
        signatures: endpointSignatures(group(method.group), context),
        docs: docsText(undefined, [describeGroup(group(method.group), byName(api))]),
        endpointTypes: valueTypes(group(method.group), false),
      };
    case 'endpointAndWait': {
      const found = group(method.group);
      return {
        target: found.andWaitName!,
        module: homeModule(found.home!),
        signatures: endpointSignatures(found, context, 'andWait'),
        endpointTypes: valueTypes(found, true),
        docs: `Creates the task with the variant its \`${found.discriminator!.property}\` selects, then waits until it ends: \`onProgress\` gets each state of the task. Standalone: \`${found.andWaitName}(client, …)\`.`,
      };
    }
    case 'endpointWaitFor': {
      const found = group(method.group);
      const response = endpointResult(found, context);
      const task = api.tasks.find((candidate) => candidate.fetch === found.operations[0])!;
      return {
        target: found.waitForName!,
        module: homeModule(found.home!),
        signatures: [
          {
            args: [
              { name: 'taskId', type: idType(task, context), optional: false },
              { name: 'options', type: `${runtimeType(context.nameOf, 'WaitOptions')}<${response}>`, optional: true },
            ],
            returns: `Promise<${response}>`,
          },
        ],
        docs: `Polls until the task ends: resolves with its final state. Standalone: \`${found.waitForName}(client, taskId)\`.`,
      };
    }
    case 'createAndWait': {
      const task = api.tasks.find((candidate) => candidate.create === method.task)!;
      return {
        target: task.createAndWaitName,
        module: operationModule(task.create, api),
        signatures: [createAndWaitSignature(task, context)],
        docs: `Creates the task and waits until it ends. Standalone: \`${task.createAndWaitName}(client, …)\`.`,
      };
    }
    case 'waitFor': {
      const task = api.tasks.find((candidate) => candidate.fetch === method.task)!;
      return {
        target: task.waitForName,
        module: operationModule(task.fetch, api),
        signatures: [waitForSignature(task, context)],
        docs: `Polls until the task ends. Standalone: \`${task.waitForName}(client, taskId)\`.`,
      };
    }
  }
}

function withName(docs: string | undefined, name: string): string {
  return `${docs ? `${docs}\n\n` : ''}Standalone: \`${name}(client, …)\`; errors: \`isAPIError(error, '${name}')\`.`;
}
