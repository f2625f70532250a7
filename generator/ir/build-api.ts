/**
 * Builds the API model from a loaded document: operations with their names, parameters, bodies and
 * responses; named schemas; endpoint groups of `#fragment` variants.
 */
import { GeneratorError, type GeneratorWarning, type SourceLocation } from '../errors.ts';
import type { LoadedSpec } from '../load/load-spec.ts';
import { getAtPath, pathFromPointer, pointerFromPath } from '../load/json-pointer.ts';
import { isObject } from '../load/schema-walk.ts';
import { deprecationDates, SchemaBuilder } from './build-schema.ts';
import { camelCase, deriveOperationName, NameRegistry, pascalCase, splitPathKey } from './naming.ts';
import { breakCompositionCycles } from './cycles.ts';
import { checkTypeDepth } from './type-depth.ts';
import { groupEndpoints, isMergeable } from './endpoints.ts';
import { preferredIndex } from './media-types.ts';
import { readStreamItems, type StreamTyper } from './stream-items.ts';
import { findPaginations } from './pagination.ts';
import { findTaskLifecycles } from './tasks.ts';
import { markOpenFields, type OpenFieldsConfig } from './open-fields.ts';
import { resolverFor } from './type-query.ts';
import { forEachNode, operationTypes, reachableIds, referencedIds } from './type-walk.ts';
import type {
  ApiModel,
  DeprecationDates,
  EndpointGroup,
  FixedHttpMethod,
  HttpMethod,
  TaskLifecycle,
  TaskStatusOverride,
  MediaContent,
  NamedSchema,
  Operation,
  Parameter,
  ParameterLocation,
  ResponseSpec,
  SecurityScheme,
  SentBy,
  TypeNode,
} from './types.ts';
import { WARNING_KINDS } from '../warning-kinds.ts';

type Json = Record<string, unknown>;
const HTTP_METHODS: readonly FixedHttpMethod[] = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch', 'trace', 'query'];
const LOCATIONS: readonly ParameterLocation[] = ['path', 'query', 'header', 'cookie'];

export interface BuildOptions {
  /** Terminal task statuses that replace the derived ones (the config's `taskStatus`). */
  taskStatus?: TaskStatusOverride;
  /** Fields to open beside the model fields (the config's `openFields`; open-fields.ts). */
  openFields?: OpenFieldsConfig;
}

export interface BuildResult {
  api: ApiModel;
  warnings: GeneratorWarning[];
}

interface RawOperation {
  method: HttpMethod;
  pathKey: string;
  operation: Json;
  pathItem: Json;
  path: string[];
}

