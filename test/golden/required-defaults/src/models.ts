// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface MessageRequest {
  model: string;
  /** @default "bedrock-2023-05-31" */
  anthropic_version: string;
  /** @default "standard" */
  quality: 'standard' | 'high';
  /** @default 1024 */
  max_tokens?: number;
}

/** The params object of {@link createMessage}: body fields and parameters in one object. */
export type CreateMessageParams = MessageRequest & {
  /**
   * @default "2023-06-01"
   */
  'anthropic-version': string;
};
