/** File names planned from spec text: short, unique ignoring case, never a device or reserved name, stable. */
import { describe, expect, it } from 'vitest';
import { FileNameRegistry, fileStem, MAX_FILE_STEM } from '../../generator/surface/file-names.ts';

const LONG_TAG = `Archived reports ${Array.from({ length: 26 }, (_, index) => `of region ${index + 1}`).join(' ')}`;

describe('fileStem', () => {
  const cases: { given: string; want: string | RegExp }[] = [
    { given: 'Seedance Video', want: 'seedance-video' },
    { given: 'Vidéo 生成', want: 'video' },
    { given: '../../etc/passwd', want: 'etc-passwd' },
    { given: 'a'.repeat(MAX_FILE_STEM), want: 'a'.repeat(MAX_FILE_STEM) },
    // Cut at the limit (a trailing `-` dropped), then a hash of the whole.
    { given: LONG_TAG, want: /^archived-reports-of-region-1-of-region-2-of-region-3-of-[0-9a-f]{8}$/ },
  ];
  it.each(cases)('$given → $want', ({ given, want }) => {
    const stem = fileStem(given);
    if (typeof want === 'string') expect(stem).toBe(want);
    else expect(stem).toMatch(want);
    expect(stem.length).toBeLessThanOrEqual(MAX_FILE_STEM);
    expect(stem).toMatch(/^[a-z0-9-]+$/);
  });

  it('long names that share their start stay distinct, and the same name always gives the same stem', () => {
    expect(fileStem(`${LONG_TAG} (latest)`)).not.toBe(fileStem(LONG_TAG));
    expect(fileStem(LONG_TAG)).toBe(fileStem(LONG_TAG));
  });
});

describe('FileNameRegistry', () => {
  const cases: { name: string; claims: string[]; want: string[] }[] = [
    { name: 'names differing only in case are one file where case is ignored', claims: ['Pet', 'pet', 'PET'], want: ['pet', 'pet2', 'pet3'] },
    { name: 'Windows device names, in any case', claims: ['CON', 'aux', 'Nul', 'prn', 'COM1', 'lpt9'], want: ['con_', 'aux_', 'nul_', 'prn_', 'com1_', 'lpt9_'] },
    { name: 'a numbered duplicate never lands on a device name', claims: ['com', 'Com'], want: ['com', 'com10'] },
    { name: "the folder's own entry and reserved words", claims: ['index', 'class', 'class'], want: ['index_', 'class_', 'class2'] },
    { name: 'a name taken by a numbered duplicate', claims: ['pet', 'pet', 'pet2'], want: ['pet', 'pet2', 'pet22'] },
    { name: 'text without letters or digits', claims: ['生成', '!!'], want: ['default_', 'default2'] },
  ];
  it.each(cases)('$name', ({ claims, want }) => {
    const registry = new FileNameRegistry();
    expect(claims.map((claim) => registry.claim(claim))).toEqual(want);
  });

  it('folders are independent', () => {
    expect([new FileNameRegistry().claim('pet'), new FileNameRegistry().claim('pet')]).toEqual(['pet', 'pet']);
  });
});
