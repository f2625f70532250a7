/** Which media types are JSON, and which content of several an operation uses. */
import { describe, expect, it } from 'vitest';
import { isJsonMediaType, preferredContent } from '../../generator/ir/media-types.ts';
import type { MediaContent } from '../../generator/ir/types.ts';
import { str } from '../helpers/ir-nodes.ts';

describe('isJsonMediaType', () => {
  it.each([
    ['application/json', true],
    ['Application/JSON; charset=utf-8', true],
    [' application/json ', true],
    ['application/problem+json', true],
    ['application/vnd.api+json; ext=x', true],
    ['*/*', true],
    ['application/jsonl', false],
    ['application/x-ndjson', false],
    ['text/json-ish', false],
    ['text/plain', false],
    ['multipart/form-data', false],
  ])('%s → %s', (mediaType, want) => expect(isJsonMediaType(mediaType)).toBe(want));
});

describe('preferredContent', () => {
  const content = (mediaType: string): MediaContent => ({ mediaType, type: str, examples: [] });
  const cases: { given: string[]; want: string | undefined }[] = [
    { given: ['text/plain', 'application/json'], want: 'application/json' },
    { given: ['multipart/form-data', 'application/x-www-form-urlencoded'], want: 'multipart/form-data' },
    { given: ['application/xml', 'application/merge-patch+json'], want: 'application/merge-patch+json' },
    { given: [], want: undefined },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => expect(preferredContent(given.map(content))?.mediaType).toBe(want));
});
