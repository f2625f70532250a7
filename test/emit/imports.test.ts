/** Imports collected while a file is written, then printed sorted: one value and one type import per module at most; the types a file's text named (its TypeUses). */
import { describe, expect, it } from 'vitest';
import { Imports } from '../../generator/emit/imports.ts';
import { TypeUses } from '../../generator/emit/type-names.ts';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';

function printed(fill: (imports: Imports) => void): string {
  const file = new SourceBuilder();
  file.addTypeAlias({ name: 'After', type: 'string' });
  const imports = new Imports();
  fill(imports);
  imports.writeTo(file);
  return file.text('').trim();
}

describe('Imports', () => {
  const cases: { name: string; fill: (imports: Imports) => void; want: string }[] = [
    { name: 'none', fill: () => {}, want: 'type After = string;' },
    {
      name: 'modules sorted, names sorted, repeats once',
      fill: (imports) => imports.value('./b.js', 'Zed').value('./a.js', 'Beta').value('./a.js', 'Alpha').value('./a.js', 'Beta'),
      want: "import { Alpha, Beta } from './a.js';\nimport { Zed } from './b.js';\n\ntype After = string;",
    },
    {
      name: 'types in their own type-only import',
      fill: (imports) => imports.type('./m.js', 'T2', 'T1').value('./m.js', 'V'),
      want: "import { V } from './m.js';\nimport type { T1, T2 } from './m.js';\n\ntype After = string;",
    },
    {
      name: 'a name imported as a value is not imported again as a type',
      fill: (imports) => imports.type('./m.js', 'Both', 'OnlyType').value('./m.js', 'Both'),
      want: "import { Both } from './m.js';\nimport type { OnlyType } from './m.js';\n\ntype After = string;",
    },
    {
      name: 'type-only modules',
      fill: (imports) => imports.type('./t.js', 'T'),
      want: "import type { T } from './t.js';\n\ntype After = string;",
    },
  ];
  it.each(cases)('$name', ({ fill, want }) => expect(printed(fill)).toBe(want));

  it('goes before the statements already written', () => {
    expect(printed((imports) => imports.value('./x.js', 'X')).indexOf('import')).toBe(0);
  });
});

describe('Imports.typesUsed', () => {
  const uses = (models: string[], runtime: string[]) => {
    const recorded = new TypeUses(() => 'unused');
    for (const name of models) recorded.nameOf.model!(name);
    for (const name of runtime) recorded.nameOf.runtime!(name);
    return recorded;
  };
  const cases: { name: string; models: string[]; runtime: string[]; from?: string; want: string[] }[] = [
    { name: 'nothing named: no import', models: [], runtime: [], from: './models.js', want: [] },
    { name: 'models, sorted and once', models: ['Video', 'Task', 'Video'], runtime: [], from: './models.js', want: ["import type { Task, Video } from './models.js';"] },
    {
      name: 'runtime types from the core module the registry names',
      models: [],
      runtime: ['Stream', 'APIPromise', 'RequestOptions'],
      from: '../models.js',
      want: [
        "import type { APIPromise } from '../core/api-promise.js';",
        "import type { RequestOptions } from '../core/http.js';",
        "import type { Stream } from '../core/streaming.js';",
      ],
    },
    { name: 'models.ts itself imports no models, only runtime types', models: ['Pet'], runtime: ['Uploadable'], want: ["import type { Uploadable } from '../core/uploads.js';"] },
  ];
  it.each(cases)('$name', ({ models, runtime, from, want }) => {
    const text = printed((imports) => imports.typesUsed(uses(models, runtime), '../core/', from));
    expect(text.split('\n').filter((line) => line.startsWith('import'))).toEqual(want);
  });
});
