/**
 * `src/resources/<name>.ts`: the client's resource classes. Each method forwards to a standalone function
 * (operation, merged endpoint or task helper) with the client filled in, keeping its overloads and docs.
 */
import type { SourceBuilder } from './source-builder.ts';
import type { Resource, ResourceMethod } from '../surface/types.ts';
import { endpointAndWaitSignatures, endpointSignatures, fetchResponse, idType, type CallContext, type Signature } from './calls-file.ts';
import type { Imports } from './imports.ts';
import { modelNamesUsed } from './model-imports.ts';
import { operationShape } from './operation-shape.ts';
import { operationDocs, operationSignatures } from './operations-file.ts';

interface MethodPlan {
  target: string;
  module: string;
  signatures: Signature[];
  /** The first parameter: the request object, or a task id. */
  first: 'request' | 'taskId';
  options: string;
  docs?: string;
  /** A single request resolves to an `APIPromise` (with `.withResponse()`); task helpers poll, so a plain `Promise`. */
  promise: 'APIPromise' | 'Promise';
}

function planFor(method: ResourceMethod, context: CallContext): MethodPlan {
  const { api } = context;
  const operation = (name: string) => api.operations.find((candidate) => candidate.name === name)!;
  const group = (name: string) => api.endpointGroups.find((candidate) => candidate.name === name)!;
  switch (method.kind) {
    case 'operation': {
      const signatures = operationSignatures(operation(method.operation), api, context.nameOf);
      return {
        target: method.operation,
        module: context.moduleOf(method.operation),
        signatures,
        first: 'request',
        options: 'RequestOptions',
        docs: operationDocs(operation(method.operation)),
        promise: 'APIPromise',
      };
    }
    case 'endpoint':
      return {
        target: method.group,
        module: './endpoints.js',
        signatures: endpointSignatures(group(method.group), context),
        first: 'request',
        options: 'RequestOptions',
        docs: `Every variant of this endpoint in one call: see {@link ${method.group}}.`,
        promise: 'APIPromise',
      };
    case 'endpointAndWait': {
      const found = group(method.group);
      return {
        target: found.andWaitName!,
        module: './endpoints.js',
        signatures: endpointAndWaitSignatures(found, context),
        first: 'request',
        options: 'WaitOptions',
        docs: `Creates the task with the variant its body selects, then waits until it ends: see {@link ${found.andWaitName}}.`,
        promise: 'Promise',
      };
    }
    case 'endpointWaitFor': {
      const found = group(method.group);
      const response = endpointSignatures(found, context)[0]!.response;
      const task = api.tasks.find((candidate) => candidate.fetch === found.operations[0])!;
      return {
        target: found.waitForName!,
        module: './endpoints.js',
        signatures: [{ request: idType(task, context), response, requestRequired: true }],
        first: 'taskId',
        options: `WaitOptions<${response}>`,
        docs: `Polls until the task ends: see {@link ${found.waitForName}}.`,
        promise: 'Promise',
      };
    }
    case 'createAndWait': {
      const task = api.tasks.find((candidate) => candidate.create === method.task)!;
      const shape = operationShape(operation(task.create), api, context.nameOf);
      const response = fetchResponse(task, context);
      return {
        target: task.createAndWaitName,
        module: './tasks.js',
        signatures: [{ request: shape.requestType, response, requestRequired: true }],
        first: 'request',
        options: `WaitOptions<${response}>`,
        docs: `Creates the task and waits until it ends: see {@link ${task.createAndWaitName}}.`,
        promise: 'Promise',
      };
    }
    case 'waitFor': {
      const task = api.tasks.find((candidate) => candidate.fetch === method.task)!;
      const response = fetchResponse(task, context);
      return {
        target: task.waitForName,
        module: './tasks.js',
        signatures: [{ request: idType(task, context), response, requestRequired: true }],
        first: 'taskId',
        options: `WaitOptions<${response}>`,
        docs: `Polls until the task ends: see {@link ${task.waitForName}}.`,
        promise: 'Promise',
      };
    }
  }
}

function writeClass(file: SourceBuilder, resource: Resource, imports: Imports, context: CallContext, typeTexts: string[]): void {
  for (const child of resource.children) writeClass(file, child, imports, context, typeTexts);
  const cls = file.addClass({
    name: resource.className,
    isExported: true,
    properties: resource.children.map((child) => ({ name: child.name, isReadonly: true, type: child.className })),
    ctors: [
      {
        parameters: [{ name: 'client', type: 'APIClient', isReadonly: true, scope: 'private' as never }],
        statements: resource.children.map((child) => `this.${child.name} = new ${child.className}(client);`),
      },
    ],
  });
  for (const method of resource.methods) {
    const plan = planFor(method, context);
    imports.value(plan.module.replace(/^\.\//, '../'), plan.target);
    if (plan.options.startsWith('WaitOptions')) imports.type('../core/polling.js', 'WaitOptions');
    else imports.type('../core/http.js', 'RequestOptions');
    if (plan.signatures.some((signature) => 'streams' in signature && signature.streams)) imports.type('../core/streaming.js', 'Stream');
    if (plan.promise === 'APIPromise') imports.type('../core/api-promise.js', 'APIPromise');
    typeTexts.push(...plan.signatures.flatMap((signature) => [signature.request, signature.response]));
    const last = plan.signatures.at(-1)!;
    const parameters = (signature: Signature, implementation: boolean) => [
      {
        name: plan.first,
        type: signature.request,
        ...(!signature.requestRequired && (implementation && plan.signatures.length === 1 ? { initializer: '{}' } : { hasQuestionToken: true })),
      },
      { name: 'options', type: plan.options, hasQuestionToken: true },
    ];
    cls.addMethod({
      name: method.name,
      docs: plan.docs ? [plan.docs] : [],
      overloads:
        plan.signatures.length > 1 ? plan.signatures.map((signature) => ({ parameters: parameters(signature, false), returnType: `${plan.promise}<${signature.response}>` })) : [],
      parameters: parameters(last, true),
      returnType: plan.signatures.length > 1 ? `${plan.promise}<unknown>` : `${plan.promise}<${last.response}>`,
      statements: `return ${plan.target}(this.client, ${plan.first}, options);`,
    });
  }
}

export function writeResource(file: SourceBuilder, resource: Resource, imports: Imports, context: CallContext): void {
  const typeTexts: string[] = [];
  imports.type('../core/http.js', 'APIClient');
  writeClass(file, resource, imports, context, typeTexts);
  const models = modelNamesUsed(typeTexts, context.modelNames);
  if (models.length) imports.type('../models.js', ...models);
}
