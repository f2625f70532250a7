// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface IoK8sApiRepo {
  name: string;
  owner?: User;
}

export interface User {
  login?: string;
}

/**
 * Differs from `user` only in case.
 * (Defined by the spec; no operation uses it.)
 */
export interface User2 {
  id?: number;
}

export interface SharedLink {
  /** @format uri */
  callback_url?: string;
  access?: 'open' | 'company';
}

/** (Defined by the spec; no operation uses it.) */
export interface SharedLink2 {
  url?: string;
}

/** (Defined by the spec; no operation uses it.) */
export type _1stPartyToken = string;

/** The params object of {@link reposGet}: body fields and parameters in one object. */
export type ReposGetParams = {
  owner: string;
  trace?: string;
  /**
   * The header parameter `trace`.
   */
  header_trace?: string;
};
