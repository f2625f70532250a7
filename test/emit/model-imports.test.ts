/** Which model types a file's type texts use (so only those are imported), ignoring comments and string literals. */
import { describe, expect, it } from 'vitest';
import { addModelImports, modelNamesUsed } from '../../generator/emit/model-imports.ts';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';

const MODELS = new Set(['Video', 'VideoInput', 'Task', 'Model']);

describe('modelNamesUsed', () => {
  const cases: { name: string; given: string[]; want: string[] }[] = [
    { name: 'nothing', given: [], want: [] },
    { name: 'a name, sorted and once', given: ['Task | Video', 'Video[]'], want: ['Task', 'Video'] },
    { name: 'whole identifiers only', given: ['VideoList & MyTask'], want: [] },
    { name: 'generic arguments', given: ['APIPromise<VideoInput>'], want: ['VideoInput'] },
    { name: 'not in a comment', given: ['/** returns a Video */ string'], want: [] },
    { name: 'not in a string literal', given: ['"Video" | "Task"'], want: [] },
    { name: 'a string literal with an escaped quote', given: ['"a \\" Video" | Task'], want: ['Task'] },
    { name: 'property keys count as identifiers', given: ['{ Model: string }'], want: ['Model'] },
  ];
  it.each(cases)('$name', ({ given, want }) => expect(modelNamesUsed(given, MODELS)).toEqual(want));
});

describe('addModelImports', () => {
  it('one type-only import first; none for no names', () => {
    const file = new SourceBuilder();
    file.addTypeAlias({ name: 'X', type: 'Video' });
    addModelImports(file, ['Task', 'Video'], '../models.js');
    addModelImports(file, [], '../other.js');
    expect(file.print('').join('\n').trim()).toBe('import type { Task, Video } from "../models.js";\n\ntype X = Video;');
  });
});
