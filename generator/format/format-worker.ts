/**
 * A format worker thread: formats the pieces the pool sends it, one message per piece, with the same code as the
 * main thread (format-piece.ts), and answers with the piece's id and its text or the error's message.
 */
import { parentPort } from 'node:worker_threads';
import { formatPiece } from './format-piece.ts';
import { warmUp } from './prettier-options.ts';
import type { PieceRequest, PieceReply } from './format-pool.ts';

if (!parentPort) throw new Error('format-worker.ts runs as a worker thread of format-pool.ts');
const port = parentPort;

// Loads Prettier and compiles its hot paths before the first piece arrives (the main thread is still emitting).
void warmUp().catch(() => undefined);

port.on('message', async ({ id, text, parser, file }: PieceRequest) => {
  let reply: PieceReply;
  try {
    reply = { id, text: await formatPiece(text, parser, file) };
  } catch (error) {
    reply = { id, error: (error as Error).message };
  }
  port.postMessage(reply);
});
