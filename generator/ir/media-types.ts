import type { MediaContent } from './types.ts';

export function isJsonMediaType(mediaType: string): boolean {
  const base = mediaType.split(';')[0]!.trim().toLowerCase();
  return base === 'application/json' || base.endsWith('+json') || base === '*/*';
}

/** JSON when offered, otherwise the first media type listed. */
export function preferredContent(contents: MediaContent[]): MediaContent | undefined {
  return contents.find((content) => isJsonMediaType(content.mediaType)) ?? contents[0];
}
