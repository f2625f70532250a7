/**
 * Merged endpoints, as a TypeScript user meets them: one call for all `#fragment` variants of an endpoint,
 * discriminated by `model`. Every model value is accepted with a body of its own variant, a field of another
 * vendor's variant is rejected, and the return type follows the chosen variant.
 */
import { describe, expect, it } from 'vitest';
import { createImagesGenerationsModels, createImagesGenerationsModelsAccepting } from '../../generated/imarouter/src/resources/images.ts';
import { createVideosModels, createVideosModelsAccepting } from '../../generated/imarouter/src/resources/videos.ts';
import { operations } from '../../generated/imarouter/src/operation-index.ts';
import { typeCheck } from '../helpers/compile.ts';
import { schemaErrors, specExamples, toJsonSchema, validator, type SpecExample } from '../helpers/spec-examples.ts';

type Json = Record<string, any>;
const SDK = '../../generated/imarouter/src/index.js';
const examples = specExamples().filter((example) => example.kind === 'request' && example.method === 'post');
const wirePath = (example: SpecExample) => example.pathKey.split('#')[0];

/** For each model value: a valid body (a spec example of it, or one of its variant with the model swapped in). */
function bodiesByModel(path: string, models: readonly string[]) {
  const candidates = examples.filter((example) => wirePath(example) === path && typeof (example.value as Json)?.model === 'string');
  const found = new Map<string, { example: SpecExample; body: Json }>();
  for (const model of models) {
    const own = candidates.find((example) => (example.value as Json).model === model && !schemaErrors(validator(example.schema), example.value));
    if (own) {
      found.set(model, { example: own, body: own.value as Json });
      continue;
    }
    for (const example of candidates) {
      const body = { ...(example.value as Json), model };
      if (!schemaErrors(validator(example.schema), body)) {
        found.set(model, { example, body });
        break;
      }
    }
  }
  return found;
}

/** A property of some other variant of the endpoint that this body's schema does not have. */
function foreignField(path: string, example: SpecExample): string | undefined {
  const own = JSON.stringify(toJsonSchema(example.schema));
  for (const other of examples.filter((candidate) => wirePath(candidate) === path && candidate.pathKey !== example.pathKey)) {
    for (const key of Object.keys(other.value as Json)) if (!own.includes(JSON.stringify(key))) return key;
  }
  return undefined;
}

function check(path: string, models: readonly string[], merged: string, special: { model: RegExp; response: string }, otherwise: string) {
  const bodies = bodiesByModel(path, models);
  const lines = [
    `import { ${merged}, type ${special.response}, type ${otherwise}, type APIClient, type WithRequestID } from '${SDK}';`,
    'declare const client: APIClient;',
    'type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
    'const exactly = <T extends true>(): T => true as T;',
  ];
  let rejections = 0;
  for (const [model, { example, body }] of bodies) {
    const expected = special.model.test(model) ? special.response : otherwise;
    const id = model.replace(/[^A-Za-z0-9]/g, '_');
    const header = example.pathKey === path && operations.some((operation) => operation.pathKey === path && operation.method === 'POST') ? '' : '';
    lines.push(
      `export async function accepts_${id}() { const result = await ${merged}(client, ${JSON.stringify(body)}${header}); exactly<Equals<typeof result, WithRequestID<${expected}>>>(); }`,
    );
    const foreign = foreignField(path, example);
    if (foreign) {
      rejections++;
      lines.push(`// @ts-expect-error \`${foreign}\` belongs to another variant`);
      lines.push(`export const rejects_${id} = () => ${merged}(client, ${JSON.stringify({ ...body, [foreign]: 'x' })});`);
    }
  }
  return { bodies, rejections, diagnostics: typeCheck(`${merged}.ts`, lines.join('\n') + '\n') };
}

