/** A call's signature as ts-morph parameters, and type operands parenthesized where `&` or `[]` would bind wrong. */
import { describe, expect, it } from 'vitest';
import { operand, parametersOf, typeParametersOf, type CallSignature } from '../../generator/emit/call-signature.ts';

const signature: CallSignature = {
  typeParameters: [{ name: 'M', constraint: 'VideoModel' }],
  args: [
    { name: 'taskId', type: 'string', optional: false },
    { name: 'params', type: 'GetParams', optional: true },
  ],
  returns: 'APIPromise<Video>',
};

describe('parametersOf', () => {
  it.each([
    {
      withClient: true,
      want: [
        { name: 'client', type: 'APIClient' },
        { name: 'taskId', type: 'string', hasQuestionToken: false },
        { name: 'params', type: 'GetParams', hasQuestionToken: true },
      ],
    },
    {
      withClient: false,
      want: [
        { name: 'taskId', type: 'string', hasQuestionToken: false },
        { name: 'params', type: 'GetParams', hasQuestionToken: true },
      ],
    },
  ])('withClient $withClient', ({ withClient, want }) => expect(parametersOf(signature, withClient)).toEqual(want));
});

describe('typeParametersOf', () => {
  it('keeps name and constraint, none when there are none', () => {
    expect(typeParametersOf(signature)).toEqual([{ name: 'M', constraint: 'VideoModel' }]);
    expect(typeParametersOf({ args: [], returns: 'void' })).toEqual([]);
  });
});

describe('operand', () => {
  it.each([
    ['Video', 'Video'],
    ['core.Video', 'core.Video'],
    ['Page<Video>', 'Page<Video>'],
    ['Map<string, A | B>', '(Map<string, A | B>)'],
    ['A | B', '(A | B)'],
    ['A & B', '(A & B)'],
    ['{ a: string }', '({ a: string })'],
    ['string[]', '(string[])'],
    ['"a"', '("a")'],
  ])('%s → %s', (given, want) => expect(operand(given)).toBe(want));
});
