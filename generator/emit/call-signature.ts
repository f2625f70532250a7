/**
 * One signature of a call, after the client: what a standalone function takes after `client` and what a resource
 * method takes. Overloads are listed in the order they are written (the most general last: TypeScript reports a
 * failed call against the last overload).
 */
import type { OptionalKind, ParameterDeclarationStructure, TypeParameterDeclarationStructure } from 'ts-morph';

export interface CallArgument {
  name: string;
  type: string;
  optional: boolean;
}

export interface CallSignature {
  typeParameters?: { name: string; constraint: string }[];
  args: CallArgument[];
  /** The whole return type: `APIPromise<…>` for one request, `Promise<…>` for a task helper. */
  returns: string;
  docs?: string;
  /** Resolves to a stream of server-sent events (in whole or in part). */
  streams?: boolean;
}

/** ts-morph parameters of a signature, with the client first for a standalone function. */
export function parametersOf(signature: CallSignature, withClient: boolean): OptionalKind<ParameterDeclarationStructure>[] {
  return [...(withClient ? [{ name: 'client', type: 'APIClient' }] : []), ...signature.args.map((arg) => ({ name: arg.name, type: arg.type, hasQuestionToken: arg.optional }))];
}

export function typeParametersOf(signature: CallSignature): OptionalKind<TypeParameterDeclarationStructure>[] {
  return (signature.typeParameters ?? []).map((parameter) => ({ name: parameter.name, constraint: parameter.constraint }));
}

/** A type expression as an operand of `&` or `[]`: parenthesized unless it is a name. */
export function operand(type: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$.]*(<.*>)?$/.test(type) && !type.includes('|') ? type : `(${type})`;
}
