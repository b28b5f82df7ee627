/**
 * Review rounds r14-r15 (an all-caps heading ending a reflowed line, the subject's wrapped line after
 * an inline page marker, comment and note extents, a summary lead-in, stray SIPDIS after `Secretary`,
 * a post name or handling caption standing alone, a `Q`-repeated line inside a reflowed line). Synthetic cables.
 */

import { describe, expect, it } from 'vitest';
import { parseCable } from '../src/assemble.js';
import { extractBlocks, extractSummary } from '../src/body/blocks.js';
import type { Paragraph } from '../src/model/cable.js';

/** A preamble; `subject` may wrap onto a second line. */
const head = (subject: string[] = ['SUBJECT: TEST SUBJECT']): string[] => ['UNCLAS SECTION 01 OF 02 BRUGES 000123', '', 'SIPDIS', '', 'E.O. 12958: N/A', 'TAGS: PREL XX', ...subject, ''];
/** A cable: the preamble, the body lines, a signer. */
const cable = (body: string[], subject?: string[]): string => [...head(subject), ...body, '', 'SMITH', ''].join('\n');
/** A paragraph for the block extractors. */
const para = (text: string, heading: string | null = null, number: string | null = null): Paragraph => ({ number, outline: number === null ? [] : [number], marking: null, heading, text });

const LONG = 'The delegation met the deputy minister on Monday and discussed the draft agreement at some length with his staff.';

describe('an all-caps section heading ending a reflowed paragraph line', () => {
  it('heads the next paragraph (`... for citizens). TRANSFER POLICIES` / blank / `3.From ...`)', () => {
    const c = parseCable(cable([`2.${LONG} Owners must divest shares (with a preference for citizens). CONVERSION AND TRANSFER POLICIES`, '', `3.From 1999 to 2001 the country kept two exchange rates. ${LONG}`]));
    expect(c.paragraphs.map((p) => p.number)).toEqual(['2', '3']);
    expect(c.paragraphs[0]?.text.endsWith('(with a preference for citizens).')).toBe(true);
    expect(c.paragraphs[1]?.heading).toBe('CONVERSION AND TRANSFER POLICIES');
  });

  it('guard: no sentence end before it, one word, or an all-caps paragraph is not cut', () => {
    const noEnd = parseCable(cable([`2.${LONG} The country is not ranked OPENNESS TO INVESTMENT`, '', `3.From 1999 the country kept two rates. ${LONG}`]));
    expect(noEnd.paragraphs[1]?.heading).toBeNull();
    const oneWord = parseCable(cable([`2.${LONG} It was done. AGREED`, '', `3.From 1999 the country kept two rates. ${LONG}`]));
    expect(oneWord.paragraphs[1]?.heading).toBeNull();
    const caps = parseCable(cable([`2. ${LONG.toUpperCase()} WE MET HIM. THE TALKS WENT WELL`, '', `3. ${LONG.toUpperCase()}`]));
    expect(caps.paragraphs[0]?.text.endsWith('THE TALKS WENT WELL')).toBe(true);
  });
});

describe('the subject wrapped line after an inline page marker', () => {
  const subject = ['SUBJECT: READOUT OF THE COUNCIL MEETING OF JANUARY 28,', '2009.'];
  it('is transmission, mid-line and at the line end', () => {
    const c = parseCable(
      cable([`1. (C) ${LONG} Seven centers of 83 total delayed BRUGES 00000123 002 OF 002 2009. opening. ${LONG}`, '', `2. (C) ${LONG} We spoke with the minister. BRUGES 00000123 002 OF 002 2009.`, '', `3. (C) ${LONG}`], subject),
    );
    expect(c.paragraphs[0]?.text).toContain('delayed opening.');
    expect(c.paragraphs[1]?.text.endsWith('We spoke with the minister.')).toBe(true);
  });

  it('guard: the same token in running text without a marker stays', () => {
    const c = parseCable(cable([`1. (C) ${LONG} The plan was adopted in 2009. opening the way for more.`], subject));
    expect(c.paragraphs[0]?.text).toContain('in 2009. opening');
  });
});

