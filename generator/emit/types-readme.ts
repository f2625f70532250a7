/**
 * What the README of a types-only package shows (an API without operations: a schema library, or webhooks only):
 * every exported type with the first sentence of its description, and one compiling use of a type.
 */
import type { SurfaceApi } from '../surface/types.ts';
import { sentByText } from './models-file.ts';

export interface TypesReadme {
  /** Every exported type, in models.ts order, with a one-line summary (may be empty). */
  types: { name: string; summary: string }[];
  /** A type to show in the usage example (the first object type, else the first type); none for an empty package. */
  example?: string;
}

/** The first sentence (or line) of a description, for a table cell. */
export function firstSentence(text: string | undefined): string {
  const line = (text ?? '').trim().split(/\n/)[0]!.trim();
  const end = /[.!?](\s|$)/.exec(line);
  return end ? line.slice(0, end.index + 1) : line;
}

export function typesReadmeContext(api: SurfaceApi): TypesReadme {
  const types = api.schemas.flatMap((schema) => {
    const sent = schema.sentBy ? `${sentByText(schema.sentBy, (text) => text)}.` : '';
    const summary = firstSentence(schema.type.docs?.description ?? schema.type.docs?.title) || sent;
    return [{ name: schema.name, summary }, ...(schema.requestName ? [{ name: schema.requestName, summary }] : [])];
  });
  const example = (api.schemas.find((schema) => schema.type.kind === 'object') ?? api.schemas[0])?.name;
  return { types, ...(example !== undefined && { example }) };
}