export function buildApiModel(spec: LoadedSpec, options: BuildOptions = {}): BuildResult {
  const { document, source } = spec;
  const reader = new OperationReader(spec);
  const raws = reader.collect();
  const names = nameOperations(raws);
  const operations = raws.map((raw) => reader.readOperation(raw, names.get(raw)!));
  reader.readSentBodies(raws, names);

  // Before anything follows references recursively (the cycle check is the first).
  checkTypeDepth(reader.schemas.named, source.locate);
  breakCompositionCycles(reader.schemas.named, (warning) => reader.warnings.push(warning), source.locate);
  const resolve = resolverFor(reader.schemas.named);
  const endpointGroups = groupEndpoints(operations, resolve);
  markOpenFields(reader.schemas.named.values(), operations, endpointGroups, resolve, options.openFields);
  assignUsage(reader.schemas.named, operations);
  // Webhooks and callbacks are calls the API makes to its users: their schemas become types, no client calls.
  const webhooks = Object.keys(isObject(document.webhooks) ? document.webhooks : {}).length;
  const callbacks = raws.filter((raw) => isObject(raw.operation.callbacks) && Object.keys(raw.operation.callbacks).length).length;
  if (!operations.length) {
    reader.warnings.push(typesOnlyWarning(document, webhooks, source.locate));
  } else if (webhooks || callbacks) {
    const where = webhooks ? '#/webhooks' : pointerFromPath([...raws.find((raw) => isObject(raw.operation.callbacks))!.path, 'callbacks']);
    reader.warnings.push({
      kind: WARNING_KINDS.webhooks,
      message: `${webhooks} webhooks and ${callbacks} operations with callbacks: requests the API sends, not calls a client makes, so no functions are generated for them`,
      location: source.locate(where),
    });
  }
  const tasks = findTaskLifecycles(operations, resolve, options.taskStatus);
  markMergeable(endpointGroups, operations, tasks);
  const info = isObject(document.info) ? document.info : {};
  const api: ApiModel = {
    title: typeof info.title === 'string' ? info.title : 'API',
    version: typeof info.version === 'string' ? info.version : String(info.version ?? '0.0.0'),
    ...(typeof info.description === 'string' && { description: info.description }),
    openapiVersion: spec.openapiVersion,
    servers: readServers(Array.isArray(document.servers) ? document.servers : []),
    tags: (Array.isArray(document.tags) ? document.tags : []).filter(isObject).map((tag) => ({
      name: String(tag.name),
      ...(typeof tag.description === 'string' && { description: tag.description }),
    })),
    securitySchemes: readSecuritySchemes(document),
    security: (Array.isArray(document.security) ? document.security : []).filter(isObject).map((requirement) => Object.keys(requirement)),
    schemas: [...reader.schemas.named.values()],
    operations,
    endpointGroups,
    tasks,
    paginations: findPaginations(operations, resolve),
  };
  return { api, warnings: reader.warnings };
}

/** How an operation is named, and where the name came from. */
interface OperationName {
  name: string;
  source: Operation['nameSource'];
}

/** Names: given operationIds claim first (document order), derived names take what is left. */
function nameOperations(raws: readonly RawOperation[]): Map<RawOperation, OperationName> {
  const operationNames = new NameRegistry();
  const names = new Map<RawOperation, OperationName>();
  for (const raw of raws) {
    if (typeof raw.operation.operationId === 'string' && raw.operation.operationId.trim()) {
      names.set(raw, { name: operationNames.claim(camelCase(raw.operation.operationId, 'operation')), source: 'operationId' });
    }
  }
  for (const raw of raws) {
    if (!names.has(raw)) names.set(raw, { name: operationNames.claim(deriveOperationName(raw.method, raw.pathKey)), source: 'derived' });
  }
  return names;
}

/**
 * Reads a document's operations into the IR, with the schema builder that converts and names their types, and
 * the warnings found on the way: one reader per document.
 */
class OperationReader {
  readonly warnings: GeneratorWarning[] = [];
  readonly schemas: SchemaBuilder;
  private readonly document: Json;
  private readonly source: LoadedSpec['source'];
  private readonly streamTyper: StreamTyper;

  constructor(private readonly spec: LoadedSpec) {
    this.document = spec.document;
    this.source = spec.source;
    this.schemas = new SchemaBuilder(this.document, new NameRegistry(), (warning) => this.warnings.push(warning), this.source.locate);
    this.schemas.registerComponents();
    this.streamTyper = {
      convert: (schema, path) => this.schemas.convert(schema, path),
      name: (candidate, path, type) => this.schemas.nameInline(candidate, pointerFromPath(path), type),
    };
  }

  /** Follows `$ref` chains for parameters, request bodies and responses. */
  deref(value: unknown, path: readonly string[]): { value: Json; path: string[] } {
    const seen = new Set<string>();
    let current = value;
    let currentPath = [...path];
    while (isObject(current) && typeof current.$ref === 'string') {
      const ref = current.$ref;
      if (seen.has(ref))
        throw new GeneratorError(`the reference ${JSON.stringify(ref)} refers to itself`, this.source.locate(pointerFromPath(currentPath)), 'point the $ref at a real definition');
      seen.add(ref);
      currentPath = pathFromPointer(ref);
      current = getAtPath(this.document, currentPath);
    }
    return { value: isObject(current) ? current : {}, path: currentPath };
  }

