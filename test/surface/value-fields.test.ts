/** What each value of a routed call asks of its params, planned once in the surface for pickers. */
import { describe, expect, it } from 'vitest';
import { surfaceOf, videoVariants } from '../helpers/surface-of.ts';

/** The video variants, with `b` taking `image` or `images` (required-only `anyOf` branches) and `a` a required header. */
function variants(): Record<string, any> {
  const document = videoVariants();
  const b = document.paths['/videos#b'].post.requestBody.content['application/json'].schema;
  b.properties.image = { type: 'string' };
  b.properties.images = { type: 'array', items: { type: 'string' } };
  b.anyOf = [{ required: ['image'] }, { required: ['images'] }];
  document.paths['/videos#a'].post.parameters = [{ name: 'x-tenant', in: 'header', required: true, schema: { type: 'string' } }];
  return document;
}

describe('planValueFields (SurfaceEndpointGroup.valueFields)', async () => {
  const api = await surfaceOf(variants());
  const group = api.endpointGroups.find((candidate) => candidate.name && candidate.discriminator)!;
  const cases: { value: string; required: string[][]; accepts: string[] }[] = [
    { value: 'a1', required: [['prompt', 'x-tenant']], accepts: ['model', 'prompt', 'x-tenant'] },
    { value: 'a2', required: [['prompt', 'x-tenant']], accepts: ['model', 'prompt', 'x-tenant'] },
    {
      value: 'b',
      required: [
        ['prompt', 'image'],
        ['prompt', 'images'],
      ],
      accepts: ['model', 'prompt', 'image', 'images'],
    },
  ];
  it.each(cases)('$value', ({ value, required, accepts }) => {
    const entry = group.valueFields!.find((candidate) => candidate.value === value)!;
    expect(entry.required.map((set) => [...set].sort())).toEqual(required.map((set) => [...set].sort()));
    expect([...entry.accepts!].sort()).toEqual([...accepts].sort());
  });

  it('one entry per discriminator value, in its order', () => {
    expect(group.valueFields!.map((entry) => entry.value)).toEqual(group.discriminator!.values.map((entry) => entry.value));
  });
});
