/** Tool results: structured content and text, cut with a note, streams collected, errors as tool errors, secrets scrubbed. */
import { describe, expect, it } from 'vitest';
import { collected, errorResult, failureResult, scrubberOf, serverMessage, successResult } from '../../../../../templates/mcp/src/runtime/results.ts';

const none = scrubberOf([]);

describe('successResult', () => {
  it.each([
    [{ a: 1 }, { a: 1 }],
    [[1, 2], { result: [1, 2] }],
    ['text', { result: 'text' }],
    [undefined, { result: null }],
  ])('%j → structured %j', (value, want) => {
    const result = successResult(value, none);
    expect(result.structuredContent).toEqual(want);
    expect(JSON.parse((result.content[0] as { text: string }).text)).toEqual(want);
  });

  it('cuts a long result, says what was cut, and leaves the structured content out', () => {
    const result = successResult({ text: 'x'.repeat(500) }, none, 100);
    const text = (result.content[0] as { text: string }).text;
    expect(text).toMatch(/\n\[truncated: showing 100 of \d+ characters of the JSON result\]$/);
    expect(text.length).toBeLessThan(200);
    expect(result.structuredContent).toBeUndefined();
  });
});

describe('collected', () => {
  it('collects an async iterable, and leaves other values alone', async () => {
    async function* items() {
      yield 1;
      yield 2;
    }
    expect(await collected(items())).toEqual({ items: [1, 2] });
    expect(await collected({ a: 1 })).toEqual({ a: 1 });
    expect(await collected(null)).toBeNull();
  });
});

describe('serverMessage', () => {
  it.each([
    [{ error: { message: 'bad model' } }, 'bad model'],
    [{ error: 'bad model' }, 'bad model'],
    [{ message: 'bad model' }, 'bad model'],
    [{ detail: 'bad model' }, 'bad model'],
    ['bad model', 'bad model'],
    [{ code: 1 }, undefined],
    [null, undefined],
  ])('%j → %j', (body, want) => expect(serverMessage(body)).toBe(want));
});

describe('failureResult', () => {
  const isAPIError = (error: unknown) => error instanceof Error && 'requestId' in error;
  it('an API error: status, server message, request id', () => {
    const error = Object.assign(new Error('POST /x failed with status 429'), { status: 429, body: { error: { message: 'slow down' } }, requestId: 'r1' });
    expect(failureResult(error, isAPIError, none)).toEqual({
      isError: true,
      content: [{ type: 'text', text: 'HTTP 429: slow down (request id: r1)' }],
      structuredContent: { error: { message: 'HTTP 429: slow down (request id: r1)', status: 429, requestId: 'r1' } },
    });
  });

  it('another error: its name and message, with the task it carries', () => {
    const error = Object.assign(new Error('Task t1 ended with status "failed"'), { name: 'TaskFailedError', taskId: 't1', status: 'failed', task: { id: 't1' } });
    expect(failureResult(error, isAPIError, none).structuredContent).toEqual({
      error: { message: 'TaskFailedError: Task t1 ended with status "failed"', type: 'TaskFailedError', taskId: 't1', status: 'failed', task: { id: 't1' } },
    });
  });
});

describe('scrubberOf', () => {
  it('replaces every secret, plain and percent-encoded, in results and errors', () => {
    const scrub = scrubberOf(['sk/1+2', undefined]);
    expect(scrub('key sk/1+2 and sk%2F1%2B2')).toBe('key [REDACTED] and [REDACTED]');
    expect(JSON.stringify(errorResult('echo sk/1+2', {}, scrub))).not.toContain('sk/1+2');
  });
});
