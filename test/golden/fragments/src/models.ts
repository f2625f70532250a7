// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

export interface DefaultVideoRequest {
  model: 'sora-2' | 'sora-2-pro';
  prompt: string;
}

export interface VeoVideoRequest {
  model: 'veo-3' | 'veo-3-fast';
  prompt: string;
  generate_audio?: boolean;
}

export interface KlingVideoRequest {
  model: 'kling-v2-master' | 'kling-v2-1';
  prompt: string;
  duration?: 5 | 10;
}

export interface VideoTask {
  task_id: string;
  status: 'queued' | 'running' | 'succeeded' | 'failed';
  /** @format uri */
  video_url?: string;
}
