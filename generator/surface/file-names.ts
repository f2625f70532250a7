/**
 * File names of the modules the surface lays out from spec text (one per tag in `src/operations/`, one per
 * resource in `src/resources/`). Spec text is never a file name as it is: a package is checked out on file
 * systems that limit a name's length (255 bytes), ignore case (macOS, Windows) and reserve device names
 * (Windows opens the console for `con.ts`, whatever the extension). So a planned name is kebab-case ASCII
 * (letters, digits, `-`), at most MAX_FILE_STEM characters (a longer one is cut and ends in a hash of the whole,
 * so it stays stable and distinct), unique in its folder ignoring case, and never a device name or a word the
 * folder reserves. The same names in the same order always give the same files.
 */
import { createHash } from 'node:crypto';
import { kebabCase, RESERVED_WORDS } from './names.ts';

/** The longest stem (the name without `.ts`) a planned file gets before its dedup number: far below 255 bytes, and short enough for Windows' 260-character paths. */
export const MAX_FILE_STEM = 64;

/** The characters of the hash that ends a shortened stem. */
const HASH_LENGTH = 8;

/** Names Windows reserves for devices, in any case and with any extension. */
const WINDOWS_DEVICE_NAMES: ReadonlySet<string> = new Set([
  'con',
  'prn',
  'aux',
  'nul',
  ...Array.from({ length: 10 }, (_, digit) => `com${digit}`),
  ...Array.from({ length: 10 }, (_, digit) => `lpt${digit}`),
]);

/** Names no module in a folder may take: the folder's own entry (`index`), words that confuse readers as module names, and the device names. */
const RESERVED_STEMS: ReadonlySet<string> = new Set(['index', ...RESERVED_WORDS, ...WINDOWS_DEVICE_NAMES]);

/** `text` as a stem of at most MAX_FILE_STEM characters: cut at a word, then `-` and a hash of the whole stem. */
export function fileStem(text: string): string {
  const stem = kebabCase(text);
  if (stem.length <= MAX_FILE_STEM) return stem;
  const hash = createHash('sha256').update(stem).digest('hex').slice(0, HASH_LENGTH);
  return `${stem.slice(0, MAX_FILE_STEM - HASH_LENGTH - 1).replace(/-+$/, '')}-${hash}`;
}

/** The file names of one folder, claimed in a fixed order. */
export class FileNameRegistry {
  /** Claimed stems, lower-case: `Pet.ts` and `pet.ts` are one file where case is ignored. */
  private readonly taken = new Set<string>();

  /** A stem for `text` that no earlier claim in this folder has, in any case. */
  claim(text: string): string {
    const stem = fileStem(text);
    const usable = (name: string) => !RESERVED_STEMS.has(name.toLowerCase()) && !this.taken.has(name.toLowerCase());
    // A reserved stem gets `_` (`class_`, `con_`); a taken one the first free number (`pet2`; never `com2`).
    let name = RESERVED_STEMS.has(stem) ? `${stem}_` : stem;
    for (let n = 2; !usable(name); n++) name = `${stem}${n}`;
    this.taken.add(name.toLowerCase());
    return name;
  }
}
