/**
 * Bad input: broken, foreign and hostile documents given to the CLI as a user would.
 *
 * Every case must end one of two ways:
 *  (a) refused: exit 1, an `error:` line, a location (file with a line, or a JSON pointer), a `hint:`, no stack
 *      trace, and the pre-populated output folder byte for byte as it was;
 *  (b) generated: exit 0, the output compiles under `tsc --strict`, and hostile text sits only inside comments and
 *      string literals. The payloads carry markers `PWNED_…` (with the underscore) at the spot that would run if
 *      the text escaped; every generated .ts file is tokenised with the TypeScript scanner and no code token may
 *      contain a marker. Names that become identifiers go through the naming rules, which keep only letters and
 *      digits, so a sanitised identifier can hold `PWNED` but never `PWNED_`; hostile property names always hold a
 *      character that forces a quoted key.
 *
 * Known generator bugs are listed in KNOWN_ISSUES: those cases run as `it.fails`, so the suite stays green while
 * the bug is there and turns red (remove the entry) once it is fixed.
 */
import { createServer } from 'node:net';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT } from '../helpers/golden-cases.ts';
import { runCli, snapshotTree, tempDir, type CliResult } from '../helpers/run-cli.ts';

const FIXTURES = join(ROOT, 'test/bad-input/fixtures');
const MARKER = 'PWNED_';

/** `either`: a located refusal and a safe, compiling output are both acceptable. */
type Expect = 'refuse' | 'generate' | 'either';

interface BadInputCase {
  name: string;
  /** Fixture file under test/bad-input/fixtures/, or a spec written at run time. */
  file?: string;
  write?: (dir: string) => Promise<string>;
  expect: Expect;
  /** For refusals: what the message must say. */
  message?: RegExp;
  /** Extra CLI arguments. */
  args?: string[];
  /** Extra checks on a generated output folder. */
  check?: (out: string) => Promise<void>;
}

