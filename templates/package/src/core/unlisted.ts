/**
 * Open values: a field whose values the server extends over time (a model) lists the ones this SDK knew when it
 * was generated, and also takes `unlisted('…')` for one it did not know. The value is sent as it is; the server
 * judges it.
 */

/** A value the SDK does not list — a model the API added after this SDK was generated — written with {@link unlisted}. It is sent as it is; the server judges it. */
export type Unlisted = string & { readonly __unlisted: true };

/** Sends a value this SDK does not list, as it is: `client.chat.completions.create({ model: unlisted('new-model'), messages })`. Nothing checks it against the listed values. */
export function unlisted(value: string): Unlisted {
  return value as Unlisted;
}
