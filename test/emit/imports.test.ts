/** Imports collected while a file is written, then printed sorted: one value and one type import per module at most; the types a file's text named (its TypeUses). */
import { describe, expect, it } from 'vitest';
import { Imports } from '../../generator/emit/imports.ts';
import { TypeUses } from '../../generator/emit/type-names.ts';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';

/** What `fill` imports into the file at `path` (from the package root). */
function printed(fill: (imports: Imports) => void, path = 'src/index.ts'): string {
  const file = new SourceBuilder();
  file.addTypeAlias({ name: 'After', type: 'string' });
  const imports = new Imports(path);
  fill(imports);
  imports.writeTo(file);
  return file.text('').trim();
}

describe('Imports', () => {
  const cases: { name: string; fill: (imports: Imports) => void; want: string }[] = [
    { name: 'none', fill: () => {}, want: 'type After = string;' },
    {
      name: 'modules sorted, names sorted, repeats once',
      fill: (imports) => imports.value('b.js', 'Zed').value('a.js', 'Beta').value('a.js', 'Alpha').value('a.js', 'Beta'),
      want: "import { Alpha, Beta } from './a.js';\nimport { Zed } from './b.js';\n\ntype After = string;",
    },
    {
      name: 'types in their own type-only import',
      fill: (imports) => imports.type('m.js', 'T2', 'T1').value('m.js', 'V'),
      want: "import { V } from './m.js';\nimport type { T1, T2 } from './m.js';\n\ntype After = string;",
    },
    {
      name: 'a name imported as a value is not imported again as a type',
      fill: (imports) => imports.type('m.js', 'Both', 'OnlyType').value('m.js', 'Both'),
      want: "import { Both } from './m.js';\nimport type { OnlyType } from './m.js';\n\ntype After = string;",
    },
    {
      name: 'type-only modules',
      fill: (imports) => imports.type('t.js', 'T'),
      want: "import type { T } from './t.js';\n\ntype After = string;",
    },
  ];
  it.each(cases)('$name', ({ fill, want }) => expect(printed(fill)).toBe(want));

  const relative: { name: string; path: string; module: string; want: string }[] = [
    { name: 'from a top-level file', path: 'src/client.ts', module: 'core/http.js', want: "import { X } from './core/http.js';" },
    { name: 'from a resource file', path: 'src/resources/videos.ts', module: 'core/http.js', want: "import { X } from '../core/http.js';" },
    { name: 'between resource files', path: 'src/resources/videos.ts', module: 'resources/images.js', want: "import { X } from './images.js';" },
    { name: 'the file itself: nothing', path: 'src/resources/videos.ts', module: 'resources/videos.js', want: '' },
  ];
  it.each(relative)('modules are named from src/ and written relative to the file: $name', ({ path, module, want }) => {
    const text = printed((imports) => imports.value(module, 'X').type(module, 'T'), path);
    expect(text.split('\n').find((line) => line.startsWith('import {')) ?? '').toBe(want);
  });

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
  const cases: { name: string; models: string[]; runtime: string[]; path: string; want: string[] }[] = [
    { name: 'nothing named: no import', models: [], runtime: [], path: 'src/client.ts', want: [] },
    { name: 'models, sorted and once', models: ['Video', 'Task', 'Video'], runtime: [], path: 'src/client.ts', want: ["import type { Task, Video } from './models.js';"] },
    {
      name: 'runtime types from the core module the registry names',
      models: [],
      runtime: ['Stream', 'APIPromise', 'RequestOptions'],
      path: 'src/resources/chat.ts',
      want: [
        "import type { APIPromise } from '../core/api-promise.js';",
        "import type { RequestOptions } from '../core/http.js';",
        "import type { Stream } from '../core/streaming.js';",
      ],
    },
    {
      name: 'models.ts itself imports no models, only runtime types',
      models: ['Pet'],
      runtime: ['Uploadable'],
      path: 'src/models.ts',
      want: ["import type { Uploadable } from './core/uploads.js';"],
    },
  ];
  it.each(cases)('$name', ({ models, runtime, path, want }) => {
    const text = printed((imports) => imports.typesUsed(uses(models, runtime)), path);
    expect(text.split('\n').filter((line) => line.startsWith('import'))).toEqual(want);
  });
});
