/**
 * The intermediate model: everything there is to know about an API, and nothing about TypeScript. Names here
 * are the API's own, made unique (operation names, schema names): the surface stage (`generator/surface/`)
 * turns them into TypeScript identifiers, files and calls. The parser writes only this.
 */

/** The methods a path item has a field for, lower case (OpenAPI 3.2 adds `query`, the safe method with a body). */
export type FixedHttpMethod = 'get' | 'put' | 'post' | 'delete' | 'options' | 'head' | 'patch' | 'trace' | 'query';
/** Lower case: a fixed method, or another token an OpenAPI 3.2 `additionalOperations` names (`link`, `purge`). */
export type HttpMethod = FixedHttpMethod | (string & {});
export type ParameterLocation = 'path' | 'query' | 'header' | 'cookie';
export type LiteralValue = string | number | boolean | null;

/** Documentation and validation facts carried by a schema node; rendered as comments, never as types. */
export interface Docs {
  title?: string;
  summary?: string;
  description?: string;
  default?: unknown;
  examples?: unknown[];
  deprecated?: boolean;
  format?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number | boolean;
  exclusiveMaximum?: number | boolean;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minItems?: number;
  maxItems?: number;
  multipleOf?: number;
  uniqueItems?: boolean;
  minProperties?: number;
  maxProperties?: number;
  /** From `x-deprecated-since` / `x-sunset`-style extensions: when it was deprecated, when it goes away. */
  deprecatedSince?: string;
  sunset?: string;
  /**
   * JSON Schema keywords the type algebra does not express (`contains`, `prefixItems`, `dependentRequired`,
   * `patternProperties`, `propertyNames`, `unevaluated…`, `content…`), as written: validation facts only.
   */
  keywords?: Record<string, unknown>;
}

/** When an operation or parameter was deprecated and when it goes away, from `x-deprecated-since` / `x-sunset`-style extensions. */
export interface DeprecationDates {
  deprecatedSince?: string;
  sunset?: string;
}

export interface Property {
  /** The key exactly as it appears on the wire. */
  name: string;
  required: boolean;
  /**
   * An optional property with a default (the server fills it in). Always false for a required property:
   * `required` beats `default`, so a required field with a default must still be sent.
   */
  hasDefault: boolean;
  readOnly: boolean;
  writeOnly: boolean;
  type: TypeNode;
  /**
   * A closed enum the server extends over time (a model; see open-fields.ts): a request may also send a value it
   * does not list.
   */
  open?: true;
}

export interface Discriminator {
  propertyName: string;
  /** Discriminator value → index of the union variant it selects; several values may select one variant. */
  mapping: { value: string; variant: number }[];
}

export interface ConditionalRule {
  /** The rule as written in the spec (compact JSON), for documentation. */
  text: string;
  if: TypeNode;
  then?: TypeNode;
  else?: TypeNode;
}

/** A small type algebra. Every node may carry docs. */
export type TypeNode = (
  | { kind: 'unknown' }
  | { kind: 'never' }
  | { kind: 'ref'; target: SchemaId }
  | { kind: 'primitive'; type: 'string' | 'number' | 'integer' | 'boolean' | 'null'; binary?: boolean }
  | { kind: 'literal'; value: LiteralValue }
  | { kind: 'enum'; values: LiteralValue[] }
  | {
      kind: 'object';
      properties: Property[];
      /** `closed`: no other keys (additionalProperties: false); `open`: any other keys; a node: other keys of that type; `unspecified`: the spec says nothing. */
      additionalProperties: 'closed' | 'open' | 'unspecified' | TypeNode;
    }
  | { kind: 'array'; items: TypeNode }
  | { kind: 'union'; variants: TypeNode[]; exclusive: boolean; discriminator?: Discriminator }
  /** `allOf`: set when the members come from an `allOf` list (not only from `$ref` siblings or requirement branches). */
  | { kind: 'intersection'; members: TypeNode[]; allOf?: boolean }
  | { kind: 'nullable'; inner: TypeNode }
  | {
      kind: 'conditional';
      base: TypeNode;
      rules: ConditionalRule[];
      /** The rules translated into a union of plain variants, when they can be (see expand-conditional.ts). */
      expansion?: TypeNode;
    }
) & { docs?: Docs };