/** A port on 127.0.0.1 that was just bound and released: nothing listens on it. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const CASES: BadInputCase[] = [
  // Unreadable or foreign documents.
  { name: 'invalid YAML', file: 'invalid-yaml.yaml', expect: 'refuse', message: /not valid YAML/ },
  { name: 'invalid JSON', file: 'invalid-json.json', expect: 'refuse', message: /not valid YAML\/JSON/ },
  { name: 'duplicate mapping keys', file: 'duplicate-keys.yaml', expect: 'refuse', message: /keys must be unique/ },
  { name: 'YAML alias bomb', file: 'alias-bomb.yaml', expect: 'refuse', message: /alias/i },
  { name: 'a scalar, not a mapping', file: 'scalar-text.yaml', expect: 'refuse', message: /not an object/ },
  { name: 'a JSON array', file: 'json-array.json', expect: 'refuse', message: /not an object/ },
  { name: 'random YAML (not OpenAPI)', file: 'random-yaml.yaml', expect: 'refuse', message: /not an OpenAPI document/ },
  {
    name: 'Swagger 2.0: converted to OpenAPI 3.0 on load',
    file: 'swagger-2.yaml',
    expect: 'generate',
    check: async (out) => expect(await listFiles(join(out, 'src/resources'))).not.toEqual([]),
  },
  { name: 'OpenAPI 4.0', file: 'unsupported-version.yaml', expect: 'refuse', message: /version "4\.0\.0" is not supported/ },
  {
    name: 'no paths (components only): a types-only package',
    file: 'no-paths.yaml',
    expect: 'generate',
    check: async (out) => {
      expect((await listFiles(join(out, 'src'))).map((file) => relative(out, file)).sort()).toEqual(['src/index.ts', 'src/models.ts']);
    },
  },
  // References.
  { name: 'missing $ref target', file: 'missing-ref.yaml', expect: 'refuse', message: /"#\/components\/schemas\/Missing" points at nothing/ },
  { name: 'external $ref to a missing file', file: 'external-ref-missing-file.yaml', expect: 'refuse', message: /no-such-file\.yaml/ },
  {
    name: 'external $ref to an unreachable URL',
    write: async (dir) => {
      const template = await readFile(join(FIXTURES, 'external-ref-unreachable-url.yaml.template'), 'utf8');
      const file = join(dir, 'external-ref-unreachable-url.yaml');
      await writeFile(file, template.replace('__CLOSED_PORT__', String(await closedPort())));
      return file;
    },
    expect: 'refuse',
    message: /127\.0\.0\.1/,
  },
  { name: 'a $ref to something that is not a schema', file: 'ref-to-wrong-kind.yaml', expect: 'generate' },
  // Operations.
  {
    name: 'duplicate operationIds',
    file: 'duplicate-operation-ids.yaml',
    expect: 'generate',
    // Documented rule: the first claimant keeps the name, later ones get the next free numeric suffix.
    check: async (out) => {
      const operations = (await Promise.all((await listFiles(join(out, 'src/resources'))).map((file) => readFile(file, 'utf8')))).join('\n');
      for (const name of ['listItems', 'listItems2', 'listItems3']) expect(operations).toMatch(new RegExp(`export function ${name}\\(`));
    },
  },
  { name: 'a request body without a schema', file: 'request-body-without-schema.yaml', expect: 'generate' },
  { name: 'an allOf cycle (A allOf B, B allOf A)', file: 'allof-cycle.yaml', expect: 'either' },
  { name: 'no operations (upper-case and unknown methods, webhooks only)', file: 'no-operations.yaml', expect: 'either' },
  {
    name: 'a path parameter used but not declared: a required string path parameter',
    file: 'undeclared-path-parameter.yaml',
    expect: 'generate',
    check: async (out) => {
      const operations = (await Promise.all((await listFiles(join(out, 'src/resources'))).map((file) => readFile(file, 'utf8')))).join('\n');
      // The last path parameter is positional, the undeclared one before it a required params field (docs/naming.md).
      expect(operations).toMatch(/export function getPart\(\s*client: [^,]+,\s*partId: string,\s*params: GetPartParams,/);
      // Its params type is named by that resource's calls only: declared in the same file.
      expect(operations).toMatch(/export (interface|type) GetPartParams[^{]*\{[^}]*\bitemId: string;/);
    },
  },
  { name: 'a path parameter declared but not in the path', file: 'declared-path-parameter-not-in-path.yaml', expect: 'generate' },
  {
    name: 'info.version that is not semver',
    file: 'info-version-not-semver.yaml',
    expect: 'generate',
    // npm refuses to publish a package whose version is not semver (`npm publish`: Invalid version).
    check: async (out) => {
      const { version } = JSON.parse(await readFile(join(out, 'package.json'), 'utf8')) as { version: string };
      expect(version).toMatch(/^\d+\.\d+\.\d+(-[0-9A-Za-z.-]+)?(\+[0-9A-Za-z.-]+)?$/);
    },
  },
  // Hostile text in every place it reaches code.
  { name: 'injection: descriptions, summaries, titles, formats, patterns', file: 'inject-descriptions.yaml', expect: 'generate' },
  { name: 'injection: enum and const values', file: 'inject-enum-values.yaml', expect: 'generate' },
  { name: 'a string value ending in a backslash, then one holding /*', file: 'string-ending-in-backslash.yaml', expect: 'generate' },
  { name: 'injection: property names', file: 'inject-property-names.yaml', expect: 'generate' },
  { name: 'injection: schema names', file: 'inject-schema-names.yaml', expect: 'generate' },
  { name: 'injection: operationIds', file: 'inject-operation-ids.yaml', expect: 'generate' },
  { name: 'injection: tag names (file names, path traversal)', file: 'inject-tag-names.yaml', expect: 'generate' },
  { name: 'injection: parameter and header names', file: 'inject-parameter-names.yaml', expect: 'generate' },
  { name: 'injection: path templates', file: 'inject-path-templates.yaml', expect: 'generate' },
  { name: 'injection: server URLs (javascript:, data:)', file: 'inject-server-urls.yaml', expect: 'generate' },
  { name: 'injection: example and default values', file: 'inject-examples.yaml', expect: 'generate' },
  { name: 'injection: info.title, info.version, security schemes', file: 'inject-info-title.yaml', expect: 'generate' },
  { name: 'injection: media types and form field names', file: 'inject-media-types.yaml', expect: 'generate' },
  { name: 'injection: discriminator names and mapping keys', file: 'inject-discriminator.yaml', expect: 'generate' },
  // Hostile settings on the command line are refused by the settings check.
  { name: 'hostile --client-name', file: 'inject-descriptions.yaml', args: ['--client-name', 'X {} PWNED_client()'], expect: 'refuse', message: /not a valid client class name/ },
  { name: 'hostile --package-name', file: 'inject-descriptions.yaml', args: ['--package-name', '"; PWNED_package'], expect: 'refuse', message: /not a valid npm package name/ },
];

/**
 * Generator bugs these cases expose (see the corpus/bad-input report). The case is expected to fail until fixed.
 */
