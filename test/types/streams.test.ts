/**
 * Typed streams as a TypeScript user meets them on the gateway SDK: with `stream: true` the chat, Responses and
 * Messages calls resolve to a `Stream` of the event types the spec's overlay declares (spec/streaming.overlay.yaml),
 * so the loop every chat user writes compiles; without it they resolve to the JSON response.
 */
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { GATEWAY_IMPORT, typeCheck } from '../helpers/compile.ts';
import { materializeGolden, ROOT } from '../helpers/golden-cases.ts';

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

/**
 * The fixtures' goldens (with the static runtime), copied beside the files typeCheck writes: a nullable `stream`
 * flag (nullable-stream: 3.1 `anyOf`, `oneOf`, type list; streams-30: 3.0 `nullable: true`) gets the overloads of a
 * plain one, and a 3.0 event stream's `schema` types its items.
 */
describe('nullable stream flags and 3.0 event-stream schemas (fixture goldens)', () => {
  beforeAll(async () => {
    await materializeGolden('nullable-stream', join(ROOT, '.tmp/typecheck/golden-nullable-stream'));
    await materializeGolden('streams-30', join(ROOT, '.tmp/typecheck/golden-streams-30'));
  });

  it('stream: true gives the stream type; false, null or absent the JSON result; an undecided flag either', () => {
    const source = `import { NullableStreamClient as NullableStream, type Stream, type Completion, type CompletionChunk } from './golden-nullable-stream/src/index.js';
import { Streams30Client as Streams30, type Stream as Stream30, type ChatCompletion, type ChatCompletionChunk } from './golden-streams-30/src/index.js';
declare const client: NullableStream;
declare const client30: Streams30;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const check = <T extends true>(): T => true as T;
export async function anyOfFlag(flag: boolean | null) {
  const streamed = await client.completions.create({ prompt: 'Hi', stream: true });
  check<Same<typeof streamed, Stream<CompletionChunk>>>();
  for await (const chunk of streamed) void chunk.delta;
  const viaNull = await client.completions.create({ prompt: 'Hi', stream: null });
  check<Same<typeof viaNull, Completion>>();
  const viaFalse = await client.completions.create({ prompt: 'Hi', stream: false });
  check<Same<typeof viaFalse, Completion>>();
  const omitted = await client.completions.create({ prompt: 'Hi' });
  check<Same<typeof omitted, Completion>>();
  const undecided = await client.completions.create({ prompt: 'Hi', stream: flag });
  check<Same<typeof undecided, Completion | Stream<CompletionChunk>>>();
}
export async function oneOfAndTypeList() {
  const edit = await client.edits.create({ input: 'x', stream: true });
  check<Same<typeof edit, Stream<unknown>>>();
  const editJson = await client.edits.create({ input: 'x', stream: null });
  check<Same<typeof editJson, Completion>>();
  const summary = await client.summaries.create({ text: 'x', stream: true });
  check<Same<typeof summary, Stream<unknown>>>();
  const summaryJson = await client.summaries.create({ text: 'x', stream: null });
  check<Same<typeof summaryJson, Completion>>();
}
export async function nullable30() {
  const messages = [{ role: 'user', content: 'Hello' }];
  const streamed = await client30.chat.completions.create({ model: 'm', messages, stream: true });
  check<Same<typeof streamed, Stream30<ChatCompletionChunk>>>();
  const json = await client30.chat.completions.create({ model: 'm', messages, stream: null });
  check<Same<typeof json, ChatCompletion>>();
}
`;
    expect(typeCheck('streams-nullable.ts', source)).toEqual([]);
  });

  it('a 3.0 event stream is typed by its schema: a $ref, an envelope, an array of events, JSON lines; text stays unknown', () => {
    const source = `import { Streams30Client as Streams30, type Stream, type ChatCompletionChunk, type JobEvent, type TailLogsResponse } from './golden-streams-30/src/index.js';
declare const client: Streams30;
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const check = <T extends true>(): T => true as T;
export async function typed() {
  const agent = await client.agents.completions.create({ input: 'Hi' });
  check<Same<typeof agent, Stream<ChatCompletionChunk>>>();
  const events = await client.jobs.events.retrieve('job_1');
  check<Same<typeof events, Stream<JobEvent>>>();
  for await (const event of events) void event.status;
  const logs = await client.logs.retrieve();
  check<Same<typeof logs, Stream<TailLogsResponse>>>();
  const ticks = await client.ticks.retrieve();
  check<Same<typeof ticks, Stream<unknown>>>();
}
`;
    expect(typeCheck('streams-30.ts', source)).toEqual([]);
  });

  it('a null or misspelt stream on the streaming overload, or a chunk read from the JSON result, does not compile', () => {
    const source = `import { NullableStreamClient as NullableStream } from './golden-nullable-stream/src/index.js';
declare const client: NullableStream;
export async function wrong() {
  const completion = await client.completions.create({ prompt: 'Hi', stream: null });
  for await (const chunk of completion) void chunk;
  const streamed = await client.completions.create({ prompt: 'Hi', stream: true });
  void streamed.id;
}
`;
    expect(typeCheck('streams-nullable-wrong.ts', source).map((diagnostic) => diagnostic.line)).toEqual([5, 7]);
  });
});
