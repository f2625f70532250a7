// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

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

export interface Object_ {
  hasOwnProperty?: string;
  toString?: number;
}

export interface Delete {
  /** Error text <script>alert('x')</script> *\/ */
  message: string;
}

export type ListObjectsResponse = Object_[];