const KNOWN_ISSUES: Record<string, string> = {};

interface Outcome {
  testCase: BadInputCase;
  spec: string;
  out: string;
  result: CliResult;
  before: Record<string, string>;
}

// ---------------------------------------------------------------------------------------------------------------
// Token scan: what in a generated file is code, as opposed to comments and string/template literal text.

export interface CodeToken {
  text: string;
  /** Offset in the file text. */
  pos: number;
  kind: string;
}

const TRIVIA = new Set([
  ts.SyntaxKind.SingleLineCommentTrivia,
  ts.SyntaxKind.MultiLineCommentTrivia,
  ts.SyntaxKind.WhitespaceTrivia,
  ts.SyntaxKind.NewLineTrivia,
  ts.SyntaxKind.ShebangTrivia,
]);
/** After these a `/` divides; elsewhere it starts a regular expression literal. */
const ENDS_EXPRESSION = new Set([
  ts.SyntaxKind.Identifier,
  ts.SyntaxKind.NumericLiteral,
  ts.SyntaxKind.BigIntLiteral,
  ts.SyntaxKind.StringLiteral,
  ts.SyntaxKind.NoSubstitutionTemplateLiteral,
  ts.SyntaxKind.TemplateTail,
  ts.SyntaxKind.RegularExpressionLiteral,
  ts.SyntaxKind.CloseParenToken,
  ts.SyntaxKind.CloseBracketToken,
  ts.SyntaxKind.CloseBraceToken,
  ts.SyntaxKind.ThisKeyword,
  ts.SyntaxKind.SuperKeyword,
  ts.SyntaxKind.TrueKeyword,
  ts.SyntaxKind.FalseKeyword,
  ts.SyntaxKind.NullKeyword,
  ts.SyntaxKind.PlusPlusToken,
  ts.SyntaxKind.MinusMinusToken,
]);

/** Every token that is not a comment, whitespace, or the text of a string or template literal. */
export function codeTokens(text: string): CodeToken[] {
  const scanner = ts.createScanner(ts.ScriptTarget.Latest, /* skipTrivia */ false, ts.LanguageVariant.Standard, text);
  const tokens: CodeToken[] = [];
  const templateBraces: number[] = []; // brace depth at which each open `${` of a template started
  let braces = 0;
  let previous = ts.SyntaxKind.Unknown;
  for (let kind = scanner.scan(); kind !== ts.SyntaxKind.EndOfFileToken; kind = scanner.scan()) {
    if (TRIVIA.has(kind)) continue;
    if (kind === ts.SyntaxKind.OpenBraceToken) braces++;
    if (kind === ts.SyntaxKind.CloseBraceToken) {
      if (templateBraces.length && templateBraces.at(-1) === braces) {
        kind = scanner.reScanTemplateToken(false);
        if (kind === ts.SyntaxKind.TemplateTail) templateBraces.pop();
        previous = kind;
        continue;
      }
      braces--;
    }
    if ((kind === ts.SyntaxKind.SlashToken || kind === ts.SyntaxKind.SlashEqualsToken) && !ENDS_EXPRESSION.has(previous)) {
      kind = scanner.reScanSlashToken();
    }
    if (kind === ts.SyntaxKind.TemplateHead) {
      templateBraces.push(braces);
      previous = kind;
      continue;
    }
    previous = kind;
    if (kind === ts.SyntaxKind.StringLiteral || kind === ts.SyntaxKind.NoSubstitutionTemplateLiteral) continue;
    tokens.push({ text: scanner.getTokenText(), pos: scanner.getTokenStart(), kind: ts.SyntaxKind[kind] });
  }
  return tokens;
}