  /** The operations of `paths`, in document order: one per path and method, the 3.2 `additionalOperations` too. */
  collect(): RawOperation[] {
    const raws: RawOperation[] = [];
    const before32 = !/^3\.(?:[2-9]|\d\d)/.test(this.spec.openapiVersion);
    const note32 = (path: string[], what: string) => {
      if (before32)
        this.warnings.push({ kind: WARNING_KINDS.methodBefore32, message: `${what} is OpenAPI 3.2; read as 3.2 defines it`, location: this.source.locate(pointerFromPath(path)) });
    };
    for (const [pathKey, item] of Object.entries(isObject(this.document.paths) ? this.document.paths : {})) {
      const { value: pathItem } = this.deref(item, ['paths', pathKey]);
      for (const key of Object.keys(pathItem)) {
        const method = key.toLowerCase() as HttpMethod;
        const operation = pathItem[key];
        if (!HTTP_METHODS.includes(method as FixedHttpMethod) || !isObject(operation)) continue;
        if (key !== method) {
          this.warnings.push({
            kind: WARNING_KINDS.methodCase,
            message: `the method \`${key}\` should be lower case; read as \`${method}\``,
            location: this.source.locate(pointerFromPath(['paths', pathKey, key])),
          });
        }
        if (method === 'query') note32(['paths', pathKey, key], 'the `query` method');
        if (raws.some((raw) => raw.pathKey === pathKey && raw.method === method)) continue;
        raws.push({ method, pathKey, operation, pathItem, path: ['paths', pathKey, key] });
      }
      // 3.2: methods without a field of their own, keyed as sent (`LINK`); one that has a field is read there.
      for (const [key, operation] of Object.entries(isObject(pathItem.additionalOperations) ? pathItem.additionalOperations : {})) {
        const method = key.toLowerCase();
        const path = ['paths', pathKey, 'additionalOperations', key];
        note32(path, '`additionalOperations`');
        if (!isObject(operation) || !/^[!#$%&'*+.^_`|~0-9a-z-]+$/.test(method) || raws.some((raw) => raw.pathKey === pathKey && raw.method === method)) continue;
        raws.push({ method, pathKey, operation, pathItem, path });
      }
    }
    return raws;
  }

  /** The media types of a body or a response: each one's type (named when inline), examples and stream items. */
  readContent(content: unknown, path: string[], typeName: string): MediaContent[] {
    const entries = Object.entries(isObject(content) ? content : {});
    const preferred = preferredIndex(entries.map(([mediaType]) => mediaType));
    return entries.map(([mediaType, media], index) => {
      const mediaObject = isObject(media) ? media : {};
      const schemaPath = [...path, mediaType, 'schema'];
      const type = this.schemas.convert(mediaObject.schema, schemaPath);
      // Inline bodies get a name so that signatures and docs can point at them. The preferred media type (JSON where
      // offered) keeps the plain name, wherever it is listed: adding a form beside a JSON body renames nothing.
      const candidate = index === preferred ? typeName : `${typeName}${pascalCase(mediaType)}`;
      const named = mediaObject.schema === undefined ? type : this.schemas.nameInline(candidate, pointerFromPath(schemaPath), type);
      const stream = readStreamItems(this.document, mediaType, mediaObject, [...path, mediaType], candidate, this.streamTyper, named);
      return {
        mediaType,
        type: named,
        examples: readExamples(mediaObject),
        ...(stream && { stream }),
      };
    });
  }

  /**
   * OpenAPI 3.2 `in: querystring`: the whole query string as one value, described by its one media type. An object
   * in `application/x-www-form-urlencoded` is what query parameters in the default style (form, exploded) make, so
   * its properties are read as query parameters (required where the object requires them and the parameter is
   * required). Undefined for anything else (another media type, a composition), which has no such reading.
   */
  querystringParameters(parameter: Json, parameterPath: string[]): Parameter[] | undefined {
    const content = isObject(parameter.content) ? parameter.content : {};
    const mediaType = Object.keys(content).find((type) => type.split(';')[0]!.trim().toLowerCase() === 'application/x-www-form-urlencoded');
    if (mediaType === undefined || !isObject(content[mediaType])) return undefined;
    const { value: schema, path: schemaPath } = this.deref((content[mediaType] as Json).schema, [...parameterPath, 'content', mediaType, 'schema']);
    const properties = isObject(schema.properties) ? schema.properties : undefined;
    if (!properties || ['allOf', 'oneOf', 'anyOf', 'if', 'not'].some((key) => key in schema) || (schema.type !== undefined && schema.type !== 'object')) return undefined;
    const required = new Set(Array.isArray(schema.required) ? schema.required.map(String) : []);
    return Object.entries(properties).map(([name, property]) => {
      const propertyPath = [...schemaPath, 'properties', name];
      const { value: resolved } = this.deref(property, propertyPath);
      return {
        name,
        in: 'query' as const,
        required: parameter.required === true && required.has(name),
        deprecated: parameter.deprecated === true || resolved.deprecated === true,
        ...(typeof resolved.description === 'string' && { description: resolved.description }),
        type: this.schemas.convert(property, propertyPath),
      };
    });
  }

  /**
   * The parameters of an operation: the path item's, overridden by the operation's of the same name and location,
   * those an `in: querystring` parameter stands for, and path template names no parameter declares (as strings).
   */
  readParameters(raw: RawOperation, path: string): Parameter[] {
    const parameters = new Map<string, Parameter>();
    /** Query parameters read from an `in: querystring` parameter; declared query parameters take precedence. */
    const fromQuerystring: Parameter[] = [];
    const addParameters = (list: unknown, listPath: string[]) => {
      if (!Array.isArray(list)) return;
      list.forEach((entry, index) => {
        const { value, path: parameterPath } = this.deref(entry, [...listPath, String(index)]);
        const location = value.in as ParameterLocation;
        if (typeof value.name === 'string' && value.in === 'querystring') {
          const read = this.querystringParameters(value, parameterPath);
          if (read) fromQuerystring.push(...read);
          else {
            this.warnings.push({
              kind: WARNING_KINDS.querystringUntyped,
              message: `the \`querystring\` parameter \`${value.name}\` is not an object in \`application/x-www-form-urlencoded\`, so it has no query parameters to type; send it with \`extraQuery\``,
              location: this.source.locate(pointerFromPath(parameterPath)),
            });
          }
          return;
        }
        if (typeof value.name !== 'string' || !LOCATIONS.includes(location)) {
          throw new GeneratorError(
            'a parameter needs a `name` and an `in` of path, query, querystring, header or cookie',
            this.source.locate(pointerFromPath(parameterPath)),
            'fix the parameter definition',
          );
        }
        const schemaSource = isObject(value.content) ? (Object.values(value.content)[0] as Json | undefined)?.schema : value.schema;
        const schemaPath = isObject(value.content) ? [...parameterPath, 'content', Object.keys(value.content)[0] ?? '', 'schema'] : [...parameterPath, 'schema'];
        // Operation-level parameters override path-level ones with the same name and location.
        parameters.set(`${location}:${value.name}`, {
          name: value.name,
          in: location,
          required: location === 'path' || value.required === true,
          deprecated: value.deprecated === true,
          ...(typeof value.description === 'string' && { description: value.description }),
          type: this.schemas.convert(schemaSource, schemaPath),
          ...(typeof value.style === 'string' && { style: value.style }),
          ...(typeof value.explode === 'boolean' && { explode: value.explode }),
          ...withDeprecationDates(value),
        });
      });
    };
    addParameters(raw.pathItem.parameters, ['paths', raw.pathKey, 'parameters']);
    addParameters(raw.operation.parameters, [...raw.path, 'parameters']);
    for (const parameter of fromQuerystring) if (!parameters.has(`query:${parameter.name}`)) parameters.set(`query:${parameter.name}`, parameter);
    for (const name of undeclaredPathParameters(path, [...parameters.values()])) {
      this.warnings.push({
        kind: WARNING_KINDS.undeclaredPathParameter,
        message: `the path ${raw.pathKey} uses {${name}} but the ${raw.method.toUpperCase()} operation declares no path parameter of that name; read as a required string`,
        location: this.source.locate(pointerFromPath(raw.path)),
      });
      parameters.set(`path:${name}`, { name, in: 'path', required: true, deprecated: false, type: { kind: 'primitive', type: 'string' } });
    }
    return [...parameters.values()];
  }

  /** One operation: name, parameters (path-level ones overridden by the operation's), body, responses, security, servers. */
  readOperation(raw: RawOperation, naming: OperationName): Operation {
    const { name, source: nameSource } = naming;
    const typeBase = pascalCase(name);
    const { operation } = raw;
    const { path, fixedQuery, fragment } = splitPathKey(raw.pathKey);

    const parameters = this.readParameters(raw, path);

    let requestBody: Operation['requestBody'];
    if (operation.requestBody !== undefined) {
      const { value, path: bodyPath } = this.deref(operation.requestBody, [...raw.path, 'requestBody']);
      requestBody = {
        required: value.required === true,
        ...(typeof value.description === 'string' && { description: value.description }),
        contents: this.readContent(value.content, [...bodyPath, 'content'], `${typeBase}Body`),
      };
    }

    const responses: ResponseSpec[] = Object.entries(isObject(operation.responses) ? operation.responses : {}).map(([status, entry]) => {
      const { value, path: responsePath } = this.deref(entry, [...raw.path, 'responses', status]);
      const suffix = /^2/.test(status) ? 'Response' : `Error${pascalCase(status)}`;
      return {
        status,
        ...(typeof value.description === 'string' && { description: value.description }),
        contents: this.readContent(value.content, [...responsePath, 'content'], `${typeBase}${suffix}`),
      };
    });
    responses.sort((a, b) => a.status.localeCompare(b.status));

    const requirements = (Array.isArray(operation.security) ? operation.security : Array.isArray(this.document.security) ? this.document.security : []).filter(isObject);
    const security = requirements.map((requirement) => Object.keys(requirement));
    const securityRequirements = requirements.map((requirement) =>
      Object.entries(requirement).map(([scheme, scopes]) => ({ scheme, scopes: Array.isArray(scopes) ? scopes.map(String) : [] })),
    );
    const servers = Array.isArray(operation.servers) ? operation.servers : Array.isArray(raw.pathItem.servers) ? raw.pathItem.servers : undefined;

    return {
      name,
      nameSource,
      ...(typeof operation.operationId === 'string' && { operationId: operation.operationId }),
      method: raw.method,
      pathKey: raw.pathKey,
      path,
      ...(fragment !== undefined && { fragment }),
      ...(fixedQuery.length && { fixedQuery }),
      tags: Array.isArray(operation.tags) ? operation.tags.map(String) : [],
      ...(typeof operation.summary === 'string' && { summary: operation.summary }),
      ...(typeof operation.description === 'string' && { description: operation.description }),
      deprecated: operation.deprecated === true,
      parameters,
      ...(requestBody && { requestBody }),
      responses,
      security,
      securityRequirements,
      ...(servers && { servers: readServers(servers) }),
      ...withDeprecationDates(operation),
      ...(typeof operation['x-mcp'] === 'boolean' && { mcp: operation['x-mcp'] }),
    };
  }

  /**
   * Webhooks and callbacks are requests the API sends: no client calls, but their payloads are types users need (to
   * read what arrives). A payload written inline is named after the webhook, `petAdopted` → `PetAdoptedWebhookBody`,
   * or after the operation and the callback, `linkRepo`'s `linkCreated` → `LinkRepoLinkCreatedCallbackBody` (the
   * method added when it is not POST: `PetAdoptedWebhookPutBody`). Named after the operations' types, so it takes no
   * name they would have had.
   */
  readSentBodies(raws: readonly RawOperation[], names: ReadonlyMap<RawOperation, OperationName>): void {
    const readPathItem = (item: unknown, path: string[], typeName: (method: string) => string, sentBy: Omit<SentBy, 'method'>) => {
      const { value: pathItem, path: itemPath } = this.deref(item, path);
      for (const method of HTTP_METHODS) {
        const operation = pathItem[method];
        if (!isObject(operation) || operation.requestBody === undefined) continue;
        const { value, path: bodyPath } = this.deref(operation.requestBody, [...itemPath, method, 'requestBody']);
        const inline = pointerFromPath(bodyPath);
        for (const content of this.readContent(value.content, [...bodyPath, 'content'], `${typeName(method)}${method === 'post' ? '' : pascalCase(method)}Body`)) {
          const named = content.type.kind === 'ref' ? this.schemas.named.get(content.type.target) : undefined;
          if (named && named.id.startsWith(`${inline}/`)) named.sentBy = { ...sentBy, method };
        }
      }
    };
    for (const [key, item] of Object.entries(isObject(this.document.webhooks) ? this.document.webhooks : {})) {
      readPathItem(item, ['webhooks', key], () => `${pascalCase(key, 'Webhook')}Webhook`, { name: key });
    }
    // A shared callback (`$ref` to components) is named after the first operation that declares it.
    const seen = new Set<string>();
    for (const raw of raws) {
      const { value: callbacks, path: callbacksPath } = this.deref(raw.operation.callbacks, [...raw.path, 'callbacks']);
      for (const [callbackName, entry] of Object.entries(callbacks)) {
        const { value: callback, path: callbackPath } = this.deref(entry, [...callbacksPath, callbackName]);
        if (seen.has(pointerFromPath(callbackPath))) continue;
        seen.add(pointerFromPath(callbackPath));
        const operation = names.get(raw)!.name;
        for (const [expression, item] of Object.entries(callback)) {
          readPathItem(item, [...callbackPath, expression], () => `${pascalCase(operation)}${pascalCase(callbackName, 'Callback')}Callback`, {
            name: callbackName,
            callbackOf: operation,
          });
        }
      }
    }
  }
}

/**
 * A document without operations (a schema library with only `components`, a webhooks-only 3.1 document, empty
 * `paths`) still has types worth having: the package is types-only, and this says so once.
 */
export function typesOnlyWarning(document: Json, webhooks: number, locate: (pointer: string) => SourceLocation): GeneratorWarning {
  const paths = isObject(document.paths) ? document.paths : undefined;
  const why = !paths ? 'it has no `paths`' : Object.keys(paths).length ? 'none of its paths has an operation' : 'its `paths` is empty';
  const also = webhooks ? `; its ${webhooks} webhooks are requests the API sends, not calls a client makes` : '';
  return {
    kind: WARNING_KINDS.typesOnly,
    message: `the document declares no operations (${why}${also}): the package has its types only (models, no client)`,
    location: locate(paths ? '#/paths' : '#'),
  };
}

function readServers(list: unknown[]): { url: string; description?: string }[] {
  return list.filter(isObject).map((server) => ({ url: serverUrl(server), ...(typeof server.description === 'string' && { description: server.description }) }));
}

/** `deprecationDates` of an operation or parameter, when its extensions give any. */
function withDeprecationDates(object: Json): { deprecationDates?: DeprecationDates } {
  const dates = deprecationDates(object);
  return Object.keys(dates).length ? { deprecationDates: dates } : {};
}

/** A server URL with its `{variables}` replaced by their defaults (the client's `baseURL` option overrides it). */
function serverUrl(server: Json): string {
  const variables = isObject(server.variables) ? server.variables : {};
  return String(server.url ?? '/').replace(/\{([^}]+)\}/g, (match, name: string) => {
    const variable = variables[name];
    return isObject(variable) && variable.default !== undefined ? String(variable.default) : match;
  });
}

function readExamples(media: Json): MediaContent['examples'] {
  if ('example' in media) return [{ name: 'example', value: media.example }];
  if (!isObject(media.examples)) return [];
  // A bare value instead of an Example object is taken as the value itself (reported by the loader).
  return Object.entries(media.examples).map(([name, example]) => ({ name, value: isObject(example) && 'value' in example ? example.value : example }));
}

/**
 * The `{name}`s of a path template that no path parameter declares, in path order, each once. They are still sent
 * (the URL needs them), so the IR reads them as required strings rather than refusing a whole spec over one
 * sloppy operation.
 */
export function undeclaredPathParameters(path: string, parameters: readonly Pick<Parameter, 'name' | 'in'>[]): string[] {
  const declared = new Set(parameters.filter((parameter) => parameter.in === 'path').map((parameter) => parameter.name));
  return [...new Set([...path.matchAll(/\{([^}]+)\}/g)].map((match) => match[1]!))].filter((name) => !declared.has(name));
}

