/**
 * Hostile input: never throw, never hang, never lose text, never pollute prototypes.
 *
 * Fuzz cases run with a fixed seed in CI (1,000 per property). A long opt-in run:
 *     FUZZ_RUNS=1000000 npx vitest run test/hostile.test.ts
 */

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCable, parseCables, type Cable, type Span } from '../src/index.js';
import { loadSeed } from './load-fixtures.js';
import { bestParseMs } from './timing.js';

const RUNS = Number(process.env.FUZZ_RUNS ?? 1000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const seed = loadSeed();
const seedTexts = seed.split(/\n(?=\d{2}ASTANA\d+, )/).filter((t) => t.includes('Reference ID'));

/** Every span of a cable, unparsed pieces included. */
function allSpans(cable: Cable): Span[] {
  const out: Span[] = [];
  for (const value of Object.values(cable.spans)) {
    if (value === null) continue;
    if (Array.isArray(value)) for (const v of value as Span[]) out.push(v);
    else out.push(value as Span);
  }
  for (const u of cable.unparsed) out.push(u.span);
  return out;
}

/** The contract on any input: positions inside it, no internal errors, nothing lost. */
function checkAll(text: string, cables: readonly Cable[]): void {
  const covered = new Uint8Array(text.length);
  for (const c of cables) {
    for (const d of c.diagnostics) {
      expect(d.offset >= 0 && d.offset <= text.length, `diagnostic ${d.code} at ${d.offset}`).toBe(true);
      expect(d.code).not.toBe('INTERNAL_ERROR');
    }
    for (const s of allSpans(c)) {
      expect(s.start >= 0 && s.start <= s.end && s.end <= text.length).toBe(true);
      covered.fill(1, s.start, s.end);
    }
  }
  for (let i = 0; i < text.length; i++) {
    if (covered[i] === 0 && !/\s/.test(text.charAt(i))) expect.fail(`character ${i} (${JSON.stringify(text.slice(i, i + 20))}) is in no span`);
  }
}

/** Random byte-level edits of a text: replace, insert, delete characters. */
const edited = fc
  .tuple(
    fc.constantFrom(...seedTexts),
    fc.array(fc.tuple(fc.constantFrom('replace', 'insert', 'delete'), fc.nat(), fc.string({ unit: 'binary', minLength: 1, maxLength: 4 })), { maxLength: 20 }),
  )
  .map(([text, edits]) => {
    let out = text;
    for (const [kind, at, s] of edits) {
      const i = at % (out.length + 1);
      if (kind === 'replace') out = out.slice(0, i) + s + out.slice(i + s.length);
      else if (kind === 'insert') out = out.slice(0, i) + s + out.slice(i);
      else out = out.slice(0, i) + out.slice(i + s.length);
    }
    return out;
  });

/** Lines shuffled and blocks repeated. */
const shuffled = fc.tuple(fc.constantFrom(...seedTexts), fc.array(fc.nat(), { maxLength: 30 }), fc.nat({ max: 5 })).map(([text, swaps, repeat]) => {
  const lines = text.split('\n');
  for (let k = 0; k + 1 < swaps.length; k += 2) {
    const a = (swaps[k] ?? 0) % lines.length;
    const b = (swaps[k + 1] ?? 0) % lines.length;
    [lines[a], lines[b]] = [lines[b] ?? '', lines[a] ?? ''];
  }
  const block = lines.slice(0, 12).join('\n');
  return `${lines.join('\n')}\n${block.repeat(repeat)}`;
});

describe('fuzz (fixed seed)', () => {
  it('arbitrary strings', () => {
    fc.assert(fc.property(fc.string({ maxLength: 500 }), (t) => checkAll(t, parseCables(t))), { numRuns: RUNS, seed: SEED });
  });

  it('arbitrary Unicode (graphemes, surrogates)', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (t) => checkAll(t, [parseCable(t)])), { numRuns: RUNS, seed: SEED });
  });

  it('seed cables with random byte edits', () => {
    fc.assert(fc.property(edited, (t) => checkAll(t, parseCables(t))), { numRuns: RUNS, seed: SEED });
  });

  it('seed cables with shuffled lines and repeated blocks', () => {
    fc.assert(fc.property(shuffled, (t) => checkAll(t, parseCables(t))), { numRuns: Math.min(RUNS, 300), seed: SEED });
  });
});