async function listFiles(dir: string): Promise<string[]> {
  const files: string[] = [];
  const walk = async (current: string) => {
    for (const entry of await readdir(current, { withFileTypes: true })) {
      const full = join(current, entry.name);
      if (entry.isDirectory()) await walk(full);
      else files.push(full);
    }
  };
  await walk(dir);
  return files.sort();
}

/** Code tokens holding a marker, per file: each is hostile text that escaped into code. */
async function escapedMarkers(out: string): Promise<string[]> {
  const found: string[] = [];
  for (const file of (await listFiles(out)).filter((path) => path.endsWith('.ts'))) {
    const text = await readFile(file, 'utf8');
    const source = ts.createSourceFile(file, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
    for (const diagnostic of (source as unknown as { parseDiagnostics: ts.Diagnostic[] }).parseDiagnostics ?? []) {
      found.push(`${relative(out, file)}: syntax error: ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`);
    }
    for (const token of codeTokens(text)) {
      if (token.text.includes(MARKER))
        found.push(`${relative(out, file)}:${source.getLineAndCharacterOfPosition(token.pos).line + 1}: ${token.kind} ${JSON.stringify(token.text)}`);
    }
  }
  return found;
}

/** Identifiers that came from hostile names, cleaned by the naming rules (reported, not an error). */
async function sanitisedIdentifiers(out: string): Promise<string[]> {
  const names = new Set<string>();
  for (const file of (await listFiles(out)).filter((path) => path.endsWith('.ts'))) {
    for (const token of codeTokens(await readFile(file, 'utf8'))) if (token.kind === 'Identifier' && token.text.includes('PWNED')) names.add(token.text);
  }
  return [...names].sort();
}

/** Type-checks every generated package in one compiler program (one lib load), returning errors per package. */
function typeCheckAll(outs: string[]): Map<string, string[]> {
  const errors = new Map<string, string[]>(outs.map((out) => [out, []]));
  const rootNames: string[] = [];
  let options: ts.CompilerOptions | undefined;
  for (const out of outs) {
    const configFile = join(out, 'tsconfig.json');
    const read = ts.readConfigFile(configFile, ts.sys.readFile);
    if (read.error) {
      errors.get(out)!.push(`tsconfig.json: ${ts.flattenDiagnosticMessageText(read.error.messageText, ' ')}`);
      continue;
    }
    const parsed = ts.parseJsonConfigFileContent(read.config, ts.sys, out, undefined, configFile);
    rootNames.push(...parsed.fileNames);
    options ??= { ...parsed.options };
  }
  if (!rootNames.length || !options) return errors;
  const program = ts.createProgram(rootNames, {
    ...options,
    strict: true,
    noEmit: true,
    outDir: undefined,
    rootDir: undefined,
    declaration: false,
    declarationMap: false,
    sourceMap: false,
  });
  for (const diagnostic of ts.getPreEmitDiagnostics(program)) {
    const file = diagnostic.file?.fileName ?? '';
    const out = outs.find((candidate) => file.startsWith(candidate + '/'));
    const where =
      diagnostic.file && diagnostic.start !== undefined ? `${relative(out ?? ROOT, file)}:${diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start).line + 1}` : 'global';
    const message = `${where}: TS${diagnostic.code} ${ts.flattenDiagnosticMessageText(diagnostic.messageText, ' ')}`;
    if (out) errors.get(out)!.push(message);
    else for (const list of errors.values()) list.push(message);
  }
  return errors;
}

// ---------------------------------------------------------------------------------------------------------------

/** A previous generation (with its manifest) plus a file of the user's own: what a failed run must not touch. */
async function prepopulate(out: string): Promise<void> {
  await mkdir(join(out, 'src'), { recursive: true });
  await writeFile(join(out, 'src/old.ts'), '// from a previous generation\nexport const old = 1;\n');
  await writeFile(join(out, '.sdkgen-manifest.json'), `${JSON.stringify({ note: 'previous run', files: ['src/old.ts'] }, null, 2)}\n`);
  await writeFile(join(out, 'NOTES.md'), 'mine, not generated\n');
}

async function pool<T, R>(items: T[], jobs: number, work: (item: T) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(jobs, items.length) }, async () => {
      for (let index = next++; index < items.length; index = next++) results[index] = await work(items[index]!);
    }),
  );
  return results;
}