function readSecuritySchemes(document: Json): SecurityScheme[] {
  const components = isObject(document.components) ? document.components : {};
  return Object.entries(isObject(components.securitySchemes) ? components.securitySchemes : {}).map(([key, scheme]) => {
    const value = isObject(scheme) ? scheme : {};
    const description = typeof value.description === 'string' ? { description: value.description } : {};
    if (value.type === 'http' && String(value.scheme).toLowerCase() === 'bearer') return { key, kind: 'bearer', ...description };
    if (value.type === 'http' && String(value.scheme).toLowerCase() === 'basic') return { key, kind: 'basic', ...description };
    if (value.type === 'apiKey') return { key, kind: 'apiKey', in: value.in as 'header', parameterName: String(value.name), ...description };
    if (value.type === 'oauth2' || value.type === 'openIdConnect') return { key, kind: value.type, ...description };
    return { key, kind: 'other', ...description };
  });
}

/** Which groups can be called as one, and whether their variants start or fetch tasks alike. */
function markMergeable(groups: EndpointGroup[], operations: Operation[], tasks: TaskLifecycle[]): void {
  const byName = new Map(operations.map((operation) => [operation.name, operation]));
  for (const group of groups) {
    group.mergeable = isMergeable(group, byName);
    if (!group.mergeable) continue;
    if (group.discriminator) {
      group.everyVariantCreatesTask = group.operations.every((name) => tasks.some((task) => task.create === name));
    } else {
      const fetches = group.operations.map((name) => tasks.find((task) => task.fetch === name));
      group.everyVariantFetchesTask = fetches.every((task) => task && task.statusField.join('.') === fetches[0]!.statusField.join('.'));
    }
  }
}

