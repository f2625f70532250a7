/** Arguments against a tool's input schema: the validator's message, formats not enforced. */
import { describe, expect, it } from 'vitest';
import { argumentProblem } from '../../../../../templates/mcp/src/runtime/validate.ts';

const schema = {
  type: 'object',
  properties: { model: { enum: ['a', 'b'] }, url: { type: 'string', format: 'uri' }, n: { type: 'integer', minimum: 1 } },
  required: ['model'],
  additionalProperties: false,
};

describe('argumentProblem', () => {
  it.each([
    [{ model: 'a' }, undefined],
    [{ model: 'a', url: 'not a url' }, undefined],
    [{}, "arguments must have required property 'model'"],
    [{ model: 'c' }, 'arguments/model must be equal to one of the allowed values'],
    [{ model: 'a', n: 0 }, 'arguments/n must be >= 1'],
    [{ model: 'a', extra: 1 }, 'arguments must NOT have additional properties'],
  ])('%j → %j', (args, want) => expect(argumentProblem(schema, args)).toBe(want));
});
