/**
 * The calls built on the operation functions, in their resource file: merged calls routed by their discriminating value (or any variant, when
 * interchangeable), their task helpers, and what each kind of resource method forwards to.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { endpointSignatures, forwardedCall, writeEndpoints, writeTasks, type CallContext } from '../../generator/emit/calls-file.ts';
import type { CallSignature } from '../../generator/emit/call-signature.ts';
import { writeWithImports } from '../../generator/emit/imports.ts';
import { SourceBuilder } from '../../generator/emit/source-builder.ts';
import type { ResourceMethod } from '../../generator/surface/types.ts';
import { nameOfApi, surfaceOf, videoVariants } from '../helpers/surface-of.ts';

let context: CallContext;
beforeAll(async () => {
  const api = await surfaceOf(videoVariants());
  context = { api, nameOf: nameOfApi(api) };
});

const flat = (text: string) => text.replace(/\s*\n\s*/g, ' ');
const show = (signature: CallSignature) =>
  `${signature.typeParameters?.length ? `<${signature.typeParameters.map((parameter) => `${parameter.name} extends ${parameter.constraint}`).join(', ')}>` : ''}(${signature.args.map((arg) => `${arg.name}${arg.optional ? '?' : ''}: ${arg.type}`).join(', ')}) => ${signature.returns}`;
/** What `write` puts into the videos resource file (the home of every call of the fixture). */
function written(write: typeof writeEndpoints): string {
  const file = new SourceBuilder();
  writeWithImports(file, 'src/resources/videos.ts', context.nameOf, (imports, nameOf) => write(file, imports, { ...context, nameOf }, 'videos'));
  return flat(file.text(''));
}
const group = (name: string) => context.api.endpointGroups.find((candidate) => candidate.name === name)!;

describe('endpointSignatures', () => {
  const cases: { name: string; group: string; wait?: 'andWait'; want: string[] }[] = [
    {
      name: 'routed: an unlisted value, then generic in the value',
      group: 'createVideosByModel',
      want: [
        '(params: { model: Unlisted } & Record<string, unknown>, options?: RequestOptions) => APIPromise<CreateAResponse | CreateBResponse>',
        '<TModel extends CreateVideosModel>(params: CreateVideosRequestByModel[TModel] & { model: TModel }, options?: RequestOptions) => APIPromise<CreateVideosResponseByModel[TModel]>',
      ],
    },
    {
      name: 'routed and waited: the finished task by value',
      group: 'createVideosByModel',
      wait: 'andWait',
      want: [
        '(params: { model: Unlisted } & Record<string, unknown>, options?: WaitOptions<GetAResponse | GetBResponse>) => Promise<GetAResponse | GetBResponse>',
        '<TModel extends CreateVideosModel>(params: CreateVideosRequestByModel[TModel] & { model: TModel }, options?: WaitOptions<CreateVideosTaskByModel[TModel]>) => Promise<CreateVideosTaskByModel[TModel]>',
      ],
    },
    {
      name: "interchangeable: the first variant's arguments, any variant's result",
      group: 'getVideos',
      want: ['(taskId: string, options?: RequestOptions) => APIPromise<GetAResponse | GetBResponse>'],
    },
  ];
  it.each(cases)('$name', ({ group: name, wait, want }) => expect(endpointSignatures(group(name), context, wait).map(show)).toEqual(want));
});

