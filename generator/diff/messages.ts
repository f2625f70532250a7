/** One line per change, in the SDK's terms (operation and type names), as Markdown; and why a breaking one breaks. */
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

type Described = Omit<ApiChange, 'message' | 'severity' | 'operations' | 'verdicts' | 'breaks'>;

/** ` (deprecated since 2025-01-01, sunset 2025-06-30)` for removals of deprecated things. */
function deprecationNote(change: Pick<ApiChange, 'deprecated'>): string {
  if (!change.deprecated) return '';
  const { since, sunset } = change.deprecated;
  return ` (it was deprecated${since ? ` since ${since}` : ''}${sunset ? `, sunset ${sunset}` : ''})`;
}

export function changeMessage(change: Described): string {
  return `${baseMessage(change)}${change.rule.endsWith('-removed') ? deprecationNote(change) : ''}`;
}

function baseMessage(change: Described): string {
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
      return change.rule === 'variant-added'
        ? `new endpoint variant ${endpoint}: operation ${subject}${models}`
        : `endpoint variant ${endpoint} was removed: operation ${subject}${models}`;
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
      if (change.visibility)
        return `${sideWord(change)}field ${subject} is ${change.visibility}: ${change.side === 'response' ? 'responses now carry it' : `requests ${change.required ? 'must' : 'may'} now carry it`}`;
      if (change.side === 'response') return `new response field ${subject}${change.after ? ` (${code(change.after)})` : ''}`;
      return `new ${change.required ? 'required' : 'optional'} ${sideWord(change)}field ${subject}${change.after ? ` (${code(change.after)})` : ''}`;
    case 'field-removed':
      if (change.visibility)
        return `${sideWord(change)}field ${subject} is ${change.visibility}: ${change.side === 'response' ? 'responses no longer carry it' : 'requests no longer carry it'}`;
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
    case 'constraint-changed': {
      const typed = change.sdkType ? `; its SDK type ${code(change.sdkType.before)} → ${code(change.sdkType.after)}` : '';
      return `${sideWord(change)}${subject}: \`${change.keyword}\` ${code(change.before ?? 'none')} → ${code(change.after ?? 'none')}${typed}`;
    }
    case 'default-changed':
      return `the default of ${change.parameter ? 'parameter ' : ''}${subject} changed: ${code(change.before ?? 'none')} → ${code(change.after ?? 'none')}`;
    case 'const-changed':
      return `${sideWord(change)}${subject} changed its fixed value: ${code(change.before ?? '')} → ${code(change.after ?? '')}`;
    case 'wrapped-in-one-of':
      return `${sideWord(change)}${subject} is now a \`oneOf\`: ${code(change.before ?? '')} → ${code(change.after ?? '')}`;
    case 'all-of-member-added':
      if (change.annotationOnly) return `${sideWord(change)}${subject} has a new \`allOf\` entry that only documents it`;
      return `${sideWord(change)}${subject} must now also match ${code(change.after ?? '')} (\`allOf\`)`;
    case 'all-of-member-removed':
      if (change.annotationOnly) return `${sideWord(change)}${subject} lost an \`allOf\` entry that only documented it`;
      return `${sideWord(change)}${subject} no longer has to match ${code(change.before ?? '')} (\`allOf\`)`;
    case 'server-added':
      return `new server ${code(change.after ?? '')}`;
    case 'server-removed':
      return `server ${code(change.before ?? '')} is no longer listed`;
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

/** `CreateUserBody.name` → `name`, `GetParams.limit` → `limit`, `getTask(taskId)` → `taskId`, `Video.results[].url` → `url`. */
function fieldOf(subject: string): string {
  const argument = /\((\w+)\)$/.exec(subject);
  if (argument) return argument[1]!;
  const match = /(?:\.([A-Za-z_$][\w$]*)|\[("(?:[^"\\]|\\.)*")\])(?:\[\])*$/.exec(subject);
  if (!match) return subject;
  return match[1] ?? (JSON.parse(match[2]!) as string);
}

const UNITS: Record<string, string> = { Length: 'characters', Items: 'items', Properties: 'keys' };

/** What values a constraint now lets through (response) or refuses (request), for the reason clause. */
function constraintClause(change: Pick<ApiChange, 'keyword' | 'before' | 'after' | 'side'>, field: string): string {
  const { keyword = '', before = 'none', after = 'none' } = change;
  const request = change.side !== 'response';
  const count = /^(min|max)(Length|Items|Properties)$/.exec(keyword);
  if (count) {
    const unit = UNITS[count[2]!]!;
    const [limit, word] = count[1] === 'min' ? [request ? after : before, 'fewer'] : [request ? after : before, 'more'];
    if (request) return `the server now rejects ${code(field)} with ${word} than ${limit} ${unit}`;
    return limit === 'none' ? `responses may now carry any ${code(field)}` : `responses may now carry ${code(field)} with ${word} than ${limit} ${unit}`;
  }
  if (keyword === 'minimum' || keyword === 'maximum') {
    return request ? `the server now rejects ${code(field)} that is not ${after}` : `responses may now carry ${code(field)} that is not ${before}`;
  }
  if (keyword === 'multipleOf')
    return request ? `the server now accepts only multiples of ${after} for ${code(field)}` : `responses may now carry ${code(field)} that is not a multiple of ${before}`;
  if (keyword === 'uniqueItems') return request ? `the server now rejects ${code(field)} with repeated items` : `responses may now carry ${code(field)} with repeated items`;
  if (keyword === 'pattern') return `the server now rejects ${code(field)} that does not match ${code(after)}`;
  if (keyword === 'format')
    return request ? `the server now expects ${code(field)} in format ${code(after)}` : `responses may now carry ${code(field)} outside format ${code(before)}`;
  if (keyword === 'x-extensible-enum')
    return request ? `the server no longer lists some values of ${code(field)} it accepted` : `responses may now carry values of ${code(field)} never listed before`;
  return request
    ? `the server now also checks ${code(field)} against \`${keyword}\` ${code(after)}`
    : `responses may now carry ${code(field)} that the old \`${keyword}\` ${code(before)} excluded`;
}

/** Why a breaking change breaks, in one short clause, from the view that makes it breaking. */
export function breakReason(change: Omit<ApiChange, 'message' | 'breaks'>, view: 'sdk' | 'wire' | 'sdk and wire'): string {
  const field = code(fieldOf(change.subject));
  const request = change.side !== 'response';
  const wire = view === 'wire';
  switch (change.rule) {
    case 'operation-removed':
    case 'variant-removed':
      return 'calls to it no longer compile, and the server no longer serves it';
    case 'operation-renamed':
      return 'code calling the old name no longer compiles';
    case 'type-removed':
    case 'type-renamed':
      return 'code naming the old type no longer compiles';
    case 'parameter-removed':
      return 'code that passes it no longer compiles';
    case 'parameter-added':
      return `the server now rejects calls without ${field}`;
    case 'parameter-became-required':
      return `the server now rejects calls without ${field}`;
    case 'request-body-added':
    case 'request-body-became-required':
      return 'the server now rejects calls without a body';
    case 'request-body-removed':
      return 'code that passes a body no longer compiles';
    case 'media-type-removed':
      return request ? `the server no longer accepts ${code(change.mediaType ?? '')}` : `code reading ${code(change.mediaType ?? '')} gets something else`;
    case 'response-added':
    case 'response-removed':
      return 'the operation’s return type changed';
    case 'field-added':
      return `the server now rejects requests without ${field}`;
    case 'field-removed':
      return request ? `code that sets ${field} no longer compiles` : `code that reads ${field} no longer compiles`;
    case 'field-became-required':
      return `the server now rejects requests without ${field}`;
    case 'field-became-optional':
      return `responses may now lack ${field}`;
    case 'enum-value-removed':
    case 'model-value-removed':
      return `the server now rejects ${field} = ${code(JSON.stringify(change.value ?? null))}`;
    case 'union-variant-removed':
      return `the server now rejects ${field} shaped like ${code(change.before ?? '')}`;
    case 'union-variant-added':
      return `the server may now return ${code(change.after ?? '')}, which clients handling the old alternatives do not know`;
    case 'nullable-added':
      return `responses may now carry \`null\` in ${field}`;
    case 'nullable-removed':
      return `the server now rejects \`null\` in ${field}`;
    case 'additional-properties-disallowed':
      return request ? `the server now rejects keys ${field} does not declare` : `code reading other keys of ${field} no longer compiles`;
    case 'type-changed':
      return request ? `the server now rejects some ${field} values the old type allowed` : `responses may now carry ${field} values the old type did not allow`;
    case 'constraint-changed': {
      const clause = constraintClause(change, fieldOf(change.subject));
      if (!change.sdkType || wire) return clause;
      const typed = `code that ${request ? 'passes' : 'keeps'} ${field} as ${code(change.sdkType.before)} no longer compiles (now ${code(change.sdkType.after)})`;
      return view === 'sdk' ? typed : `${typed}; ${clause}`;
    }
    case 'default-changed':
      return `the server now assumes ${code(change.after ?? 'nothing')} when the client sends no ${field}`;
    case 'const-changed':
      return request ? `the server now rejects ${field} = ${code(change.before ?? '')}` : `responses may now carry ${field} other than ${code(change.before ?? '')}`;
    case 'wrapped-in-one-of':
      return request ? 'an old payload that matches several alternatives now fails `oneOf`' : 'fields the old response always had may now be missing';
    case 'all-of-member-added':
      return `the server now also checks ${field} against ${code(change.after ?? '')}`;
    case 'security-changed':
      return `the server now asks for ${code(change.after ?? '')}`;
    case 'base-url-changed':
    case 'server-removed':
      return `requests sent to ${code(change.before ?? '')} no longer reach a listed server`;
    default:
      return wire ? 'requests the old spec allowed may now be refused' : 'code written against the old SDK may no longer compile';
  }
}