describe('comment and note extents', () => {
  it('a `Comment Cont\'d` heading continues the comment under a `Comment` heading', () => {
    const blocks = extractBlocks([para('Talks went well.', null, '10'), para('The collapse of the process is a blow.', 'Comment', '11'), para('At the same time we should engage.', "Comment Cont'd", '12'), para('Next steps follow.', 'Outlook', '13')], 'COMMENT');
    expect(blocks).toEqual(['The collapse of the process is a blow.\n\nAt the same time we should engage.']);
  });

  it('a `NOTE:` without END NOTE ends at its block; a named diplomatic note is no note (r16)', () => {
    expect(extractBlocks([para('Do they coordinate?  NOTE:  If post reports that a gap exists, explain.\n\nPlease see 5A above for our answer.')], 'NOTE')).toEqual(['If post reports that a gap exists, explain.']);
    // The text of a diplomatic note the cable quotes: `DRAFT NOTE:`, `REPLY NOTE:` name a document.
    expect(extractBlocks([para('BEGIN TEXT OF DRAFT NOTE: The Embassy presents its compliments.\n\nThe Embassy avails itself of this opportunity.')], 'NOTE')).toEqual([]);
    expect(extractBlocks([para('REPLY NOTE:\n\nThe Ministry presents its compliments.')], 'NOTE')).toEqual([]);
    // An editor's note naming its writer is one: `HUB NOTE:`, ending at its block.
    expect(extractBlocks([para('HUB NOTE: Please refer to MONTEVIDEO 82 for more.\n\nThe next item.')], 'NOTE')).toEqual(['Please refer to MONTEVIDEO 82 for more.']);
  });

  it('a comment inside a summary, with no END COMMENT, stops before `End summary.`', () => {
    const blocks = extractBlocks([para('Summary: A contact said business is hard. Comment: We cannot confirm this claim. End summary.'), para('The contact added more.')], 'COMMENT');
    expect(blocks).toEqual(['We cannot confirm this claim.']);
  });

  it('a summary lead-in `Summary from the Meeting:` is left out of the summary', () => {
    expect(extractSummary([para('Summary from the NAC Meeting: -- AFGHANISTAN: Allies agreed. End summary.')])).toBe('-- AFGHANISTAN: Allies agreed.');
    // Guard: `Summary` as an ordinary word with a colon far on is no opener.
    expect(extractSummary([para('Summary executions were reported by many witnesses in the area: the army denies it.')])).toBeNull();
  });
});

describe('stray SIPDIS after `Secretary`', () => {
  it('is cut before a number inside a reflowed line, and at a line start after a finished sentence', () => {
    const c = parseCable(
      cable([
        `1. (C) ${LONG} This comes before Under Secretary Jane Doe's visit to the capital (expected Feb SIPDIS 8-9). ${LONG}`,
        '',
        '2. (C) She was for many years the Secretary in charge of the party office.',
        'SIPDIS Always quick to defend the party, she was rewarded.',
      ]),
    );
    expect(c.paragraphs[0]?.text).toContain('(expected Feb 8-9)');
    expect(c.paragraphs[1]?.text).toBe('She was for many years the Secretary in charge of the party office. Always quick to defend the party, she was rewarded.');
  });

  it('guard: without a `Secretary` before, `SIPDIS 2` stays', () => {
    const c = parseCable(cable([`1. (C) ${LONG} The cables were tagged SIPDIS 2 times by the office. ${LONG}`]));
    expect(c.paragraphs[0]?.text).toContain('SIPDIS 2 times');
  });
});

