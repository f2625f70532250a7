// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface Account {
  readonly id: string;
  name: string;
  /** @default "free" */
  plan: 'free' | 'pro';
  owner?: Owner;
  /** Anything JSON. */
  extra?: unknown;
}

/** The request form of {@link Account}. */
export interface AccountInput {
  name: string;
  /** @default "free" */
  plan: 'free' | 'pro';
  password: string;
  owner?: OwnerInput;
  /** Anything JSON. */
  extra?: JSONValue;
}

export interface Owner {
  email: string;
  /** @format date-time */
  readonly created_at: string;
}

/** The request form of {@link Owner}. */
export interface OwnerInput {
  email: string;
}

export type Settings = {
  theme: string;
  notify?: boolean;
  [key: string]: JSONValue | string | boolean | undefined;
};
