/**
 * The names the generated package's runtime declares, read from its sources (`templates/package/src/core/`,
 * the static files and the client's base class), never copied into a list: a spec may name a schema or an
 * operation after anything the runtime declares, and the surface renames the spec's, not the runtime's.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const CORE = fileURLToPath(new URL('../../templates/package/src/core/', import.meta.url));

export interface RuntimeNames {
  /** Every top-level name a runtime file exports (types, classes, functions, constants). */
  exported: ReadonlySet<string>;
  /** Members of the client's base class (`request`, `baseURL`, `withResponse`, …): resources must not shadow them. */
  clientMembers: ReadonlySet<string>;
}

const IDENTIFIER = '[A-Za-z_$][\\w$]*';
const DECLARATION = new RegExp(
  `^export\\s+(?:declare\\s+)?(?:abstract\\s+)?(?:async\\s+)?(?:class|function\\*?|const|let|var|interface|type|enum|namespace)\\s+(${IDENTIFIER})`,
  'gm',
);
const NAMED_EXPORTS = /^export\s+(?:type\s+)?\{([^}]*)\}/gm;
const MEMBER = new RegExp(`^  (?:(?:public|protected|private|static|readonly|async|override|declare|abstract|get|set)\\s+)*\\*?(${IDENTIFIER})\\s*[?!]?\\s*[(<:=;]`);
const MODIFIERS = /^(?:public|protected|private|static|readonly|async|override|declare|abstract|get|set)$/;

/**
 * Top-level exported names and the members of exported classes of one TypeScript source. The runtime sources
 * are our own Prettier-formatted code (declarations at the start of a line, class members indented two spaces),
 * so reading them by line is exact for them (test/surface/runtime-names.test.ts compares it with TypeScript's
 * parser on every runtime file) and spares every run loading the TypeScript compiler before emitting.
 */
export function declaredNames(text: string): { exported: string[]; classMembers: Map<string, string[]>; classBases: Map<string, string> } {
  const found: { at: number; name: string }[] = [];
  for (const match of text.matchAll(DECLARATION)) found.push({ at: match.index, name: match[1]! });
  for (const match of text.matchAll(NAMED_EXPORTS)) {
    for (const element of match[1]!.split(',')) {
      const name = /(\S+)\s*$/.exec(element.replace(/^\s*type\s+/, ''))?.[1];
      if (name) found.push({ at: match.index, name });
    }
  }
  const classMembers = new Map<string, string[]>();
  const classBases = new Map<string, string>();
  for (const match of text.matchAll(new RegExp(`^export\\s+(?:declare\\s+)?(?:abstract\\s+)?class\\s+(${IDENTIFIER})[^{]*\\{$`, 'gm'))) {
    const base = new RegExp(`\\sextends\\s+(${IDENTIFIER})`).exec(match[0])?.[1];
    if (base) classBases.set(match[1]!, base);
    const body = text.slice(match.index + match[0].length).split('\n}')[0]!;
    const members = body.split('\n').flatMap((line) => {
      const name = MEMBER.exec(line)?.[1];
      return name && name !== 'constructor' && !MODIFIERS.test(name) ? [name] : [];
    });
    classMembers.set(match[1]!, members);
  }
  return { exported: found.sort((a, b) => a.at - b.at).map((entry) => entry.name), classMembers, classBases };
}

/**
 * The text of one runtime file under `src/core/` as TypeScript: the base class is a Handlebars template, whose
 * `{{{value}}}` expressions become a literal and whose `{{…}}` blocks vanish.
 */
export function runtimeSource(fileName: string): string {
  return readFileSync(CORE + fileName, 'utf8')
    .replace(/\{\{\{[^}]*\}\}\}/g, 'null')
    .replace(/\{\{[^}]*\}\}/g, '');
}

let cached: RuntimeNames | undefined;

/** Read once per process: the runtime sources do not change while the generator runs. */
export function runtimeNames(): RuntimeNames {
  if (cached) return cached;
  const exported = new Set<string>();
  const classMembers = new Map<string, string[]>();
  const classBases = new Map<string, string>();
  for (const name of readdirSync(CORE).sort()) {
    if (!name.endsWith('.ts') && !name.endsWith('.ts.hbs')) continue;
    const names = declaredNames(runtimeSource(name));
    for (const declared of names.exported) exported.add(declared);
    for (const [declared, members] of names.classMembers) classMembers.set(declared, members);
    for (const [declared, base] of names.classBases) classBases.set(declared, base);
  }
  // The client's members are its base class's and those of every class that one extends (ClientCore).
  const clientMembers = new Set<string>();
  for (let cls: string | undefined = 'BaseClient'; cls && classMembers.has(cls); cls = classBases.get(cls)) for (const member of classMembers.get(cls)!) clientMembers.add(member);
  cached = { exported, clientMembers };
  return cached;
}
