// Generated from the OpenAPI document by the SDK generator. Do not edit: regenerate instead.
/**
 * Keeps the credentials out of errors. A server may echo one (`invalid key sk-…`) in an error body, a header or a
 * low-level error message; every such text passes through here before an error is built from it.
 */
export class Redactor {
  /** Each credential in every form it can travel in: as is, JSON-escaped, percent-encoded, base64 (Basic auth). */
  readonly #secrets: string[];

  constructor(secrets: readonly (string | undefined)[]) {
    const forms = new Set<string>();
    for (const secret of secrets) {
      if (!secret) continue;
      forms.add(secret);
      forms.add(JSON.stringify(secret).slice(1, -1));
      forms.add(encodeURIComponent(secret));
      try {
        forms.add(btoa(secret));
      } catch {
        // Not Latin-1: it cannot be sent as Basic credentials either.
      }
    }
    this.#secrets = [...forms].filter(Boolean).sort((a, b) => b.length - a.length);
  }

  /** The text with every form of every credential replaced by `[REDACTED]`. */
  readonly text = (text: string): string => {
    for (const secret of this.#secrets) if (text.includes(secret)) text = text.split(secret).join('[REDACTED]');
    return text;
  };

  /** Whether the text holds a credential in any of its forms. */
  readonly holdsSecret = (text: string): boolean => this.#secrets.some((secret) => text.includes(secret));

  /** The headers themselves, or a redacted copy when a value carries a credential. */
  headers(headers: Headers): Headers {
    if (!this.#secrets.length) return headers;
    let clean: Headers | undefined;
    headers.forEach((value, name) => {
      const redacted = this.text(value);
      if (redacted !== value) (clean ??= new Headers(headers)).set(name, redacted);
    });
    return clean ?? headers;
  }

  /** Whether an error (its message, stack or causes) mentions a credential, so it must not be kept as a `cause`. */
  mentionedIn(error: unknown, depth = 0): boolean {
    if (!this.#secrets.length || depth > 6 || error === null || error === undefined) return false;
    if (typeof error !== 'object') return this.text(String(error)) !== String(error);
    const { message, stack, cause, errors } = error as {
      message?: unknown;
      stack?: unknown;
      cause?: unknown;
      errors?: unknown;
    };
    for (const text of [message, stack]) if (typeof text === 'string' && this.text(text) !== text) return true;
    if (Array.isArray(errors) && errors.some((item) => this.mentionedIn(item, depth + 1))) return true;
    return this.mentionedIn(cause, depth + 1);
  }
}

/** The scheme and `//`, then the userinfo: everything up to the last `@` before the path, query or fragment. */
const USERINFO = /^([a-z][a-z0-9+.-]*:\/\/)[^/?#]*@/i;

/**
 * A URL with its userinfo (`user:password@`) replaced by `[REDACTED]@`, for messages about a URL that carries a
 * credential there. Works on text that does not parse as a URL too.
 */
export function redactUserinfo(url: string): string {
  return url.replace(USERINFO, '$1[REDACTED]@');
}

/** Whether a URL names a user or a password before its host (`https://user:secret@host`). */
export function hasUserinfo(url: string): boolean {
  return USERINFO.test(url);
}
