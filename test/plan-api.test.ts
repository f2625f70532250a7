/** planApi: the one way through load → IR → surface, from a file or from memory, with the settings' warnings. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { planApi, type PlanPhase } from '../generator/plan-api.ts';
import { ROOT } from './helpers/golden-cases.ts';

const FILE = join(ROOT, 'test/in-memory.yaml');
const TASKS = join(ROOT, 'test/fixtures/streams-32.yaml');

function petsText(title = 'Pet Shop'): string {
  return [
    'openapi: 3.0.3',
    `info: { title: ${title}, version: 1.0.0 }`,
    'paths:',
    '  /pets:',
    '    get:',
    '      operationId: listPets',
    "      responses: { '200': { description: ok, content: { application/json: { schema: { type: array, items: { type: string } } } } } }",
  ].join('\n');
}

describe('planApi', () => {
  it('plans a spec held in memory as it would the same file', async () => {
    const { readFile } = await import('node:fs/promises');
    const fromFile = await planApi(TASKS);
    const fromText = await planApi({ text: await readFile(TASKS, 'utf8'), file: TASKS });
    expect(fromText.api.operations.map((operation) => operation.name)).toEqual(fromFile.api.operations.map((operation) => operation.name));
    expect(fromText.api.resources.map((resource) => resource.name)).toEqual(fromFile.api.resources.map((resource) => resource.name));
  });

  it.each([
    [{}, 'PetShopClient', 'pet-shop-sdk'],
    [{ clientName: 'Shop', packageName: '@acme/shop' }, 'Shop', '@acme/shop'],
  ])('resolves the settings %j from the spec title: client %s, package %s', async (settings, clientName, packageName) => {
    const { settings: resolved } = await planApi({ text: petsText(), file: FILE }, { settings });
    expect([resolved.clientName, resolved.packageName]).toEqual([clientName, packageName]);
  });

  it('runs load, ir and surface in order through the phase runner, the settings hook before the IR', async () => {
    const seen: string[] = [];
    await planApi(
      { text: petsText(), file: FILE },
      {
        phase: async (name: PlanPhase, work) => {
          seen.push(name);
          return work();
        },
        withSettings: () => void seen.push('settings'),
      },
    );
    expect(seen).toEqual(['load', 'settings', 'ir', 'surface']);
  });

  it('warns, at its pointer in the settings, of a taskStatus override naming no task fetch (every caller sees it, diff too)', async () => {
    const { warnings } = await planApi(
      { text: petsText(), file: FILE },
      { settings: { taskStatus: { operations: { listPets: { success: ['done'] } } } }, settingsSource: 'sdk.config.json' },
    );
    expect(warnings).toEqual([
      expect.objectContaining({
        kind: expect.objectContaining({ id: 'task-status-unknown-operation' }),
        location: { file: 'sdk.config.json', pointer: '#/taskStatus/operations/listPets' },
      }),
    ]);
  });
});