describe('writeEndpoints', () => {
  let text = '';
  beforeAll(() => {
    text = written(writeEndpoints);
  });

  const parts: { name: string; want: string }[] = [
    { name: 'the values, in spec order', want: 'export const createVideosModels = ["a1","a2","b"] as const; export type CreateVideosModel = (typeof createVideosModels)[number];' },
    {
      name: 'params by value, pinned to the value',
      want: "export interface CreateVideosRequestByModel { a1: CreateABody & { model: 'a1' }; a2: CreateABody & { model: 'a2' }; b: CreateBBody & { model: 'b' }; }",
    },
    { name: 'results by value', want: 'export interface CreateVideosResponseByModel { a1: CreateAResponse; a2: CreateAResponse; b: CreateBResponse; }' },
    { name: 'the routes', want: '= { a1: createA, a2: createA, b: createB };' },
    {
      name: 'routed by the value, the default variant for any other, errors named after the merged call',
      want: 'return routeOf(createVideosByModelRoutes, params.model, createA)(named(client, "createVideosByModel"), params as never, options as never);',
    },
    { name: 'the docs list each variant with its values', want: '* - {@link createA} (Create A): `a1`, `a2` * - {@link createB} (Create B): `b`' },
    { name: "the task helper routes to each variant's AndWait", want: '= { a1: createAAndWait, a2: createAAndWait, b: createBAndWait };' },
    { name: 'interchangeable variants: the first serves, named', want: 'return getA(named(client, "getVideos"), taskId, options);' },
    {
      name: 'waiting on an interchangeable fetch polls the merged call',
      want: 'return pollTask(String(taskId), (requestOptions) => getVideos(client, taskId, requestOptions), { statusField: ["status"], success: ["done"], failure: ["failed"], ignoreCase: false }, options);',
    },
    { name: "an unlisted value is the runtime's branded string", want: "import type { Unlisted } from '../core/unlisted.js';" },
    // routeOf checks own properties, so "constructor" goes to the default variant (test/templates/…/routing.test.ts).
    { name: 'the routing helpers are the runtime’s', want: "import { named, routeOf } from '../core/routing.js';" },
  ];
  it.each(parts)('$name', ({ want }) => expect(text).toContain(want));

  it('imports none of the variants it routes to: they live in the same resource file', () => {
    expect(text).not.toMatch(/import \{[^}]*\bcreateA\b/);
  });

  it('a merged call written into another file imports its variants from their home', () => {
    const file = new SourceBuilder();
    // The merged calls moved to another file, on a copy of the plan: their variants stay in videos.ts.
    const api = { ...context.api, endpointGroups: context.api.endpointGroups.map((group) => (group.name ? { ...group, home: 'elsewhere' } : group)) };
    writeWithImports(file, 'src/resources/elsewhere.ts', context.nameOf, (imports, nameOf) => writeEndpoints(file, imports, { api, nameOf }, 'elsewhere'));
    expect(flat(file.text(''))).toContain("import { createA, createAAndWait, createB, createBAndWait, getA } from './videos.js';");
  });
});

describe('writeEndpoints: what a model picker needs', () => {
  let text = '';
  beforeAll(async () => {
    // Variant B takes one image or several, and nothing else: `anyOf` of required-only branches, closed.
    const spec = videoVariants();
    const body = spec.paths['/videos#b'].post.requestBody.content['application/json'].schema;
    Object.assign(body, { additionalProperties: false, anyOf: [{ required: ['image'] }, { required: ['images'] }] });
    Object.assign(body.properties, { image: { type: 'string' }, images: { type: 'array', items: { type: 'string' } } });
    const api = await surfaceOf(spec);
    const file = new SourceBuilder();
    const picked: CallContext = { api, nameOf: nameOfApi(api) };
    const home = api.endpointGroups.find((candidate) => candidate.name)!.home!;
    writeWithImports(file, `src/resources/${home}.ts`, picked.nameOf, (imports, nameOf) => writeEndpoints(file, imports, { ...picked, nameOf }, home));
    text = flat(file.text(''));
  });

  const parts: { name: string; want: string }[] = [
    {
      name: 'the required fields of each value, a union of lists where it takes one of several sets',
      want: "export interface CreateVideosRequiredFieldsByModel { a1: ['prompt']; a2: ['prompt']; b: ['prompt', 'image'] | ['prompt', 'images']; }",
    },
    {
      name: 'the values params with some fields suit: one set within them, and every one of them taken',
      want: 'export type CreateVideosModelsAccepting<Fields extends string> = { [Value in CreateVideosModel]: [Exclude<Fields, (CreateVideosRequestByModel[Value] extends infer Variant ? (Variant extends unknown ? keyof Variant : never) : never)>] extends [never] ? (CreateVideosRequiredFieldsByModel[Value] extends infer Choice ? (Choice extends readonly (infer Field)[] ? ([Field] extends [Fields] ? Value : never) : never) : never) : never }[CreateVideosModel];',
    },
    {
      name: 'at run time: the required sets and the fields taken',
      want: '= { a1: { required: [["prompt"]], accepts: ["model", "prompt"] }, a2: { required: [["prompt"]], accepts: ["model", "prompt"] }, b: { required: [["prompt", "image"], ["prompt", "images"]], accepts: ["model", "prompt", "image", "images"] } };',
    },
    {
      name: 'the picker function filters by the fields the params set',
      want: 'export function createVideosModelsAccepting<P extends object>(params: P): CreateVideosModelsAccepting<Extract<keyof P, string>>[] {',
    },
  ];
  it.each(parts)('$name', ({ want }) => expect(text).toContain(want));
});

