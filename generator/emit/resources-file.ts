/**
 * The client's resource classes, at the top of their resource file (`src/resources/<name>.ts`, the home of their
 * calls). Each method takes the arguments of the standalone function it forwards to (operation, merged endpoint or
 * task helper, in the same file), without the client, keeping its overloads and docs.
 */
import { PRIVATE } from './structure-printer.ts';
import type { SourceBuilder } from './source-builder.ts';
import type { Resource } from '../surface/types.ts';
import { forwardedCall, type CallContext } from './calls-file.ts';
import { parametersOf, typeParametersOf } from './call-signature.ts';
import type { Imports } from './imports.ts';
import { withExample } from './operations-file.ts';
import { runtimeType } from './type-expression.ts';

function writeClass(file: SourceBuilder, resource: Resource, imports: Imports, context: CallContext, path: string): void {
  for (const child of resource.children) writeClass(file, child, imports, context, `${path}.${child.name}`);
  const cls = file.addClass({
    name: resource.className,
    isExported: true,
    properties: resource.children.map((child) => ({ name: child.name, isReadonly: true, type: child.className })),
    ctors: [
      {
        parameters: [{ name: 'client', type: 'APIClient', isReadonly: true, scope: PRIVATE }],
        statements: resource.children.map((child) => `this.${child.name} = new ${child.className}(client);`),
      },
    ],
  });
  for (const method of resource.methods) {
    const call = forwardedCall(method, context);
    // The method's own call as the example: `client.videos.create({ … })`, from the spec's request example.
    const exampleOf = method.kind === 'operation' ? method.operation : method.kind === 'endpoint' ? exampleVariant(method.group, context) : undefined;
    if (exampleOf)
      call.docs = withExample(
        call.docs,
        `${path}.${method.name}`,
        context.api.operations.find((operation) => operation.name === exampleOf)!,
        context.api,
        false,
      );
    imports.value(call.module, call.target);
    if (call.endpointTypes?.length) imports.type(call.module, ...call.endpointTypes);
    const [only] = call.signatures;
    if (call.signatures.length === 1) {
      cls.addMethod(
        { name: method.name, docs: call.docs ? [call.docs] : [], parameters: parametersOf(only!, false), returnType: only!.returns },
        { callee: call.target, args: ['this.client', ...only!.args.map((arg) => arg.name)] },
      );
      continue;
    }
    // Overloads carry the types; the implementation hands its arguments on as they came.
    // One request (an operation, a merged call) is an APIPromise; waiting for a task, a plain Promise.
    const promise = method.kind === 'operation' || method.kind === 'endpoint' ? runtimeType(context.nameOf, 'APIPromise') : 'Promise';
    cls.addMethod(
      {
        name: method.name,
        overloads: call.signatures.map((signature) => ({
          // An operation's overload docs repeat its own (the standalone example included): the method's docs serve.
          docs: [[call.docs, method.kind === 'operation' ? undefined : signature.docs].filter(Boolean).join('\n\n')].filter(Boolean),
          typeParameters: typeParametersOf(signature),
          parameters: parametersOf(signature, false),
          returnType: signature.returns,
        })),
        parameters: [{ name: 'args', isRestParameter: true, type: 'unknown[]' }],
        returnType: `${promise}<unknown>`,
      },
      { callee: `(${call.target} as (client: APIClient, ...args: unknown[]) => ${promise}<unknown>)`, args: ['this.client', '...args'] },
    );
  }
}

/** The variant of a merged call whose example shows it: the first with a request example of its own. */
function exampleVariant(group: string, context: CallContext): string | undefined {
  const found = context.api.endpointGroups.find((candidate) => candidate.name === group)!;
  const operations = found.operations.map((name) => context.api.operations.find((operation) => operation.name === name)!);
  return (operations.find((operation) => operation.requestBody?.contents.some((content) => content.examples.length)) ?? operations[0])?.name;
}

/** The types the methods' signatures name are noted in `context.nameOf`, for the file's imports. */
export function writeResource(file: SourceBuilder, resource: Resource, imports: Imports, context: CallContext): void {
  imports.type('core/http.js', 'APIClient');
  writeClass(file, resource, imports, context, `client.${resource.name}`);
}
