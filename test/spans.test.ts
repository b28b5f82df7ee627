/**
 * Source positions and coverage (round-trip issue, properties P3-P5):
 * P3 totality: parseCable never throws and every span lies inside the input;
 * P4 span fidelity: the text under a field's span contains the field's source text;
 * P5 coverage: field spans, wrapper spans and `unparsed` cover every non-blank character.
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lineColumn, parseCable, parseCables, type Cable, type Span } from '../src/index.js';
import { loadSeed } from './load-fixtures.js';

const seed = loadSeed();
const seedCables = parseCables(seed);
/** The seed cut into one text per cable (title line to the next title line). */
const seedTexts = seed.split(/\n(?=\d{2}ASTANA\d+, )/).filter((t) => t.includes('Reference ID'));

/** Every span a cable carries: field spans, wrapper, and unparsed pieces. */
function allSpans(cable: Cable): Span[] {
  const out: Span[] = [];
  for (const value of Object.values(cable.spans)) {
    if (value === null) continue;
    if (Array.isArray(value)) out.push(...(value as Span[]));
    else out.push(value as Span);
  }
  for (const u of cable.unparsed) out.push(u.span);
  return out;
}

/** P3: every span inside the input, start <= end. */
function spansInside(text: string, cable: Cable): void {
  for (const s of allSpans(cable)) {
    expect(Number.isInteger(s.start) && Number.isInteger(s.end)).toBe(true);
    expect(s.start).toBeGreaterThanOrEqual(0);
    expect(s.start).toBeLessThanOrEqual(s.end);
    expect(s.end).toBeLessThanOrEqual(text.length);
  }
  for (const u of cable.unparsed) expect(text.slice(u.span.start, u.span.end)).toBe(u.text);
}

/** P5: characters not covered by any span that are not whitespace. */
function uncovered(text: string, cables: readonly Cable[]): string[] {
  const covered = new Uint8Array(text.length);
  for (const c of cables) for (const s of allSpans(c)) covered.fill(1, s.start, s.end);
  const holes: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0 && !/\s/.test(text.charAt(i))) holes.push(`${i}:${JSON.stringify(text.slice(i, i + 30))}`);
    if (holes.length > 5) break;
  }
  return holes;
}

/** Collapsed upper-case words, for comparing a field with its source text. */
const words = (s: string): string[] => s.toUpperCase().split(/[^A-Z0-9]+/).filter((w) => w.length > 0);
/** True when every word of `field` occurs in the source slice. */
function sliceHasWords(text: string, span: Span | null | undefined, field: string): boolean {
  if (span === null || span === undefined) return false;
  const source = new Set(words(text.slice(span.start, span.end)));
  return words(field).every((w) => source.has(w));
}

/** P4 for one cable of `text`. */
function checkFidelity(text: string, c: Cable): void {
  const s = c.spans;
  if (c.subject !== null) expect(sliceHasWords(text, s.subject, c.subject), `subject of ${c.referenceId}`).toBe(true);
  if (c.tags.length > 0) expect(sliceHasWords(text, s.tags, c.tags.join(' ')), `tags of ${c.referenceId}`).toBe(true);
  if (c.executiveOrder !== null) expect(sliceHasWords(text, s.executiveOrder, c.executiveOrder.text)).toBe(true);
  if (c.signer !== null) expect(sliceHasWords(text, s.signer, c.signer)).toBe(true);
  if (c.header !== null) {
    expect(s.to).toHaveLength(c.header.to.length);
    expect(s.info).toHaveLength(c.header.info.length);
    c.header.to.forEach((r, k) => expect(sliceHasWords(text, s.to[k], `${r.routingIndicator ?? ''} ${r.address} ${r.mcn ?? ''}`)).toBe(true));
    c.header.info.forEach((r, k) => expect(sliceHasWords(text, s.info[k], `${r.routingIndicator ?? ''} ${r.address} ${r.mcn ?? ''}`)).toBe(true));
    if (c.header.from !== null) expect(sliceHasWords(text, s.from, c.header.from)).toBe(true);
    if (c.header.dtg !== null) expect(sliceHasWords(text, s.dtg, c.header.dtg.text)).toBe(true);
  }
  expect(s.distribution).toHaveLength(c.distribution.length);
  c.distribution.forEach((d, k) => expect(sliceHasWords(text, s.distribution[k], d)).toBe(true));
  expect(s.references).toHaveLength(c.references.length);
  c.references.forEach((r, k) => expect(sliceHasWords(text, s.references[k], r.text), `reference ${r.text}`).toBe(true));
  expect(s.paragraphs).toHaveLength(c.paragraphs.length);
  c.paragraphs.forEach((p, k) => {
    // The paragraph's first and last words (repairs may join words in between).
    const w = words(p.text);
    const probe = [w[0] ?? '', w[w.length - 1] ?? '', p.number ?? '', p.heading ?? ''].join(' ');
    expect(sliceHasWords(text, s.paragraphs[k], probe), `paragraph ${k} of ${c.referenceId}`).toBe(true);
  });
  expect(s.pages).toHaveLength(c.pages.length);
  c.pages.forEach((p, k) => expect(sliceHasWords(text, s.pages[k], `${p.post} ${p.serial}`)).toBe(true));
}

