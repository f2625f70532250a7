// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface TreeNode {
  value: string;
  children?: TreeNode[];
}

export interface Folder {
  name: string;
  files?: File_[];
}

export interface File_ {
  name: string;
  parent?: Folder;
}

export interface BaseComment {
  id: string;
  text: string;
}

export type Comment = BaseComment & {
  replies?: Comment[];
};

/** A JSON object whose values are strings, numbers, or nested objects of the same shape. */
export type JsonValue = {
  [key: string]: string | number | JsonValue;
};

export type Trie = {
  [key: string]: Trie;
};
