/** The worker thread answers each piece with its id and the formatted text, or the error's message. */
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { tsxApi, type PieceReply, type PieceRequest } from '../../generator/format/format-pool.ts';

// Node 20 applies no loader from a worker's execArgv to its entry, so the TypeScript file goes through tsx's API.
const entry = new URL('../../generator/format/format-worker.ts', import.meta.url).href;
const worker = new Worker(`import(${JSON.stringify(tsxApi())}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, { eval: true });
const replies = new Map<number, (reply: PieceReply) => void>();
worker.on('message', (reply: PieceReply) => replies.get(reply.id)?.(reply));
const ask = (request: PieceRequest) => new Promise<PieceReply>((resolve) => (replies.set(request.id, resolve), worker.postMessage(request)));

afterAll(() => worker.terminate());

describe('format worker', () => {
  const cases: { given: PieceRequest; want: PieceReply }[] = [
    { given: { id: 7, text: 'let a=[1,2]', parser: 'typescript', file: 'a.ts' }, want: { id: 7, text: 'let a = [1, 2];\n' } },
    { given: { id: 8, text: '{"a":1}', parser: 'json', file: 'a.json' }, want: { id: 8, text: '{ "a": 1 }\n' } },
    { given: { id: 9, text: '# A\n\n```ts\nlet a=1\n```\n', parser: 'markdown', file: 'README.md' }, want: { id: 9, text: '# A\n\n```ts\nlet a = 1;\n```\n' } },
  ];
  it.each(cases)(
    'formats piece $given.id ($given.parser)',
    async ({ given, want }) => {
      expect(await ask(given)).toEqual(want);
    },
    30_000,
  );

  it('answers a piece that does not parse with the message naming its file', async () => {
    const reply = await ask({ id: 10, text: 'let = ;', parser: 'typescript', file: 'src/x.ts' });
    expect(reply.id).toBe(10);
    expect(reply.error).toMatch(/^internal: generated src\/x\.ts does not parse/);
  }, 30_000);
});
