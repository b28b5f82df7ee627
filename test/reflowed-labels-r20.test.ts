/**
 * Unmarked paragraph labels inside reflowed lines (review r20 §1, r14 §2): a page that put each
 * paragraph on one long line can start the next paragraph in mid-line without a portion marking
 * (`... links to foreign capital. 8. Although company officials ...`). Such a label is cut off
 * when it is the next number of the sequence, right after a sentence end. Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { splitReflowedLines } from '../src/body/reflowed-lines.js';
import { splitLines } from '../src/text/source-line.js';
import { bestParseMs } from './timing.js';

const HEAD = ['UNCLAS SECTION 01 OF 02 ZAGREB 000815', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: ECON HR', 'SUBJECT: TEST SUBJECT', ''];

/** A cable: the preamble above, then `body` lines, then a signer. */
const cable = (...body: string[]): string => [...HEAD, ...body, '', 'SMITH', ''].join('\n');

/** Filler text of a reflowed paragraph (long enough to be a reflowed line). */
const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';

/** The pieces `splitReflowedLines` cuts the lines of `source` into. */
const pieces = (source: string): string[] => splitReflowedLines(splitLines(source), source).map((p) => p.text);

describe('unmarked labels that continue the sequence inside a reflowed line', () => {
  it('cuts 8, 9 and 10 out of the line of paragraph 7, with exact offsets', () => {
    const source = [
      `7. ${LONG} The buyer has links to foreign capital. 8. Although company officials said they would stay, they have debt.`,
      '9. Short line.',
    ].join('\n');
    const line = `7. ${LONG} Talks went on with the rival, which has links to foreign capital. 8. Although company officials said they would keep the brand, they have debt. 9. Plant officials said the agencies must act. 10. Post has used recent meetings to stress the rules.`;
    expect(pieces(line)).toEqual([
      `7. ${LONG} Talks went on with the rival, which has links to foreign capital.`,
      '8. Although company officials said they would keep the brand, they have debt.',
      '9. Plant officials said the agencies must act.',
      '10. Post has used recent meetings to stress the rules.',
    ]);
    const split = splitReflowedLines(splitLines(line), line);
    for (const p of split) expect(line.slice(p.offset, p.end)).toBe(p.text);
    // The label below is 9: the 8 inside the line comes before it and is cut.
    expect(pieces(source)[1]).toBe('8. Although company officials said they would stay, they have debt.');
  });

  it('cuts a label after a closing quote: paragraphs 5, 6 and 7', () => {
    const c = parseCable(
      cable(
        `4. (U) ${LONG}`,
        '',
        `5. ${LONG} They said the results will come from dialogue, and be more broad-based." 6. Pomar, a "movement socialist" who favors public ownership, won in the city and state.`,
        '',
        '7. (U) This message was coordinated with the Embassy.',
      ),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['4', '5', '6', '7']);
    expect(c.paragraphs[1]?.text.endsWith('and be more broad-based."')).toBe(true);
    expect(c.paragraphs[2]?.text.startsWith('Pomar, a "movement socialist"')).toBe(true);
  });

  it('cuts a label opening an all-caps word in an all-caps cable', () => {
    expect(pieces(`3. ${LONG.toUpperCase()} THE TALKS ENDED. 4. THE MINISTER LEFT FOR ROME.`)).toEqual([`3. ${LONG.toUpperCase()} THE TALKS ENDED.`, '4. THE MINISTER LEFT FOR ROME.']);
  });
});

describe('numbers in sentences and lists stay in the text', () => {
  const same = (line: string): void => expect(pieces(line)).toEqual([line]);

  it('a number that is not the next one: `... in 2008. 9. The ...` after paragraph 7', () => {
    same(`7. ${LONG} The plant opened in 2008. 9. The ministry has not said when it will close.`);
  });

  it('a number after a word, not a sentence end: `Article 8. The ...`, `reduced to 8. The ...`', () => {
    same(`7. ${LONG} The draft changes Article 8. The ministry will send it to parliament.`);
    same(`7. ${LONG} The number of sites was reduced to 8. The ministry will close the rest.`);
  });

  it('an abbreviation before the number: `see para. 8. The ...`, `Resolution No. 8. The ...`', () => {
    same(`7. ${LONG} See para. 8. The ministry will reply in writing.`);
    same(`7. ${LONG} The council passed Resolution No. 8. The ministry will reply in writing.`);
  });

  it('decimals, glued text, three spaces and lower-case words', () => {
    same(`7. ${LONG} The deal was worth 8.5 billion dollars. 8.The ministry agreed.`);
    same(`7. ${LONG} The talks ended.   8. The ministry agreed.`);
    same(`7. ${LONG} The talks ended. 8. the ministry agreed.`);
  });

  it('a list inside the paragraph: `... three points: 1. ... 2. ... 3. ...`', () => {
    same(`2. ${LONG} He made three points: 1. The talks must go on. 2. The aid will continue. 3. The border stays open.`);
    same(`2. ${LONG} He made three points. 1. The talks must go on. 2. The aid will continue. 3. The border stays open.`);
  });

  it('a number that the label below repeats: `... 3. The ...` with `3. (C) ...` on the next line', () => {
    const source = [`2. ${LONG} The plan has steps. 3. The first comes in May.`, '', '3. (C) The minister said the plan was ready.'].join('\n');
    expect(pieces(source)).toEqual([`2. ${LONG} The plan has steps. 3. The first comes in May.`, '', '3. (C) The minister said the plan was ready.']);
  });

  it('no label read yet on the page, or a short (wrapped) line', () => {
    same(`${LONG} The talks ended. 1. The ministry agreed to the terms.`);
    const wrapped = ['4. The talks ended on Monday. 5. The ministry agreed.', '6. Text.'].join('\n');
    expect(pieces(wrapped)).toEqual(['4. The talks ended on Monday. 5. The ministry agreed.', '6. Text.']);
  });
});

describe('linear time on hostile unmarked labels', () => {
  const cases: Record<string, string> = {
    'sequential unmarked labels on one line': `1. Text. ${Array.from({ length: 20_000 }, (_, k) => `${(k % 900) + 2}. A b.`).join(' ')}`,
    'candidate labels on many long lines, each looking below': `1. ${LONG} Text. 2. The end.\n`.repeat(1500),
    'labels breaking the sequence': `1. ${LONG} ${'x. 5. A '.repeat(25_000)}`,
    'long lines just under a flattened page': `1. ${'Text. 1. Text. 2. Text. 9. A '.repeat(60)}\n`.repeat(110),
  };
  for (const [name, body] of Object.entries(cases)) {
    it(`${name}: ~200 kB in well under a second`, () => {
      expect(bestParseMs(cable(body))).toBeLessThan(1000);
    });
  }
});
