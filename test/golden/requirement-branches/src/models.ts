// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/** Any JSON value: what an untyped schema accepts in a request. */
export type JSONValue = string | number | boolean | null | JSONValue[] | { [key: string]: JSONValue };

/** At least one image source. */
export type VideoRequest = {
  image?: string;
  images?: string[];
} & (
  | {
      image: string;
    }
  | {
      images: string[];
    }
);

/** Exactly one video source, possibly nested in metadata. */
export type EditRequest = {
  video_url?: string;
  metadata?: EditMetadata;
} & (
  | {
      video_url: string;
      metadata?: {
        video_url?: never;
      };
    }
  | {
      metadata: {
        video_url: string;
      };
      video_url?: never;
    }
);

export interface EditMetadata {
  video_url?: string;
  note?: string;
}

/** One of input|text, and one of voice|speaker. */
export type SpeechRequest = {
  input?: string;
  text?: string;
  voice?: string;
  speaker?: string;
} & (
  | {
      input: string;
    }
  | {
      text: string;
    }
) &
  (
    | {
        voice: string;
      }
    | {
        speaker: string;
      }
  );
