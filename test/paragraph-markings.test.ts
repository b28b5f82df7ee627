/**
 * Portion markings of paragraphs (`parseParagraphs`, src/body/paragraphs.ts; marking shapes in
 * src/body/paragraph-label.ts): a space inside the parentheses, an unnumbered paragraph with its own marking,
 * a marking missing its `)`, a lone lower-case `(c)` on a line lowered by scraping. Synthetic bodies.
 */

import { describe, expect, it } from 'vitest';
import { parseParagraphs } from '../src/body/paragraphs.js';
import { parseCable } from '../src/index.js';
import { matchLoweredMarking, matchMarking, matchOpenMarking } from '../src/body/paragraph-label.js';
import { msUnder } from './timing.js';

const body = (...lines: string[]): string => lines.join('\n');

describe('portion markings with a space inside the parentheses', () => {
  it('reads `(C )` and `( SBU)` as markings', () => {
    expect(matchMarking('(C ) As the advisor said')?.marking).toBe('C');
    expect(matchMarking('( SBU) Post will report')?.marking).toBe('SBU');
    expect(matchMarking('(S/NF ) The source')?.marking).toBe('S/NF');
  });

  it('gives the paragraph its marking and text without it', () => {
    const ps = parseParagraphs(body('14. (C) The minister spoke.', '', 'Comment', '-------', '15. (C ) As the advisor to the president, he speaks for him.'));
    expect(ps.at(-1)).toMatchObject({ number: '15', marking: 'C', heading: 'Comment', text: 'As the advisor to the president, he speaks for him.' });
  });

  it('keeps a lone lower-case letter with a space a list letter', () => {
    expect(matchMarking('(c ) yes')).toBeNull();
  });
});

describe('an unnumbered paragraph with its own marking', () => {
  it('starts after a numbered paragraph finished with a full stop', () => {
    const ps = parseParagraphs(body('5. (S/NF) Comment: The officer spoke of the storm.', '', '(S/NF) Further Comment: The team was surprised by it.'));
    expect(ps).toHaveLength(2);
    expect(ps[1]).toMatchObject({ number: null, marking: 'S/NF', text: 'Further Comment: The team was surprised by it.' });
  });

  it('keeps a marked block under a letter item, and a list letter, in their paragraph', () => {
    const item = parseParagraphs(body('5. (S) Concerns:', '', 'A. (S) Concern: The bank paid the firm.', '', '(S) Response: The bank denied it.'));
    expect(item.map((p) => p.outline.join('.'))).toEqual(['5', '5.A']);
    expect(item[1]?.text).toBe('Concern: The bank paid the firm.\n\n(S) Response: The bank denied it.');
    const list = parseParagraphs(body('12. The unit gave seminars:', '', '(B) Seminar on the education system;', '', '(C) Seminar on the tax system.'));
    expect(list).toHaveLength(1);
    expect(parseParagraphs(body('5. (S) The talks went on and', '', '(S) the ministers left.'))).toHaveLength(1);
  });
});

describe('a marking missing its closing parenthesis', () => {
  it('reads the marking after a label', () => {
    const ps = parseParagraphs(body('4. (SBU) Text four.', '', '5. (SBU During recent months, our dialogue has focused on trade.', '', '6. (U) Six.'));
    expect(ps[1]).toMatchObject({ number: '5', marking: 'SBU', text: 'During recent months, our dialogue has focused on trade.' });
    expect(matchOpenMarking('(S//NF Officials said')).toEqual({ marking: 'S//NF', length: 7 });
  });

  it('leaves one-letter codes, lower-case words and asides (guards)', () => {
    expect(matchOpenMarking('(C During recent months')).toBeNull();
    expect(matchOpenMarking('(SBU during recent months')).toBeNull();
    expect(matchOpenMarking('(SBU Working Group) met on Monday')).toBeNull();
    expect(matchOpenMarking('(SBU) During')).toBeNull();
    const ps = parseParagraphs(body('1. (U) First.', '', '(SBU During recent months, our dialogue has focused on trade.'));
    expect(ps.at(-1)?.text).toContain('(SBU During recent months');
  });
});

