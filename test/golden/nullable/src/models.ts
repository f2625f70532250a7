// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

/** A typed string that may be null. */
export type Nickname = string | null;

export interface Address {
  street?: string;
  city: string;
}

/** A oneOf union that as a whole may be null. */
export type ContactMethod =
  | (
      | string
      | {
          phone: string;
        }
    )
  | null;

export interface Profile {
  id: string;
  nickname: Nickname;
  /** A $ref wrapped in allOf so that nullable can be attached. */
  address: Address | null;
  contact?: ContactMethod;
  /** Untyped value; anything goes, including null. */
  metadata?: unknown;
  /** @minimum 0 */
  age?: number | null;
  /** Inline object property that may be null. */
  settings?: {
    theme?: string;
  } | null;
  /** The array itself is required, but individual items may be null. */
  tags?: (string | null)[];
  /** The whole array may be null. */
  scores?: number[] | null;
  /** Enum whose allowed values include null. */
  visibility?: ('public' | 'private' | null) | null;
}