/** JSON pointer of the schema in the document (e.g. `#/components/schemas/Pet`). */
export type SchemaId = string;

export interface NamedSchema {
  id: SchemaId;
  /**
   * Unique name of the schema: the component key in PascalCase, or for a synthesized type the name of what it
   * belongs to (`CreateVideoBody`). The surface makes a TypeScript identifier of it.
   */
  name: string;
  /** The name as written in the spec (component key), or the origin of a synthesized type. */
  originalName: string;
  type: TypeNode;
  /** Where operations reach it: from request bodies and parameters, from responses, or neither (unused). */
  usage: { request: boolean; response: boolean };
  /**
   * The schema reads differently in requests (`readOnly` fields are left out; `writeOnly` ones only appear
   * there) and operations use it on both sides: it needs a request-side form beside the response-side one.
   */
  requestForm?: true;
  /** An inline request body of a webhook or callback: a payload the API sends (no operation uses it). */
  sentBy?: SentBy;
}

/** The webhook, or the callback of an operation, whose request body a type is. */
export interface SentBy {
  /** The webhook's key, or the callback's. */
  name: string;
  method: HttpMethod;
  /** For a callback: the name of the operation that declares it. */
  callbackOf?: string;
}

export interface Parameter {
  name: string;
  in: ParameterLocation;
  required: boolean;
  deprecated: boolean;
  description?: string;
  type: TypeNode;
  style?: string;
  explode?: boolean;
  deprecationDates?: DeprecationDates;
  /** A closed enum the server extends over time, as on a `Property`. */
  open?: true;
}

export interface MediaContent {
  mediaType: string;
  type: TypeNode;
  examples: { name: string; value: unknown }[];
  /**
   * For a sequential media type (`text/event-stream`, `application/jsonl`, `application/x-ndjson`,
   * `application/json-seq`) whose OpenAPI 3.2 `itemSchema` (possibly added by an overlay), or else whose `schema`
   * (as 3.0/3.1 documents write it; see ir/stream-items.ts), says what each item of the stream is. Absent when
   * the spec does not say.
   */
  stream?: StreamItems;
}

/** The items of a sequential response or request body (OpenAPI 3.2 `itemSchema`, or a 3.0/3.1 `schema`). */
export interface StreamItems {
  /**
   * One item as the spec describes it: for `text/event-stream`, a whole event (`{ event?, data?, id?, retry? }`,
   * with `data` a string); for JSON sequences, one JSON value. From a 3.0/3.1 `schema` that describes the
   * events' data rather than the events, that data.
   */
  item: TypeNode;
  /**
   * What an item carries once decoded, which is what a caller iterates over: for JSON sequences the item
   * itself; for `text/event-stream` the JSON in each event's `data` (its `contentSchema`, or `data`'s own schema
   * when it is not a string), a union when the events are alternatives. Absent when an event's data is text.
   */
  data?: TypeNode;
}

export interface RequestBody {
  required: boolean;
  description?: string;
  contents: MediaContent[];
}

export interface ResponseSpec {
  /** `200`, `4XX` or `default`. */
  status: string;
  description?: string;
  contents: MediaContent[];
}

/** One scheme of a security requirement, with the OAuth2 / OpenID Connect scopes it asks for (often none). */
export interface SecurityRequirement {
  scheme: string;
  scopes: string[];
}

export interface SecurityScheme {
  key: string;
  kind: 'bearer' | 'basic' | 'apiKey' | 'oauth2' | 'openIdConnect' | 'other';
  /** For apiKey: where the key goes and under which name. */
  in?: 'header' | 'query' | 'cookie';
  parameterName?: string;
  description?: string;
}

