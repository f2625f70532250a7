// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface ChatCompletion {
  id: string;
  content: string;
}

export interface ChatCompletionChunk {
  id: string;
  delta: string;
}

export interface CompletionEvent {
  event?: string;
  data: ChatCompletionChunk;
}

export interface JobEvent {
  id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
}

export interface CreateChatCompletionBody {
  model: string;
  messages: {
    role: string;
    content: string;
  }[];
  /** @default false */
  stream?: boolean | null;
}

export interface StreamAgentBody {
  input: string;
}

export type StreamJobEventsResponse = JobEvent[];

export interface TailLogsResponse {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

export type StreamTicksResponse = string;
