/**
 * A failure the user can act on: what went wrong, where (file, line, JSON pointer) and how to fix it.
 * The CLI prints these without a stack trace and exits 1; anything else is a bug and keeps its stack.
 */
export interface SourceLocation {
  file: string;
  /** JSON pointer into the document, e.g. `#/paths/~1v1~1videos/post`. */
  pointer?: string;
  /** 1-based line, when the document text is known. */
  line?: number;
  column?: number;
}

export class GeneratorError extends Error {
  constructor(
    message: string,
    readonly location: SourceLocation | undefined,
    readonly hint: string,
  ) {
    super(message);
    this.name = 'GeneratorError';
  }

  /** Multi-line, human-oriented rendering used by the CLI. */
  format(): string {
    const lines = [`error: ${this.message}`];
    if (this.location) lines.push(`  at ${formatLocation(this.location)}`);
    lines.push(`  hint: ${this.hint}`);
    return lines.join('\n');
  }
}

export function formatLocation(location: SourceLocation): string {
  let text = location.file;
  if (location.line !== undefined) text += `:${location.line}${location.column !== undefined ? `:${location.column}` : ''}`;
  if (location.pointer !== undefined) text += ` (${location.pointer})`;
  return text;
}

/**
 * What a warning is about, the same for every warning of its kind: a stable `id` (what a config acknowledges, so
 * it never changes once released) and `summary`, the line that stands for all of them in the default report.
 */
export interface WarningKind {
  id: string;
  summary: string;
}

/** A problem that does not stop generation (e.g. a JSON Schema keyword outside the declared OpenAPI version). */
export interface GeneratorWarning {
  kind: WarningKind;
  /** This occurrence, with its particulars (which keyword, which values). */
  message: string;
  location: SourceLocation;
}