describe('spans on the seed cables', () => {
  it('P3: lie inside the input', () => {
    for (const c of seedCables) spansInside(seed, c);
  });

  it('P4: hold the source text of each field', () => {
    for (const c of seedCables) checkFidelity(seed, c);
  });

  it('P5: with unparsed, cover every non-blank character of the seed document', () => {
    expect(uncovered(seed, seedCables)).toEqual([]);
  });

  it('leave nothing unparsed in the seed (every line is a field or archive chrome)', () => {
    expect(seedCables.flatMap((c) => c.unparsed)).toEqual([]);
  });

  it('P5: cover each seed cable parsed on its own, as plain text without its archive wrapper', () => {
    for (const text of seedTexts) {
      const cableText = text.slice(text.indexOf('\n', text.indexOf('Reference ID')) + 1);
      const bare = cableText.slice(cableText.indexOf('\n') + 1);
      const cable = parseCable(bare);
      spansInside(bare, cable);
      expect(uncovered(bare, [cable])).toEqual([]);
      checkFidelity(bare, cable);
    }
  });
});

describe('the classification span on a banner line with text glued before it', () => {
  it('starts at the banner; the glued text is transmission', () => {
    for (const before of ['Cable dated:2005-09-17T12:29:00', 'RUCNDT/USMISSION USUN NEW YORK 1570\t']) {
      const text = [`${before}S E C R E T SECTION 01 OF 05 SANAA 002766`, '', 'E.O. 12958: DECL: 09/17/2015', 'TAGS: PREL YM', 'SUBJECT: A VISIT', '', '1. (S) Text.', '', 'KRAJESKI', ''].join('\n');
      const c = parseCable(text);
      expect(c.classification.level, before).toBe('SECRET');
      const span = c.spans.classification as Span;
      expect(text.slice(span.start, span.end), before).toBe('S E C R E T SECTION 01 OF 05 SANAA 002766');
      expect(c.spans.transmission.map((s) => text.slice(s.start, s.end)), before).toContain(before.trim());
      expect(uncovered(text, [c]), before).toEqual([]);
    }
  });
});

/** A seed cable with random lines deleted, duplicated, truncated or replaced by noise. */
const mutated = fc
  .tuple(
    fc.integer({ min: 0, max: seedTexts.length - 1 }),
    fc.array(fc.tuple(fc.constantFrom('delete', 'duplicate', 'truncate', 'noise'), fc.nat(), fc.nat(), fc.string({ maxLength: 30 })), { maxLength: 10 }),
  )
  .map(([index, edits]) => {
    const lines = (seedTexts[index] ?? '').split('\n');
    for (const [kind, at, cut, noise] of edits) {
      if (lines.length === 0) break;
      const i = at % lines.length;
      const line = lines[i] ?? '';
      if (kind === 'delete') lines.splice(i, 1);
      else if (kind === 'duplicate') lines.splice(i, 0, line);
      else if (kind === 'truncate') lines[i] = line.slice(0, cut % (line.length + 1));
      else lines[i] = noise;
    }
    return lines.join('\n');
  });

