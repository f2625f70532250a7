// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** What the generator wrote about each tool (src/tools.ts): its name, input schema, hints and the SDK call behind it. */

export type JsonSchema = { [key: string]: unknown };

export interface ToolPlan {
  name: string;
  title: string;
  description: string;
  /** Self-contained JSON Schema (2020-12) of the arguments: one object. */
  inputSchema: JsonSchema;
  annotations: { readOnlyHint: boolean; destructiveHint?: boolean; idempotentHint: boolean; openWorldHint: boolean };
  call: {
    /** The SDK's exported function that makes the call, given the client first. */
    function: string;
    /** `wait`: the function creates a task and polls it until it ends (wait options with `onProgress`). */
    kind: 'call' | 'wait';
    /** Argument keys passed positionally after the client, in order. */
    pathArguments: string[];
    /** Whether the function takes a params object (every other argument) after the path arguments. */
    params: boolean;
    /** For `wait`: where the task's status is, for progress messages. */
    statusField?: string[];
  };
  method: string;
  path: string;
  /** The same call through the SDK's client, for documentation. */
  sdkCall: string;
}

export type ToolMode = 'static' | 'dynamic';
