// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { APIPromise } from '../core/api-promise.js';
import type { APIClient, RequestOptions } from '../core/http.js';

export class Hostile {
  constructor(private readonly client: APIClient) {}

  /**
   * Summary *\/ process.exit(1) /\* with `${x}` and <script>
   *
   * Line one
   * Line two
   * after LS
   * after PS
   * Windows path C:\users\x\new and \u0041 and a trailing backslash \
   *
   * `POST /v1/hostile`
   *
   * Standalone: `xProcessExit1(client, …)`; errors: `isAPIError(error, 'xProcessExit1')`.
   *
   * @example
   * const result = await client.hostile.create({});
   */
  create(params: Class, options?: RequestOptions): APIPromise<Promise_> {
    return xProcessExit1(this.client, params, options);
  }
}

/**
 * Summary *\/ process.exit(1) /\* with `${x}` and <script>
 *
 * Line one
 * Line two
 * after LS
 * after PS
 * Windows path C:\users\x\new and \u0041 and a trailing backslash \
 *
 * `POST /v1/hostile`
 *
 * @example
 * const result = await xProcessExit1(client, {});
 */
export function xProcessExit1(client: APIClient, params: Class, options?: RequestOptions): APIPromise<Promise_> {
  return client.request<Promise_>(
    {
      operation: 'xProcessExit1',
      method: 'POST',
      path: '/v1/hostile',
      body: params,
      contentType: 'application/json',
      responseType: 'json',
      security: [],
    },
    options,
  );
}

/** Schema named Class. *\/ /\** @type {any} *\/ */
export interface Class {
  constructor?: string;
  /** Must not pollute Object.prototype. */
  __proto__?: string;
  'foo-bar'?: number;
  '123abc'?: boolean;
  'a"b'?: string;
  /** Property name closes a comment. */
  'x*/y'?: string;
  mode?: String_;
  /** @example "example value *\/ alert(1) /\*" */
  note?: string;
}

/** A schema literally named "string", holding the nasty enum values. */
export type String_ =
  | "it's"
  | 'say "hi"'
  | 'back\u005Cslash'
  | 'trailing backslash \u005C'
  | '*/'
  | 'line1\nline2'
  | '`${process.exit(1)}`'
  | '\u2028';

export interface Promise_ {
  /** A "then" property makes the object thenable if mishandled. */
  then?: string;
  value?: Class;
}