/** Does a type read differently on the request side than on the response side (not following references)? */
function differsBySide(node: TypeNode): boolean {
  let differs = false;
  forEachNode(node, (child) => {
    if (child.kind === 'object' && child.properties.some((property) => property.readOnly || property.writeOnly || property.open || (property.required && property.hasDefault)))
      differs = true;
  });
  return differs;
}

/**
 * Marks which side(s) each named schema is used on, and which need a request-side form: those that read
 * differently in requests and are used on both sides (directly or through a schema that does).
 */
function assignUsage(named: Map<string, NamedSchema>, operations: Operation[]): void {
  const sides = operations.map(operationTypes);
  const typeOf = (id: string) => named.get(id)?.type;
  const onRequest = reachableIds(
    typeOf,
    sides.flatMap((side) => side.request),
  );
  const onResponse = reachableIds(
    typeOf,
    sides.flatMap((side) => side.response),
  );
  for (const schema of named.values()) schema.usage = { request: onRequest.has(schema.id), response: onResponse.has(schema.id) };

  const differs = new Set([...named.values()].filter((schema) => differsBySide(schema.type)).map((schema) => schema.id));
  // A schema that refers to one that differs differs too; iterate to the fixed point.
  for (let changed = true; changed;) {
    changed = false;
    for (const schema of named.values()) {
      if (!differs.has(schema.id) && referencedIds(schema.type).some((id) => differs.has(id))) {
        differs.add(schema.id);
        changed = true;
      }
    }
  }
  for (const schema of named.values()) {
    if (differs.has(schema.id) && schema.usage.request && schema.usage.response) schema.requestForm = true;
  }
}