describe('a lone lower-case marking on a lowered line', () => {
  it('is a marking before lower-case words only', () => {
    expect(matchLoweredMarking('(c) overall health')).toEqual({ marking: 'C', length: 4 });
    expect(matchLoweredMarking('(s) access to the files')).toEqual({ marking: 'S', length: 4 });
    expect(matchLoweredMarking('(c) Yes, the Netherlands is a party')).toBeNull();
    expect(matchLoweredMarking('(b) the second option')).toBeNull();
  });

  it('is read after a label only in a marked cable (guard)', () => {
    const unmarked = parseParagraphs(body('1. Questions and answers:', '', 'A. (c) yes, in part'));
    expect(unmarked[1]).toMatchObject({ number: 'A', marking: null, text: '(c) yes, in part' });
    const marked = parseParagraphs(body('1. (C) Questions and answers:', '', 'A. (c) yes, in part'));
    expect(marked[1]).toMatchObject({ number: 'A', marking: 'C', text: 'yes, in part' });
  });
});

describe('linear time on hostile input: lowered markings', () => {
  it('reads many unmarked labels before a lone lowered marking in linear time', () => {
    const parts: string[] = [];
    for (let i = 1; i <= 6000; i++) parts.push(`${i}. (c) item text here`, '');
    const text = parts.join('\n');
    expect(text.length).toBeGreaterThan(100_000);
    let ps!: ReturnType<typeof parseParagraphs>;
    const ms = msUnder(1500, () => {
      ps = parseParagraphs(text);
    });
    expect(ms).toBeLessThan(1500);
    expect(ps[0]?.marking).toBeNull();
  });
});

describe('an older marking for the whole text: `(C - ENTIRE TEXT)`', () => {
  it('reads the level as the marking and leaves the words out of the text', () => {
    const ps = parseParagraphs('1. (C - ENTIRE TEXT)  THE MINISTER SAID NO.\n\n2. THE TALKS GO ON.\n\n3. (LOU-ENTIRE TEXT) THE REST.');
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'C', 'THE MINISTER SAID NO.'],
      ['2', null, 'THE TALKS GO ON.'],
      ['3', 'LOU', 'THE REST.'],
    ]);
  });

  it('keeps other words in the parenthesis as text (guard)', () => {
    expect(parseParagraphs('1. (C - SEE TEXT) THE MINISTER SAID NO.')[0]).toMatchObject({ marking: null });
    expect(parseParagraphs('1. (CONFIDENTIAL SOURCE) THE MINISTER SAID NO.')[0]).toMatchObject({ marking: null });
  });

  it('reads the level written out: `(CONFIDENTIAL - ENTIRE TEXT)`, `(LIMITED OFFICIAL USE-ENTIRE TEXT)` (era red team 80)', () => {
    const ps = parseParagraphs('1.  (CONFIDENTIAL - ENTIRE TEXT)\n\n2. THE TALKS GO ON.\n\n3. (LIMITED OFFICIAL USE-ENTIRE TEXT) THE REST.\n\n4. (Secret - Entire Text) More.');
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['1', 'C'],
      ['2', null],
      ['3', 'LOU'],
      ['4', 'S'],
    ]);
    expect(ps[2]?.text).toBe('THE REST.');
  });

  it('reads it without parentheses too: `1.Secret - Entire Text.` (07BRATISLAVA648), `CONFIDENTIAL - ENTIRE TEXT.` (era red teams 140, 142)', () => {
    const ps = parseParagraphs('1.Secret - Entire Text.\n\n2. (S) Following report prepared by visiting Legatt.\n\n3. LIMITED OFFICIAL USE - ENTIRE TEXT\n\n4. CONFIDENTIAL - ENTIRE TEXT. THE TALKS WENT ON.');
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'S', ''],
      ['2', 'S', 'Following report prepared by visiting Legatt.'],
      ['3', 'LOU', ''],
      ['4', 'C', 'THE TALKS WENT ON.'],
    ]);
    // The level's code, as 1970s-80s telegrams write it (era red team 163).
    expect(parseParagraphs('1. S - ENTIRE TEXT.\n\n2. THE TALKS WENT ON.')[0]).toMatchObject({ marking: 'S', text: '' });
    expect(parseParagraphs('1. LOU - ENTIRE TEXT\n\n2. THE TALKS WENT ON.')[0]).toMatchObject({ marking: 'LOU', text: '' });
    // Other words after the level stay text.
    expect(parseParagraphs('1. CONFIDENTIAL - ENTIRELY TRUE, HE SAID.')[0]).toMatchObject({ marking: null, text: 'CONFIDENTIAL - ENTIRELY TRUE, HE SAID.' });
    expect(parseParagraphs('1. SECRET - ENTIRE TEXT OF THE NOTE FOLLOWS.')[0]).toMatchObject({ marking: null });
  });

  it('reads it without the dash: `1.  CONFIDENTIAL ENTIRE TEXT.`, `(C ENTIRE TEXT)` (era red team 374, session 28)', () => {
    const ps = parseParagraphs('1.  CONFIDENTIAL ENTIRE TEXT.\n\n2.  THE TALKS WENT ON.\n\n3. (LIMITED OFFICIAL USE ENTIRE TEXT) THE REST.\n\n4. (C ENTIRE TEXT) MORE.');
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'C', ''],
      ['2', null, 'THE TALKS WENT ON.'],
      ['3', 'LOU', 'THE REST.'],
      ['4', 'C', 'MORE.'],
    ]);
    // Other words between the level and `ENTIRE TEXT` stay text.
    expect(parseParagraphs('1. SECRET TALKS: ENTIRE TEXT FOLLOWS.')[0]).toMatchObject({ marking: null });
  });
});

