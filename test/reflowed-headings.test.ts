/**
 * Headings run onto a reflowed line (`splitReflowedLines`, src/body/reflowed-lines.ts): an all-caps or title-case
 * heading at the end of a paragraph's line, the left rule of a framed heading run onto the line before, and an
 * underlined title line that first ends the sentence before it. Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { splitReflowedLines } from '../src/body/reflowed-lines.js';
import { splitLines } from '../src/text/source-line.js';

const LIMA_HEAD = ['UNCLAS SECTION 01 OF 02 LIMA 000815', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: SENV PE', 'SUBJECT: TEST SUBJECT', ''];
const ASTANA_HEAD = ['CONFIDENTIAL SECTION 01 OF 02 ASTANA 000270', '', 'SIPDIS', '', 'E.O. 12958: DECL: 01/01/2018', 'TAGS: PREL KZ', 'SUBJECT: TEST SUBJECT', ''];

/** A Lima cable: the preamble above, then `body` lines, then a signer. */
const cable = (...body: string[]): string => [...LIMA_HEAD, ...body, '', 'SMITH', ''].join('\n');
/** An Astana cable: the preamble above, then `body` lines (no signer added). */
const astanaBare = (...body: string[]): string => [...ASTANA_HEAD, ...body, ''].join('\n');
/** An Astana cable: the preamble above, then `body` lines, then a signer. */
const astanaCable = (...body: string[]): string => astanaBare(...body, '', 'SMITH');
/** A preamble from Bruges; `subject` may wrap onto a second line. */
const brugesHead = (subject: string[] = ['SUBJECT: TEST SUBJECT']): string[] => ['UNCLAS SECTION 01 OF 02 BRUGES 000123', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PREL XX', ...subject, ''];
/** A Bruges cable: the preamble, the body lines, a signer. */
const brugesCable = (body: string[], subject?: string[]): string => [...brugesHead(subject), ...body, '', 'SMITH', ''].join('\n');

/** Filler text of a reflowed paragraph (long enough to be a reflowed line). */
const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';
/** A longer filler of a reflowed paragraph. */
const LONGER = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length with his staff.';

/** The pieces `splitReflowedLines` cuts the lines of `source` into. */
const pieces = (source: string): string[] => splitReflowedLines(splitLines(source), source).map((p) => p.text);

describe('an all-caps section heading ending a reflowed paragraph line', () => {
  it('heads the next paragraph (`... for citizens). TRANSFER POLICIES` / blank / `3.From ...`)', () => {
    const c = parseCable(brugesCable([`2.${LONGER} Owners must divest shares (with a preference for citizens). CONVERSION AND TRANSFER POLICIES`, '', `3.From 1999 to 2001 the country kept two exchange rates. ${LONGER}`]));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['2', '3']);
    expect(c.paragraphs[0]?.text.endsWith('(with a preference for citizens).')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('CONVERSION AND TRANSFER POLICIES');
  });

  it('guard: no sentence end before it, one word, or an all-caps paragraph is not cut', () => {
    const noEnd = parseCable(brugesCable([`2.${LONGER} The country is not ranked OPENNESS TO INVESTMENT`, '', `3.From 1999 the country kept two rates. ${LONGER}`]));
    expect(noEnd.paragraphs[1]?.heading).toBeNull();
    const oneWord = parseCable(brugesCable([`2.${LONGER} It was done. AGREED`, '', `3.From 1999 the country kept two rates. ${LONGER}`]));
    expect(oneWord.paragraphs[1]?.heading).toBeNull();
    const caps = parseCable(brugesCable([`2. ${LONGER.toUpperCase()} WE MET HIM. THE TALKS WENT WELL`, '', `3. ${LONGER.toUpperCase()}`]));
    expect(caps.paragraphs[0]?.text.endsWith('THE TALKS WENT WELL')).toBe(true);
  });
});

describe('an all-caps heading ending a reflowed list entry with no sentence end, the page\'s other headings alike', () => {
  /** A reflowed page: paragraph 1 ends with `tail`, then two headings of the same shape (one after a sentence end, one on its own line). */
  const page = (tail: string): string[] => [
    `1. Indicators: ${LONGER} Survey: the country is ranked 130 on the index. Index: 171 Rating: ${tail}`,
    '',
    `2.In recent years ${LONGER} Owners must divest shares (with a preference for citizens). CONVERSION AND TRANSFER POLICIES`,
    '',
    `3.From 1999 to 2001 the country kept two exchange rates. ${LONGER}`,
    '',
    'RIGHT TO PRIVATE OWNERSHIP',
    '',
    `4.Private ownership is allowed. ${LONGER}`,
  ];

  it('`... is not ranked OPENNESS TO INVESTMENT` / blank / `2.In ...`: the heading of paragraph 2', () => {
    const c = parseCable(brugesCable(page('the country is not ranked OPENNESS TO INVESTMENT')));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2', '3', '4']);
    expect(c.paragraphs[0]?.text.endsWith('Rating: the country is not ranked')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('OPENNESS TO INVESTMENT');
    expect(c.paragraphs[2]?.heading).toBe('CONVERSION AND TRANSFER POLICIES');
    expect(c.unparsed).toEqual([]);
  });

  it('cuts the heading with exact offsets and a blank line before it', () => {
    const source = page('the country is not ranked OPENNESS TO INVESTMENT').join('\n');
    const lines = splitReflowedLines(splitLines(source), source);
    const h = lines.findIndex((l) => l.text === 'OPENNESS TO INVESTMENT');
    expect(h).toBeGreaterThan(1);
    expect(lines[h - 1]?.text).toBe('');
    expect(lines[h - 2]?.text.endsWith('is not ranked')).toBe(true);
    const at = source.indexOf('OPENNESS');
    expect([lines[h]?.offset, lines[h]?.end]).toEqual([at, at + 'OPENNESS TO INVESTMENT'.length]);
  });

  it('guard: a name after `the`, `with` or a capitalized word, a run ending in `AND`, or a banner stays in the text', () => {
    for (const tail of ['the ministry met with the NATIONAL OIL CORPORATION', 'the ministry met with NATIONAL OIL CORPORATION', 'the talks led by Minister ALI HASSAN', 'the country is not ranked OPENNESS AND', 'the text is SENSITIVE BUT UNCLASSIFIED']) {
      const c = parseCable(brugesCable(page(tail)));
      expect(c.paragraphs[0]?.text.endsWith(tail)).toBe(true);
      expect(c.paragraphs[1]?.heading).toBeNull();
    }
  });

  it('guard: with fewer than two other all-caps headings on the page the run stays in the text', () => {
    const one = page('the country is not ranked OPENNESS TO INVESTMENT').slice(0, 5);
    one[2] = `2.In recent years ${LONGER} Owners must divest shares (with a preference for citizens).`;
    const c = parseCable(brugesCable([...one, '', 'RIGHT TO PRIVATE OWNERSHIP', '', `4.Private ownership is allowed. ${LONGER}`]));
    expect(c.paragraphs[0]?.text.endsWith('is not ranked OPENNESS TO INVESTMENT')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBeNull();
  });

  it('reads many such lines in linear time: ~200 kB in well under a second', () => {
    const entry = (k: number): string => `${k + 1}.Entry ${LONGER} the country is not ranked ${'OPENNESS TO '.repeat(3)}INVESTMENT`;
    const body = Array.from({ length: 1500 }, (_, k) => entry(k) + '\n');
    const t0 = Date.now();
    const c = parseCable(brugesCable([...page('x is ranked PLAIN WORDS HERE'), '', ...body]));
    expect(Date.now() - t0).toBeLessThan(1000);
    expect(c.paragraphs.length).toBeGreaterThan(1000);
  });
});

describe('a title-case heading run onto the end of the paragraph line before a marked label', () => {
  it('gives the heading to the next paragraph', () => {
    const c = parseCable(
      cable(
        `5. (SBU) ${LONG} The rise is a result of the privatization of the telecom sector. Minister's Chief of Staff Named in Inquiry`,
        '',
        '6. (SBU) Two more names emerged over the weekend.',
      ),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['5', '6']);
    expect(c.paragraphs[0]?.text.endsWith('privatization of the telecom sector.')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe("Minister's Chief of Staff Named in Inquiry");
  });

  it('keeps the line whole when the label below has no marking, or the tail has two words, or a lower-case word', () => {
    const unmarked = `5. (SBU) ${LONG} The rise came after the sale. Minister's Chief of Staff Named in Inquiry`;
    expect(pieces([unmarked, '', '6. Two more names emerged.'].join('\n'))[0]).toBe(unmarked);
    const short = `5. (SBU) ${LONG} The rise came after the sale. Minister Resigns`;
    expect(pieces([short, '', '6. (SBU) Two more names emerged.'].join('\n'))[0]).toBe(short);
    const lower = `5. (SBU) ${LONG} The rise came after the sale. Minister Named again yesterday`;
    expect(pieces([lower, '', '6. (SBU) Two more names emerged.'].join('\n'))[0]).toBe(lower);
  });
});

describe('a framed heading whose left rule was run onto the line before', () => {
  it('`... positive. -------` / blank / `COMMENT -------`: the rule is not the paragraph\'s', () => {
    const c = parseCable(astanaCable(`1. ${LONG} On balance, the coverage was positive. -------`, '', 'COMMENT -------', '', `2. ${LONG}`));
    expect(c.paragraphs[0]?.text.endsWith('was positive.')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('COMMENT');
  });

  it('guard: a rule ending a long line with no heading after it stays', () => {
    const c = parseCable(astanaCable(`1. ${LONG} On balance, the coverage was positive. -------`, '', `2. ${LONG}`));
    expect(c.paragraphs[0]?.text.endsWith('-------')).toBe(true);
  });
});

describe('an underlined title line that first ends the sentence before it', () => {
  const rule = '-'.repeat(44) + ' ----';
  it('gives the words before the underlined title to the paragraph before', () => {
    const c = parseCable(
      cable(
        `1. (SBU) ${LONG} He offered the following points from the Oct. 12-13`,
        '',
        'EU-Chile Summit: Joint Action Plan and a Bilateral Trade Agreement',
        rule,
        '',
        '2. (SBU) The summit went well.',
      ),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['1', '2']);
    expect(c.paragraphs[0]?.text.endsWith('from the Oct. 12-13 EU-Chile Summit:')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('Joint Action Plan and a Bilateral Trade Agreement');
    expect(c.unparsed).toEqual([]);
  });

  it('keeps the title whole when the paragraph before ends a sentence, or the rule is as long as the line', () => {
    const ended = parseCable(cable(`1. (SBU) ${LONG}`, '', 'EU-Chile Summit: Joint Action Plan and a Bilateral Trade Agreement', rule, '', '2. (SBU) The summit went well.'));
    expect(ended.paragraphs[1]?.heading).toBe('EU-Chile Summit: Joint Action Plan and a Bilateral Trade Agreement');
    const full = '-'.repeat(66);
    const whole = parseCable(cable(`1. (SBU) ${LONG} He offered the following points from the Oct. 12-13`, '', 'EU-Chile Summit: Joint Action Plan and a Bilateral Trade Agreement', full, '', '2. (SBU) The summit went well.'));
    expect(whole.paragraphs[1]?.heading).toBe('EU-Chile Summit: Joint Action Plan and a Bilateral Trade Agreement');
  });
});

describe('linear time on hostile input: parentheses, source credits, title words and rules', () => {
  it('reads long runs of parentheses, credits, title words and rules in linear time', () => {
    const t0 = Date.now();
    const a = `1. ${LONG} ${'Source - A B C D E F (x) '.repeat(6000)}2. Next`;
    const b = `1. (C) ${LONG}. ${'Word Of Title '.repeat(8000)}\n\n2. (C) Next.`;
    const d = Array.from({ length: 3000 }, (_, k) => `${LONG} words ${k}\n\n${'A '.repeat(30)}Title Words Here\n${'-'.repeat(16)}\n`).join('\n');
    for (const s of [a, b, d]) parseCable(cable(s));
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
