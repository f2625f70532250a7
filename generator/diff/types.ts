/**
 * The API diff's vocabulary. A change is a fact about the SDK's surface (a `rule` plus the data it concerns),
 * found by comparing two IR models; `classify.ts` decides what it means for users (its severity).
 */
import type { LiteralValue } from '../ir/types.ts';

/** `breaking`: code written against the old SDK may stop compiling or working → major version. */
export type Severity = 'breaking' | 'non-breaking' | 'patch';

/** The semver part a set of changes calls for. */
export type Bump = 'major' | 'minor' | 'patch';

/**
 * Which way data flows where the change was seen: into the server (request bodies, parameters) or out of it
 * (responses). `both` after merging: a type used on both sides, or a type no operation uses.
 */
export type Side = 'request' | 'response' | 'both';

export const RULES = [
  // Operations and endpoint variants.
  'operation-added',
  'operation-removed',
  'operation-renamed',
  'operation-moved',
  'operation-deprecated',
  'variant-added',
  'variant-removed',
  // Parameters.
  'parameter-added',
  'parameter-removed',
  'parameter-became-required',
  'parameter-became-optional',
  // Request bodies and responses as a whole.
  'request-body-added',
  'request-body-removed',
  'request-body-became-required',
  'request-body-became-optional',
  'media-type-added',
  'media-type-removed',
  'response-added',
  'response-removed',
  // Fields, values and types, wherever they occur.
  'field-added',
  'field-removed',
  'field-became-required',
  'field-became-optional',
  'enum-value-added',
  'enum-value-removed',
  'model-value-added',
  'model-value-removed',
  'nullable-added',
  'nullable-removed',
  'union-variant-added',
  'union-variant-removed',
  'additional-properties-allowed',
  'additional-properties-disallowed',
  'type-changed',
  // Validation the types do not show, judged on the wire.
  'constraint-changed',
  'default-changed',
  'const-changed',
  'wrapped-in-one-of',
  'all-of-member-added',
  'all-of-member-removed',
  // Named (exported) types.
  'type-added',
  'type-removed',
  'type-renamed',
  // No effect on the SDK's types.
  'docs-changed',
  'security-changed',
  'base-url-changed',
  'server-added',
  'server-removed',
] as const;

export type ChangeRule = (typeof RULES)[number];

/** A change as the comparison finds it, before classification. */
export interface RawChange {
  rule: ChangeRule;
  /** Only for rules whose meaning depends on the direction of data. */
  side?: 'request' | 'response';
  /**
   * What changed, in SDK terms: an operation name (`createVeoOpenAIVideoTask`), a type member
   * (`VeoVideoCreateRequest.model`, `GetTaskParams.limit`) or a part of an operation (`createX body`).
   */
  subject: string;
  /** The operation whose comparison found it (several after merging). */
  operation?: string;
  /** The enum / model value added or removed. */
  value?: LiteralValue;
  /** A response status, for response-level rules. */
  status?: string;
  /** A media type, for media-type rules. */
  mediaType?: string;
  /** For added fields, parameters and bodies: whether callers must now provide it. */
  required?: boolean;
  /** For type changes: does every old value still fit (widened), does every new value fit the old type (narrowed)? */
  widened?: boolean;
  narrowed?: boolean;
  /**
   * For a success (2xx) response added or removed: whether the operation's return type changes in a way callers
   * must handle — a new shape among the results, or no success response left.
   */
  returnTypeChanged?: boolean;
  /** Short renderings of the old and new state (type expressions, names, endpoints). */
  before?: string;
  after?: string;
  /** `METHOD /path#fragment` of the operation concerned, for operation and variant rules. */
  endpoint?: string;
  /** Model values a new or removed variant accepts. */
  models?: string[];
  /** What a docs change touched (summary, description, tags, …). */
  details?: string[];
  /** For constraint changes: the keyword (`maxLength`, `minimum`, `pattern`, …). */
  keyword?: string;
  /**
   * For a `pattern` change of a string alternative beside listed values, which the SDK types by its pattern (a
   * template literal type, or `(string & {})`: emit/pattern-template.ts): the SDK's type before and after.
   */
  sdkType?: { before: string; after: string };
  /** The position is a parameter's value (its default decides what the server assumes when none is sent). */
  parameter?: boolean;
  /** For union alternatives: the union is a `oneOf` (a value matches exactly one alternative). */
  exclusive?: boolean;
  /** For a `oneOf` wrapping: no value can match two of its alternatives. */
  disjoint?: boolean;
  /** For allOf members: the member only annotates (a description), it constrains nothing. */
  annotationOnly?: boolean;
  /** A field that appears or disappears on one side because it became (or stopped being) read-only or write-only. */
  visibility?: 'now read-only' | 'now write-only' | 'no longer read-only' | 'no longer write-only';
  /** For removals: the removed thing was deprecated, and since when / until when when the spec says. */
  deprecated?: { since?: string; sunset?: string };
}

/** The two ways a change is judged; a change's severity is the worse of the two. */
export interface Verdicts {
  /** Does code written against the old generated SDK still compile and behave? */
  sdk: Severity;
  /** Does a request the old spec allowed still pass, does a response the new spec allows still fit the old promise? */
  wire: Severity;
}

export interface ApiChange {
  rule: ChangeRule;
  severity: Severity;
  subject: string;
  side?: Side;
  /** SDK operations affected, sorted. */
  operations: string[];
  value?: LiteralValue;
  status?: string;
  mediaType?: string;
  required?: boolean;
  returnTypeChanged?: boolean;
  before?: string;
  after?: string;
  endpoint?: string;
  models?: string[];
  details?: string[];
  keyword?: string;
  sdkType?: RawChange['sdkType'];
  parameter?: boolean;
  exclusive?: boolean;
  disjoint?: boolean;
  annotationOnly?: boolean;
  visibility?: RawChange['visibility'];
  deprecated?: RawChange['deprecated'];
  /** The verdict of each view. */
  verdicts: Verdicts;
  /** For a breaking change: which view made it breaking, and why, in one short clause. */
  breaks?: { view: 'sdk' | 'wire' | 'sdk and wire'; reason: string };
  /** One line in SDK terms. */
  message: string;
  /** A consequence worth knowing even though the change is not classified breaking. */
  caution?: string;
}

export interface ApiDiff {
  from: { title: string; version: string };
  to: { title: string; version: string };
  /** `METHOD /path#fragment` of every operation named in a change (new version first, else old). */
  endpoints: Record<string, string>;
  counts: Record<Severity, number>;
  bump: Bump;
  changes: ApiChange[];
}
