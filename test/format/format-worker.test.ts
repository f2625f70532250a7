/**
 * The worker thread formats the pieces of a batch that it claims first, in the order given, and answers each with
 * its batch, index, and formatted text or the error's message; pieces another thread claimed it leaves alone.
 */
import { Worker } from 'node:worker_threads';
import { afterAll, describe, expect, it } from 'vitest';
import { tsxApi, UNCLAIMED, type BatchRequest, type Piece, type PieceReply } from '../../generator/format/format-pool.ts';

// Node 20 applies no loader from a worker's execArgv to its entry, so the TypeScript file goes through tsx's API.
const entry = new URL('../../generator/format/format-worker.ts', import.meta.url).href;
const worker = new Worker(`import(${JSON.stringify(tsxApi())}).then(({ tsImport }) => tsImport(${JSON.stringify(entry)}, ${JSON.stringify(entry)}))`, { eval: true });
afterAll(() => worker.terminate());

const TAG = 5;
let nextBatch = 100;

/** Sends one batch (with the given claims already taken) and collects the replies until `expected` arrived. */
function run(pieces: Piece[], taken: number[], expected: number): Promise<{ replies: PieceReply[]; claims: number[] }> {
  const batch = nextBatch++;
  const claims = new Int32Array(new SharedArrayBuffer(4 * pieces.length));
  for (const index of taken) claims[index] = -1;
  const replies: PieceReply[] = [];
  return new Promise((resolve) => {
    const onReply = (reply: PieceReply) => {
      if (reply.batch !== batch) return;
      replies.push(reply);
      if (replies.length < expected) return;
      worker.off('message', onReply);
      resolve({ replies, claims: [...claims] });
    };
    worker.on('message', onReply);
    worker.postMessage({ batch, pieces, order: pieces.map((_, index) => index).reverse(), claims, tag: TAG } satisfies BatchRequest);
  });
}

describe('format worker', () => {
  const cases: { name: string; pieces: Piece[]; taken: number[]; want: PieceReply[]; claims: number[] }[] = [
    {
      name: 'every parser, in the order given (last first here)',
      pieces: [
        { text: 'let a=[1,2]', parser: 'typescript', file: 'a.ts' },
        { text: '{"a":1}', parser: 'json', file: 'a.json' },
        { text: '# A\n\n```ts\nlet a=1\n```\n', parser: 'markdown', file: 'README.md' },
      ],
      taken: [],
      want: [
        { batch: 0, index: 2, text: '# A\n\n```ts\nlet a = 1;\n```\n' },
        { batch: 0, index: 1, text: '{ "a": 1 }\n' },
        { batch: 0, index: 0, text: 'let a = [1, 2];\n' },
      ],
      claims: [TAG, TAG, TAG],
    },
    {
      name: 'a piece claimed elsewhere is skipped',
      pieces: [
        { text: 'let a=1', parser: 'typescript', file: 'a.ts' },
        { text: 'let b=2', parser: 'typescript', file: 'b.ts' },
      ],
      taken: [1],
      want: [{ batch: 0, index: 0, text: 'let a = 1;\n' }],
      claims: [TAG, UNCLAIMED - 1],
    },
  ];
  it.each(cases)(
    '$name',
    async ({ pieces, taken, want, claims }) => {
      const got = await run(pieces, taken, want.length);
      expect(got.replies.map((reply) => ({ ...reply, batch: 0 }))).toEqual(want);
      expect(got.claims).toEqual(claims);
    },
    30_000,
  );

  // Before the parse error below: that loads the typescript parser too.
  it('finishes a batch before it starts the next, even while a piece waits for a parser to load', async () => {
    // oxc declines a generic arrow without its TSX comma, so this piece loads Prettier's typescript parser first.
    const waiting = run([{ text: 'const f = <T>(x: T) => x;', parser: 'typescript', file: 'a.ts' }], [], 1);
    const later = run(
      Array.from({ length: 20 }, (_, index) => ({ text: `let v${index}=[${index}]`, parser: 'typescript' as const, file: `v${index}.ts` })),
      [],
      20,
    );
    const order: string[] = [];
    await Promise.all([waiting.then(() => order.push('first batch')), later.then(() => order.push('second batch'))]);
    expect(order).toEqual(['first batch', 'second batch']);
    expect((await waiting).replies[0]!.text).toBe('const f = <T,>(x: T) => x;\n');
  }, 30_000);

  it('answers a piece that does not parse with the message naming its file', async () => {
    const { replies } = await run([{ text: 'let = ;', parser: 'typescript', file: 'src/x.ts' }], [], 1);
    expect(replies[0]!.index).toBe(0);
    expect(replies[0]!.error).toMatch(/^internal: generated src\/x\.ts does not parse/);
  }, 30_000);
});
