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

export interface ResponseDelta {
  text: string;
}

export interface CreateChatCompletionBody {
  model: string;
  messages: {
    role: string;
    content: string;
  }[];
  stream?: boolean;
}

export interface CreateChatCompletionResponseTextEventStreamItem {
  event?: string;
  id?: string;
  data: string;
}

export interface CreateResponseBody {
  input?: string;
}

export type CreateResponseResponseItem =
  | {
      event: 'response.delta';
      data: string;
    }
  | {
      event: 'response.done';
      data: string;
    };

export interface TailLogsResponseItem {
  level: 'debug' | 'info' | 'warn' | 'error';
  message: string;
}

export interface StreamTicksResponseItem {
  data?: string;
}