/** Builds inputs of size about n for one line kind repeated. */
const REPEATS: Record<string, (n: number) => string> = {
  'REF: A) repeated on one line': (n) => `UNCLAS ASTANA 000001\nSUBJECT: X\n${'REF: A) '.repeat(n / 8)}`,
  'REF lines': (n) => `UNCLAS ASTANA 000001\nSUBJECT: X\n${'REF: A) STATE 1\n'.repeat(n / 16)}`,
  'TO repeated on one line': (n) => `FM AMEMBASSY X\n${'TO '.repeat(n / 3)}`,
  'TO lines': (n) => `FM AMEMBASSY X\n${'TO RUEHC/SECSTATE WASHDC 1\n'.repeat(n / 27)}`,
  '( repeated': (n) => '('.repeat(n),
  'one huge line of letters': (n) => 'A'.repeat(n),
  'one huge line of spaces between words': (n) => `FM A${' '.repeat(n)}x`,
  'paragraph labels': (n) => `UNCLAS ASTANA 000001\nSUBJECT: X\n\n${'1. (C) Text.\n\n'.repeat(n / 14)}`,
  'banners': (n) => 'UNCLAS SECTION 01 OF 02 ASTANA 000001\n'.repeat(n / 38),
  'split entities': (n) => '&#x000\n'.repeat(n / 7),
  'HTML cells': (n) => `<html><table class='cable'>${'<td>'.repeat(n / 4)}`,
  // Lines broken by a scraper (no trailing space where the others have one), each break
  // between words found nowhere else: deciding whether to join with a space must not
  // search the whole text again for every break.
  'inserted line breaks between rare words': (n) => {
    const word = (k: number): string => `q${k.toString(26).replace(/./g, (d) => String.fromCharCode(97 + parseInt(d, 26)))}`;
    const out = ['UNCLAS ASTANA 000001', 'SUBJECT: X', ''];
    for (let k = 0, size = 0; size < n; k += 2) {
      const pair = [`text of a line ${word(k)}`, `${word(k + 1)} more text `, 'and a line with its space '];
      out.push(...pair);
      size += pair.join('\n').length + 1;
    }
    return out.join('\n');
  },
};

// Preambles reflowed onto one line: each glued piece is read after the one before it.
REPEATS['handling words glued on one line'] = (n) => `UNCLAS ASTANA 000001\n\n${'SIPDIS'.repeat(n / 6)}`;
REPEATS['fields glued after handling words'] = (n) => `UNCLAS ASTANA 000001\n\n${'NOFORNE.O. 12958: '.repeat(n / 18)}`;
REPEATS['fields glued to the banner serial'] = (n) => `UNCLAS ASTANA 000001${'SIPDISTAGS: X '.repeat(n / 14)}`;
// Headings between rule lines, one after the other.
REPEATS['headings between rules'] = (n) => `UNCLAS ASTANA 000001\nSUBJECT: X\n\n1. (C) Text.\n${'-----\nHEADING\n'.repeat(n / 14)}2. (C) Text.`;
REPEATS['title lines between paragraphs'] = (n) => `UNCLAS ASTANA 000001\nSUBJECT: X\n\n1. (C) Text.\n\n${'HEADING\n\n'.repeat(n / 9)}2. (C) Text.`;

/** Best-of-5 parse time in ms (the minimum is the least disturbed by other work on the machine). */
const time = (text: string): number => bestParseMs(text, 5);

describe('linear time', () => {
  for (const [name, make] of Object.entries(REPEATS)) {
    it(`${name}: time per byte at 8n is within 4x of n`, () => {
      const small = make(200_000);
      const large = make(1_600_000);
      time(small); // warm up
      const perByteSmall = Math.max(time(small), 1) / small.length;
      const perByteLarge = time(large) / large.length;
      // A generous factor: it fails on quadratic behaviour (8x per byte), not on noise.
      expect(perByteLarge).toBeLessThan(perByteSmall * 4);
    });
  }
});

