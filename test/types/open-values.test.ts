/**
 * Open values, as a TypeScript user meets them on the gateway SDK: a model the SDK does not list is written
 * `unlisted('…')` on every call whose `model` is a closed enum (chat, responses, messages, embeddings, music…), a
 * plain string or a misspelt listed model still does not compile, and response types keep the listed values.
 */
import { describe, expect, it } from 'vitest';
import { typeCheck } from '../helpers/compile.ts';

const SDK = '../../generated/imarouter/src/index.js';

describe('open values (unlisted) on the gateway SDK', () => {
  it('compile where the field is open, and only there', () => {
    const lines = [
      `import { ImaRouter, unlisted, type ChatCompletionRequest, type ChatCompletionResponse, type Unlisted } from '${SDK}';`,
      'declare const client: ImaRouter;',
      "const messages = [{ role: 'user' as const, content: 'Hello' }];",
      'type Equals<A, B> = (<T>() => T extends A ? 1 : 2) extends <T>() => T extends B ? 1 : 2 ? true : false;',
      'const exactly = <T extends true>(): T => true as T;',
      "export const chat = () => client.chat.completions.create({ model: unlisted('new-model'), messages });",
      "export const streamed = async () => { const stream = await client.chat.completions.create({ model: unlisted('new-model'), messages, stream: true }); for await (const chunk of stream) void chunk.choices; };",
      "export const listed = () => client.chat.completions.create({ model: 'gpt-4.1-mini', messages });",
      "export const responses = () => client.responses.create({ model: unlisted('gpt-6'), input: 'Hello' });",
      "export const anthropic = () => client.messages.create({ model: unlisted('claude-next'), anthropic_version: 'bedrock-2023-05-31', max_tokens: 16, messages: [{ role: 'user', content: 'Hi' }] });",
      "export const embeddings = () => client.embeddings.create({ model: unlisted('text-embedding-4'), input: 'Hello' });",
      "export const body: ChatCompletionRequest = { model: unlisted('new-model'), messages };",
      "exactly<Equals<Extract<ChatCompletionRequest['model'], Unlisted>, Unlisted>>();",
      '// The response side keeps what the spec says: no Unlisted there.',
      "exactly<Equals<Extract<NonNullable<ChatCompletionResponse['model']>, Unlisted>, never>>();",
      '// @ts-expect-error a plain string is no model: a new one is written unlisted(…)',
      'export const plain = (model: string) => client.chat.completions.create({ model, messages });',
      '// @ts-expect-error a misspelt listed model is still caught',
      "export const typo = () => client.chat.completions.create({ model: 'gpt-4.1-minii', messages });",
      '// @ts-expect-error an open field is not a loose one: the other fields are still checked',
      "export const wrongField = () => client.chat.completions.create({ model: unlisted('new-model'), messages, temperature: 'hot' });",
    ];
    const diagnostics = typeCheck('open-values.ts', lines.join('\n') + '\n');
    expect(diagnostics.map((diagnostic) => `${diagnostic.line}: ${diagnostic.message.split('\n')[0]}`)).toEqual([]);
  }, 240_000);
});
