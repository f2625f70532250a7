/**
 * What a tool call returns to the agent: JSON results as structured content with a text rendering, cut to a
 * bounded size with a note of what was cut; errors as tool errors (`isError`) with what an agent can act on (the
 * HTTP status, the server's message, the request id), never with the credential.
 */
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';

/** Longest text rendering of a result, in characters (the structured content is left out past it). */
export const DEFAULT_MAX_RESULT_CHARS = 50_000;
/** Most items collected from a streamed result. */
export const MAX_STREAM_ITEMS = 10_000;

/** The text with every secret replaced by `[REDACTED]`. */
export type Scrub = (text: string) => string;

export function scrubberOf(secrets: readonly (string | undefined)[]): Scrub {
  const forms = [
    ...new Set(
      secrets
        .filter((secret): secret is string => Boolean(secret))
        .flatMap((secret) => [secret, encodeURIComponent(secret)]),
    ),
  ].sort((a, b) => b.length - a.length);
  return (text) => forms.reduce((current, secret) => current.split(secret).join('[REDACTED]'), text);
}

/** A streamed result (an async iterable) collected into its items; others as they are. */
export async function collected(value: unknown): Promise<unknown> {
  if (value === null || typeof value !== 'object' || !(Symbol.asyncIterator in value)) return value;
  const items: unknown[] = [];
  for await (const item of value as AsyncIterable<unknown>) {
    if (items.length === MAX_STREAM_ITEMS) return { items, truncated: `stopped after ${MAX_STREAM_ITEMS} items` };
    items.push(item);
  }
  return { items };
}

/** A successful result: structured content (an object: other values are wrapped as `{ result }`) and its JSON text. */
export function successResult(value: unknown, scrub: Scrub, maxChars = DEFAULT_MAX_RESULT_CHARS): CallToolResult {
  const structured =
    value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : { result: value ?? null };
  const text = scrub(JSON.stringify(structured, null, 2));
  if (text.length <= maxChars)
    return { content: [{ type: 'text', text }], structuredContent: JSON.parse(scrub(JSON.stringify(structured))) };
  const note = `[truncated: showing ${maxChars} of ${text.length} characters of the JSON result]`;
  return { content: [{ type: 'text', text: `${text.slice(0, maxChars)}\n${note}` }] };
}

/** What the SDK's API errors carry. */
export interface ApiErrorLike {
  status: number;
  message: string;
  body?: unknown;
  requestId?: string;
}

/** The server's own message in an error body (`{ error: { message } }`, `{ message }`, `{ error: '…' }`), if any. */
export function serverMessage(body: unknown): string | undefined {
  if (typeof body === 'string') return body.trim() || undefined;
  if (body === null || typeof body !== 'object') return undefined;
  const record = body as Record<string, unknown>;
  const error = record.error;
  if (typeof error === 'string') return error;
  if (error && typeof error === 'object' && typeof (error as Record<string, unknown>).message === 'string')
    return (error as Record<string, string>).message;
  if (typeof record.message === 'string') return record.message;
  if (typeof record.detail === 'string') return record.detail;
  return undefined;
}

export function errorResult(message: string, details: Record<string, unknown>, scrub: Scrub): CallToolResult {
  return {
    isError: true,
    content: [{ type: 'text', text: scrub(message) }],
    structuredContent: JSON.parse(scrub(JSON.stringify({ error: { message, ...details } }))),
  };
}

/** An error thrown by the SDK as a tool error: API errors with status and request id, others with their name. */
export function failureResult(error: unknown, isAPIError: (error: unknown) => boolean, scrub: Scrub): CallToolResult {
  if (isAPIError(error)) {
    const apiError = error as ApiErrorLike;
    const message = serverMessage(apiError.body) ?? apiError.message;
    const requestId = apiError.requestId ?? null;
    return errorResult(
      `HTTP ${apiError.status}: ${message}${requestId ? ` (request id: ${requestId})` : ''}`,
      { status: apiError.status, requestId },
      scrub,
    );
  }
  const failure = error instanceof Error ? error : new Error(String(error));
  const extra: Record<string, unknown> = { type: failure.name };
  // A task that failed or ran out of time carries its last state: the agent can read why, or poll it again.
  for (const key of ['taskId', 'status', 'task'] as const) {
    const value = (failure as unknown as Record<string, unknown>)[key];
    if (value !== undefined) extra[key] = value;
  }
  return errorResult(`${failure.name}: ${failure.message}`, extra, scrub);
}
