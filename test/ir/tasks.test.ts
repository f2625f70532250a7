import { describe, expect, it } from 'vitest';
import { buildApiModel } from '../../generator/ir/build-api.ts';
import { loadSpec } from '../../generator/load/load-spec.ts';

const spec = await loadSpec('spec/openapi.yaml');

describe('task lifecycles', () => {
  const { api } = buildApiModel(spec);
  const task = (create: string) => api.tasks.find((candidate) => candidate.create === create)!;

  it('pairs creates with fetches by path and fragment, the unfragmented variant, then the tag', () => {
    expect(task('createVeoOpenAIVideoTask')).toMatchObject({ fetch: 'getVeoOpenAIVideoTaskStatus', match: 'path', idField: ['task_id'], statusField: ['status'] });
    expect(task('createKlingOpenAIVideoTask')).toMatchObject({ fetch: 'getImaProVideoTask', match: 'path-unfragmented' });
    expect(task('mjSubmitImagine')).toMatchObject({ fetch: 'mjFetchTask', match: 'tag', idField: ['result'] });
    expect(task('createMusicGenerationTask').statusField).toEqual(['data', 'status']);
  });

  it('takes terminal statuses from the enum, else the conventions', () => {
    expect(task('mjSubmitImagine').terminal).toEqual({ success: ['SUCCESS'], failure: ['FAILURE', 'CANCEL'], exact: true, source: 'enum' });
    expect(task('createVeoOpenAIVideoTask').terminal).toMatchObject({ exact: false, source: 'conventions' });
    expect(task('createVeoOpenAIVideoTask').terminal.success).toContain('completed');
  });

  it('lets the config override them, for all tasks or one fetch operation', () => {
    const { api: configured } = buildApiModel(spec, { taskStatus: { success: ['done'], operations: { mjFetchTask: { failure: ['BROKEN'] } } } });
    const of = (create: string) => configured.tasks.find((candidate) => candidate.create === create)!.terminal;
    expect(of('createVeoOpenAIVideoTask')).toMatchObject({ success: ['done'], exact: true, source: 'config' });
    expect(of('mjSubmitImagine')).toEqual({ success: ['SUCCESS'], failure: ['BROKEN'], exact: true, source: 'config' });
  });
});
