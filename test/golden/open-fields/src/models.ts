// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
import type { Unlisted } from './core/unlisted.js';

/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface ChatRequest {
  /** The model to use. */
  model: 'gpt-a' | 'gpt-b' | Unlisted;
  draft_model?: 'gpt-a-mini' | Unlisted;
  /** Speech model name. Currently e1 or e2. */
  engine?: 'e1' | 'e2' | Unlisted;
  voice?: 'alloy' | 'echo' | Unlisted;
  /** Only `high` is supported for this model. */
  reasoning?: 'low' | 'high';
  messages: {
    role: 'user' | 'assistant';
    content: string;
  }[];
}

export interface ChatResponse {
  id: string;
  model?: 'gpt-a' | 'gpt-b';
}

export interface FastSpeech {
  model: 'fast-1';
  text: string;
}

export interface SlowSpeech {
  model: 'slow-1';
  text: string;
  depth?: number;
}

export type CreateSpeechBody = FastSpeech | SlowSpeech;

/** The params object of {@link listFiles}: body fields and parameters in one object. */
export type ListFilesParams = {
  purpose?: 'fine-tune' | 'assistants' | Unlisted;
  embedding_model?: 'e-small' | 'e-large' | Unlisted;
};
