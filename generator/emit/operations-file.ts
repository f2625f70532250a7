/** `src/operations/<tag>.ts`: one standalone, tree-shakeable function per operation. */
import type { SourceFile } from 'ts-morph';
import type { ApiModel, Operation } from '../ir/types.ts';
import { docsText } from './jsdoc.ts';
import { addModelImports, modelNamesUsed } from './model-imports.ts';
import { operationShape } from './operation-shape.ts';
import { propertyAccess, stringLiteral } from './ts-syntax.ts';
import type { NameOf } from './type-expression.ts';

/** Summary, description, then the HTTP call it makes (and which variant of a shared endpoint it is). */
export function operationDocs(operation: Operation): string | undefined {
  const variant = operation.fragment !== undefined ? ` (variant \`#${operation.fragment}\` of this endpoint)` : '';
  const paragraphs = [operation.summary, operation.description, `\`${operation.method.toUpperCase()} ${operation.path}\`${variant}`].filter((text): text is string => Boolean(text));
  return docsText(operation.deprecated ? { deprecated: true } : undefined, [paragraphs.join('\n\n')]);
}

export function writeOperations(file: SourceFile, operations: Operation[], api: ApiModel, nameOf: NameOf, modelNames: ReadonlySet<string>): void {
  const typeTexts: string[] = [];
  for (const operation of operations) {
    const shape = operationShape(operation, api, nameOf);
    const requestMembers: string[] = [];
    if (shape.bodyType) requestMembers.push(`body${shape.bodyRequired ? '' : '?'}: ${shape.bodyType}`);
    const requestType = [shape.paramsType, requestMembers.length ? `{ ${requestMembers.join('; ')} }` : undefined].filter(Boolean).join(' & ') || 'Record<string, never>';
    typeTexts.push(requestType, shape.responseType);

    const has = (location: string) => operation.parameters.some((parameter) => parameter.in === location);
    const queryStyles = Object.fromEntries(
      operation.parameters
        .filter((parameter) => parameter.in === 'query' && (parameter.style !== undefined || parameter.explode !== undefined))
        .map((parameter) => [parameter.name, { ...(parameter.style && { style: parameter.style }), ...(parameter.explode !== undefined && { explode: parameter.explode }) }]),
    );
    const fields = [
      `method: ${stringLiteral(operation.method.toUpperCase())}`,
      `path: ${stringLiteral(operation.path)}`,
      has('path') && `pathParams: ${propertyAccess('request', 'path')}`,
      has('query') && `query: request.query`,
      Object.keys(queryStyles).length && `queryStyles: ${JSON.stringify(queryStyles)}`,
      has('header') && `headers: request.header`,
      has('cookie') && `cookies: request.cookie`,
      shape.bodyType && `body: request.body`,
      shape.contentType && `contentType: ${stringLiteral(shape.contentType)}`,
      `responseType: ${stringLiteral(shape.responseKind)}`,
      `security: ${JSON.stringify(shape.security)}`,
    ].filter(Boolean);

    const docs = operationDocs(operation);
    file.addFunction({
      name: operation.name,
      isExported: true,
      docs: docs ? [docs] : [],
      parameters: [
        { name: 'client', type: 'APIClient' },
        { name: 'request', type: requestType, ...(!shape.requestRequired && { initializer: '{}' }) },
        { name: 'options', type: 'RequestOptions', hasQuestionToken: true },
      ],
      returnType: `Promise<${shape.responseType}>`,
      statements: `return client.request<${shape.responseType}>({ ${fields.join(', ')} }, options);`,
    });
  }
  addModelImports(file, modelNamesUsed(typeTexts, modelNames), '../models.js');
  file.insertImportDeclaration(0, { isTypeOnly: true, moduleSpecifier: '../core/http.js', namedImports: ['APIClient', 'RequestOptions'] });
}
