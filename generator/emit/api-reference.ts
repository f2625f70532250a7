/**
 * `api.md`: the method reference beside the README, as the Stainless-made SDKs ship it. Every resource, nested as
 * the client nests it, with each method's signature, what it resolves to and the HTTP call it makes; then every
 * standalone function, one per operation (variants without a resource method included) and merged call.
 * Signatures are the ones the resource files declare (`forwardedCall`), so the reference cannot drift from them.
 */
import type { Resource, ResourceMethod, SurfaceApi } from '../surface/types.ts';
import { forwardedCall, type CallContext } from './calls-file.ts';
import type { CallSignature } from './call-signature.ts';
import { markdownCode } from './templates.ts';

/** `name(a: A, b?: B): R`, the promise unwrapped: the reference says what a call resolves to. */
export function signatureText(name: string, signature: CallSignature, withClient = false): string {
  const args = [...(withClient ? ['client'] : []), ...signature.args.map((arg) => `${arg.name}${arg.optional ? '?' : ''}: ${arg.type}`)];
  const typeParameters = signature.typeParameters?.length ? `<${signature.typeParameters.map((parameter) => `${parameter.name} extends ${parameter.constraint}`).join(', ')}>` : '';
  return `${name}${typeParameters}(${args.join(', ')}): ${resolvesTo(signature.returns)}`;
}

/** The type a call's promise resolves to (`APIPromise<T>`, `Promise<T>`, `PagePromise<…>` stays as it is). */
export function resolvesTo(returns: string): string {
  return returns.replace(/^(?:API)?Promise<([\s\S]*)>$/, '$1');
}

/** The HTTP call a method makes, as Markdown. */
function httpOf(method: ResourceMethod, api: SurfaceApi): string {
  const operation = (name: string) => api.operations.find((candidate) => candidate.name === name)!;
  const wire = (name: string) => {
    const found = operation(name);
    return markdownCode(`${found.method.toUpperCase()} ${found.path}${found.fragment !== undefined ? `#${found.fragment}` : ''}`);
  };
  const group = (name: string) => api.endpointGroups.find((candidate) => candidate.name === name)!;
  const merged = (name: string) => {
    const found = group(name);
    const by = found.discriminator ? ` by ${markdownCode(found.discriminator.property)}` : '';
    return `${markdownCode(`${found.method.toUpperCase()} ${found.path}`)}, ${found.operations.length} variants${by}`;
  };
  switch (method.kind) {
    case 'operation':
      return wire(method.operation);
    case 'endpoint':
      return merged(method.group);
    case 'endpointAndWait':
      return `${merged(method.group)}, then polls until the task ends`;
    case 'endpointWaitFor':
      return `polls ${wire(group(method.group).operations[0]!)} until the task ends`;
    case 'createAndWait': {
      const task = api.tasks.find((candidate) => candidate.create === method.task)!;
      return `${wire(task.create)}, then polls ${wire(task.fetch)} until the task ends`;
    }
    case 'waitFor':
      return `polls ${wire(method.task)} until the task ends`;
  }
}

function resourceSection(resource: Resource, path: string, file: string, depth: number, context: CallContext): string[] {
  const lines = [`${'#'.repeat(Math.min(depth, 6))} ${markdownCode(path)}`, '', `${resource.className}, in ${markdownCode(file)}.`, ''];
  for (const method of resource.methods) {
    const general = forwardedCall(method, context).signatures.at(-1)!;
    lines.push(`- ${markdownCode(signatureText(`${path}.${method.name}`, general))}`, `  — ${httpOf(method, context.api)}`);
  }
  if (resource.methods.length) lines.push('');
  for (const child of resource.children) lines.push(...resourceSection(child, `${path}.${child.name}`, file, depth + 1, context));
  return lines;
}

export function apiReference(context: CallContext): string {
  const { api } = context;
  const lines = [
    `# API reference: ${api.settings.packageName}`,
    '',
    `Every call of \`${api.settings.clientName}\`: its resources as the client nests them, each method's signature (per-call`,
    'options last; the promise it returns resolves to the type after the colon) and the HTTP call it makes; then every',
    'standalone function. Each is documented, with an example, in its JSDoc.',
    '',
    '## Resources',
    '',
  ];
  for (const resource of api.resources) lines.push(...resourceSection(resource, `client.${resource.name}`, `src/resources/${resource.file}.ts`, 3, context));
  lines.push('## Standalone functions', '', 'Each takes the client first, then the same arguments as its method.', '');
  for (const group of api.endpointGroups.filter((candidate) => candidate.name)) {
    const general = forwardedCall({ kind: 'endpoint', name: group.name!, group: group.name! }, context).signatures.at(-1)!;
    lines.push(`- ${markdownCode(signatureText(group.name!, general, true))}`, `  — ${httpOf({ kind: 'endpoint', name: group.name!, group: group.name! }, api)}`);
  }
  for (const operation of api.operations) {
    const method: ResourceMethod = { kind: 'operation', name: operation.name, operation: operation.name };
    const general = forwardedCall(method, context).signatures.at(-1)!;
    lines.push(`- ${markdownCode(signatureText(operation.name, general, true))}`, `  — ${httpOf(method, api)}`);
  }
  return `${lines.join('\n')}\n`;
}