describe('span properties', () => {
  it('P3: on arbitrary strings, never throws and every span lies inside the input', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (text) => {
        const cable = parseCable(text);
        spansInside(text, cable);
      }),
      { numRuns: 1000 },
    );
  });

  it('P3 + P5: on mutated seed cables, spans lie inside the input and cover it', () => {
    fc.assert(
      fc.property(mutated, (text) => {
        const cables = parseCables(text);
        for (const c of cables) spansInside(text, c);
        expect(uncovered(text, cables)).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });

  it('P5: on arbitrary line soup, spans and unparsed cover every non-blank character', () => {
    const piece = fc.oneof(
      fc.string({ maxLength: 30 }),
      fc.constantFrom('VZCZCXRO4053', 'OO RUEHIK', 'FM AMEMBASSY ASTANA', 'TO RUEHC/SECSTATE WASHDC 7547', 'UNCLAS ASTANA 000270',
        'SUBJECT: TEST', 'REF: A) STATE 1234', 'TAGS: PREL KZ', '1.  (SBU) Text.', 'ASTANA 00000270  001.3 OF 002', 'HOAGLAND', ''),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 30 }), (pieces) => {
        const text = pieces.join('\n');
        const cable = parseCable(text);
        spansInside(text, cable);
        expect(uncovered(text, [cable])).toEqual([]);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('lineColumn', () => {
  it('gives 1-based line and column for \\n, \\r\\n and \\r', () => {
    expect(lineColumn('ab\ncd', 0)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\ncd', 3)).toEqual({ line: 2, column: 1 });
    expect(lineColumn('ab\r\ncd', 5)).toEqual({ line: 2, column: 2 });
    expect(lineColumn('ab\rcd\ref', 6)).toEqual({ line: 3, column: 1 });
  });

  it('clamps offsets outside the text', () => {
    expect(lineColumn('ab', -5)).toEqual({ line: 1, column: 1 });
    expect(lineColumn('ab\nc', 99)).toEqual({ line: 2, column: 2 });
  });

  it('agrees with the diagnostics of an HTML page, whose cable lines sit inside one long input line', () => {
    // `&#x000A;` entities break the cable's lines; the input line holds the whole <pre> block.
    const lines = [
      'UNCLAS TASHKENT 000412 ', ' ', 'SIPDIS ', ' ', 'E.O. 12958: N/A ', 'TAGS: ECON UZ ', 'SUBJECT: WATER &amp; POWER ', ' ',
      '1. (U) Ministers from three countries agreed on a plan &quot;to share&quot; the ', 'river. The embassy will support a su', 'stained campaign. ', ' ', 'SMITH',
    ];
    const html = `<html><body>\n<div class='x'><code><pre>${lines.join('&#x000A;')}</pre></code></div>\n</body></html>`;
    const c = parseCable(html);
    const codes = new Set(c.diagnostics.map((d) => d.code));
    expect(codes).toContain('LINE_BREAK_REPAIRED');
    expect(codes).toContain('METADATA_INVALID');
    for (const d of c.diagnostics) {
      expect(lineColumn(html, d.offset)).toEqual({ line: d.line, column: d.column });
    }
    // The repaired break is reported where the cut line ends in the page: before its `&#x000A;`.
    const repaired = c.diagnostics.find((d) => d.code === 'LINE_BREAK_REPAIRED');
    expect(html.slice(repaired?.offset).startsWith('&#x000A;stained')).toBe(true);
  });

  it('agrees with every diagnostic on mutated seed cables, also with entities and cut lines', () => {
    const damaged = fc.tuple(mutated, fc.nat(), fc.constantFrom('&#x000A;', '&amp;', '&quot;', '\n', 'su\nstained ')).map(([text, at, insert]) => {
      const k = at % (text.length + 1);
      return text.slice(0, k) + insert + text.slice(k);
    });
    fc.assert(
      fc.property(damaged, (text) => {
        for (const c of parseCables(text)) {
          for (const d of c.diagnostics) expect(lineColumn(text, d.offset), d.code).toEqual({ line: d.line, column: d.column });
        }
      }),
      { numRuns: 500 },
    );
  });

  it('agrees with the diagnostics of the seed', () => {
    for (const c of seedCables) {
      for (const d of c.diagnostics) expect(lineColumn(seed, d.offset)).toEqual({ line: d.line, column: d.column });
    }
  });
});
