/** What the package README shows: each call and its example, the showcase, path rules, merged calls, tasks, streams, downloads. */
import { beforeAll, describe, expect, it } from 'vitest';
import { readmeContext } from '../../generator/emit/readme.ts';
import { nameOfApi, petStore, surfaceOf, videoVariants } from '../helpers/surface-of.ts';

type Readme = ReturnType<typeof readmeContext>;
let pets: Readme;
let videos: Readme;
beforeAll(async () => {
  const doc = petStore();
  doc.paths['/chat'] = {
    post: {
      operationId: 'chat',
      tags: ['chat'],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { type: 'object', properties: { prompt: { type: 'string' }, stream: { type: 'boolean' } } },
            examples: { hi: { value: { prompt: 'hi', stream: false } } },
          },
        },
      },
      responses: { '200': { description: 'ok' } },
    },
  };
  doc.paths['/complete'] = {
    post: {
      operationId: 'complete',
      tags: ['chat'],
      requestBody: {
        required: true,
        content: {
          'application/json': {
            schema: { type: 'object', required: ['model'], properties: { model: { enum: ['m1', 'm2'] }, prompt: { type: 'string' } } },
            examples: { hi: { value: { model: 'm1', prompt: 'hi' } } },
          },
        },
      },
      responses: { '200': { description: 'ok' } },
    },
  };
  const petsApi = await surfaceOf(doc, { packageName: 'pets-sdk' });
  pets = readmeContext(petsApi, nameOfApi(petsApi));
  const videosDoc = videoVariants();
  videosDoc.paths['/videos#b'].post.requestBody.content['application/json'].examples = { b: { value: { model: 'b', prompt: 'a cat' } } };
  const videosApi = await surfaceOf(videosDoc, { packageName: 'videos-sdk' });
  videos = readmeContext(videosApi, nameOfApi(videosApi));
});

describe('readmeContext: calls', () => {
  const cases: { name: string; of: () => Readme; operation: string; want: Record<string, unknown> }[] = [
    {
      name: 'on its resource',
      of: () => pets,
      operation: 'getPet',
      want: { call: 'client.pets.retrieve', method: 'GET', path: '/pets/{pet_id}', anchor: 'clientpetsretrieve', example: 'const result = await client.pets.retrieve("abc123");' },
    },
    { name: 'nested resource', of: () => pets, operation: 'getPetPhoto', want: { call: 'client.pets.photo.retrieve', anchor: 'clientpetsphotoretrieve' } },
    { name: 'the spec example as the body', of: () => pets, operation: 'createPet', want: { example: 'const result = await client.pets.create({\n  name: "Rex",\n});' } },
    {
      name: 'a variant without a resource method: a standalone function, imported',
      of: () => videos,
      operation: 'createB',
      want: {
        call: 'createB',
        fragment: 'b',
        summary: 'Create B',
        example: 'import { createB } from \'videos-sdk\';\n\nconst result = await createB(client, {\n  model: "b",\n  prompt: "a cat",\n});',
      },
    },
  ];
  it.each(cases)('$name', ({ of, operation, want }) => expect(of().calls.find((call) => call.name === operation)).toMatchObject(want));
});

describe('readmeContext: the showcase', () => {
  it('is the first operation with a body from the spec, with options examples after its params', () => {
    expect(pets.showcase).toMatchObject({
      name: 'createPet',
      call: 'client.pets.create({\n  name: "Rex",\n})',
      functionCall: 'createPet(client, {\n  name: "Rex",\n})',
      withResponse: 'client.pets.create({\n  name: "Rex",\n}).withResponse()',
    });
    expect(pets.showcase!.extra).toContain("}, { extraBody: { beta_option: true }, extraQuery: { trace: '1' }, headers: { 'X-Feature': 'preview' } })");
  });

  it('is the merged call when a variant has a spec example, named after the merged call', () => {
    expect(videos.showcase).toMatchObject({
      name: 'createVideosByModel',
      call: 'client.videos.create({\n  model: "b",\n  prompt: "a cat",\n})',
      functionCall: 'createVideosByModel(client, {\n  model: "b",\n  prompt: "a cat",\n})',
      group: { call: 'client.videos.create', property: 'model', list: 'createVideosModels', byValue: 'CreateVideosRequestByModel', responseByValue: 'CreateVideosResponseByModel' },
    });
  });

  it("names the merged call's picker helpers, with the example's required fields as the picker's params", () => {
    expect(videos.showcase!.group).toMatchObject({
      requiredByValue: 'CreateVideosRequiredFieldsByModel',
      accepting: 'CreateVideosModelsAccepting',
      acceptingFunction: 'createVideosModelsAccepting',
      picker: { params: '{\n  prompt: "a cat",\n}' },
    });
  });

  it('shows an open field written unlisted(…) on a call whose example sets it; a routing field is no open one', () => {
    expect(pets.open).toEqual({ call: 'client.complete.create({\n  model: unlisted(\'new-model\'),\n  prompt: "hi",\n})', field: 'model' });
    expect(videos.open).toBeUndefined();
  });
});

describe('readmeContext: sections', () => {
  it('path examples: the showcase and a GET of an item', () => {
    expect(pets.pathExamples).toEqual([
      { http: 'POST /pets', call: 'client.pets.create' },
      { http: 'GET /pets/{pet_id}', call: 'client.pets.retrieve' },
    ]);
  });

  it('path examples: a merged showcase as the client calls it, never a variant’s standalone function', () => {
    expect(videos.pathExamples[0]).toEqual({ http: 'POST /videos', call: 'client.videos.create' });
  });

  it('merged calls, with the value tables', () => {
    expect(videos.endpoints).toEqual([
      { call: 'client.videos.create', http: 'POST /videos', property: 'model', values: 3, variants: 2 },
      { call: 'client.videos.retrieve', http: 'GET /videos/{task_id}', variants: 2 },
    ]);
    expect(videos.valueTables).toEqual([
      {
        call: 'client.videos.create',
        property: 'model',
        statusField: 'status',
        rows: [
          { values: '`a1`, `a2`', variant: 'createA', result: 'CreateAResponse', task: 'GetAResponse' },
          { values: '`b`', variant: 'createB', result: 'CreateBResponse', task: 'GetBResponse' },
        ],
      },
    ]);
    expect(pets.endpoints).toEqual([]);
  });

  it('a task: the merged create-and-wait when the showcase is the merged call, and waitFor on the resource', () => {
    expect(videos.task).toEqual({
      call: 'client.videos.createAndWait({\n  model: "b",\n  prompt: "a cat",\n}, { pollInterval: 2000, waitTimeout: 15 * 60_000, onProgress: (task) => console.log(task.status) })',
      waitFor: "client.videos.waitFor('abc123')",
      statusField: 'status',
    });
    expect(pets.task).toBeUndefined();
  });

  it('streaming: the example with the stream flag on', () => {
    expect(pets.streaming).toEqual({ call: 'client.chat.create({\n  prompt: "hi",\n  stream: true,\n})' });
    expect(videos.streaming).toBeUndefined();
  });

  it('a download: the first operation with a binary success response', () => {
    expect(pets.binary).toEqual({ name: 'getPetPhoto', call: 'client.pets.photo.retrieve("abc123")', asResponse: 'client.pets.photo.retrieve("abc123").asResponse()' });
  });
});