let work: Awaited<ReturnType<typeof tempDir>>;
const outcomes = new Map<string, Outcome>();
let compileErrors = new Map<string, string[]>();
const tally = { refused: 0, generated: 0, knownIssues: 0, unexpected: 0 };

beforeAll(async () => {
  work = await tempDir('sdkgen-bad-input-');
  const specs = join(work.path, 'specs');
  await mkdir(specs);
  const results = await pool(CASES, 3, async (testCase) => {
    const slug = testCase.name
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .toLowerCase();
    const spec = testCase.write ? await testCase.write(specs) : join(FIXTURES, testCase.file!);
    const out = join(work.path, 'out', slug);
    await prepopulate(out);
    const before = await snapshotTree(out);
    // Run from the temporary folder: the generator keeps a format cache per output folder under ./node_modules/.cache,
    // which would otherwise collect one file per temporary output on every run.
    const result = await runCli(['generate', '--spec', spec, '--out', out, '--quiet', ...(testCase.args ?? [])], work.path);
    return { testCase, spec, out, result, before } satisfies Outcome;
  });
  for (const outcome of results) outcomes.set(outcome.testCase.name, outcome);
  compileErrors = typeCheckAll(results.filter((outcome) => outcome.result.code === 0).map((outcome) => outcome.out));
}, 300_000);

afterAll(async () => {
  const total = CASES.length;
  console.log(
    `bad-input: ${total} cases: ${tally.refused} refused with a located error, ${tally.generated} generated safely` +
      (tally.knownIssues ? `, ${tally.knownIssues} known generator issues (${Object.keys(KNOWN_ISSUES).join('; ')})` : '') +
      (tally.unexpected ? `, ${tally.unexpected} failed` : ''),
  );
  await work?.remove();
});

