import type { MediaContent } from './types.ts';

export function isJsonMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0]!.trim().toLowerCase();
  return base === 'application/json' || base.endsWith('+json') || base === '*/*';
}

/** Which of a body's media types is preferred: the first JSON one when offered, otherwise the first listed (-1: none). */
export function preferredIndex(mediaTypes: readonly string[]): number {
  const json = mediaTypes.findIndex(isJsonMediaType);
  return json !== -1 ? json : mediaTypes.length ? 0 : -1;
}

/** JSON when offered, otherwise the first media type listed. */
export function preferredContent(contents: MediaContent[]): MediaContent | undefined {
  return contents[preferredIndex(contents.map((content) => content.mediaType))];
}

export function isMultipartMediaType(mediaType: string): boolean {
  return mediaType.split(';')[0]!.trim().toLowerCase() === 'multipart/form-data';
}