describe('writeTasks', () => {
  let text = '';
  beforeAll(() => {
    text = written(writeTasks);
  });

  const parts: { name: string; want: string }[] = [
    {
      name: 'create, then wait by the id in the create response',
      want: 'export async function createAAndWait(client: APIClient, params: CreateABody, options: WaitOptions<GetAResponse> = {}): Promise<GetAResponse> { const created = await createA(client, params, options); return waitForGetA(client, taskIdOf(created, ["task_id"], "createA") as string, options); }',
    },
    { name: 'terminal statuses from the enum, exact', want: '{ statusField: ["status"], success: ["done"], failure: ["failed"], ignoreCase: false }' },
    { name: 'docs name the statuses', want: "until the task's `status` is one of `done`, `failed`." },
    { name: 'each lifecycle its own wait', want: 'export function waitForGetB(client: APIClient, taskId: string, options?: WaitOptions<GetBResponse>): Promise<GetBResponse>' },
  ];
  it.each(parts)('$name', ({ want }) => expect(text).toContain(want));
});

describe('forwardedCall', () => {
  const cases: { method: ResourceMethod; want: { target: string; module: string; signatures: number; endpointTypes?: string[] } }[] = [
    { method: { kind: 'operation', name: 'create', operation: 'createA' }, want: { target: 'createA', module: 'resources/videos.js', signatures: 1 } },
    {
      method: { kind: 'endpoint', name: 'create', group: 'createVideosByModel' },
      want: {
        target: 'createVideosByModel',
        module: 'resources/videos.js',
        signatures: 2,
        endpointTypes: ['CreateVideosModel', 'CreateVideosRequestByModel', 'CreateVideosResponseByModel'],
      },
    },
    {
      method: { kind: 'endpointAndWait', name: 'createAndWait', group: 'createVideosByModel' },
      want: {
        target: 'createVideosByModelAndWait',
        module: 'resources/videos.js',
        signatures: 2,
        endpointTypes: ['CreateVideosModel', 'CreateVideosRequestByModel', 'CreateVideosTaskByModel'],
      },
    },
    { method: { kind: 'endpointWaitFor', name: 'waitFor', group: 'getVideos' }, want: { target: 'waitForGetVideos', module: 'resources/videos.js', signatures: 1 } },
    { method: { kind: 'createAndWait', name: 'createAndWait', task: 'createA' }, want: { target: 'createAAndWait', module: 'resources/videos.js', signatures: 1 } },
    { method: { kind: 'waitFor', name: 'waitFor', task: 'getB' }, want: { target: 'waitForGetB', module: 'resources/videos.js', signatures: 1 } },
  ];
  it.each(cases)('$method.kind → $want.target', ({ method, want }) => {
    const call = forwardedCall(method, context);
    expect({ target: call.target, module: call.module, signatures: call.signatures.length, ...(call.endpointTypes && { endpointTypes: call.endpointTypes }) }).toEqual(want);
  });

  it("an operation's docs say its standalone name and error name", () => {
    expect(forwardedCall({ kind: 'operation', name: 'create', operation: 'createA' }, context).docs).toContain(
      "Standalone: `createA(client, …)`; errors: `isAPIError(error, 'createA')`.",
    );
  });
});
