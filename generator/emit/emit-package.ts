/**
 * Emits the whole SDK package as a list of files (unformatted). TypeScript sources are built as ts-morph
 * structures and printed straight to text in parts (no project, no parse, no type-checking); package files,
 * the README and the client's base class come from Handlebars templates, and the rest of the runtime core is
 * static TypeScript copied as it is (static-runtime.ts).
 */
import { createRequire } from 'node:module';
import type { CredentialOption } from '../surface/credentials.ts';
import type { SurfaceApi } from '../surface/types.ts';
import { runtimeExportsFor, type RuntimeExport } from '../surface/runtime-exports.ts';
import { apiReference } from './api-reference.ts';
import { writeEndpoints, writeTasks, type CallContext } from './calls-file.ts';
import { homeModule, namesOf } from './type-names.ts';
import { writeClient } from './client-file.ts';
import { writeWithImports, type Imports } from './imports.ts';
import { writeOperationIndex } from './index-files.ts';
import { packageVersionOf } from '../semver.ts';
import { readmeContext } from './readme.ts';
import { typesReadmeContext } from './types-readme.ts';
import { SourceBuilder, type PrintedPart } from './source-builder.ts';
import { writeResource } from './resources-file.ts';
import { writeModels } from './models-file.ts';
import { operationShape } from './operation-shape.ts';
import { writeOperations } from './operations-file.ts';
import { GENERATED_HEADER, staticRuntimeFiles } from './static-runtime.ts';
import { renderTemplate } from './templates.ts';
import type { NameOf } from './type-expression.ts';

export interface GeneratedFile {
  /** Path inside the package, with forward slashes. */
  path: string;
  content: string;
}

/** A file as emitted, before formatting. */
export interface EmittedFile extends GeneratedFile {
  /** For TypeScript built from structures: the content in parts that format independently (joined by `\n`), some already final. */
  parts?: PrintedPart[];
  /** Already in its final form (the static runtime): not formatted again. */
  formatted?: boolean;
}

const typescriptVersion: string = createRequire(import.meta.url)('typescript/package.json').version;

/**
 * `onEmitted` receives each file as soon as it is emitted (the templates first, then each TypeScript source as it
 * is printed): the pipeline has it formatted on worker threads meanwhile.
 */
export function emitPackage(api: SurfaceApi, onEmitted?: (files: EmittedFile[]) => void): EmittedFile[] {
  const { settings } = api;
  const nameOf = namesOf(api);
  const files: EmittedFile[] = [];
  const addSource = (path: string, build: (file: SourceBuilder) => void) => {
    const builder = new SourceBuilder();
    build(builder);
    // Prettier formats the text afterwards, so the printer's own layout settings do not matter.
    const parts = builder.print(GENERATED_HEADER);
    const file = { path, content: parts.map((part) => part.text).join('\n'), parts };
    onEmitted?.([file]);
    files.push(file);
  };

  /** A TypeScript file with its imports (see writeWithImports). */
  const withImports = (path: string, build: (file: SourceBuilder, imports: Imports, nameOf: NameOf) => void) =>
    addSource(path, (file) => writeWithImports(file, path, nameOf, (imports, names) => build(file, imports, names)));

  const templateContext = templateContextOf(api, nameOf);
  if (api.typesOnly) {
    // No operations: the models are the package (no client, no runtime), and the README says so.
    const templates = packageFiles(templateContext, 'README.types-only.md.hbs', typesReadmeContext(api));
    onEmitted?.(templates);
    files.push(...templates);
    addSource('src/models.ts', (file) => writeModels(file, api, nameOf));
    addSource('src/index.ts', (file) => file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js' }));
    return sortedByPath(files);
  }
  const { packageVersion } = templateContext;
  const templates: EmittedFile[] = [
    // The version lives in a file of its own, so a release changes it there (and in package.json) only.
    {
      path: 'src/version.ts',
      content: `${GENERATED_HEADER}/** This package's version, sent in the User-Agent. */\nexport const VERSION = ${JSON.stringify(packageVersion)};\n`,
    },
    { path: 'src/core/base-client.ts', content: GENERATED_HEADER + renderTemplate('src/core/base-client.ts.hbs', templateContext) },
    ...packageFiles(templateContext, 'README.md.hbs', readmeContext(api, nameOf)),
  ];
  onEmitted?.(templates);
  files.push(...templates);
  for (const file of staticRuntimeFiles()) files.push({ ...file, formatted: true });

  withImports('src/models.ts', (file, _imports, names) => writeModels(file, api, names));
  withImports('src/operation-index.ts', (file, _imports, names) => writeOperationIndex(file, api, names));
  const calls: CallContext = { api, nameOf };
  const reference = { path: 'api.md', content: apiReference(calls) };
  onEmitted?.([reference]);
  files.push(reference);
  // One home per call: a resource file holds its classes, then the standalone functions they call (operations,
  // merged calls with their routing, wait twins), then the types only its calls name.
  for (const resource of api.resources) {
    withImports(`src/resources/${resource.file}.ts`, (file, imports, names) => {
      const here = { api, nameOf: names };
      writeResource(file, resource, imports, here);
      writeOperations(
        file,
        imports,
        api.operations.filter((operation) => operation.home === resource.file),
        api,
        names,
      );
      writeEndpoints(file, imports, here, resource.file);
      writeTasks(file, imports, here, resource.file);
      writeModels(file, api, names, resource.file);
    });
  }
  withImports('src/client.ts', (file, imports) => writeClient(file, imports, api, settings.clientName));
  addSource('src/index.ts', (file) => {
    file.addExportDeclaration({ moduleSpecifier: './client.js', namedExports: [settings.clientName] });
    const runtime = runtimeExportsFor({ tasks: api.tasks.length > 0 });
    for (const entry of runtime) exportRuntime(file, entry);
    file.addExportDeclaration({
      moduleSpecifier: './operation-index.js',
      namedExports: ['operations', { name: 'Operations', isTypeOnly: true }, { name: 'OperationName', isTypeOnly: true }, { name: 'OperationInfo', isTypeOnly: true }],
    });
    file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier: './models.js' });
    // Each resource file's classes, standalone functions and value maps, under the names users import today.
    for (const resource of api.resources) file.addExportDeclaration({ moduleSpecifier: `./${homeModule(resource.file)}` });
  });

  return sortedByPath(files);
}

