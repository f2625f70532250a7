/** The one registry of warning kinds: stable ids, one per kind, the keyword kinds, and no kind declared elsewhere. */
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { keywordKind, OPENAPI_31_KEYWORDS, WARNING_KINDS, warningKindRows } from '../generator/warning-kinds.ts';
import { ROOT } from './helpers/golden-cases.ts';

describe('keywordKind', () => {
  it.each([
    ['if', 'openapi-3.1-keyword:if', '`if` honoured (an OpenAPI 3.1 / JSON Schema keyword in a 3.0 document)'],
    ['patternProperties', 'openapi-3.1-keyword:patternProperties', '`patternProperties` honoured (an OpenAPI 3.1 / JSON Schema keyword in a 3.0 document)'],
  ])('%s → %s', (keyword, id, summary) => expect(keywordKind(keyword)).toEqual({ id, summary }));
});

describe('WARNING_KINDS', () => {
  const kinds = Object.values(WARNING_KINDS);

  it('gives every kind its own id, a summary and a docs line', () => {
    const ids = kinds.map((kind) => kind.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const kind of kinds) {
      expect(Object.keys(kind)).toEqual(['id', 'summary']);
      expect(kind.id).toMatch(/^[a-z0-9.-]+(:[A-Za-z$]+)?$/);
      expect(kind.summary).not.toBe('');
    }
    for (const row of warningKindRows()) expect(row.readAs).not.toBe('');
  });

  it('keeps no keyword kind among the fixed ones (they are one row: openapi-3.1-keyword:<keyword>)', () => {
    const rows = warningKindRows();
    expect(rows[0]!.id).toBe('openapi-3.1-keyword:<keyword>');
    for (const keyword of OPENAPI_31_KEYWORDS) expect(rows[0]!.readAs).toContain(`\`${keyword}\``);
    expect(rows.slice(1).map((row) => row.id)).toEqual(kinds.map((kind) => kind.id));
  });

  it('is the only module that declares a kind: a warning kind written anywhere else in generator/ fails here', () => {
    const declaresKind = /\{\s*id:\s*['`][^'`]+['`],\s*summary:/;
    const offenders = readdirSync(join(ROOT, 'generator'), { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
      .map((entry) => relative(ROOT, join(entry.parentPath, entry.name)).split('\\').join('/'))
      .filter((file) => file !== 'generator/warning-kinds.ts' && declaresKind.test(readFileSync(join(ROOT, file), 'utf8')));
    expect(offenders).toEqual([]);
    expect(declaresKind.test("const X = { id: 'a-kind', summary: 'what' };")).toBe(true);
  });
});