describe('merged endpoints', () => {
  it('POST /v1/videos: all 36 models, their own fields, MiniMax returns VideoTaskResponse', () => {
    expect(createVideosModels).toHaveLength(36);
    const { bodies, rejections, diagnostics } = check(
      '/v1/videos',
      createVideosModels,
      'createVideosByModel',
      { model: /^MiniMax/, response: 'VideoTaskResponse' },
      'ImaProCreateResponse',
    );
    console.log(`createVideosByModel: ${bodies.size}/${createVideosModels.length} models accepted with a valid body, ${rejections} foreign fields rejected`);
    expect(bodies.size).toBe(36);
    expect(rejections).toBeGreaterThan(30);
    expect(diagnostics.map((diagnostic) => `${diagnostic.line}: ${diagnostic.message}`)).toEqual([]);
  }, 240_000);

  it('POST /v1/images/generations: pruna returns PrunaImageCreateTaskResponse', () => {
    const { bodies, diagnostics } = check(
      '/v1/images/generations',
      createImagesGenerationsModels,
      'createImagesGenerationsByModel',
      { model: /pruna/, response: 'PrunaImageCreateTaskResponse' },
      'ImaImageCreateTaskResponse',
    );
    console.log(`createImagesGenerationsByModel: ${bodies.size}/${createImagesGenerationsModels.length} models accepted`);
    expect(bodies.size).toBe(createImagesGenerationsModels.length);
    expect(diagnostics.map((diagnostic) => `${diagnostic.line}: ${diagnostic.message}`)).toEqual([]);
  }, 240_000);

  it('narrowing on `model` picks the variant: every model narrows the union of all bodies to its own request type', () => {
    const lines = [`import type { CreateVideosModel, CreateVideosRequestByModel } from '${SDK}';`, 'declare const body: CreateVideosRequestByModel[CreateVideosModel];'];
    for (const model of createVideosModels) {
      lines.push(`if (body.model === ${JSON.stringify(model)}) { const narrowed: CreateVideosRequestByModel[${JSON.stringify(model)}] = body; void narrowed; }`);
    }
    const diagnostics = typeCheck('narrowing.ts', lines.join('\n') + '\n');
    expect(diagnostics.map((diagnostic) => `${diagnostic.line}: ${diagnostic.message.split('\n')[0]}`)).toEqual([]);
  }, 240_000);

  it('a model chosen at run time: a union compiles when every model accepts the params, and the result follows the model', () => {
    const lines = [
      `import { ImaRouter, isAPIError, unlisted, type ImaProCreateResponse, type VideoTaskResponse, type ImaProQueryResponse, type WithRequestID } from '${SDK}';`,
      'declare const client: ImaRouter;',
      'type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
      'const exactly = <T extends true>(): T => true as T;',
      "export async function union(model: 'veo-3.0-generate-001' | 'pixverse-v6') { const result = await client.videos.create({ model, prompt: 'x' }); exactly<Equals<typeof result, WithRequestID<ImaProCreateResponse>>>(); }",
      "export async function mixed(model: 'veo-3.0-generate-001' | 'MiniMax-Hailuo-02') { const result = await client.videos.create({ model, prompt: 'x', size: '768p' }); exactly<Equals<typeof result, WithRequestID<ImaProCreateResponse | VideoTaskResponse>>>(); }",
      "export async function minimax() { const result = await client.videos.create({ model: 'MiniMax-Hailuo-02', prompt: 'x', size: '768p' }); exactly<Equals<typeof result, WithRequestID<VideoTaskResponse>>>(); }",
      "export async function forward() { return client.videos.create({ model: unlisted('veo-9.0-preview'), prompt: 'x', anything: 1 }); }",
      "export async function progress() { const task = await client.videos.createAndWait({ model: 'veo-3.0-generate-001', prompt: 'x' }, { onProgress: (state) => { exactly<Equals<typeof state, ImaProQueryResponse>>(); } }); exactly<Equals<typeof task, ImaProQueryResponse>>(); }",
      "export function narrow(error: unknown) { if (isAPIError(error, 'createVideosByModel')) { const body: unknown = error.body; return [error.status, body]; } return undefined; }",
      'export async function retrieve(id: string) { return client.videos.retrieve(id); }',
      '// @ts-expect-error an unlisted model must be written unlisted(…)',
      "export const unknownModel = () => client.videos.create({ model: 'veo-9.0-preview', prompt: 'x' });",
      '// @ts-expect-error isAPIError takes only call names',
      "export const wrongName = (error: unknown) => isAPIError(error, 'noSuchCall');",
    ];
    const diagnostics = typeCheck('run-time-models.ts', lines.join('\n') + '\n');
    expect(diagnostics.map((diagnostic) => `${diagnostic.line}: ${diagnostic.message.split('\n')[0]}`)).toEqual([]);
  }, 240_000);

  it('model pickers: the values params suit, at run time and as a type, and a union picked from them compiles', () => {
    const needMore = ['wan2.6-image', 'prunaai/p-image-edit'];
    expect(createImagesGenerationsModelsAccepting({ prompt: 'x' })).toEqual(createImagesGenerationsModels.filter((model) => !needMore.includes(model)));
    // With images: the two that need an image come in, the two that take none go out.
    const withImages = createImagesGenerationsModelsAccepting({ prompt: 'x', images: ['https://example.com/a.png'] });
    expect(withImages).toEqual(expect.arrayContaining(needMore));
    expect(withImages).not.toContain('wan2.6-t2i');
    expect(withImages).not.toContain('prunaai/p-image');
    expect(createImagesGenerationsModelsAccepting({ prompt: 'x', image: undefined })).toHaveLength(11);
    expect(createVideosModelsAccepting({ prompt: 'x' }).length).toBeGreaterThan(25);
    const videos25 = createVideosModelsAccepting({ prompt: 'x' }).slice(0, 25);
    const videos26 = createVideosModelsAccepting({ prompt: 'x' }).slice(0, 26);
    const lines = [
      `import { ImaRouter, createImagesGenerationsModelsAccepting, type CreateImagesGenerationsModel, type CreateImagesGenerationsModelsAccepting, type CreateImagesGenerationsRequiredFieldsByModel } from '${SDK}';`,
      'declare const client: ImaRouter;',
      'type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
      'const exactly = <T extends true>(): T => true as T;',
      "exactly<Equals<CreateImagesGenerationsRequiredFieldsByModel['wan2.6-image'], ['prompt', 'image'] | ['prompt', 'images']>>();",
      "exactly<Equals<CreateImagesGenerationsRequiredFieldsByModel['gpt-image-2'], ['prompt']>>();",
      "exactly<Equals<Exclude<CreateImagesGenerationsModel, CreateImagesGenerationsModelsAccepting<'prompt'>>, 'wan2.6-image' | 'prunaai/p-image-edit'>>();",
      "exactly<Equals<Extract<CreateImagesGenerationsModelsAccepting<'prompt' | 'images'>, 'wan2.6-t2i' | 'prunaai/p-image'>, never>>();",
      // The README's picker: a union of the values the params suit compiles.
      "export async function picker() { const params = { prompt: 'a city at dusk' }; const choices = createImagesGenerationsModelsAccepting(params); const picked = choices[0]!; return client.images.generations.create({ ...params, model: picked }); }",
      // The README's limits, as TypeScript has them: a union of at most 25 values; a value with several sets of fields only alone.
      `export const v25 = (model: ${videos25.map((model) => JSON.stringify(model)).join(' | ')}) => client.videos.create({ prompt: 'x', model });`,
      '// @ts-expect-error a union of 26 values is not checked value by value',
      `export const v26 = (model: ${videos26.map((model) => JSON.stringify(model)).join(' | ')}) => client.videos.create({ prompt: 'x', model });`,
      "export const alone = () => client.images.generations.create({ prompt: 'x', images: ['a'], model: 'wan2.6-image' });",
      "export const plain = (model: 'gemini-2.5-flash-image' | 'gpt-image-2') => client.images.generations.create({ prompt: 'x', images: ['a'], model });",
      '// @ts-expect-error a value taking one of several sets of fields does not compile inside a union',
      "export const together = (model: 'gemini-2.5-flash-image' | 'wan2.6-image') => client.images.generations.create({ prompt: 'x', images: ['a'], model });",
    ];
    const diagnostics = typeCheck('model-pickers.ts', lines.join('\n') + '\n');
    expect(diagnostics.map((diagnostic) => `${diagnostic.line}: ${diagnostic.message.split('\n')[0]}`)).toEqual([]);
  }, 240_000);
});