describe('a release list of many countries (era red team 25)', () => {
  it('reads (S//REL TO USA, AUS, CAN, GBR, NZL) as the marking, on paragraphs and in its own parentheses', () => {
    const ps = parseParagraphs(['1. (S//REL TO USA, AUS, CAN, GBR, NZL) Summary: The governor asked for mentors.', '', '2. (C) (REL TO USA, AUS, CAN, GBR, NZL, ISAF) He met the PRT.'].join('\n'));
    expect(ps.map((p) => [p.marking, p.text])).toEqual([
      ['S//REL TO USA, AUS, CAN, GBR, NZL', 'Summary: The governor asked for mentors.'],
      ['C//REL TO USA, AUS, CAN, GBR, NZL, ISAF', 'He met the PRT.'],
    ]);
  });

  it('reads one in linear time: many country codes in unclosed parentheses', () => {
    const text = `1. (S//REL TO ${Array.from({ length: 20000 }, () => 'USA,').join(' ')}`;
    expect(msUnder(1000, () => parseParagraphs(text))).toBeLessThan(1000);
  });
});

describe('a marking typed before the label (era red team 25)', () => {
  it('reads (C) 1. as label 1 marked C, when the cable types two paragraphs that way', () => {
    const ps = parseParagraphs(['(C) 1. Summary: The decision is late.', '', '(U) 2. The press service declined to comment.', '', '(U) Background', '', '(SBU) 3. The society applied in 2001.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking, p.heading, p.text])).toEqual([
      ['1', 'C', null, 'Summary: The decision is late.'],
      ['2', 'U', null, 'The press service declined to comment.'],
      ['3', 'SBU', 'Background', 'The society applied in 2001.'],
    ]);
  });

  it('leaves a single such line as it is (guard)', () => {
    const ps = parseParagraphs(['1. (C) Text.', '', '(C) 2. might be a list of its own.'].join('\n'));
    expect(ps[0]?.number).toBe('1');
    expect(ps.some((p) => p.number === '2')).toBe(false);
  });
});

describe('the whole-text marking with its period inside the parentheses (era red team 94)', () => {
  it('gives the level; a period after the parenthesis is the marking\'s', () => {
    for (const first of ['1. (C - ENTIRE TEXT.)', '1. (C-ENTIRE TEXT.)', '1. (CONFIDENTIAL - ENTIRE TEXT.)', '1. (C - ENTIRE TEXT).']) {
      const ps = parseParagraphs([first, '', '2. THE MINISTER SAID NO.'].join('\n'));
      expect(ps[0]?.marking, first).toBe('C');
      expect(ps[0]?.text, first).toBe('');
    }
    expect(parseParagraphs('1. (S - ENTIRE TEXT.) THE TALKS FAILED.')[0]).toMatchObject({ marking: 'S', text: 'THE TALKS FAILED.' });
  });
});

