import { describe, expect, it } from 'vitest';
import { resolvePackageSettings } from '../../generator/config.ts';
import { firstSentence, typesReadmeContext } from '../../generator/emit/types-readme.ts';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';
import { planSurface } from '../../generator/surface/plan-surface.ts';

describe('firstSentence (a type’s summary in the table)', () => {
  it.each([
    [undefined, ''],
    ['', ''],
    ['Who pays. A person or a company.', 'Who pays.'],
    ['An amount in cents', 'An amount in cents'],
    ['First line\nsecond line. More.', 'First line'],
    ['Version 1.5 of the thing. Then more.', 'Version 1.5 of the thing.'],
    ['Really?! Yes.', 'Really?!'],
  ])('%j → %j', (given, want) => expect(firstSentence(given)).toBe(want));
});

describe('typesReadmeContext', () => {
  it('lists every type in models order, with the first object type as the example', async () => {
    const { api } = buildApiModel(await loadSpec('test/fixtures/components-only.yaml'));
    const readme = typesReadmeContext(planSurface(api, resolvePackageSettings({}, api.title, 'test')));
    expect(readme.example).toBe('Money');
    expect(readme.types).toEqual([
      { name: 'Money', summary: 'An amount in the smallest unit of a currency.' },
      { name: 'Invoice', summary: '' },
      { name: 'InvoiceLine', summary: '' },
      { name: 'Customer', summary: 'Who pays.' },
      { name: 'Person', summary: '' },
      { name: 'Company', summary: '' },
      { name: 'APIError', summary: '' },
    ]);
  });
});
