/** `unlisted('…')`: a value of an open field the SDK does not list, sent as it is. */
import { describe, expect, it } from 'vitest';
import { unlisted, type Unlisted } from '../../../../../templates/package/src/core/unlisted.ts';

describe('unlisted', () => {
  const cases: { given: string; want: string }[] = [
    { given: 'new-model', want: 'new-model' },
    { given: '', want: '' },
    { given: 'prunaai/p-image-v2', want: 'prunaai/p-image-v2' },
  ];
  it.each(cases)('$given is sent as it is', ({ given, want }) => {
    const value: Unlisted = unlisted(given);
    expect(value).toBe(want);
    expect(typeof value).toBe('string');
  });

  it('is a string to everything that reads it, and only unlisted() makes one', () => {
    const value = unlisted('m');
    const asText: string = value;
    expect(JSON.stringify({ model: asText })).toBe('{"model":"m"}');
    // @ts-expect-error a plain string is not an Unlisted: it must be written unlisted('…')
    const plain: Unlisted = 'm';
    expect(plain).toBe('m');
  });
});
