/** One line per change, in the SDK's terms (operation and type names), as Markdown. */
import type { ApiChange } from './types.ts';

/** Inline code that backticks in the text cannot close early. */
export function code(text: string): string {
  const clean = text.replace(/\s+/g, ' ');
  const longest = Math.max(0, ...(clean.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${clean.startsWith('`') || clean.endsWith('`') ? ` ${clean} ` : clean}${fence}`;
}

const value = (change: Pick<ApiChange, 'value'>) => code(JSON.stringify(change.value ?? null));

function sideWord(change: Pick<ApiChange, 'side'>): string {
  return change.side === 'request' ? 'request ' : change.side === 'response' ? 'response ' : '';
}

export function changeMessage(change: Omit<ApiChange, 'message' | 'severity' | 'operations'>): string {
  const subject = code(change.subject);
  const endpoint = change.endpoint ? code(change.endpoint) : '';
  switch (change.rule) {
    case 'operation-added':
      return `new operation ${subject} (${endpoint})`;
    case 'operation-removed':
      return `operation ${subject} (${endpoint}) was removed`;
    case 'operation-renamed':
      return `operation ${code(change.before ?? '')} was renamed to ${subject} (${endpoint})`;
    case 'operation-moved':
      return `operation ${subject} now calls ${code(change.after ?? '')} (was ${code(change.before ?? '')}); its name and types are unchanged`;
    case 'operation-deprecated':
      return `operation ${subject} is deprecated`;
    case 'variant-added':
    case 'variant-removed': {
      const models = change.models?.length ? ` (model${change.models.length > 1 ? 's' : ''} ${change.models.map(code).join(', ')})` : '';
      return change.rule === 'variant-added' ? `new endpoint variant ${endpoint}: operation ${subject}${models}` : `endpoint variant ${endpoint} was removed: operation ${subject}${models}`;
    }
    case 'parameter-added':
      return `new ${change.required ? 'required' : 'optional'} parameter ${subject}`;
    case 'parameter-removed':
      return `parameter ${subject} was removed`;
    case 'parameter-became-required':
      return `parameter ${subject} is now required`;
    case 'parameter-became-optional':
      return `parameter ${subject} is now optional`;
    case 'request-body-added':
      return `${subject} now takes a${change.required ? ' required' : 'n optional'} request body`;
    case 'request-body-removed':
      return `${subject} no longer takes a request body`;
    case 'request-body-became-required':
      return `the request body of ${subject} is now required`;
    case 'request-body-became-optional':
      return `the request body of ${subject} is now optional`;
    case 'media-type-added':
      return change.side === 'request'
        ? `the request body of ${subject} may now be sent as ${code(change.mediaType ?? '')}`
        : `response ${change.status} of ${subject} may now be ${code(change.mediaType ?? '')}`;
    case 'media-type-removed':
      return change.side === 'request'
        ? `the request body of ${subject} can no longer be sent as ${code(change.mediaType ?? '')}`
        : `response ${change.status} of ${subject} is no longer ${code(change.mediaType ?? '')}`;
    case 'response-added':
      return `${subject} has a new response ${change.status}${change.returnTypeChanged ? ', which changes what it returns' : ''}`;
    case 'response-removed':
      return `response ${change.status} of ${subject} was removed${change.returnTypeChanged ? '; it has no success response left' : ''}`;
    case 'field-added':
      if (change.side === 'response') return `new response field ${subject}${change.after ? ` (${code(change.after)})` : ''}`;
      return `new ${change.required ? 'required' : 'optional'} ${sideWord(change)}field ${subject}${change.after ? ` (${code(change.after)})` : ''}`;
    case 'field-removed':
      return `${change.required && change.side === 'request' ? 'required ' : change.side === 'request' ? 'optional ' : ''}${sideWord(change)}field ${subject} was removed`;
    case 'field-became-required':
      return change.side === 'response' ? `response field ${subject} is now always present` : `${sideWord(change)}field ${subject} is now required`;
    case 'field-became-optional':
      return change.side === 'response' ? `response field ${subject} may now be missing` : `${sideWord(change)}field ${subject} is now optional`;
    case 'enum-value-added':
      return change.side === 'request' ? `${subject} accepts the new value ${value(change)}` : `${subject} has the new value ${value(change)}`;
    case 'enum-value-removed':
      return `value ${value(change)} of ${subject} was removed`;
    case 'model-value-added':
      return `new model ${value(change)} in ${subject}`;
    case 'model-value-removed':
      return `model ${value(change)} is no longer accepted in ${subject}`;
    case 'nullable-added':
      return `${sideWord(change)}${subject} may now be \`null\``;
    case 'nullable-removed':
      return `${sideWord(change)}${subject} is no longer nullable`;
    case 'union-variant-added':
      return `${subject} has a new alternative ${code(change.after ?? '')}`;
    case 'union-variant-removed':
      return `alternative ${code(change.before ?? '')} of ${subject} was removed`;
    case 'additional-properties-allowed':
      return `${subject} now allows keys besides its fields`;
    case 'additional-properties-disallowed':
      return `${subject} no longer allows keys besides its fields`;
    case 'type-changed':
      return `${sideWord(change)}${subject} changed type: ${code(change.before ?? '')} → ${code(change.after ?? '')}`;
    case 'type-added':
      return `new type ${subject}`;
    case 'type-removed':
      return `type ${subject} was removed`;
    case 'type-renamed':
      return `type ${code(change.before ?? '')} was renamed to ${subject}`;
    case 'docs-changed':
      return `documentation of ${subject} changed${change.details?.length ? ` (${change.details.join(', ')})` : ''}`;
    case 'security-changed':
      return `authentication of ${subject} changed: ${code(change.before ?? '')} → ${code(change.after ?? '')}`;
    case 'base-url-changed':
      return `the default base URL changed: ${code(change.before ?? '')} → ${code(change.after ?? '')}`;
  }
}
