/**
 * What the generated package's root (`src/index.ts`) re-exports from its runtime (`src/core/`): one entry per
 * module, the single list the index writer, the imports of emitted signatures and the table in
 * docs/generated-package.md are made from. `runtime-names.ts` reads what the runtime *declares* (all of it is
 * reserved against the spec's names); this says which of those names are *public*, and
 * test/surface/runtime-exports.test.ts checks that every one is declared by the module named here.
 */

export interface RuntimeExport {
  /** The module under `src/core/`, without extension: `errors` is `src/core/errors.ts`. */
  module: string;
  /** Exported values (classes, functions, constants): usable at run time. */
  values: readonly string[];
  /** Exported types only (`export type { … }`). */
  types: readonly string[];
  /** Only when the API has long-running tasks; otherwise the module is not re-exported. */
  onlyWith?: 'tasks';
  /** One line for the docs table: what a user reaches for it for. */
  summary: string;
}

export const RUNTIME_EXPORTS: readonly RuntimeExport[] = [
  { module: 'base-client', values: [], types: ['ClientOptions'], summary: "the client constructor's options" },
  {
    module: 'api-promise',
    values: ['APIPromise'],
    types: ['WithResponse', 'WithRequestID'],
    summary: 'what every call returns: awaitable data, `.withResponse()`, `.asResponse()`, the request id',
  },
  { module: 'rate-limit', values: [], types: ['RateLimit', 'RateLimitWindow'], summary: 'rate-limit headers, read from a response' },
  {
    module: 'errors',
    values: [
      'SDKError',
      'APIError',
      'BadRequestError',
      'AuthenticationError',
      'PermissionDeniedError',
      'NotFoundError',
      'ConflictError',
      'UnprocessableEntityError',
      'RateLimitError',
      'InternalServerError',
      'APIConnectionError',
      'APIConnectionTimeoutError',
      'APIUserAbortError',
      'APIStreamError',
      'StreamIdleTimeoutError',
      'ResponseTooLargeError',
      'RedirectError',
      'UnexpectedContentTypeError',
      'StreamDataError',
      'isAPIError',
    ],
    types: [],
    summary: 'one class per failure, by HTTP status or cause, all under `SDKError`',
  },
  { module: 'http', values: [], types: ['APIClient', 'RequestOptions', 'OperationRequest'], summary: 'per-call options and the client interface standalone functions take' },
  {
    module: 'pagination',
    values: ['Page', 'PagePromise'],
    types: ['PageOptions', 'PaginationSpec'],
    summary: 'pages of a list call and `for await` over every item',
  },
  {
    module: 'uploads',
    values: ['toFile'],
    types: ['Uploadable', 'FileSource', 'ToFileOptions'],
    summary: 'upload files from blobs, bytes, streams or responses (a file field takes any `Uploadable`)',
  },
  {
    module: 'unlisted',
    values: ['unlisted'],
    types: ['Unlisted'],
    summary: "a value of an open field (a model) this SDK does not list yet: `unlisted('new-model')`, sent as it is",
  },
  { module: 'streaming', values: ['Stream'], types: ['ServerSentEvent', 'StreamFormat'], summary: 'server-sent events and JSON lines as async iterables' },
  {
    module: 'polling',
    values: ['TaskFailedError', 'TaskTimeoutError'],
    types: ['WaitOptions'],
    onlyWith: 'tasks',
    summary: 'waiting for a long-running task, and how that fails',
  },
];

/** The runtime modules a package re-exports, given what the API has. */
export function runtimeExportsFor(has: { tasks: boolean }): RuntimeExport[] {
  return RUNTIME_EXPORTS.filter((entry) => entry.onlyWith !== 'tasks' || has.tasks);
}

/** The `src/core/` module that exports a public runtime name (`Stream` → `streaming`), if any. */
export function runtimeModuleOf(name: string): string | undefined {
  return RUNTIME_EXPORTS.find((entry) => entry.values.includes(name) || entry.types.includes(name))?.module;
}