describe('prototype pollution', () => {
  const names = ['__proto__', 'constructor', 'prototype', '__PROTO__', 'CONSTRUCTOR', 'hasOwnProperty', 'toString'];

  it('never uses input text as object keys', () => {
    for (const name of names) {
      const cable = [
        'VZCZCXRO4053',
        `OO R${name.toUpperCase().replace(/[^A-Z]/g, '')}`,
        `FM AMEMBASSY ${name}`,
        `TO RUEHC/${name} WASHDC IMMEDIATE 7547`,
        `INFO ${name}`,
        `XMT ${name}`,
        '',
        `UNCLAS ${name.toUpperCase().replace(/[^A-Z]/g, 'X')} 000270`,
        `${name} FOR ${name}`,
        `E.O. 12958: DECL: ${name}`,
        `TAGS: ${name} PREL ${name.toUpperCase()}`,
        `SUBJECT: ${name}`,
        `REF: A) ${name} 1234`,
        `Classified By: ${name}, ${name}, for reasons 1.4 (b)`,
        '',
        `1.  (C) ${name}: ${name}.`,
        '',
        name.toUpperCase().replace(/[^A-Z]/g, ''),
      ].join('\n');
      const html = `<html><body><table class='cable'><tr><th>${name}</th><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr><tr><td>${name}</td><td>10ASTANA270</td><td>2010-02-26 08:05</td><td>${name}</td><td>${name}</td></tr></table><code><pre>${cable.replace(/\n/g, '&#x000A;')}</pre></code></body></html>`;
      const csv = `"1","2/26/2010 8:05","10ASTANA270","${name}","${name}","${name}|${name}","${name}","${cable}"\n`;
      for (const input of [cable, html]) {
        const parsed = parseCables(input);
        expect(parsed.length).toBeGreaterThan(0);
        checkAll(input, parsed);
      }
      // Positions of a CSV cable refer to its row's cable text, so only the outcome is checked.
      const rows = parseCables(csv);
      expect(rows).toHaveLength(1);
      expect(rows[0]?.metadata?.origin).toBe(name);
      expect(rows[0]?.diagnostics.some((d) => d.code === 'INTERNAL_ERROR')).toBe(false);
    }
    // Nothing reached Object.prototype.
    expect(Object.keys(Object.prototype)).toEqual([]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    expect(typeof ({} as { constructor: unknown }).constructor).toBe('function');
  });

  it('keeps such names as plain data', () => {
    const cable = parseCable('UNCLAS ASTANA 000270\nTAGS: __PROTO__ CONSTRUCTOR\nSUBJECT: __proto__\n\n1. Text.');
    expect(cable.tags).toEqual(['__PROTO__', 'CONSTRUCTOR']);
    expect(cable.subject).toBe('__proto__');
    expect(Object.getPrototypeOf(cable)).toBe(Object.prototype);
  });
});

describe('HTML is text', () => {
  it('takes nothing from scripts, styles or comments', () => {
    const evil = 'SUBJECT: INJECTED&#x000A;TAGS: EVIL';
    const html = `<html><head><script>var x = "<code><pre>${evil}</pre></code>";</script><style>pre{}</style></head><body><!-- <code><pre>${evil}</pre></code> --><table class='cable'><tr><th>Reference ID</th><th>Created</th><th>Classification</th><th>Origin</th></tr><tr><td>10ASTANA270</td><td>2010-02-26 08:05</td><td>UNCLASSIFIED</td><td>Embassy Astana</td></tr></table><code><pre>UNCLAS ASTANA 000270&#x000A;TAGS: PREL&#x000A;SUBJECT: REAL&#x000A;&#x000A;1. Text &lt;script&gt;alert(1)&lt;/script&gt;.</pre></code></body></html>`;
    const cable = parseCable(html);
    expect(cable.subject).toBe('REAL');
    expect(cable.tags).toEqual(['PREL']);
    expect(JSON.stringify(cable)).not.toContain('INJECTED');
    // Entities stay text: the cable's escaped markup is its literal text, not markup.
    expect(cable.paragraphs[0]?.text).toBe('Text <script>alert(1)</script>.');
  });
});

describe('limits', () => {
  it('cuts input over maxInputLength with a diagnostic and a partial result', () => {
    const text = seedTexts[0] ?? '';
    const cable = parseCable(text, { maxInputLength: 2000 });
    expect(cable.diagnostics[0]?.code).toBe('INPUT_TOO_LARGE');
    expect(cable.metadata?.referenceId).toBe('10ASTANA270');
  });

  it('cuts a preamble field over maxFieldLines with a diagnostic, keeping the rest as unparsed', () => {
    const refs = Array.from({ length: 50 }, (_, k) => ` ${String.fromCharCode(65 + (k % 26))}) STATE ${k + 1}`).join('\n');
    const text = `UNCLAS ASTANA 000270\nTAGS: PREL\nSUBJECT: X\nREF:${refs.slice(1)}\n\n1. Text.`;
    const cable = parseCable(text, { maxFieldLines: 10 });
    expect(cable.diagnostics.map((d) => d.code)).toContain('FIELD_TOO_LONG');
    expect(cable.references.length).toBeLessThanOrEqual(10);
    expect(cable.unparsed.length).toBeGreaterThan(0);
    checkAll(text, [cable]);
  });

  it('rejects a non-positive maxFieldLines as a programmer error', () => {
    expect(() => parseCable('x', { maxFieldLines: 0 })).toThrow(TypeError);
  });
});
