/**
 * Review round r11-r13 (reflowed labels after a heading, signer before a junk line or after a
 * source credit, slashed and qualified comment blocks, a heading's left rule run onto the line
 * before, a forum trailer, `SIPDIS` next to `U.S.`, a closing coordination paragraph, a cut page
 * marker). Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { extractBlocks } from '../src/body/blocks.js';
import { parsePageMarkerLine } from '../src/body/page-markers.js';
import type { Paragraph } from '../src/model/cable.js';
import { bestParseMs } from './timing.js';

const HEAD = ['CONFIDENTIAL SECTION 01 OF 02 ASTANA 000270', '', 'SIPDIS', '', 'E.O. 12958: DECL: 01/01/2018', 'TAGS: PREL KZ', 'SUBJECT: TEST SUBJECT', ''];

/** A cable: the preamble above, then `body` lines (no signer added). */
const bare = (...body: string[]): string => [...HEAD, ...body, ''].join('\n');
/** A cable: the preamble above, then `body` lines, then a signer. */
const cable = (...body: string[]): string => bare(...body, '', 'SMITH');

/** A paragraph for `extractBlocks`. */
const para = (text: string, heading: string | null = null, number: string | null = null): Paragraph => ({ number, outline: number === null ? [] : [number], marking: null, heading, text });

/** Filler of a reflowed paragraph. */
const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';

describe('reflowed lines: the next label after an all-caps heading', () => {
  it('cuts `... End summary.  HEADING  2. (C) ...` into the paragraph, the heading and the next label', () => {
    const line = `1. (C) Summary: ${LONG} End summary.  PRISONERS RELEASED  2. (C) ${LONG}  3. (C) ${LONG}  TRIAL ENDS; NINE MEN CONVICTED & SENTENCED  4. (C) ${LONG}`;
    const c = parseCable(cable(line));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, 'PRISONERS RELEASED', null, 'TRIAL ENDS; NINE MEN CONVICTED & SENTENCED']);
    expect(c.paragraphs.every((p) => p.marking === 'C')).toBe(true);
    expect(c.paragraphs[0]?.text.endsWith('End summary.')).toBe(true);
  });

  it('guard: a mixed-case phrase, a label out of sequence or one without a marking is not cut', () => {
    const mixed = parseCable(cable(`1. (C) ${LONG} We Met Them  2. (C) ${LONG}`));
    expect(mixed.paragraphs.map((p) => p.number)).toEqual(['1']);
    const skipped = parseCable(cable(`1. (C) ${LONG} End summary.  HEADING WORDS  5. (C) ${LONG}`));
    expect(skipped.paragraphs.map((p) => p.number)).toEqual(['1']);
    const unmarked = parseCable(cable(`1. (C) ${LONG} End summary.  HEADING WORDS  2. The ${LONG}`));
    expect(unmarked.paragraphs.map((p) => p.number)).toEqual(['1']);
  });
});

describe('signer before one junk line', () => {
  it('`BLEICH` / blank / `EPET @ EL PA\u00cdS`: the name is the signer, the junk is no text', () => {
    const c = parseCable(bare('1. (C) Comment: The talks went well. End Comment.', '', 'JONES', '', 'EPET @ EL PA\u00cdS'));
    expect(c.signer).toBe('JONES');
    expect(c.paragraphs.at(-1)?.text).toBe('Comment: The talks went well. End Comment.');
    expect(c.unparsed.map((u) => u.text)).toContain('EPET @ EL PA\u00cdS');
  });

  it('guard: a last line in lower case (text, not junk) is not passed over', () => {
    const c = parseCable(bare('1. (C) The talks went well.', '', 'JONES', '', 'cc @ desk officer'));
    expect(c.signer).toBeNull();
  });
});

describe('mixed-case signer after a source credit', () => {
  it('`... reach the resorts. Source - Tierramerica Sobel` gives `Sobel`', () => {
    const c = parseCable(bare(`1. ${LONG} New routes let tourists reach the resorts. Source - Tierramerica Sobel`));
    expect(c.signer).toBe('Sobel');
    expect(c.paragraphs.at(-1)?.text.endsWith('Source - Tierramerica')).toBe(true);
  });

  it('guard: a source name in two words is no signer (`Source - Xinhua News`)', () => {
    expect(parseCable(bare(`1. ${LONG} Source - Xinhua News`)).signer).toBeNull();
  });
});

describe('comment blocks: slashed headings and qualified keywords', () => {
  it('a `//COMMENT//` heading opens a comment section', () => {
    const paragraphs = [para('The minister spoke.', null, '6'), para('Our view is that he is right.', '//COMMENT//', '7')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['Our view is that he is right.']);
  });

  it('`(S/NF) Embassy Note and Comment: ... End Embassy Comment.` is a comment', () => {
    const text = 'Assets were moved.\n\n(S/NF) Embassy Note and Comment: The office has cooperated closely since 2005. End Embassy Comment.';
    expect(extractBlocks([para(text, null, '7')], 'COMMENT')).toEqual(['The office has cooperated closely since 2005.']);
  });

  it('`Post Comment:` after a sentence end opens a comment', () => {
    expect(extractBlocks([para('They run campaigns. Post Comment: The group is well known.', null, '3')], 'COMMENT')).toEqual(['The group is well known.']);
  });

  it('guard: another capitalized word before `Comment:` in running text opens nothing', () => {
    expect(extractBlocks([para('The rules were changed. Public Comment: the period ended.', null, '3')], 'COMMENT')).toEqual([]);
  });

  it('a comment section without END COMMENT stops before `(U) This report was coordinated with ...`', () => {
    const paragraphs = [para('The disputes go on.', 'COMMENT', '12'), para('(U) This report was coordinated with Amconsul Recife.', null, '13')];
    expect(extractBlocks(paragraphs, 'COMMENT')).toEqual(['The disputes go on.']);
  });
});

