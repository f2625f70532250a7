/** The operation index (`operations` list and `Operations` type) and the package entry point. */
import { CONST } from './structure-printer.ts';
import type { SourceBuilder } from './source-builder.ts';
import type { SurfaceApi } from '../surface/types.ts';
import { operationShape } from './operation-shape.ts';
import { literal, propertyKey } from './ts-syntax.ts';
import type { NameOf } from './type-expression.ts';

/** `nameOf` notes the types the index names, for the file's imports. */
export function writeOperationIndex(file: SourceBuilder, api: SurfaceApi, nameOf: NameOf): void {
  file.addInterface({
    name: 'OperationInfo',
    isExported: true,
    docs: ['One entry of {@link operations}: what a tool needs to find and describe an operation.'],
    properties: [
      { name: 'name', isReadonly: true, type: 'OperationName', docs: ['The operation function exported by this package.'] },
      { name: 'method', isReadonly: true, type: 'string', docs: ['HTTP method, upper case.'] },
      { name: 'path', isReadonly: true, type: 'string', docs: ['The wire path template, without any `#fragment`.'] },
      { name: 'pathKey', isReadonly: true, type: 'string', docs: ["The spec's path key, `#fragment` included."] },
      { name: 'tags', isReadonly: true, type: 'readonly string[]' },
    ],
  });
  // Entries are built by a function returning OperationInfo: an array of 1,000+ object literals would make the
  // compiler form (and reduce) a union of as many literal types (TS2590 on big APIs).
  file.addFunction({
    name: 'entry',
    parameters: [
      { name: 'name', type: 'OperationName' },
      { name: 'method', type: 'string' },
      { name: 'path', type: 'string' },
      { name: 'pathKey', type: 'string' },
      { name: 'tags', type: 'readonly string[]' },
    ],
    returnType: 'OperationInfo',
    statements: 'return { name, method, path, pathKey, tags };',
  });
  const entries = api.operations.map(
    (operation) =>
      `entry(${literal(operation.name)}, ${literal(operation.method.toUpperCase())}, ${literal(operation.path)}, ${literal(operation.pathKey)}, ${literal(operation.tags)})`,
  );
  file.addVariableStatement({
    isExported: true,
    declarationKind: CONST,
    docs: ['Every operation of the API, in spec order: `{ name, method, path, pathKey, tags }`.'],
    declarations: [{ name: 'operations', type: 'readonly OperationInfo[]', initializer: `[\n${entries.join(',\n')}\n]` }],
  });

  file.addInterface({
    name: 'Operations',
    isExported: true,
    docs: [
      'Types of every operation by name: `body` (request body), `params` (path/query/header/cookie), `response` (2xx body), `error` (declared error bodies), `responses` (every declared response body by status).',
    ],
    properties: [
      ...api.operations.map((operation) => {
        const shape = operationShape(operation, api, nameOf);
        const responses = shape.responsesByStatus.map(({ status, type }) => `${propertyKey(status)}: ${type};`).join('\n');
        return {
          name: propertyKey(operation.name),
          type: `{\nbody: ${shape.bodyType ?? 'never'};\nparams: ${shape.sectionsType ?? 'Record<string, never>'};\nresponse: ${shape.responseType};\nerror: ${shape.errorType};\nresponses: {\n${responses}\n};\n}`,
        };
      }),
      // Merged calls are calls of their own (their errors carry their name): their types are their variants'.
      ...api.endpointGroups.flatMap((group) => {
        if (!group.name) return [];
        const of = (part: string) => group.operations.map((name) => `Operations[${literal(name)}][${literal(part)}]`).join(' | ');
        return [
          {
            name: propertyKey(group.name),
            docs: [`The merged call of \`${group.method.toUpperCase()} ${group.path}\`: any of its variants.`],
            type: `{\nbody: ${of('body')};\nparams: ${of('params')};\nresponse: ${of('response')};\nerror: ${of('error')};\nresponses: ${of('responses')};\n}`,
          },
        ];
      }),
    ],
  });
  file.addTypeAlias({ name: 'OperationName', isExported: true, type: 'keyof Operations' });
}
