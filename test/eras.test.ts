/**
 * Cables of other eras and layouts than the seed: hand-written cables in `test/eras/`
 * (1966-2003 telegrams, ACP-127 headers, pre-1990s page headers, text copies, a small
 * cables.csv), each with an expected file written from the field guide, never from the
 * parser's output. See `test/eras/README.md` for the keys of the expected files.
 */

import { describe, expect, it } from 'vitest';
import { parseCable, parseCables, type Cable } from '../src/index.js';

const texts = import.meta.glob('./eras/*.{txt,csv}', { query: '?raw', import: 'default', eager: true }) as Record<string, string>;
const expectations = import.meta.glob('./eras/*.expected.json', { import: 'default', eager: true }) as Record<string, Record<string, unknown>>;

/** Values derived from a cable for the keys that are not plain paths. */
function derived(c: Cable, key: string): unknown {
  switch (key) {
    case 'paragraphs.length':
      return c.paragraphs.length;
    case 'paragraphs.numbers':
      return c.paragraphs.map((p) => p.number);
    case 'paragraphs.markings':
      return c.paragraphs.map((p) => p.marking);
    case 'references.ids':
      return c.references.map((r) => r.referenceId);
    case 'references.labels':
      return c.references.map((r) => r.label);
    case 'references.kinds':
      return c.references.map((r) => r.kind);
    case 'header.to.addresses':
      return c.header?.to.map((r) => r.address);
    case 'header.info.addresses':
      return c.header?.info.map((r) => r.address);
    case 'pages.posts':
      return c.pages.map((p) => `${p.post}|${p.serial}|${p.page}|${p.total}`);
    default:
      return key.split('.').reduce<unknown>((o, k) => (o === null || o === undefined ? undefined : (o as Record<string, unknown>)[k]), c);
  }
}

/** Keys that list strings which must (not) occur somewhere. */
function checkList(c: Cable, key: string, want: string[]): void {
  const codes = c.diagnostics.map((d) => d.code as string);
  const inParagraphs = (s: string): boolean => c.paragraphs.some((p) => p.text.includes(s) || (p.heading ?? '').includes(s));
  switch (key) {
    case 'body.contains':
      expect(want.filter((s) => !c.body.includes(s))).toEqual([]);
      return;
    case 'body.notContains':
      expect(want.filter((s) => c.body.includes(s))).toEqual([]);
      return;
    case 'paragraphs.textNotContains':
      expect(want.filter(inParagraphs)).toEqual([]);
      return;
    case 'paragraphs.textContains':
      expect(want.filter((s) => !inParagraphs(s))).toEqual([]);
      return;
    case 'diagnostics.absent':
      expect(want.filter((s) => codes.includes(s))).toEqual([]);
      return;
    case 'diagnostics.present':
      expect(want.filter((s) => !codes.includes(s))).toEqual([]);
      return;
    case 'unparsed.notContains':
      expect(want.filter((s) => c.unparsed.some((u) => u.text.includes(s)))).toEqual([]);
      return;
    default:
      throw new Error(`unknown list key ${key}`);
  }
}

const LIST_KEYS = new Set(['body.contains', 'body.notContains', 'paragraphs.textNotContains', 'paragraphs.textContains', 'diagnostics.absent', 'diagnostics.present', 'unparsed.notContains']);

const files = Object.keys(texts).sort();

describe('cables of other eras and layouts (test/eras)', () => {
  it('has an expected file for every cable file', () => {
    expect(files.length).toBeGreaterThanOrEqual(39);
    for (const f of files) expect(Object.keys(expectations)).toContain(f.replace(/\.(txt|csv)$/, '.expected.json'));
  });

  for (const file of files) {
    const name = /([^/]+)\.(?:txt|csv)$/.exec(file)?.[1] ?? file;
    const expectedAll = expectations[file.replace(/\.(txt|csv)$/, '.expected.json')] ?? {};
    const multi = file.endsWith('.csv') || expectedAll['multi'] === true;
    const cases = multi ? (expectedAll['cables'] as Array<Record<string, unknown>>) : [expectedAll];
    describe(name, () => {
      const text = texts[file] as string;
      const cables = multi ? parseCables(text) : [parseCable(text)];
      if (multi) it('gives one cable per expected cable', () => expect(cables).toHaveLength(cases.length));
      cases.forEach((expected, i) => {
        for (const [key, want] of Object.entries(expected)) {
          if (key.startsWith('_')) continue;
          it(`${multi ? `[${i}] ` : ''}${key}`, () => {
            const c = cables[i] as Cable;
            expect(c).toBeDefined();
            if (LIST_KEYS.has(key)) checkList(c, key, want as string[]);
            // Expected objects list the fields that matter; arrays must match in length.
            else if (want !== null && typeof want === 'object') expect(derived(c, key)).toMatchObject(want);
            else expect(derived(c, key)).toEqual(want);
          });
        }
      });
    });
  }
});