export interface Operation {
  /** Unique operation name (camelCase), from operationId or derived by the naming rule; not yet an identifier of any language. */
  name: string;
  nameSource: 'operationId' | 'derived';
  operationId?: string;
  method: HttpMethod;
  /** The path key as written in the spec, fragment included. */
  pathKey: string;
  /** What goes on the wire: the path key without its `?query` and fragment. */
  path: string;
  /** Query parameters the path key fixes (`/responses/{id}?beta=true`): sent on every call, in no name. */
  fixedQuery?: { name: string; value: string }[];
  fragment?: string;
  tags: string[];
  summary?: string;
  description?: string;
  deprecated: boolean;
  parameters: Parameter[];
  requestBody?: RequestBody;
  responses: ResponseSpec[];
  /** Alternatives (OR) of scheme sets (AND); empty means no authentication. */
  security: string[][];
  /** The same alternatives with their scopes. */
  securityRequirements?: SecurityRequirement[][];
  /** Servers given on the operation or its path item, which replace the document's for this operation. */
  servers?: { url: string; description?: string }[];
  deprecationDates?: DeprecationDates;
  /** The operation's `x-mcp` extension: whether agents get it as an MCP tool (`true`, `false`), whatever the selection says. */
  mcp?: boolean;
}

/** Operations sharing a method and wire path: the `#fragment` (and `?query`) variants of one endpoint. */
export interface EndpointGroup {
  /**
   * The variants can be called as one: they are told apart by a discriminator, or they take the same
   * parameters and no body (then any variant serves).
   */
  mergeable: boolean;
  /** Mergeable and discriminated, and every variant starts a task: create-then-wait can be one call too. */
  everyVariantCreatesTask: boolean;
  /** Mergeable without a discriminator, and every variant fetches a task with the same status field: one wait call. */
  everyVariantFetchesTask: boolean;
  method: HttpMethod;
  path: string;
  operations: string[];
  /**
   * The request-body property whose fixed values tell the variants apart (each value belongs to one
   * variant), when there is one: the key to calling the endpoint as one merged operation.
   */
  discriminator?: { property: string; values: { value: string; operation: string }[] };
}

/** A job started by one operation and observed through another (see tasks.ts for how pairs are found). */
export interface TaskLifecycle {
  create: string;
  fetch: string;
  /** Which matching rule paired them: same path and fragment, the unfragmented variant, or the tag. */
  match: 'path' | 'path-unfragmented' | 'tag';
  /** The fetch operation's path parameter that takes the job id. */
  idParameter: string;
  /** Where the job id is in the create response, e.g. `['task_id']` or `['data', 'task_id']`. */
  idField: string[];
  /** Where the status is in the fetch response. */
  statusField: string[];
  /**
   * Status values that end the wait: from the status enum when it has one, else the conventions (compared
   * case-insensitively at run time: `exact` is false), unless the config overrides them.
   */
  terminal: { success: string[]; failure: string[]; exact: boolean; source: 'enum' | 'conventions' | 'config' };
}

export interface TerminalStatuses {
  success?: string[];
  failure?: string[];
}

/** Task statuses that end a wait, instead of the ones derived from the spec: for all tasks, or by fetch operation. */
export interface TaskStatusOverride extends TerminalStatuses {
  operations?: Record<string, TerminalStatuses>;
}

/** How a list operation pages (found by ir/pagination.ts); paths are wire names. */
export interface Pagination {
  operation: string;
  /** Where the items are in the response body; empty when the body is the array itself. */
  items: string[];
  next:
    | { kind: 'cursor'; parameter: string; field: string[] }
    | { kind: 'afterLast'; parameter: string; idField: string[] }
    | { kind: 'offset'; parameter: string; limit?: string }
    /** `first`: the first page's number when the spec says (the parameter's default or minimum). */
    | { kind: 'page'; parameter: string; size?: string; first?: number };
  /** A boolean in the response that says whether more pages follow, when it has one. */
  hasMore?: string[];
}

export interface ApiModel {
  title: string;
  version: string;
  description?: string;
  openapiVersion: '3.0' | '3.1' | '3.2';
  servers: { url: string; description?: string }[];
  tags: { name: string; description?: string }[];
  securitySchemes: SecurityScheme[];
  /** The document's `security`: what an operation without its own requires (alternatives of scheme sets, as on an operation). */
  security: string[][];
  schemas: NamedSchema[];
  operations: Operation[];
  endpointGroups: EndpointGroup[];
  tasks: TaskLifecycle[];
  /** List operations that return one page at a time. */
  paginations: Pagination[];
}
