/**
 * Emits the whole SDK package as a list of files (unformatted). TypeScript sources are built with ts-morph
 * structures on an in-memory project (no type-checking); text files and the static runtime come from templates.
 */
import { createRequire } from 'node:module';
import { Project } from 'ts-morph';
import type { ResolvedPackageSettings } from '../config.ts';
import { kebabCase, NameRegistry } from '../ir/naming.ts';
import type { ApiModel, Operation } from '../ir/types.ts';
import { writeOperationIndex } from './index-files.ts';
import { writeModels } from './models-file.ts';
import { operationShape } from './operation-shape.ts';
import { writeOperations } from './operations-file.ts';
import { renderTemplate } from './templates.ts';
import type { NameOf } from './type-expression.ts';

export interface GeneratedFile {
  /** Path inside the package, with forward slashes. */
  path: string;
  content: string;
}

const HEADER = '// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.\n';
const typescriptVersion: string = createRequire(import.meta.url)('typescript/package.json').version;

/** Groups operations by their first tag (spec order of first appearance) into one file each. */
function groupByTag(operations: Operation[]): { file: string; tag: string; operations: Operation[] }[] {
  const files = NameRegistry.forValues(['index']);
  const groups = new Map<string, { file: string; tag: string; operations: Operation[] }>();
  for (const operation of operations) {
    const tag = operation.tags[0] ?? 'default';
    let group = groups.get(tag);
    if (!group) {
      group = { file: files.claim(kebabCase(tag)), tag, operations: [] };
      groups.set(tag, group);
    }
    group.operations.push(operation);
  }
  return [...groups.values()];
}

export function emitPackage(api: ApiModel, settings: ResolvedPackageSettings): GeneratedFile[] {
  const schemasById = new Map(api.schemas.map((schema) => [schema.id, schema]));
  const nameOf: NameOf = (id, side) => {
    const schema = schemasById.get(id);
    if (!schema) throw new Error(`internal: no named schema for ${id}`);
    return side === 'request' && schema.requestName ? schema.requestName : schema.name;
  };
  const modelNames = new Set([
    'JSONValue',
    ...api.schemas.flatMap((schema) => [schema.name, ...(schema.requestName ? [schema.requestName] : [])]),
    ...api.operations.flatMap((operation) => operation.paramsTypeName ?? []),
  ]);
  const project = new Project({ useInMemoryFileSystem: true, skipLoadingLibFiles: true });
  const files: GeneratedFile[] = [];
  const addSource = (path: string, build: (file: import('ts-morph').SourceFile) => void) => {
    const file = project.createSourceFile(path, '', { overwrite: true });
    build(file);
    files.push({ path, content: HEADER + file.getFullText() });
  };

  addSource('src/models.ts', (file) => writeModels(file, api, nameOf));
  const groups = groupByTag(api.operations);
  for (const group of groups) {
    addSource(`src/operations/${group.file}.ts`, (file) => writeOperations(file, group.operations, api, nameOf, modelNames));
  }
  addSource('src/operation-index.ts', (file) => writeOperationIndex(file, api, nameOf, modelNames));
  addSource('src/index.ts', (file) => {
    file.addExportDeclaration({ moduleSpecifier: './client.js', namedExports: [settings.clientName, { name: 'ClientOptions', isTypeOnly: true }] });
    file.addExportDeclaration({ moduleSpecifier: './core/errors.js', namedExports: ['SDKError', 'APIError', 'APIConnectionError'] });
    file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './core/http.js', namedExports: ['APIClient', 'RequestOptions'] });
    file.addExportDeclaration({ moduleSpecifier: './operation-index.js', namedExports: ['operations', { name: 'Operations', isTypeOnly: true }, { name: 'OperationName', isTypeOnly: true }, { name: 'OperationInfo', isTypeOnly: true }] });
    file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js' });
    for (const group of groups) file.addExportDeclaration({ moduleSpecifier: `./operations/${group.file}.js` });
  });

  const securitySchemes = Object.fromEntries(
    api.securitySchemes.map((scheme) => [scheme.key, scheme.kind === 'apiKey' ? { kind: 'apiKey', in: scheme.in ?? 'header', name: scheme.parameterName ?? '' } : { kind: scheme.kind }]),
  );
  const templateContext = {
    ...settings,
    apiTitle: api.title,
    version: api.version,
    description: `TypeScript SDK for ${api.title}`,
    defaultBaseURL: api.servers[0]?.url ?? 'http://localhost',
    hasSecurity: api.securitySchemes.length > 0,
    securitySchemes,
    typescriptVersion,
    operations: api.operations.map((operation) => ({
      name: operation.name,
      method: operation.method.toUpperCase(),
      path: operation.path,
      fragment: operation.fragment,
      summary: operation.summary ?? '',
      response: operationShape(operation, api, nameOf).responseType,
    })),
  };
  for (const [template, path] of [
    ['src/client.ts.hbs', 'src/client.ts'],
    ['src/core/errors.ts.hbs', 'src/core/errors.ts'],
    ['src/core/http.ts.hbs', 'src/core/http.ts'],
  ] as const) {
    files.push({ path, content: HEADER + renderTemplate(template, templateContext) });
  }
  files.push({ path: 'package.json', content: renderTemplate('package.json.hbs', templateContext) });
  files.push({ path: 'tsconfig.json', content: renderTemplate('tsconfig.json.hbs', templateContext) });
  files.push({ path: 'README.md', content: renderTemplate('README.md.hbs', templateContext) });
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
