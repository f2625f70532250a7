/**
 * Typed streams as a TypeScript user meets them on the gateway SDK: with `stream: true` the chat, Responses and
 * Messages calls resolve to a `Stream` of the event types the spec's overlay declares (spec/streaming.overlay.yaml),
 * so the loop every chat user writes compiles; without it they resolve to the JSON response.
 */
import { describe, expect, it } from 'vitest';
import { GATEWAY_IMPORT, typeCheck } from '../helpers/compile.ts';

const prelude = `import type { ImaRouter, Stream, ServerSentEvent, ChatCompletionChunk, ChatCompletionResponse, ResponseStreamEvent, AnthropicMessageStreamEvent } from '${GATEWAY_IMPORT}';
declare const client: ImaRouter;
const messages = [{ role: 'user' as const, content: 'Hello' }];
`;

describe('typed streams on the gateway SDK', () => {
  it('chat chunks, Responses events and Messages events type-check where they are used', () => {
    const source = `${prelude}
export async function chat(): Promise<string> {
  const stream = await client.chat.completions.create({ model: 'gpt-4.1-mini', messages, stream: true });
  let text = '';
  for await (const chunk of stream) text += chunk.choices[0]?.delta?.content ?? '';
  const typed: Stream<ChatCompletionChunk> = stream;
  void typed;
  return text;
}
export async function notStreaming(): Promise<ChatCompletionResponse> {
  return client.chat.completions.create({ model: 'gpt-4.1-mini', messages });
}
export async function undecided(flag: boolean): Promise<ChatCompletionResponse | Stream<ChatCompletionChunk>> {
  return client.chat.completions.create({ model: 'gpt-4.1-mini', messages, stream: flag });
}
export async function responses(): Promise<string[]> {
  const stream = await client.responses.create({ model: 'gpt-5.2', input: 'Hi', stream: true });
  const deltas: string[] = [];
  for await (const event of stream) {
    if (event.type === 'response.output_text.delta') deltas.push(event.delta);
    else if (event.type === 'response.completed') void event.response.status;
  }
  return deltas;
}
export async function anthropic(): Promise<string> {
  const stream = await client.messages.create({ model: 'claude-sonnet-4-6', anthropic_version: 'bedrock-2023-05-31', max_tokens: 100, messages, stream: true });
  let text = '';
  for await (const envelope of stream.events()) {
    const named: string = envelope.event;
    const id: string | undefined = envelope.id;
    void named, id;
    const event: AnthropicMessageStreamEvent = envelope.data;
    if (event.type === 'content_block_delta' && event.delta.type === 'text_delta') text += event.delta.text;
  }
  return text;
}
export function envelopes(stream: Stream<ResponseStreamEvent>): AsyncIterableIterator<ServerSentEvent<ResponseStreamEvent>> {
  return stream.events();
}
`;
    expect(typeCheck('streams-typed.ts', source)).toEqual([]);
  });

  it('a misspelt field of a chunk, or a chunk read from the non-streaming call, does not compile', () => {
    const source = `${prelude}
export async function misspelt() {
  const stream = await client.chat.completions.create({ model: 'gpt-4.1-mini', messages, stream: true });
  for await (const chunk of stream) void chunk.choices[0]?.delta?.contents;
}
export async function notAStream() {
  const completion = await client.chat.completions.create({ model: 'gpt-4.1-mini', messages });
  for await (const chunk of completion) void chunk;
}
`;
    const diagnostics = typeCheck('streams-wrong.ts', source);
    expect(diagnostics.map((diagnostic) => diagnostic.line)).toEqual([7, 11]);
    expect(diagnostics[0]!.message).toMatch(/contents/);
  });
});