describe('a framed heading whose left rule was run onto the line before', () => {
  it('`... positive. -------` / blank / `COMMENT -------`: the rule is not the paragraph\'s', () => {
    const c = parseCable(cable(`1. ${LONG} On balance, the coverage was positive. -------`, '', 'COMMENT -------', '', `2. ${LONG}`));
    expect(c.paragraphs[0]?.text.endsWith('was positive.')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('COMMENT');
  });

  it('guard: a rule ending a long line with no heading after it stays', () => {
    const c = parseCable(cable(`1. ${LONG} On balance, the coverage was positive. -------`, '', `2. ${LONG}`));
    expect(c.paragraphs[0]?.text.endsWith('-------')).toBe(true);
  });
});

describe('a forum trailer before the signer', () => {
  it('`Visit <...> Forum at` over an Intelink URL is transmission, not text', () => {
    const c = parseCable(bare('1. (C) The challenges must be addressed.', '', 'Visit Canada,s Economy and Environment Forum at', 'http://www.intelink.gov/communities/state/can ada', '', 'WILKINS'));
    expect(c.signer).toBe('WILKINS');
    expect(c.paragraphs.at(-1)?.text).toBe('The challenges must be addressed.');
  });

  it('guard: a `Visit ... at` line over a URL that is not Intelink stays text', () => {
    const c = parseCable(bare('1. (C) The challenges must be addressed.', '', 'Visit the ministry site at', 'http://www.example.org/news', '', 'WILKINS'));
    expect(c.paragraphs.at(-1)?.text).toContain('Visit the ministry site at');
  });
});

describe('a stray SIPDIS next to U.S.', () => {
  it('`trade with the SIPDIS U.S., which` and `the U.S. SIPDIS to developing` lose the caption', () => {
    const c = parseCable(cable(`1. ${LONG} Brazil profits more from trade with the SIPDIS U.S., which buys finished goods.`, '', `2. ${LONG} The President has committed the U.S. SIPDIS to developing new energy sources.`));
    expect(c.paragraphs[0]?.text).toContain('trade with the U.S., which');
    expect(c.paragraphs[1]?.text).toContain('committed the U.S. to developing');
  });

  it('guard: `the U.S. SIPDIS caption` is prose about the caption', () => {
    const c = parseCable(cable(`1. ${LONG} Posts must use the U.S. SIPDIS caption in replies.`));
    expect(c.paragraphs[0]?.text).toContain('U.S. SIPDIS caption');
  });
});

describe('a page marker cut by the archive', () => {
  it('`DUSHANBE 00000575  001.2 OF 0...` is a marker with an unknown total', () => {
    expect(parsePageMarkerLine('DUSHANBE 00000575  001.2 OF 0...')).toEqual({ post: 'DUSHANBE', serial: '00000575', page: 1, total: 0 });
    const c = parseCable(bare('REF: 09 ASTANA 406', '', 'ASTANA 00000270  001.2 OF 0...'));
    expect(c.paragraphs).toEqual([]);
    expect(c.pages).toHaveLength(1);
  });

  it('guard: a sentence ending `... of 0...` is no marker', () => {
    expect(parsePageMarkerLine('The score was 3 OF 0...')).toBeNull();
  });
});

describe('linear time on hostile input (round r11)', () => {
  const cases: Record<string, string> = {
    'caps headings before labels': `1. (C) Text. ${'End. HEADING WORDS HERE  2. (C) '.repeat(6000)}`,
    'two spaces and capitals before digits': `1. (C) Text. ${'A  B  2. '.repeat(20_000)}`,
    'lines ending in rules over right-ruled headings': `${`${LONG} Text. -------\n\nHEADING -------\n\n`.repeat(1200)}`,
    'SIPDIS and U.S. everywhere': `1. ${'the SIPDIS U.S. SIPDIS the U.S. '.repeat(6000)}`,
    'Visit lines over Intelink URLs': 'Visit the forum at\nhttp://www.intelink.gov/x\n'.repeat(4000),
    'junk-like lines': 'SMITH\n\n@ # @\n'.repeat(10_000),
    'source credits': `${'Source - Agency Name '.repeat(9000)}Sobel`,
    'cut markers': 'ASTANA 00000270  001.2 OF 0...\n'.repeat(6000),
  };
  for (const [name, body] of Object.entries(cases)) {
    it(`${name}: ~200 kB in well under a second`, () => {
      expect(bestParseMs(bare(body))).toBeLessThan(1000);
    });
  }
});
