/**
 * Reflowed newsletter pages (reviews r21 §3, r22 §1 and §2): a label after a closing parenthesis or a
 * source credit inside a reflowed line, a title-case heading run onto the end of the last line of a
 * paragraph, and an underlined title line that first ends the sentence before it. Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { splitReflowedLines } from '../src/body/reflowed-lines.js';
import { splitLines } from '../src/text/source-line.js';

const HEAD = ['UNCLAS SECTION 01 OF 02 LIMA 000815', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: SENV PE', 'SUBJECT: TEST SUBJECT', ''];

/** A cable: the preamble above, then `body` lines, then a signer. */
const cable = (...body: string[]): string => [...HEAD, ...body, '', 'SMITH', ''].join('\n');

/** Filler text of a reflowed paragraph (long enough to be a reflowed line). */
const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length.';

/** The pieces `splitReflowedLines` cuts the lines of `source` into. */
const pieces = (source: string): string[] => splitReflowedLines(splitLines(source), source).map((p) => p.text);

describe('the next label after a parenthesis or a source credit inside a reflowed line (r22 §1)', () => {
  it('cuts the next number after a closing parenthesis ending the paragraph', () => {
    const c = parseCable(
      cable(
        `4. River Dam Approved JUNE 2008 - ${LONG}`,
        '',
        `${LONG} Officials expect work to start soon. Source - Green News (contact the hub for the complete article) 5. Peru: Park Rangers Protest Cuts JULY 2008 - ${LONG}`,
        '',
        `6. Forest Law Passed JULY 2008 - ${LONG}`,
      ),
    );
    expect(c.paragraphs.map((p) => p.number)).toEqual(['4', '5', '6']);
    expect(c.paragraphs[0]?.text.endsWith('(contact the hub for the complete article)')).toBe(true);
    expect(c.paragraphs[1]?.text.startsWith('Peru: Park Rangers Protest Cuts JULY 2008')).toBe(true);
  });

  it('cuts the next number after a source credit opening the line, with exact offsets', () => {
    const line = `Source - WWF 8. Chile: Glacier Law Debated MAY 2008 - ${LONG}`;
    const source = [`7. Solar Plant Opens MAY 2008 - ${LONG}`, '', line, '', `9. Coral Survey Begins - ${LONG}`].join('\n');
    expect(pieces(source)).toContain('Source - WWF');
    const c = parseCable(cable(...source.split('\n')));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['7', '8', '9']);
    expect(c.paragraphs[0]?.text.endsWith('Source - WWF')).toBe(true);
    expect(c.paragraphs[1]?.text.startsWith('Chile: Glacier Law Debated')).toBe(true);
    const split = splitReflowedLines(splitLines(source), source);
    for (const p of split) expect(source.slice(p.offset, p.end)).toBe(p.text);
  });

  it('does not cut a number that is not the next one, nor one after a parenthesis inside a sentence of another number', () => {
    const line = `3. ${LONG} The plan (see the annex) 7. Ministers disagreed on it.`;
    expect(pieces(line)).toEqual([line]);
    const credit = `3. ${LONG} Source - WWF 5. Chile: Glacier Law Debated`;
    expect(pieces(credit)).toEqual([credit]);
  });
});

describe('a title-case heading run onto the end of the paragraph line before a marked label (r22 §2)', () => {
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

describe('an underlined title line that first ends the sentence before it (r21 §3)', () => {
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

describe('hostile input for the new scans', () => {
  it('reads long runs of parentheses, credits, title words and rules in linear time', () => {
    const t0 = Date.now();
    const a = `1. ${LONG} ${'Source - A B C D E F (x) '.repeat(6000)}2. Next`;
    const b = `1. (C) ${LONG}. ${'Word Of Title '.repeat(8000)}\n\n2. (C) Next.`;
    const d = Array.from({ length: 3000 }, (_, k) => `${LONG} words ${k}\n\n${'A '.repeat(30)}Title Words Here\n${'-'.repeat(16)}\n`).join('\n');
    for (const s of [a, b, d]) parseCable(cable(s));
    expect(Date.now() - t0).toBeLessThan(3000);
  });
});
