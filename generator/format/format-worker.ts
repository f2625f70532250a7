/**
 * A format worker thread: takes the pieces of each batch the pool sends it in the order given, formats those it
 * claims first (format-pool.ts shares one claim per piece between every thread), with the same code as the main
 * thread (format-piece.ts), and answers each with its batch, index, and text or the error's message.
 *
 * Batches are taken one after another, never interleaved: a piece whose formatting waits for a module to load
 * (Prettier loads a parser on first use) must not wait behind later batches, whose pieces format without ever
 * yielding to the event loop the load needs. Interleaved, the worker's first claimed piece finished last.
 */
import { parentPort } from 'node:worker_threads';
import { formatPiece } from './format-piece.ts';
import { warmUp } from './prettier-options.ts';
import { UNCLAIMED, type BatchRequest, type PieceReply } from './format-pool.ts';

if (!parentPort) throw new Error('format-worker.ts runs as a worker thread of format-pool.ts');
const port = parentPort;

// Loads Prettier and compiles its hot paths before the first piece arrives (the main thread is still emitting).
let previous: Promise<unknown> = warmUp().catch(() => undefined);

async function formatBatch({ batch, pieces, order, claims, tag }: BatchRequest): Promise<void> {
  for (const index of order) {
    if (Atomics.compareExchange(claims, index, UNCLAIMED, tag) !== UNCLAIMED) continue;
    const { text, parser, file } = pieces[index];
    let reply: PieceReply;
    try {
      reply = { batch, index, text: await formatPiece(text, parser, file) };
    } catch (error) {
      reply = { batch, index, error: (error as Error).message };
    }
    port.postMessage(reply);
  }
}

port.on('message', (request: BatchRequest) => {
  previous = previous.then(() => formatBatch(request));
});