/** One runtime module's public names, re-exported from the package root (type-only names marked as such). */
function exportRuntime(file: SourceBuilder, entry: RuntimeExport): void {
  const moduleSpecifier = `./core/${entry.module}.js`;
  if (!entry.values.length) file.addExportDeclaration({ isTypeOnly: true, moduleSpecifier, namedExports: [...entry.types] });
  else file.addExportDeclaration({ moduleSpecifier, namedExports: [...entry.values, ...entry.types.map((name) => ({ name, isTypeOnly: true }))] });
}

function sortedByPath(files: EmittedFile[]): EmittedFile[] {
  return files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}

/** `package.json`, the two `tsconfig`s (ES modules, CommonJS) and the README (from the given template and its context). */
function packageFiles(templateContext: TemplateContext, readmeTemplate: string, readme: object): EmittedFile[] {
  const { packageVersion } = templateContext;
  return [
    // The package's own version (kept by spec:update in the config) when set; the README keeps the API version.
    { path: 'package.json', content: renderTemplate('package.json.hbs', { ...templateContext, version: packageVersion }) },
    { path: 'tsconfig.json', content: renderTemplate('tsconfig.json.hbs', templateContext) },
    // The CommonJS build, for consumers that `require` the package (dist/cjs, marked as CommonJS by the build script).
    { path: 'tsconfig.cjs.json', content: renderTemplate('tsconfig.cjs.json.hbs', templateContext) },
    { path: 'README.md', content: renderTemplate(readmeTemplate, { ...templateContext, readme }) },
  ];
}

/** The JSDoc of a credential option: what it is sent as, when the client has more than one, after the spec's description. */
function credentialDoc(credential: CredentialOption, api: SurfaceApi): string {
  if (api.credentials.length === 1) return "Credential sent as the API's security schemes require.";
  const schemes = credential.schemes.map((scheme) => `\`${scheme}\``).join(', ');
  const description = api.securitySchemes.find((scheme) => scheme.key === credential.schemes[0])?.description?.trim();
  const what = `Credential of the ${schemes} security scheme${credential.schemes.length > 1 ? 's' : ''}: sent on the calls that require ${credential.schemes.length > 1 ? 'one of them' : 'it'}, and only there.`;
  return description ? `${description}${/[.!?]$/.test(description) ? '' : '.'} ${what}` : what;
}

/** What the client says when it is made without any credential. */
function missingCredentialsMessage(credentials: readonly CredentialOption[], clientName: string): string {
  if (credentials.length === 1) {
    const [{ option, env }] = credentials as [CredentialOption];
    return `Missing API key: pass \`${option}\` to new ${clientName}({ ${option} }) or set the ${env} environment variable.`;
  }
  const or = (items: string[]) => `${items.slice(0, -1).join(', ')} or ${items.at(-1)}`;
  return `Missing credentials: pass ${or(credentials.map((credential) => `\`${credential.option}\``))} to new ${clientName}({ … }), or set the ${or(credentials.map((credential) => credential.env))} environment variable.`;
}

/** What the Handlebars templates read: the settings, the package metadata, the security schemes, the calls. */
type TemplateContext = ReturnType<typeof templateContextOf>;

function templateContextOf(api: SurfaceApi, nameOf: NameOf) {
  const { settings } = api;
  const securitySchemes = Object.fromEntries(
    api.securitySchemes.map((scheme) => [
      scheme.key,
      scheme.kind === 'apiKey' ? { kind: 'apiKey', in: scheme.in ?? 'header', name: scheme.parameterName ?? '' } : { kind: scheme.kind },
    ]),
  );
  return {
    ...settings,
    apiTitle: settings.metadata.title ?? api.title,
    version: api.version,
    packageVersion: settings.packageVersion ?? packageVersionOf(api.version),
    description: settings.metadata.description ?? `TypeScript ${api.typesOnly ? 'types' : 'SDK'} for ${settings.metadata.title ?? api.title}`,
    license: settings.metadata.license ?? 'UNLICENSED',
    repository: settings.metadata.repository,
    homepage: settings.metadata.homepage,
    files: ['dist', 'src', 'README.md', ...(api.typesOnly ? [] : ['api.md']), ...(settings.shipsChangelog ? ['CHANGELOG.md'] : [])],
    defaultBaseURL: api.servers[0]?.url ?? 'http://localhost',
    hasSecurity: api.credentials.length > 0,
    securitySchemes,
    credentials: api.credentials.map((credential) => ({ ...credential, doc: credentialDoc(credential, api) })),
    severalCredentials: api.credentials.length > 1,
    credentialOptions: api.credentials.map(({ option, env, schemes }) => ({ option, env, schemes })),
    missingCredentials: missingCredentialsMessage(api.credentials, settings.clientName),
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
}