const LOCATION = /^ {2}at \S.*?(:\d+(:\d+)?|\(#[^)]*\))/m;

async function assertRefused(outcome: Outcome): Promise<void> {
  const { result, testCase } = outcome;
  expect(result.stderr, 'an internal error is a crash, not a refusal').not.toMatch(/internal error/);
  expect(result.code, result.stdout + result.stderr).toBe(1);
  expect(result.stderr).toMatch(/^error: /m);
  if (testCase.message) expect(result.stderr).toMatch(testCase.message);
  expect(result.stderr, 'the message names a file with a line or a JSON pointer').toMatch(LOCATION);
  expect(result.stderr).toMatch(/^ {2}hint: \S/m);
  expect(result.stderr, 'no stack trace for input errors').not.toMatch(/\n\s+at .*\.[cm]?[jt]s:\d+:\d+\)?\n/);
  expect(await snapshotTree(outcome.out), 'a failed run leaves the output folder untouched').toEqual(outcome.before);
}

async function assertGeneratedSafely(outcome: Outcome): Promise<void> {
  const { result, out, testCase } = outcome;
  expect(result.code, result.stderr).toBe(0);
  expect(compileErrors.get(out) ?? [], 'the output compiles under tsc --strict').toEqual([]);
  expect(await escapedMarkers(out), 'hostile text only inside comments and string literals').toEqual([]);
  // Text files: JSON stays JSON, the package name stays a package name, no file lands outside the folder.
  const packageJson = JSON.parse(await readFile(join(out, 'package.json'), 'utf8')) as { name: string };
  expect(packageJson.name).toMatch(/^(@[a-z0-9-~][a-z0-9-._~]*\/)?[a-z0-9-~][a-z0-9-._~]*$/);
  JSON.parse(await readFile(join(out, 'tsconfig.json'), 'utf8'));
  const files = (await listFiles(out)).map((file) => relative(out, file));
  expect(
    files.filter((file) => !/^(src\/([a-z0-9_-]+\/)*[a-z0-9_-]+\.ts|package\.json|tsconfig(\.cjs)?\.json|README\.md|api\.md|\.sdkgen-manifest\.json|NOTES\.md)$/.test(file)),
    'only the package layout, clean file names',
  ).toEqual([]);
  // The user's own file survives; the previous generation's stale file is removed by the manifest.
  expect(await readFile(join(out, 'NOTES.md'), 'utf8')).toBe('mine, not generated\n');
  expect(files).not.toContain('src/old.ts');
  await testCase.check?.(out);
}

describe('bad input: a located refusal, or output that compiles with hostile text kept inert', () => {
  for (const testCase of CASES) {
    const known = KNOWN_ISSUES[testCase.name];
    const test = known ? it.fails : it;
    const expected = { refuse: 'refused', generate: 'generated', either: 'refused or generated' }[testCase.expect];
    test(`${testCase.name} → ${expected}${known ? ' (known issue)' : ''}`, async () => {
      const outcome = outcomes.get(testCase.name)!;
      try {
        const refused = testCase.expect === 'refuse' || (testCase.expect === 'either' && outcome.result.code !== 0);
        if (refused) await assertRefused(outcome);
        else await assertGeneratedSafely(outcome);
        if (refused) tally.refused++;
        else tally.generated++;
      } catch (error) {
        if (known) tally.knownIssues++;
        else tally.unexpected++;
        throw error;
      }
    });
  }

  it('no case writes outside its output folder', async () => {
    const outs = (await readdir(join(work.path, 'out'))).sort();
    expect(outs.length).toBe(CASES.length);
    expect((await readdir(work.path)).sort()).toEqual(['out', 'specs']);
  });
});

describe('the token scan itself', () => {
  it('sees markers that escaped into code and ignores them in comments and literals', () => {
    const inert = "/** a PWNED_no */\nconst a = 'PWNED_x'; const b = `PWNED_y ${a} PWNED_z`; // PWNED_w\nconst r = /x/; const d = 4 / 2; /* PWNED_v */";
    expect(codeTokens(inert).filter((token) => token.text.includes(MARKER))).toEqual([]);
    expect(codeTokens(inert).map((token) => token.text)).toEqual([
      'const',
      'a',
      '=',
      ';',
      'const',
      'b',
      '=',
      'a',
      ';',
      'const',
      'r',
      '=',
      '/x/',
      ';',
      'const',
      'd',
      '=',
      '4',
      '/',
      '2',
      ';',
    ]);
    expect(codeTokens('/** a */ PWNED_out(); /* */').map((token) => token.text)).toContain('PWNED_out');
    expect(codeTokens('const a = `x ${PWNED_expr} y`;').map((token) => token.text)).toContain('PWNED_expr');
    expect(codeTokens('// comment\u2028PWNED_ls();').map((token) => token.text)).toContain('PWNED_ls');
    expect(codeTokens('const r = /PWNED_re/;').map((token) => token.text)).toEqual(['const', 'r', '=', '/PWNED_re/', ';']);
  });
});

describe('hostile names become clean identifiers', () => {
  it('lists the sanitised identifiers the hostile names produced', async () => {
    const generated = [...outcomes.values()].filter((outcome) => outcome.result.code === 0 && outcome.testCase.file?.startsWith('inject-'));
    const names = new Set<string>();
    for (const outcome of generated) for (const name of await sanitisedIdentifiers(outcome.out)) names.add(name);
    for (const name of names) expect(name).toMatch(/^[A-Za-z_$][A-Za-z0-9_$]*$/);
    expect(names.size).toBeGreaterThan(0);
  });
});