describe("a letter list's next item after the items nested under the one before (era red team 243)", () => {
  it("keeps `(C)` in the paragraph as the list's item, no marking", () => {
    const ps = parseParagraphs(['3. (C) The three open issues are:', '', '(A) federalism, including regions;', '', '(B) natural resources, where:', '', '(1) the Kurds insist on it; and', '', '(2) the Sunni Arabs want all revenues distributed.', '', '(C) the role of Islam as a source of legislation.', '', '4. (C) Hamoudi said so.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['3', 'C'],
      ['4', 'C'],
    ]);
    expect(ps[0]?.text).toContain('\n\n(C) the role of Islam as a source of legislation.');
  });

  it('guard: a marked block after a list of other letters is a paragraph of its own', () => {
    const ps = parseParagraphs(['3. (C) The two open issues are:', '', '(A) federalism;', '', '(B) natural resources.', '', '(S) Hamoudi added that the Sunnis would walk out.', '', '4. (C) Hamoudi said so.'].join('\n'));
    expect(ps.map((p) => [p.number, p.marking])).toEqual([
      ['3', 'C'],
      [null, 'S'],
      ['4', 'C'],
    ]);
  });
});

describe('NOFORN after a hyphen, and a release list wrapped onto the next line (era red team 329, session 27)', () => {
  it('reads `(C-NF)`, `(S - NF)` and `(SBU-NOFORN)` as markings, kept as written without spaces', () => {
    expect(matchMarking('(C-NF) Summary: Punjab')).toEqual({ marking: 'C-NF', length: 7 });
    expect(matchMarking('(S - NF) Prince Mohammed said')?.marking).toBe('S-NF');
    expect(matchMarking('(SBU-NOFORN) The post')?.marking).toBe('SBU-NOFORN');
    expect(matchMarking('(S // NF) The post')?.marking).toBe('S//NF');
    const ps = parseParagraphs(body('1. (C-NF) Summary: The chief minister blamed Islamabad. End Summary.', '', '2. (C - NF) He said so twice.'));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'C-NF', 'Summary: The chief minister blamed Islamabad. End Summary.'],
      ['2', 'C-NF', 'He said so twice.'],
    ]);
  });

  it('reads the same marking on the subject', () => {
    const c = parseCable(body('CONFIDENTIAL ISLAMABAD 001234', '', 'SUBJECT: (C-NF) PUNJAB: PML-N AND PPP TRADE BLAME', '', '1. (C-NF) Text.', '', 'PATTERSON'));
    expect([c.subject, c.subjectMarking]).toEqual(['PUNJAB: PML-N AND PPP TRADE BLAME', 'C-NF']);
  });

  it('guard: a hyphen before another word is no marking (`(U-2)`, `(C-130)`, `(S-300)`, `(U-TURN)`)', () => {
    for (const t of ['(U-2) flights resumed', '(C-130) aircraft landed', '(S-300) missiles', '(U-TURN) on policy']) expect(matchMarking(t), t).toBeNull();
    const c = parseCable(body('UNCLAS ISLAMABAD 001234', '', 'SUBJECT: (U-TURN) ON POLICY', '', '1. (U) Text.', '', 'PATTERSON'));
    expect(c.subjectMarking).toBeNull();
  });

  it('reads a release list wrapped inside its parentheses onto the next line as the marking', () => {
    const ps = parseParagraphs(body('1. (S//REL TO USA, AUS, CAN, DNK, EST, FRA, GBR, NLD, NZL, ISAF,', "NATO) Matiullah's company escorts the convoys", 'to Tarin Kowt.', '', '2. (C) Next.'));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', 'S//REL TO USA, AUS, CAN, DNK, EST, FRA, GBR, NLD, NZL, ISAF, NATO', "Matiullah's company escorts the convoys to Tarin Kowt."],
      ['2', 'C', 'Next.'],
    ]);
  });

  it('guard: an aside in parentheses running onto the next line stays text, and a lost `)` is still read as before', () => {
    const ps = parseParagraphs(body('1. (The minister, who met the Ambassador and the DCM on', 'May 3) said no.', '', '2. (SBU During recent months, the', 'ministry acted.'));
    expect(ps.map((p) => [p.number, p.marking, p.text])).toEqual([
      ['1', null, '(The minister, who met the Ambassador and the DCM on May 3) said no.'],
      ['2', 'SBU', 'During recent months, the ministry acted.'],
    ]);
  });
});
