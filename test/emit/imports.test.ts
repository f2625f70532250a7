/** Imports collected while a file is written, then printed sorted: one value and one type import per module at most; model types found in type text. */
import { describe, expect, it } from 'vitest';
import { Imports } from '../../generator/emit/imports.ts';
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

describe('Imports.models', () => {
  const MODELS = new Set(['Video', 'VideoInput', 'Task', 'Model']);
  const used = (typeTexts: string[]) => printed((imports) => imports.models('./models.js', typeTexts, MODELS)).split('\n')[0];
  const cases: { name: string; given: string[]; want: string }[] = [
    { name: 'nothing: no import', given: [], want: 'type After = string;' },
    { name: 'a name, sorted and once', given: ['Task | Video', 'Video[]'], want: "import type { Task, Video } from './models.js';" },
    { name: 'whole identifiers only', given: ['VideoList & MyTask'], want: 'type After = string;' },
    { name: 'generic arguments', given: ['APIPromise<VideoInput>'], want: "import type { VideoInput } from './models.js';" },
    { name: 'not in a comment', given: ['/** returns a Video */ string'], want: 'type After = string;' },
    { name: 'not in a string literal', given: ['"Video" | "Task"'], want: 'type After = string;' },
    { name: 'a string literal with an escaped quote', given: ['"a \\" Video" | Task'], want: "import type { Task } from './models.js';" },
    { name: 'property keys count as identifiers', given: ['{ Model: string }'], want: "import type { Model } from './models.js';" },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(used(given)).toBe(want));
});
