/**
 * Every kind of warning the generator gives, in one place: the stages raise them, the CLI groups and acknowledges
 * them by `id`, and the table in docs/warnings.md is written from this list (`npm run docs:update`; a test checks it
 * is current). An `id` never changes once released: configs acknowledge warnings by it.
 */
import type { WarningKind } from './errors.ts';

/** JSON Schema / OpenAPI 3.1 keywords a 3.0 schema does not have; each is its own kind (`keywordKind`). */
export const OPENAPI_31_KEYWORDS = [
  'if',
  'then',
  'else',
  'const',
  'examples',
  '$defs',
  'prefixItems',
  'contains',
  'dependentRequired',
  'dependentSchemas',
  'patternProperties',
  'unevaluatedProperties',
  'propertyNames',
] as const;

/** One kind per keyword, so a team can accept `if`/`then` and still hear of a new `patternProperties`. */
export const keywordKind = (keyword: string): WarningKind => ({
  id: `openapi-3.1-keyword:${keyword}`,
  summary: `\`${keyword}\` honoured (an OpenAPI 3.1 / JSON Schema keyword in a 3.0 document)`,
});

/** The keyword kinds as one row of the docs: their ids share the prefix a config can acknowledge with `*`. */
export const KEYWORD_KINDS_ROW = {
  id: 'openapi-3.1-keyword:<keyword>',
  readAs: `a JSON Schema keyword a 3.0 schema does not have (${OPENAPI_31_KEYWORDS.map((keyword) => `\`${keyword}\``).join(', ')}), honoured`,
};

export const WARNING_KINDS = {
  versionAsNumber: { id: 'version-as-number', summary: '`openapi`/`swagger` versions written as numbers (unquoted YAML), read as version strings' },
  nullType: { id: 'openapi-3.1-null-type', summary: "`type: 'null'` read as null (OpenAPI 3.1 in a 3.0 document)" },
  typeArray: { id: 'openapi-3.1-type-array', summary: '`type` arrays read as unions (OpenAPI 3.1 in a 3.0 document)' },
  bareExample: { id: 'bare-example-value', summary: 'bare values in `examples` read as Example objects' },
  itemSchema: { id: 'openapi-3.2-item-schema', summary: '`itemSchema` honoured (OpenAPI 3.2 in an older document)' },
  overlayTargetSelectsNothing: { id: 'overlay-target-selects-nothing', summary: 'overlay actions whose target selects nothing' },
  swagger2Converted: { id: 'swagger-2.0-converted', summary: 'Swagger 2.0 documents converted to OpenAPI 3.0 on load' },
  swagger2Lossy: { id: 'swagger-2.0-not-convertible', summary: 'Swagger 2.0 constructs without an OpenAPI 3.0 equivalent' },
  swagger2ExtensionIgnored: { id: 'swagger-2.0-extension-ignored', summary: 'root vendor extensions of a Swagger 2.0 document the converter failed on, ignored' },
  methodCase: { id: 'method-not-lower-case', summary: 'HTTP methods not written in lower case, read in lower case' },
  enumType: { id: 'enum-value-type-mismatch', summary: 'enum values that do not match their `type`, read as that type' },
  not: { id: 'not-dropped', summary: '`not` dropped (no type can express it)' },
  conditionalAsDocs: { id: 'conditional-kept-as-docs', summary: 'if/then rules kept as documentation only (the type allows what they forbid)' },
  compositionCycle: { id: 'composition-cycle', summary: 'schemas defined only as each other (allOf/oneOf/anyOf), read as unknown' },
  webhooks: { id: 'webhooks-not-generated', summary: 'webhooks and callbacks: requests the API sends, so no client functions' },
  typesOnly: { id: 'types-only-package', summary: 'documents without operations, generated as types only' },
  querystringUntyped: { id: 'querystring-not-typed', summary: '`in: querystring` parameters that are not a form-encoded object, left to `extraQuery`' },
  methodBefore32: { id: 'openapi-3.2-method', summary: 'the QUERY method or `additionalOperations` in a document older than 3.2, read as 3.2 defines them' },
  undeclaredPathParameter: { id: 'undeclared-path-parameter', summary: 'path template parameters no operation declares, read as required strings' },
  taskStatus: { id: 'task-status-unknown-operation', summary: 'config taskStatus entries that name no task’s fetch operation, ignored' },
  callNameCollision: { id: 'call-name-collision', summary: 'two calls on one resource that the naming rules give one name; the second is named otherwise' },
  versionNotSemver: { id: 'version-not-semver', summary: 'info.version is not a semantic version' },
  mcpTypesOnly: { id: 'mcp-types-only', summary: 'an MCP package asked for by an API without operations: none generated' },
} satisfies Record<string, WarningKind>;

/** What docs/warnings.md says of each kind: what the generator read, and how. */
const READ_AS: Record<keyof typeof WARNING_KINDS, string> = {
  versionAsNumber: '`swagger: 2.0` or `openapi: 3.1` written without quotes (YAML reads a number), read as the version string `2.0`, `3.1.0`',
  nullType: "`type: 'null'` in a 3.0 document, read as null",
  typeArray: '`type: [a, b]` in a 3.0 document, read as a union',
  bareExample: 'an entry of `examples` that is not an Example object, read as its value',
  itemSchema: '`itemSchema` written in a document older than 3.2, honoured (an overlay may add it without a warning)',
  overlayTargetSelectsNothing: 'an overlay action whose target selects nothing (located in the overlay)',
  swagger2Converted: 'a Swagger 2.0 document, converted to OpenAPI 3.0 on load (small mistakes fixed by the converter are counted)',
  swagger2Lossy: 'a Swagger 2.0 construct without an OpenAPI 3.0 equivalent, left out of the converted document',
  swagger2ExtensionIgnored: 'a root vendor extension of a Swagger 2.0 document the converter fails on (`x-ms-parameterized-host` without `schemes`), ignored',
  methodCase: 'a path item key such as `GET`, read as `get`',
  enumType: "enum values that do not match their `type` (YAML's unquoted `true` under `type: string`), read as that type",
  not: '`not`, which no TypeScript type expresses, left out',
  conditionalAsDocs: '`if`/`then` rules that cannot become a union of variants, kept as documentation',
  compositionCycle: 'schemas defined only as each other through `allOf`/`oneOf`/`anyOf`, read as unknown',
  webhooks: 'webhooks and callbacks: requests the API sends, so no client functions',
  typesOnly: 'a document without operations, generated as a types-only package',
  querystringUntyped:
    'an OpenAPI 3.2 `in: querystring` parameter that is not an object in `application/x-www-form-urlencoded` (JSON, a composition), left untyped: send it with `extraQuery`',
  methodBefore32: 'the `query` method or `additionalOperations` in a document older than 3.2, read as 3.2 defines them',
  undeclaredPathParameter: 'a `{name}` in a path template that the operation does not declare, read as a required string path parameter',
  taskStatus: "a `taskStatus` entry of the config naming no task's fetch operation (located in the config), ignored",
  callNameCollision:
    'two calls on one resource that the naming rules give one name (located at the second): it is named otherwise, and the warning names both and the surface config entry that names them',
  versionNotSemver: 'an `info.version` that is not semver; the package version is derived from it',
  mcpTypesOnly: 'an `mcp` section (or `--mcp-out`) for a document without operations: no tools to make, so no MCP package (located in the config)',
};

/** The rows of the docs table: every kind, the keyword kinds as one row, in the order above. */
export function warningKindRows(): { id: string; readAs: string }[] {
  return [KEYWORD_KINDS_ROW, ...Object.entries(WARNING_KINDS).map(([key, { id }]) => ({ id, readAs: READ_AS[key as keyof typeof WARNING_KINDS] }))];
}
