/**
 * Linear time of the body readers on hostile input that mixes the shapes of several of them: reflowed labels and
 * headings, stray `SIPDIS` captions, `Q` repeats, signer trailers and junk lines, cut page markers, notes.
 * Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { msUnder } from './timing.js';

const ASTANA_HEAD = ['CONFIDENTIAL SECTION 01 OF 02 ASTANA 000270', '', 'SIPDIS', '', 'E.O. 12958: DECL: 01/01/2018', 'TAGS: PREL KZ', 'SUBJECT: TEST SUBJECT', ''];

/** A preamble from Bruges; `subject` may wrap onto a second line. */
const brugesHead = (subject: string[] = ['SUBJECT: TEST SUBJECT']): string[] => ['UNCLAS SECTION 01 OF 02 BRUGES 000123', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PREL XX', ...subject, ''];
/** A Bruges cable: the preamble, the body lines, a signer. */
const brugesCable = (body: string[], subject?: string[]): string => [...brugesHead(subject), ...body, '', 'SMITH', ''].join('\n');
/** An Astana cable: the preamble above, then `body` lines (no signer added). */
const astanaBare = (...body: string[]): string => [...ASTANA_HEAD, ...body, ''].join('\n');

/** Filler text of a reflowed paragraph (long enough to be a reflowed line). */
const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';

describe('linear time on hostile input: Q repeats, stray SIPDIS, caps words and notes in long lines', () => {
  it('long reflowed lines of ` QA`, `SIPDIS 1` and caps words parse fast', () => {
    const a = `1. (C) ${'word Secretary A QA A '.repeat(5000)}`;
    const b = `2. (C) ${'x. SIPDIS 1 Secretary '.repeat(5000)} END`;
    const c = `3. (C) ${'a. B C D E F G H '.repeat(5000)}AB CD`;
    // (Best of up to 3 runs, as the other timing tests: one run on a busy machine may take longer.)
    expect(
      msUnder(1500, () => {
        parseCable(brugesCable([a, '', b, '', c, '', '4.Next the text.', '', 'NOTE: x'.repeat(20000)]));
      }),
    ).toBeLessThan(1500);
  });
});

describe('linear time on hostile input: reflowed labels and rules, stray SIPDIS, signer trailers, cut page markers', () => {
  const cases: Record<string, string> = {
    'caps headings before labels': `1. (C) Text. ${'End. HEADING WORDS HERE  2. (C) '.repeat(6000)}`,
    'two spaces and capitals before digits': `1. (C) Text. ${'A  B  2. '.repeat(20_000)}`,
    'lines ending in rules over right-ruled headings': `${`${LONG} Text. -------\n\nHEADING -------\n\n`.repeat(1200)}`,
    'SIPDIS and U.S. everywhere': `1. ${'the SIPDIS U.S. SIPDIS the U.S. '.repeat(6000)}`,
    'lettered lists of initials after colons': `1. Text. ${'X ARE:\nA. P. V. RAO;\nB. S. B. CHAVAN;\n'.repeat(6000)}`,
    'SIPDIS after sentence ends near a Secretary': `1. ${'The Secretary said so.  SIPDIS Moratinos agreed. '.repeat(6000)}`,
    'Visit lines over Intelink URLs': 'Visit the forum at\nhttp://www.intelink.gov/x\n'.repeat(4000),
    'junk-like lines': 'SMITH\n\n@ # @\n'.repeat(10_000),
    'source credits': `${'Source - Agency Name '.repeat(9000)}Sobel`,
    'cut markers': 'ASTANA 00000270  001.2 OF 0...\n'.repeat(6000),
  };
  for (const [name, body] of Object.entries(cases)) {
    it(`${name}: ~200 kB in well under a second`, () => {
      expect(msUnder(1000, () => parseCable(astanaBare(body)))).toBeLessThan(1000);
    });
  }
});

describe('linear time on hostile input: session 14 rules (wrapped counts, held lists, captioned lines, name lists)', () => {
  const cases: Record<string, string[]> = {
    // Counts wrapped to line starts, each number coming again later (`labelRecursStronger` looks ahead a bounded way).
    'wrapped counts': Array.from({ length: 6000 }, (_, i) => (i % 2 === 0 ? 'THE SLATE WON' : `${(i % 7) + 2}. THE RECOUNT GAVE IT A SEAT`)),
    // A paragraph of many blocks holding list numbers, then numbers past a gap (`holdsLabelLately` looks at the last blocks).
    'held lists': ['1. (U) The list:', '', ...Array.from({ length: 16000 }, (_, i) => (i % 2 === 0 ? `Text ${i}.` : i % 4 === 1 ? 'x 3. y' : '5. Item after a gap.')), ''],
    // Captioned lines and lists of names between titles.
    'captions and names': ['8. (U) Participants:', '', ...Array.from({ length: 6000 }, (_, i) => (i % 5 === 4 ? '' : i % 5 === 0 ? 'RUSSIA' : `Place: Mission ${i}`))],
  };
  for (const [name, body] of Object.entries(cases)) {
    it(`${name}: ~100-200 kB in well under a second`, () => {
      const text = brugesCable(body);
      expect(text.length).toBeGreaterThan(60_000);
      expect(msUnder(1500, () => parseCable(text))).toBeLessThan(1500);
    });
  }
});

describe('linear time on hostile input: Markdown marks everywhere', () => {
  it('bold marks without pairs, escapes and quote prefixes: ~200 kB in well under a second', () => {
    const body = Array.from({ length: 8000 }, (_, i) => (i % 3 === 0 ? `> **x ${'a'.repeat(10)}` : i % 3 === 1 ? `1\\. **${'b '.repeat(8)}` : `## ${'c'.repeat(12)}**`));
    const text = brugesCable(body);
    expect(text.length).toBeGreaterThan(150_000);
    expect(msUnder(1500, () => parseCable(text))).toBeLessThan(1500);
  });
});