describe('lines standing alone that are transmission', () => {
  it('the post name between paragraphs and a handling caption before paragraph 1', () => {
    const c = parseCable(cable(['SENSITIVE BUT UNCLASSIFIED, NOT FOR INTERNET DISTRIBUTION', '', '1. (SBU) The talks went well.', '', 'BRUGES', '', '2. (SBU) The minister agreed.']));
    expect(c.paragraphs.map((p) => p.heading)).toEqual([null, null]);
    expect(c.unparsed).toEqual([]);
    expect(c.paragraphs[0]?.text).toBe('The talks went well.');
  });

  it('guard: another city alone before a paragraph is still a heading', () => {
    const c = parseCable(cable(['1. (SBU) The talks went well.', '', 'GHENT', '', '2. (SBU) The minister agreed.']));
    expect(c.paragraphs[1]?.heading).toBe('GHENT');
  });
});

describe('a line repeated with a Q in front inside a reflowed line', () => {
  it('the copy is cut out', () => {
    const c = parseCable(cable([`1. (U) ${LONG} The premier has also said that the executives would no longer QThe premier has also said that the executives would no longer use blue light escorts.`]));
    expect(c.paragraphs[0]?.text).toBe(`${LONG} The premier has also said that the executives would no longer use blue light escorts.`);
  });

  it('guard: a word starting with Q or a short repeat stays', () => {
    const text = `${LONG} The team went to Qatar and then to Qom again. It was so, so QIt was so, so.`;
    const c = parseCable(cable([`1. (U) ${text}`]));
    expect(c.paragraphs[0]?.text).toBe(text);
  });
});

describe('linear time on hostile input', () => {
  it('long reflowed lines of ` QA`, `SIPDIS 1` and caps words parse fast', () => {
    const a = `1. (C) ${'word Secretary A QA A '.repeat(5000)}`;
    const b = `2. (C) ${'x. SIPDIS 1 Secretary '.repeat(5000)} END`;
    const c = `3. (C) ${'a. B C D E F G H '.repeat(5000)}AB CD`;
    const t0 = Date.now();
    parseCable(cable([a, '', b, '', c, '', '4.Next the text.', '', 'NOTE: x'.repeat(20000)]));
    expect(Date.now() - t0).toBeLessThan(1500);
  });
});

describe('a comment inside the summary, closed by `End summary and comment` (r20)', () => {
  it('ends the summary where the comment opens; the comment is read as one', () => {
    const ps = [para('Summary: The vote went to five parties, and the Communists. Comment: With only five parties the coalition will be hard to build. End summary and comment.'), para('Next.')];
    expect(extractSummary(ps)).toBe('The vote went to five parties, and the Communists.');
    expect(extractBlocks(ps, 'COMMENT')).toEqual(['With only five parties the coalition will be hard to build.']);
  });

  it('keeps a summary whole when its closer names no comment (guard)', () => {
    expect(extractSummary([para('Summary: The vote went well. Comment: It may not last. End summary.')])).toBe('The vote went well. Comment: It may not last.');
  });
});

describe('a parenthesized note qualified by its writer, in lower case (r21)', () => {
  it('is a note: `(Embassy note: ... .)`', () => {
    const ps = [para('There are rumors that the government will mine uranium. (Embassy note: Rumors of mining appear overblown. The ministry has no plan.) In the end nothing happened.')];
    expect(extractBlocks(ps, 'NOTE')).toEqual(['Rumors of mining appear overblown. The ministry has no plan.']);
  });

  it('leaves a lower-case note word in running text alone (guard)', () => {
    expect(extractBlocks([para('He took note: the talks failed. (We note: nothing.)')], 'NOTE')).toEqual([]);
  });
});

describe('Q-repeat search on a long line (hostile)', () => {
  it('stays linear when ` Q` stands before a letter no earlier word starts with (~280 kB)', () => {
    const text = ['UNCLAS ROME 000123', '', 'SUBJECT: X', '', `1. (C) ${'aaaa Qz'.repeat(40_000)}`, '', 'SMITH'].join('\n');
    const started = performance.now();
    parseCable(text);
    expect(performance.now() - started).toBeLessThan(1000);
  });
});
